"""The number at the start of a student's answer, in digits, words or both:
"1,300,000", "1.3m", "one point three million", "1 million 300 thousand",
"seventeen and a half million", "half a million", "two thirds", "1/3",
"twenty twenty-five", "3rd".

Strict on purpose. A word that cannot take its place ("five twenty", "twenty
twenty" outside a year) is refused, never dropped: a reader that skips what it
cannot read turns "$30 billion" into 1,000,000,000. Libraries that read number
words skip words they do not know, so this small grammar is our own.
"""

from __future__ import annotations

import math
import re
from typing import NamedTuple


class NumberError(ValueError):
    """Input that is not a number a student could mean; the message is for the student."""


class Phrase(NamedTuple):
    value: float
    end: int  # where the phrase ends in the text
    step: float = 1.0  # what its last written digit counts: 1 for "50", 100,000 for "1.3 million"; 0 if exact
    scaled: bool = False  # a scale was written ("thousand", "1.3m")
    share: bool = False  # written as a share of one ("one third", "1/3", "1 in 3")


_UNITS = dict(zip("one two three four five six seven eight nine".split(), range(1, 10)))
_TEENS = dict(zip("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
                  range(10, 20)))
_TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
_ZEROS = {"zero", "nought", "naught", "oh", "o", "nil", "none"}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
# Only right after digits: "30bn", "1.3 mn", "2k". "m" is metres in a length, "k" kelvin in a temperature.
_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "b": 1e9, "bn": 1e9,
                  "bln": 1e9, "bil": 1e9, "tsd": 1e3, "mio": 1e6, "mrd": 1e9}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
              "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
              "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100,
              "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
_ORDINALS = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
             "seventh": "seven", "eighth": "eight", "ninth": "nine", "twelfth": "twelve",
             **{w + "th": w for w in ("ten", "eleven", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                      "eighteen", "nineteen", "hundred", "thousand", "million", "billion")},
             **{w[:-1] + "ieth": w for w in _TENS}}
NUMBER_WORDS = frozenset({*_UNITS, *_TEENS, *_TENS, *_ZEROS, *_SCALES, *_FRACTIONS, *_ORDINALS, "hundred", "dozen"})

_SPACE = re.compile(r"\s*(?:,\s+)?")  # commas between word groups: "one million, three hundred thousand"
_RUN = re.compile(r"\d+(?:[.,' ]\d+)*|\.\d+")  # digits and what may group them; checked in _digits
_EXPONENT = re.compile(r"e(?P<e>[+-]?\d{1,4})(?![a-z\d])|\s*[x×*]\s*10\s*(?:\^|\*\*)\s*(?P<p>[+-]?\d{1,4})"
                       r"|\s*[x×*]\s*10(?P<s>[⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SLASH = re.compile(r"(?:(?P<whole>\d+)\s+)?(?P<n>\d+)\s*/\s*(?P<d>\d+)(?![\d.,/])")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅛": 0.125}
_ORDINAL_DIGITS = re.compile(r"(?P<n>\d+)(?P<suffix>st|nd|rd|th)(?![a-z])")
_WORD = re.compile(r"[a-z]+(?![a-z])")
_SHARE = re.compile(r"\s+(?:in|out\s+of)\s+(?=\S)")


def suffix_of(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def read_phrase(text: str, pos: int = 0, *, metres: bool = False, kelvin: bool = False,
                place: bool = False) -> Phrase | None:
    """The number phrase at text[pos:] (lower case), or None when no number starts there.

    metres: the question is a length, so "m" after digits is metres, not million.
    kelvin: the question is a temperature, so "k" is kelvin, not thousand.
    place: "the" came before, so "third" is a place, not a fraction.
    Raises NumberError for a phrase that breaks the grammar.
    """
    atoms, end = _atoms(text, pos, metres, kelvin)
    if not atoms:
        return None
    share = _SHARE.match(text, end)
    below = read_phrase(text, share.end(), metres=metres, kelvin=kelvin) if share else None
    if below is not None:  # "one in three", "2 out of 3"
        above = _Reader(atoms, place).result(end)
        if below.value == 0 or below.share or above.share or below.scaled:
            raise NumberError("Write a share as a fraction or a percentage: 1/3 or 33%.")
        return Phrase(above.value / below.value, below.end, 0.0, share=True)
    return _spoken_year(atoms, end) or _Reader(atoms, place).result(end)


def _atoms(text: str, pos: int, metres: bool, kelvin: bool) -> tuple[list[tuple], int]:
    """The phrase as atoms: ("n", value, step, kind) for a number, (word,) or ("scale", factor) for the rest."""
    atoms: list[tuple] = []
    end = pos
    while True:
        p = _SPACE.match(text, end).end() if atoms else end
        if "," in text[end:p] and atoms[-1][0] == "n" and atoms[-1][3] in ("digits", "decimal"):
            return atoms, end  # "80, 90": a list, not one number
        atom, stop = _atom(text, p, atoms, metres, kelvin)
        if atom is None:
            return atoms, end
        atoms.append(atom)
        end = stop


def _atom(text: str, p: int, atoms: list[tuple], metres: bool, kelvin: bool) -> tuple[tuple | None, int]:
    last = atoms[-1] if atoms else ("",)
    m = _ORDINAL_DIGITS.match(text, p)
    if m:
        n = int(m["n"])
        if m["suffix"] != suffix_of(n):
            raise NumberError(f'"{m[0]}" is not a place I can read: write {n}{suffix_of(n)}.')
        return ("n", float(n), 1.0, "place"), m.end()
    m = _SLASH.match(text, p)
    if m:
        if int(m["d"]) == 0:
            raise NumberError("A fraction cannot divide by zero.")
        return ("share", int(m["whole"] or 0) + int(m["n"]) / int(m["d"])), m.end()
    m = _RUN.match(text, p)
    if m:
        return _digits(text, m)
    if text[p:p + 1] in _VULGAR and p < len(text):
        return ("share", _VULGAR[text[p]]), p + 1
    m = _WORD.match(text, p)
    if not m:
        return None, p
    word, end = m[0], m.end()
    if word in _ABBREVIATIONS and last[0] == "n" and last[3] in ("digits", "decimal"):
        shadowed = (word == "m" and metres) or (word == "k" and kelvin) or re.match(r"[²³/^\d]", text[end:])
        return (None, p) if shadowed else (("scale", _ABBREVIATIONS[word]), end)
    for table, kind in ((_UNITS, "unit"), (_TEENS, "teen"), (_TENS, "tens")):
        if word in table:
            return ("n", float(table[word]), 1.0, kind), end
    after_number = last[0] in ("n", "hundred", "scale")
    if word in _ZEROS and (not atoms or last[0] in ("point", "n")):
        return ("n", 0.0, 1.0, "zero"), end
    if word in _SCALES or (word[:-1] in _SCALES and last[0] == "n"):  # "1.3 millions"
        return ("scale", _SCALES.get(word) or _SCALES[word[:-1]]), end
    if word == "hundred" or (word == "hundreds" and last[0] == "n"):
        return ("hundred",), end
    if word in _FRACTIONS or word in _ORDINALS or word == "dozen":
        return (word,), end
    nxt = _SPACE.match(text, end).end()
    ahead = _WORD.match(text, nxt)
    ahead_word = ahead[0] if ahead else ""
    number_next = bool(_RUN.match(text, nxt)) or text[nxt:nxt + 1] in _VULGAR and nxt < len(text) \
        or ahead_word in NUMBER_WORDS or ahead_word in ("a", "an")
    if word in ("a", "an") and ahead_word in NUMBER_WORDS and ahead_word not in _ZEROS:
        return ("a",), end
    if (word == "and" and after_number or word == "point") and number_next:
        return (word,), end
    if word == "of" and last[0] in _FRACTIONS and ahead_word in ("a", "an"):
        return ("of",), end
    return None, p


def _digits(text: str, m: re.Match[str]) -> tuple[tuple, int]:
    digits, decimals = _read_digits(m[0])
    value, step, end = float(digits), 10.0 ** -decimals, m.end()
    e = _EXPONENT.match(text, end)
    if e:  # through float's own reading, so 8.86e-208 is exactly the float written
        power = int(e["e"] or e["p"] or e["s"].translate(_SUPERSCRIPTS))
        value, step, end = float(f"{digits}e{power}"), float(f"1e{power - decimals}"), e.end()
    elif text[end:end + 1] in _VULGAR and end < len(text) and not decimals:  # "17½"
        return ("n", value + _VULGAR[text[end]], 0.0, "decimal"), end + 1
    return ("n", value, step, "decimal" if decimals or step != 1 else "digits"), end


def _read_digits(raw: str) -> tuple[str, int]:
    """Digits as written: commas, spaces or apostrophes group thousands by threes; a point marks decimals."""
    whole, point, fraction = raw.partition(".")
    if raw.count(".") > 1 or re.search(r"[,' ]", fraction):
        raise NumberError(f'"{raw}" groups thousands with points. Write 1,300,000 or 1300000; '
                          "a point marks decimals, as in 1.3 million.")
    if len(fraction) == 3 and fraction.endswith("0") and whole.strip("0") and whole.isdigit() and len(whole) <= 3:
        raise NumberError(f'Is "{raw}" {int(whole + fraction):,} or {float(raw):g}? Group thousands with a comma '
                          f"({whole},{fraction}) and write decimals without trailing zeros ({float(raw):g}).")
    groups = re.split(r"[,' ]", whole)
    separators = set(re.findall(r"[,' ]", whole))
    if whole.count(",") == 1 and len(groups[-1]) != 3 and separators <= {",", " "} and not point \
            and whole.rindex(",") > whole.rfind(" "):
        good = f"{''.join(groups[:-1])}.{groups[-1]}"
        raise NumberError(f'"{raw}" has a decimal comma. Write decimals with a point: {good}. '
                          "A comma groups thousands, as in 1,300,000.")
    if len(groups) > 1 and (len(separators) > 1 or not 1 <= len(groups[0]) <= 3
                            or any(len(g) != 3 for g in groups[1:])):
        if separators == {" "}:
            raise NumberError(f'"{raw}" reads as more than one number. Type one, like 1200 or 1,200.')
        raise NumberError(f'"{raw}" is not a number I can read: group thousands by threes, like 1,200 or 1200.')
    return "".join(groups) + point + fraction, len(fraction)


class _Reader:
    """Reads the atoms left to right. Each must fit after the one before, or the phrase is refused."""

    def __init__(self, atoms: list[tuple], place: bool) -> None:
        self.atoms, self.after_the = atoms, place
        self.total = 0.0  # the groups already multiplied by their scale
        self.group: float | None = None  # the part the next scale word multiplies
        self.at = "start"  # what the phrase so far ends in; decides what may come next
        self.step = 1.0
        self.last_scale = math.inf
        self.scaled = self.share = self.ordinal = self.article = False
        self.numerator = 1.0  # of a fraction after "and": "and three quarters"
        self.before_and = ""  # where "and" came: after a scale, "and a half" is half of it
        self.lone_one = False  # the phrase so far is "one": "one third" is a fraction
        self.decimals = ""  # after "point"
        self.whole = 0.0  # before "point"

    def result(self, end: int) -> Phrase:
        for i, atom in enumerate(self.atoms):
            if self.ordinal:
                self.refuse()
            kind = atom[0]
            handler = {"n": self.number, "a": self.article_a, "and": self.and_, "point": self.point,
                       "hundred": self.hundred, "scale": self.scale, "dozen": self.dozen, "of": self.of,
                       "share": self.share_}.get(kind, self.fraction_or_place)
            handler(atom, i)
        if self.article or self.at in ("and", "and-of", "point", "of", "scale-and"):
            self.refuse()
        value = self.total + (self.group or 0.0)
        if not math.isfinite(value):
            raise NumberError("That number is too large to be an answer.")
        share = self.share and abs(value) <= 1  # "3 1/2" is not a share of one
        return Phrase(value + 0.0, end, 0.0 if self.share else self.step, self.scaled, share)

    def refuse(self) -> None:
        raise NumberError("I cannot read that as one number. Type it in digits, like 1,300,000 or 1.3 million.")

    def number(self, atom: tuple, i: int) -> None:
        _, value, step, kind = atom
        if self.article:
            self.refuse()
        if kind == "place":  # "21st": nothing else may come with it
            if len(self.atoms) != 1:
                self.refuse()
            self.group, self.ordinal = value, True
            return
        if self.at in ("point", "decimals"):  # "one point two five": digits one at a time
            if kind not in ("unit", "zero") and not (kind == "digits" and value == int(value)):
                self.refuse()
            self.decimals += str(int(value))
            self.group = self.whole + float("0." + self.decimals)
            self.step = 10.0 ** -len(self.decimals)
            self.at = "decimals"
            return
        if self.at == "and":  # "and three quarters"
            if kind not in ("unit", "digits") or value != int(value):
                self.refuse()
            self.numerator, self.at = value, "and-of"
            return
        new_group = ("start", "scale", "scale-and")
        fits = {"unit": (*new_group, "hundred", "tens"), "teen": (*new_group, "hundred"),
                "tens": (*new_group, "hundred"), "zero": ("start",), "digits": new_group, "decimal": ("start",)}[kind]
        if self.at not in fits or (kind == "zero" and self.atoms[i + 1:i + 2] not in ([], [("point",)])):
            self.refuse()
        self.group = (self.group or 0.0) + value
        self.step = step
        self.at = {"unit": "small", "teen": "small", "zero": "small", "decimal": "digits"}.get(kind, kind)
        self.lone_one = i == 0 and value == 1 and kind in ("unit", "digits")

    def article_a(self, atom: tuple, i: int) -> None:
        if self.article or self.at not in ("start", "frac", "of", "and"):
            self.refuse()
        self.article = True

    def and_(self, atom: tuple, i: int) -> None:
        nxt = self.atoms[i + 1:i + 3]
        # "and a half", "and three quarters"; not "and twenty-third", a place
        fraction_next = nxt[0][0] == "a" or (len(nxt) > 1 and nxt[0][0] == "n" and nxt[0][3] in ("unit", "digits")
                                             and nxt[1][0] in _FRACTIONS and nxt[1][0].endswith("s"))
        if fraction_next and self.at in ("small", "tens", "digits", "scale", "hundred"):
            self.before_and, self.at = self.at, "and"
        elif self.at == "hundred":  # "one hundred and five"
            self.at = "hundred"
        elif self.at == "scale":  # "two thousand and five"
            self.at = "scale-and"
        else:
            self.refuse()

    def point(self, atom: tuple, i: int) -> None:
        if self.article or self.at not in ("start", "small", "tens", "digits", "hundred", "scale"):
            self.refuse()
        if self.at == "digits" and self.step != 1:
            self.refuse()  # "1.5 point 2"
        self.whole = self.group or 0.0
        self.decimals, self.at = "", "point"

    def hundred(self, atom: tuple, i: int) -> None:
        if self.article:
            self.group, self.article = 1.0, False
        elif self.at == "start" and self.group is None:
            self.group = 1.0  # "hundred" alone, as "a hundred"
        elif self.at not in ("small", "tens", "digits") or (self.group or 0) >= 100:
            self.refuse()
        self.group = (self.group or 0.0) * 100
        self.at = "hundred"

    def scale(self, atom: tuple, i: int) -> None:
        factor = atom[1]
        if self.article:
            self.group = self.group if self.at in ("frac", "of") else 1.0
            self.article = False
        elif self.group is None:
            if self.at != "start" or i:
                self.refuse()
            self.group = 1.0  # "million" alone, as "a million"
        elif self.at not in ("small", "tens", "hundred", "digits", "decimals", "frac", "added", "dozen"):
            self.refuse()
        if factor >= self.last_scale or self.at == "decimals" and self.total:
            self.refuse()  # "a thousand million", "300 thousand 1 million"
        self.total += self.group * factor
        self.step = 0.0 if self.share else self.step * factor
        self.group, self.last_scale, self.at = None, factor, "scale"
        self.scaled, self.share = True, False

    def dozen(self, atom: tuple, i: int) -> None:
        if self.article or (self.at == "start" and self.group is None):
            self.group, self.article = 1.0, False
        elif self.at not in ("small", "digits") or (self.group or 0) >= 100:
            self.refuse()
        self.group = (self.group or 0.0) * 12
        self.at = "dozen"

    def of(self, atom: tuple, i: int) -> None:
        self.at = "of"

    def share_(self, atom: tuple, i: int) -> None:
        if i or self.article:
            self.refuse()
        self.group, self.at, self.share = atom[1], "frac", True

    def fraction_or_place(self, atom: tuple, i: int) -> None:
        """A fraction ("half", "thirds", "one third") or a place ("first", "twenty-third")."""
        word = atom[0]
        if self.at in ("and", "and-of"):  # "seventeen and a half", "a million and three quarters"
            if word not in _FRACTIONS:
                self.refuse()
            self.add_fraction(self.numerator / _FRACTIONS[word], _FRACTIONS[word])
            return
        plural = word in _FRACTIONS and word.endswith("s")
        alone = self.at == "start" and self.group is None
        one = self.article or (alone and word in ("half", "quarter")) or \
            (self.at in ("small", "digits") and self.lone_one and i == 1)
        if plural or (word in _FRACTIONS and one and not self.after_the):
            if plural and self.at not in ("small", "tens", "digits"):
                self.refuse()
            numerator = self.group if plural else 1.0
            self.group, self.article, self.at, self.share = numerator / _FRACTIONS[word], False, "frac", True
            return
        cardinal = _ORDINALS.get(word)
        if cardinal is None or self.article:
            self.refuse()
        if alone and word in _FRACTIONS and not self.after_the:
            n = _UNITS.get(cardinal, 100 if cardinal == "hundred" else 1000)
            raise NumberError(f'"{word}" could be a fraction or a place: write 1/{_FRACTIONS[word]} for a fraction, '
                              f"or {n}{suffix_of(n)} for a place.")
        if cardinal == "hundred":
            self.hundred(("hundred",), i)
        elif cardinal in _SCALES:
            self.scale(("scale", _SCALES[cardinal]), i)
        else:
            kind = "unit" if cardinal in _UNITS else ("teen" if cardinal in _TEENS else "tens")
            self.number(("n", float(_UNITS.get(cardinal) or _TEENS.get(cardinal) or _TENS[cardinal]), 1.0, kind), i)
        self.ordinal, self.scaled = True, False

    def add_fraction(self, fraction: float, denominator: int) -> None:
        if self.before_and == "scale":  # "a million and a half": half of that scale
            self.total += fraction * self.last_scale
            self.step = self.last_scale / denominator
            self.at = "done"
        else:
            self.group = (self.group or 0.0) + fraction
            self.step = 1.0 / denominator
            self.at = "added"
        self.article = False


def _spoken_year(atoms: list[tuple], end: int) -> Phrase | None:
    """Two groups of words read as a year: "twenty twenty-five", "nineteen ninety-one", "twenty oh five"."""
    if not atoms or any(a[0] != "n" or a[3] not in ("unit", "teen", "tens", "zero") for a in atoms):
        return None
    kinds = [a[3] for a in atoms]
    values = [int(a[1]) for a in atoms]
    first = 2 if kinds[:2] == ["tens", "unit"] else 1
    if kinds[0] not in ("teen", "tens") or len(atoms) == first:
        return None
    rest = kinds[first:]
    if rest in (["teen"], ["tens"], ["tens", "unit"]):
        second = sum(values[first:])
    elif rest == ["zero", "unit"]:
        second = values[-1]
    else:
        return None
    return Phrase(float(sum(values[:first]) * 100 + second), end)
