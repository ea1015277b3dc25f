"""Figures in a sentence: numbers in digits or words, with their unit, the
noun they count and the qualifier that makes them approximate.

One compiled regular expression finds every kind of figure in one pass over
a sentence; the small functions after it read each match. Measured against
quantulum3 in docs/generator.md: it misses ratios, multiples and qualifiers,
and is a hundred times slower.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re

from ..number_grammar import ABBREVIATIONS
from ..numbers import words_value
from .figure import SCALES, Figure
from .lexicon import (
    CURRENCY_SYMBOLS,
    FINITE_VERBS,
    FUNCTION_WORDS,
    IRREGULAR_PLURALS,
    MONTH_ABBREVIATION_RE,
    MONTH_RE,
    MONTHS,
    ORDINALS,
    UNIT_ALIASES,
    unit_info,
)
from .not_amounts import followed_by, points_group_thousands, text_after, text_before, why_not_an_amount

# Whole words ("eighty", not "eight" and a "y" left over), and tens with
# their units joined by a hyphen or a space ("eighty-four", "eighty four").
_NUMW = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
         r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
         r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen)\b")
_WORDNUM = (rf"(?:(?:a|{_NUMW})\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_NUMW})?|{_NUMW})")
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITS}|{_WORDNUM})"

# "m" -> "million": the scale word of each abbreviation the number reader knows ("tn" is read here only)
_ABBREVIATED = {a: next(word for word, v in SCALES.items() if v == value)
                for a, value in {**ABBREVIATIONS, "tn": 1e12}.items()}
_ABBREVIATION = "|".join(sorted(_ABBREVIATED, key=len, reverse=True))

_FIGURE = re.compile(
    rf"""(?<![\w.,/:-])(?!\d{{1,2}}:\d\d)(?:
      (?P<date>(?:(?P<d1>\d{{1,2}})\s+)?(?P<mon>{MONTH_RE})(?:\s+(?P<d2>\d{{1,2}}),)?\s+(?P<yr>1\d{{3}}|20\d{{2}})(?!\d))
    | (?P<dday>(?P<d3>\d{{1,2}})\s+(?P<mon2>{MONTH_RE})\b)
    | (?P<decade>1\d{{2}}0s|20\d0s)\b
    | (?P<dims>{_NUM}\s+by\s+{_NUM}(?:\s*(?:{UNIT_ALIASES}))?)(?![\w])
    | (?P<ratio>(?P<ra>{_NUM})[-\s]to[-\s](?:one|1)\b(?![.,]\d)|(?P<rc>\d+):1\b)
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
    | (?P<cur>(?:USD\s?|US)?[$€£])?(?P<num>{_NUM})(?:\s+(?P<scale>thousand|million|billion|trillion)
      |(?(cur)\s?(?P<abbr>{_ABBREVIATION})\b(?![.,]\d)|(?!)))?
      (?:(?P<hy>-)(?P<hunit>{UNIT_ALIASES})\b|\s*(?P<unit>{UNIT_ALIASES})(?![\w/])
         (?<!\b\d{{4}}\s(?-i:Second|Minute|SECOND|MINUTE)(?=\s(?-i:[A-Z])))
         (?<!\b\d{{4}}\s(?-i:Mile|MILE)(?=\s(?-i:[A-Z]))))?
         # "the 1913 Second Balkan War", "the 2005 Mile Run": a year before a name, not 1,913 seconds
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
          "exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpassed", "surpassing", "tops",
          "topped")  # not "the top five"
_QUALIFIER = re.compile(
    r"(?:^|(?<=\W))(?P<q>" + "|".join(sorted((re.escape(q) for q in _APPROX + _UPPER + _LOWER), key=len,
                                             reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_VERB_QUALIFIERS = frozenset(q for q in _LOWER if q.startswith(("exceed", "surpass", "top")))
_VAGUE = {"tens of thousands": 1e4, "hundreds of thousands": 1e5, "tens of millions": 1e7,
          "hundreds of millions": 1e8, "dozens": 24, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
_ERA = re.compile(r"\s+(?:AD|A\.D\.|CE|C\.E\.)(?!\w)")
_CONTAINERS = frozenset("species kinds types sorts tonnes tons litres barrels pieces pairs".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_MAX_VALUE = 1e15


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
        if day and not 1 <= int(day) <= 31:
            return None  # "fought April 67, 1862": a copy lost the dash of "6–7"; no date to trust
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
        if re.fullmatch(r"1\d{3}|20\d\d", g("ib")) or re.match(
                r"\s+(?:years?|days?|months?|decades?|centur|(?:gradient|grade|slope|incline)\b(?!\s+school))", text_after(s, end)):
            return None  # "Flight 111 in 1998", "1 in 200 years", "a 1 in 100 gradient": no share of a whole
        if re.search(r"\b(?:gradient|grade|slope|incline)\s+of\s+$", text_before(s, start)):
            return None  # "a gradient of 1 in 100"
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
        if re.match(r"\s+(?:his|her|their|its|the|a)\s+(?:match|hole|game|bout|round|tie)\b", text_after(s, end)):
            return None  # "Leonard halved his match": a drawn game, not half of anything
        if g("mn") and re.match(r"\s*(?:[,.;:)]|$|(?:since|in|during|between|before|after|per|a|each|every|so far)\b)",
                                text_after(s, end)):
            # "destroyed at least 11 times since 1,000 AD": how often, not how many times as much
            number = {**base, "end": m.end("mn"), "num_end": m.end("mn")}
            return _qualified(Figure(kind="count", value=factor, noun="times", noun_end=end, **number))
        return _qualified(Figure(kind="multiple", value=factor, extra=word, **base))
    if g("frac"):
        numerator = (g("fn") or "").lower()
        denominator = g("fd").lower()
        if not numerator and denominator not in ("half",):
            return None
        if re.search(r"\b(?:first|second|other|each|either)\s+$", text_before(s, start), re.IGNORECASE):
            return None  # "the second half" of a match: a period of play, not a share
        if not numerator and re.search(r"\b(?:in|into)\s+$", text_before(s, start)):
            return None  # "bent in half", "split into halves": a shape, not a share of anything
        if re.search(r"\b(?:an?|one|two|three|four|five|six|\d+)\s+(?:hour|day|week|month|year|mile|kilometre|"
                     r"kilometer|metre|meter|foot|inch|pound|kilogram|litre|liter)s?\s+and\s+$", text_before(s, start)):
            return None  # "an hour and a half", "two miles and a quarter": part of a measure
        if denominator == "half" and re.match(r"\s+an?\s+[a-z]", text_after(s, end)):
            return None  # "up to half a metre of snow", "half an hour": a measure, not a share
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
    lo *= SCALES.get((g("lscale") or scale).lower(), 1)
    hi *= SCALES.get(scale, 1)
    if not lo < hi or lo < 1 or points_group_thousands(g("lo")) or points_group_thousands(g("hi")):
        return None
    if not g("runit") and re.match(rf"\s+(?:{MONTH_RE})\b", text_after(s, m.end())):
        return None  # "between 26 and 29 April 1994": days of a date, not an amount
    if re.search(rf"\b(?:{MONTH_RE}|{MONTH_ABBREVIATION_RE})\s+$", text_before(s, base["start"])):
        return None  # "fought July 1–3, 1863", "to launch Dec. 20 or 21": days of a date
    if _ERA.match(text_after(s, m.end())):
        return None  # "begins around 960–1000 AD": years of an era, not an amount
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
    if raw.isdigit() and 0 < value <= 10000 and re.match(r"\s+(?:BC|BCE|B\.C\.)(?!\w)", text_after(s, base["end"])):
        # "in 490 BC", "on 9 August 48 BC": a year, its number blanked and its era kept ("in ____ BC")
        return _qualified(Figure(kind="year", value=value, extra="BC", **base))
    if raw.isdigit() and value < 1000 and _ERA.match(text_after(s, base["end"])):
        return None  # "in 957 AD": a year, which its choices could not be reckoned as
    if raw.isdigit() and (raw.startswith("0") and len(raw) > 1
                          or re.search(r"(?<![\d.,])0\d+\s*(?:to|-|–)\s*$", before)):
        return None  # "number 03604", "from 00000 to 99999": a ticket's number, not an amount
    if raw[0].isupper() and re.search(r"\b[A-Z][a-z]+\s+$", before):
        return None  # "the Great Forty-Foot telescope", "the Big Four": a number word inside a name
    unit_text = g("hunit") or g("unit") or ""
    if why_not_an_amount(s, base["start"], base["end"], raw, unit_text, bool(g("cur"))):
        return None
    # "$165 m", "€30bn": after a currency, "m" is a million, not metres
    scale = (g("scale") or "").lower() or _ABBREVIATED.get((g("abbr") or "").lower(), "")
    if scale:
        value *= SCALES[scale]
    kind, unit, name, dimension = "count", "", "", ""
    if g("cur"):
        kind, unit, name, dimension = "measure", CURRENCY_SYMBOLS[g("cur")[-1]], CURRENCY_SYMBOLS[g("cur")[-1]], "money"
    if unit_text:
        unit, dimension, name = unit_info(unit_text)
        kind = "percent" if unit == "%" else "measure"
        if unit == "years" and not words and "," not in raw and len(raw) == 4 and 1000 <= value <= 2100 and \
                re.search(r"\b(?:the|in|of|during|for)\s+$", before, re.IGNORECASE):
            return _qualified(Figure(kind="year", value=value, **base))  # "during the 2006 year": a date
        if unit == "years" and g("hunit") is None and value < 1000 and followed_by(s, base["end"], "old"):
            kind = "measure"
    num_start = m.start("cur") if g("cur") else m.start("num")
    num_end = m.end("scale") if g("scale") else m.end("abbr") if g("abbr") else m.end("num")
    # "a twenty year war": a singular unit before a noun is an adjective, as "a twenty-year war" is
    attributive = kind == "measure" and dimension != "money" and not scale and value > 1 and value == int(value) \
        and not unit_text.endswith("s") and unit_info(unit_text + "s")[0] == unit \
        and re.match(r"\s+[a-z]{3,}", text_after(s, base["end"])) is not None
    f = Figure(kind=kind, value=value, unit=unit, unit_name=name, dimension=dimension,
               adjective=bool(g("hy")) or attributive,
               unit_text=" ".join(unit_text.split()),
               scale=scale, words=words, **{**base, "num_start": num_start, "num_end": num_end})
    if kind == "count":
        digits = raw.replace(",", "")
        if not words and not scale and len(digits) == 4 and digits.isdigit() and 1000 <= value <= 2100 \
                and "," not in raw:
            noun_f = _with_noun(f)
            # "in 2006 record numbers ...": after "in" or "since", four digits are a year whatever follows; so
            # at the end of a list of years ("the 1902, 1907, and 1972 treaties"), not after one ("In 1990, 1500")
            if not noun_f.noun or re.search(r"\b(?:in|since|by|from|until|of|during|early|late|mid|the)\s+$|"
                                            r"\b(?:1\d{3}|20\d\d),\s*(?:1\d{3}|20\d\d),?\s+(?:and|or)\s+$",
                                            before, re.IGNORECASE):
                return _qualified(Figure(kind="year", value=value, **base))
        f = _with_noun(f)
        if re.search(r"\b(?:top|first|last|bottom|next|final|other)\s+$", before, re.IGNORECASE):
            return None  # "the top five wikis": a rank, not a count
        if f.kind == "rank" or (not f.noun and re.match(r"\s+[A-Z]", text_after(s, f.end))):
            return None  # "the ten largest", "40 Broad Street": not a quantity
        if not f.noun and not words and _inside_a_span_of_years(s, value):
            return None  # "(ruled 869–885) ... probably around 870": a year with no era, not 870 of anything
    return _qualified(f)


def _inside_a_span_of_years(s: str, value: float) -> bool:
    """Whether the sentence spans years ("(ruled 869–885)", "(1810–1887)") and `value` falls inside one."""
    firsts, reach = _spans_of_years(s)
    i = bisect.bisect_right(firsts, value)
    return i > 0 and reach[i - 1] >= value


@functools.lru_cache(maxsize=16)
def _spans_of_years(s: str) -> tuple[list[int], list[int]]:
    """The spans' first years in order, and the furthest last year of those up to each: found once a sentence
    and looked up by halves, as a run of thousands of numbers asks for each of them."""
    spans = sorted((int(m.group(1)), int(m.group(2)))
                   for m in re.finditer(r"(?<![\d,.])(\d{3,4})\s*[–-]\s*(\d{3,4})(?![\d,.])", s))
    return [first for first, _ in spans], list(itertools.accumulate((last for _, last in spans), max))


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
    if q == "around" and re.search(r"\b(?:fl(?:y|ew|own|ying)|sail(?:ed|ing)?|walk(?:ed|ing)?|r[au]n|go(?:ne)?|went|"
                                   r"circl(?:e|ed|ing)|orbit(?:s|ed|ing)?|loop(?:s|ed)?|turn(?:s|ed)?|eight|built|"
                                   r"arranged|cent(?:re|er)d)\s+$", text_before(f.sentence, m.start("q"))):
        return f  # "to fly a figure eight around two markers": round them, not about two
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
