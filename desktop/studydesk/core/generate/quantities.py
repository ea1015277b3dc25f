"""Figures in a sentence: numbers in digits or words, with their unit, the
noun they count and the qualifier that makes them approximate.

One compiled regular expression finds every kind of figure in one pass over
a sentence; the small functions after it read each match. Measured against
quantulum3 in docs/generator.md: it misses ratios, multiples and qualifiers,
and is a hundred times slower.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..numbers import format_number, words_value
from .lexicon import (
    CURRENCY_SYMBOLS,
    FINITE_VERBS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    MONTH_RE,
    MONTHS,
    ORDINALS,
    UNIT_ALIASES,
    unit_info,
)
from .lexicon import number_name as _number_name
from .not_amounts import followed_by, text_after, text_before, why_not_an_amount

# Whole words ("eighty", not "eight" and a "y" left over), and tens with
# their units joined by a hyphen or a space ("eighty-four", "eighty four").
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
         r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
         r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen)\b")
_WORDNUM = (rf"(?:(?:a|{_NUMW})\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_NUMW})?|{_NUMW})")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"

_FIGURE = re.compile(
    rf"""(?<![\w.,/:-])(?!\d{{1,2}}:\d\d)(?:
      (?P<date>(?:(?P<d1>\d{{1,2}})\s+)?(?P<mon>{MONTH_RE})(?:\s+(?P<d2>\d{{1,2}}),)?\s+(?P<yr>1\d{{3}}|20\d{{2}})(?!\d))
    | (?P<dday>(?P<d3>\d{{1,2}})\s+(?P<mon2>{MONTH_RE})\b)
    | (?P<decade>1\d{{2}}0s|20\d0s)\b
    | (?P<dims>{_NUM}\s+by\s+{_NUM}(?:\s*(?:{UNIT_ALIASES}))?)(?![\w])
    | (?P<ratio>(?P<ra>{_NUM})[-\s]to[-\s](?:one|1)\b|(?P<rc>\d+):1\b)
    | (?P<inm>(?P<ia>{_NUMW}|\d+)\s+in\s+(?P<ib>{_NUMW}|\d+))\b
    | (?<!from\ )(?P<range>(?:(?P<btw>between)\s+)?
      (?!(?:1\d{{3}}|20\d{{2}})\b(?!\s+(?:thousand|million|billion)))(?P<lo>{_NUM})(?:\s+(?P<lscale>thousand|million|billion))?
               (?P<conn>(?(btw)\s+and\s+|(?:\s+(?:or|to)\s+|\s*[-–]\s*(?=\d))))(?P<hi>{_NUM})
               (?:\s+(?P<rscale>thousand|million|billion|trillion))?(?:\s*(?P<runit>{UNIT_ALIASES})\b)?)
      (?=\s+[a-z]|\s*[,.;:)]|\s*$)
    | (?P<mult>twice|doubled|tripled|quadrupled|halved|(?P<mn>{_NUM})\s+times)\b
    | (?P<frac>(?:(?P<fn>one|a|two|three|four|five|six|seven|eight|nine)[-\s])?
               (?P<fd>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?))\b
    | (?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|several\s+(?:hundred|thousand|million|dozen)
               |a\s+few\s+(?:hundred|thousand|million|dozen)|dozens|hundreds|thousands|millions)\b
    | (?P<ord>the\s+(?P<on>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:-(?P<osup>[a-z]+est))?)\b
    | (?P<cur>[$€£])?(?P<num>{_NUM})(?:\s+(?P<scale>thousand|million|billion|trillion))?
      (?:(?P<hy>-)(?P<hunit>{UNIT_ALIASES})\b|\s*(?P<unit>{UNIT_ALIASES})(?![\w/]))?
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Cheap test before the real scan: a digit or a word a figure could start with.
_MAYBE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|hundred|thousand|million|half|third|quarter|fifth|tenth|twice|times|doubled|tripled|"
    r"halved|dozens|tens|second|fourth)\b", re.IGNORECASE)

_APPROX = ("about", "around", "roughly", "approximately", "some", "an estimated", "estimated", "close to",
           "nearer", "nearly", "almost", "more or less", "an average of", "on average")
_UPPER = ("fewer than", "less than", "under", "below", "up to", "at most", "just under", "no more than")
_LOWER = ("more than", "over", "at least", "well over", "just over", "above", "upwards of", "in excess of",
          "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpassed", "tops", "topped")  # not "the top five"
_QUALIFIER = re.compile(
    r"(?:^|(?<=\W))(?P<q>" + "|".join(sorted((re.escape(q) for q in _APPROX + _UPPER + _LOWER), key=len,
                                             reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_VERB_QUALIFIERS = frozenset(q for q in _LOWER if q.startswith(("exceed", "surpass", "top")))
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_VAGUE = {"tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
          "hundreds of millions": 1e8, "dozens": 24, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
_CONTAINERS = frozenset("species kinds types sorts tonnes tons litres barrels pieces pairs".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_MAX_VALUE = 1e15


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as the sentence gives it. Offsets are into the sentence."""

    kind: str  # count measure percent fraction ratio multiple year date decade ordinal vague range
    value: float
    start: int  # with the qualifier, unless the qualifier is a verb ("may exceed")
    end: int
    num_start: int
    num_end: int
    sentence: str
    high: float | None = None  # the top of a range ("two or three")
    unit: str = ""  # canonical, for a numeric answer
    unit_name: str = ""  # as a question names it ("kilometres")
    unit_text: str = ""  # as the article writes it ("kilometers")
    dimension: str = ""  # length area duration money percent ...
    noun: str = ""  # what is counted ("residents", "species of birds")
    noun_end: int = 0
    qualifier: str = ""  # as written, lower case ("fewer than")
    bound: str = ""  # "", "approx", "upper" (the figure is a ceiling) or "lower" (a floor)
    adjective: bool = False  # "1,200-kilometre front"
    scale: str = ""  # "million" when written "15.4 million"
    words: bool = False  # written in words ("eight")
    extra: str = ""  # ordinal superlative ("longest"), date month, ratio second term

    @property
    def text(self) -> str:
        return self.sentence[self.start:self.end]

    @property
    def number_text(self) -> str:
        return self.sentence[self.num_start:self.num_end]

    @property
    def phrase(self) -> str:
        """The figure with its qualifier and noun, as the article words it."""
        return self.sentence[self.start:max(self.end, self.noun_end)]

    @property
    def decimals(self) -> int:
        m = re.search(r"\.(\d+)", self.number_text)
        return len(m.group(1)) if m else 0

    @property
    def exact(self) -> bool:
        return not self.bound

    def display(self, value: float | None = None) -> str:
        """A value written the way this figure is written (scale word, decimals, unit)."""
        return display_value(self, self.value if value is None else value)


def display_value(f: Figure, value: float) -> str:
    if f.kind == "percent":
        return f"{_fmt(value, f.decimals)}%"
    if f.kind == "year":
        return str(int(value))
    value = float(round(value)) if f.words and not f.decimals and not f.scale else value  # words: whole numbers
    scale = f.scale or ("million" if value >= 1e6 and (f.value < 1e6 or f.words) and f.kind in ("count", "measure")
                        else "")  # "four million" written in words: the others in millions too
    if scale:
        n = value / _SCALES[scale]
        if f.words and n == int(n) and not _number_name(int(n))[0].isdigit():
            body = f"{_number_name(int(n))} {scale}"  # "twelve million" beside "four million"
        else:
            body = f"{_fmt(round(n, 1), max(f.decimals, 1 if round(n, 1) != int(n) else 0))} {scale}"
    elif f.words and _in_words(value) and any(f.value >= u and _in_words(f.value / u) for u in (1, 1e6, 1e9)):
        body = _in_words(value)  # but "384" for "three hundred and eighty four": digits for all, never "Ninety-six"
    elif f.decimals >= 2:
        body = f"{value:,.{f.decimals}f}"  # "23,446.00" beside "11,722.98": no choice stands out by its form
    else:
        body = _fmt(value, f.decimals)
    if f.unit:
        unit = f.unit_name if f.adjective or not f.unit_text else f.unit_text
        if value == 1 and f.dimension not in ("money",):
            unit = _SINGULAR.get(unit, unit[:-1] if unit.endswith("s") else unit)
        elif value != 1 and not unit.endswith("s") and unit.isalpha() and unit == f.unit_text and len(unit) > 3:
            unit = f.unit_name
        return f"{body} {unit}"
    return body


def _in_words(value: float) -> str:
    """A whole number as the generator writes it in words ("eleven", "four
    hundred thousand"), or "" when it would take digits."""
    if value != int(value):
        return ""
    if not _number_name(int(value))[0].isdigit():
        return _number_name(int(value))  # "eleven", and "fourteen" beside it, never "14"
    if value % 1000 == 0 and not _number_name(int(value // 1000))[0].isdigit():
        return f"{_number_name(int(value // 1000))} thousand"  # "four hundred thousand" beside "four million"
    return ""


_SINGULAR = {"centuries": "century", "feet": "foot", "cubic metres per second": "cubic metre per second"}


def _fmt(value: float, decimals: int) -> str:
    if decimals and value != int(value):
        return f"{value:,.{decimals}f}"
    return format_number(round(value))


def find_figures(sentence: str) -> list[Figure]:
    """Every figure in one sentence, left to right."""
    if not _MAYBE.search(sentence):
        return []
    out: list[Figure] = []
    for m in _FIGURE.finditer(sentence):
        f = _read(m, sentence)
        if f is not None and math.isfinite(f.value) and abs(f.value) < _MAX_VALUE:
            out.append(f)
    return out


_ELIDED = re.compile(r"\s*(?:[,.;:)]|$)")  # after an ordinal whose noun is left out


def _read(m: re.Match[str], s: str) -> Figure | None:
    g = m.group
    start, end = m.start(), m.end()
    base = dict(start=start, end=end, num_start=start, num_end=end, sentence=s)
    if g("date"):
        day = g("d1") or g("d2")
        if g("d1") and re.search(r"\b\d{1,2}\s*(?:and|to|-|–)\s*$", text_before(s, start)):
            return None  # "between 26 and 29 April 1994": the last day of a span, not the date
        month = MONTHS.index(g("mon").capitalize()) + 1
        value = int(g("yr")) + (month - 1) / 12 + (int(day) - 1) / 372 if day else int(g("yr")) + (month - 1) / 12
        return _qualified(Figure(kind="date", value=value, extra=g("mon").capitalize(), **base))
    if g("dday"):
        return None  # a day without a year cannot be ordered against others
    if g("dims"):
        return None  # "4.1 by 3.3 kilometres": a size, not one figure
    if g("decade"):
        return Figure(kind="decade", value=float(g("decade")[:4]), **base)
    if g("ratio"):
        a = _number(g("ra") or g("rc"))
        if a is None or a <= 1:
            return None
        return _qualified(Figure(kind="ratio", value=a, words=not (g("ra") or g("rc"))[0].isdigit(), **base))
    if g("inm"):
        a, b = _number(g("ia")), _number(g("ib"))
        if a is None or b is None or not 0 < a < b:
            return None
        return _qualified(_with_noun(Figure(kind="fraction", value=a / b, extra=f"{g('ia')} in {g('ib')}", **base)))
    if g("range"):
        return _read_range(m, s, base)
    if g("mult"):
        word = g("mult").lower()
        factor = {"twice": 2, "doubled": 2, "tripled": 3, "quadrupled": 4, "halved": 0.5}.get(word)
        if factor is None:
            factor = _number(g("mn"))
        if factor is None or factor <= 0:
            return None
        return _qualified(Figure(kind="multiple", value=factor, extra=word, **base))
    if g("frac"):
        numerator = (g("fn") or "").lower()
        denominator = g("fd").lower()
        if not numerator and denominator not in ("half",):
            return None
        if re.search(r"\b(?:first|second|other|each|either)\s+$", text_before(s, start), re.IGNORECASE):
            return None  # "the second half" of a match: a period of play, not a share
        nxt = re.match(r"(-|\s+[a-z]+)", text_after(s, end))
        if nxt and (nxt.group() == "-" or nxt.group().strip() not in FUNCTION_WORDS | {"were", "was"}):
            return None  # "a third umpire", "half-time": a word, not a share
        value = words_value(f"{numerator} {denominator}".strip())
        if value is None or not 0 < value < 1:
            return None
        return _qualified(Figure(kind="fraction", value=value, **base))
    if g("vague"):
        text = " ".join(g("vague").lower().split())
        value = _VAGUE.get(text) or (words_value(text.split()[-1]) or 0) * 3
        return _qualified(_with_noun(Figure(kind="vague", value=value, **base)))
    if g("ord"):
        n = ORDINALS[g("on").lower()]
        if re.match(r"\s+[A-Z]", text_after(s, end)) or g("on")[0].isupper():
            return None  # "the Third Mainland Bridge": part of a name
        if re.match(r"\s+half\b", text_after(s, end)) and n <= 2:
            return None  # "the second half": there are only two
        if not g("osup") and _ELIDED.match(s, end):
            return None  # "Argentina for the first half, and Uruguay for the second": the noun is elided
        return Figure(kind="ordinal", value=n, extra=(g("osup") or "").lower(), **base)
    return _read_number(m, s, base)


def _read_range(m: re.Match[str], s: str, base: dict) -> Figure | None:
    """"two or three men", "40 to 120 million", "between 5 and 10 km": both ends, with
    the scale and unit the top end carries applied to both."""
    g = m.group
    lo, hi = _number(g("lo")), _number(g("hi"))
    conn = g("conn").strip()
    if lo is None or hi is None:
        return None
    scale = (g("rscale") or "").lower()
    lo *= _SCALES.get((g("lscale") or scale).lower(), 1)
    hi *= _SCALES.get(scale, 1)
    if not lo < hi or lo < 1:
        return None
    if not g("runit") and re.match(rf"\s+(?:{MONTH_RE})\b", text_after(s, m.end())):
        return None  # "between 26 and 29 April 1994": days of a date, not an amount
    if re.search(rf"\b(?:{MONTH_RE})\s+$", text_before(s, base["start"])):
        return None  # "fought July 1–3, 1863": days of a date
    unit_text = g("runit") or ""
    unit, dimension, name = unit_info(unit_text) if unit_text else ("", "", "")
    f = Figure(kind="range", value=lo, high=hi, words=g("lo")[0].isalpha(), unit=unit, unit_name=name,
               unit_text=unit_text, dimension=dimension, scale=scale, extra=conn, **base)
    return _qualified(f if unit_text else _with_noun(f))


def _read_number(m: re.Match[str], s: str, base: dict) -> Figure | None:
    g = m.group
    raw = g("num")
    before = text_before(s, base["start"])
    value = _number(raw)
    if value is None:
        return None
    words = raw[0].isalpha()
    unit_text = g("hunit") or g("unit") or ""
    if why_not_an_amount(s, base["start"], base["end"], raw, unit_text, bool(g("cur"))):
        return None
    scale = (g("scale") or "").lower()
    if scale:
        value *= _SCALES[scale]
    kind, unit, name, dimension = "count", "", "", ""
    if g("cur"):
        kind, unit, name, dimension = "measure", CURRENCY_SYMBOLS[g("cur")], CURRENCY_SYMBOLS[g("cur")], "money"
    if unit_text:
        unit, dimension, name = unit_info(unit_text)
        kind = "percent" if unit == "%" else "measure"
        if unit == "years" and not words and "," not in raw and len(raw) == 4 and 1000 <= value <= 2100 and \
                re.search(r"\b(?:the|in|of|during|for)\s+$", before, re.IGNORECASE):
            return _qualified(Figure(kind="year", value=value, **base))  # "during the 2006 year": a date
        if unit == "years" and g("hunit") is None and value < 1000 and followed_by(s, base["end"], "old"):
            kind = "measure"
    num_start = m.start("cur") if g("cur") else m.start("num")
    num_end = m.end("scale") if scale else m.end("num")
    f = Figure(kind=kind, value=value, unit=unit, unit_name=name, dimension=dimension, adjective=bool(g("hy")),
               unit_text=" ".join(unit_text.split()),
               scale=scale, words=words, **{**base, "num_start": num_start, "num_end": num_end})
    if kind == "count":
        digits = raw.replace(",", "")
        if not words and not scale and len(digits) == 4 and digits.isdigit() and 1000 <= value <= 2100 \
                and "," not in raw:
            noun_f = _with_noun(f)
            # "in 2006 record numbers ...": after "in" or "since", four digits are a year whatever follows.
            if not noun_f.noun or re.search(r"\b(?:in|since|by|from|until|of|during|early|late|mid|the)\s+$",
                                            before, re.IGNORECASE):
                return _qualified(Figure(kind="year", value=value, **base))
        f = _with_noun(f)
        if re.search(r"\b(?:top|first|last|bottom|next|final|other)\s+$", before, re.IGNORECASE):
            return None  # "the top five wikis": a rank, not a count
        if f.kind == "rank" or (not f.noun and re.match(r"\s+[A-Z]", text_after(s, f.end))):
            return None  # "the ten largest", "40 Broad Street": not a quantity
    return _qualified(f)


def _number(text: str | None) -> float | None:
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text.replace(",", ""))
        except ValueError:
            return None
    return words_value(text)


def _qualified(f: Figure) -> Figure:
    """Attach the qualifier just before the figure: "fewer than", "nearly", "may exceed"."""
    m = _QUALIFIER.search(f.sentence, max(0, f.start - 30), f.start)
    if not m:
        return f
    q = m.group("q").lower()
    if f.adjective and q in ("around", "about", "over", "under", "above", "below"):
        return f  # "a controversy around nine-year-old Ashley X": about her, not about nine
    if q in ("an average of", "on average"):
        return _replace(f, start=m.start("q"), qualifier=q, bound="average")  # not an estimate: an average
    if q == "over" and f.dimension == "duration" and re.search(r"\b(?:\w+ed|took|held|spent|ran|spread|lasted)\s+$",
                                                               text_before(f.sentence, m.start("q"))):
        return f  # "gathered over four days": across them, not more than them
    bound = "approx" if q in _APPROX else "upper" if q in _UPPER else "lower"
    start = f.start if q in _VERB_QUALIFIERS else m.start("q")
    return _replace(f, start=start, qualifier=q, bound=bound)


def _with_noun(f: Figure) -> Figure:
    """The noun a count counts: "1,300 residents", "300 species of birds"."""
    s = f.sentence
    pos = f.end
    taken: list[str] = []
    end = pos
    for m in _WORD.finditer(s, pos):
        w = m.group()
        lw = w.lower()
        if not w[0].isalpha() or len([t for t in taken if t != "of"]) >= 3:
            break
        if lw == "of" and taken and taken[-1].lower() in _CONTAINERS | {"thousands", "millions", "hundreds",
                                                                        "dozens"}:
            taken.append(w)
            continue
        if lw in FUNCTION_WORDS or (taken and taken[-1] != "of" and (lw in FINITE_VERBS or lw.endswith("ing"))):
            break
        if w[0].isupper() and not (taken or f.kind == "vague"):
            # A capital after a number starts a name ("2 March"), unless a demonym ("500 Russian troops").
            if not w.endswith(("ian", "ish", "ese", "an")):
                break
        taken.append(w)
        end = m.end()
    while taken and (taken[-1].lower() == "of" or taken[-1].lower() in FUNCTION_WORDS):
        taken.pop()
    if not taken:
        return f
    if taken[0].lower().endswith("est"):
        return _replace(f, kind="rank")  # "the ten largest cities": a rank, not a count
    head = taken[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss") or head in IRREGULAR_PLURALS
    if not plural and f.value != 1 and f.kind != "vague":
        return f
    noun = " ".join(taken)
    return _replace(f, noun=noun, noun_end=s.index(noun, pos) + len(noun) if noun in s[pos:end + 1] else end)


def _replace(f: Figure, **changes) -> Figure:
    from dataclasses import replace

    return replace(f, **changes)
