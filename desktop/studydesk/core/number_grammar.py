"""How the words and figures of one number fit together, and what a number
phrase is worth: "seventeen and a half million", "one point three million",
"1 million 300 thousand", "half a million", "two thirds", "twenty-first",
"twenty twenty-five".

Strict on purpose. A word that cannot take its place ("five twenty", "twenty
twenty" outside a year) is refused, never dropped: a reader that skips what it
cannot read turns "$30 billion" into 1,000,000,000. Libraries that read number
words skip words they do not know, so this small grammar is our own.
number_phrase.py cuts the text into the atoms read here.
"""

from __future__ import annotations

import math
from typing import NamedTuple


class NumberError(ValueError):
    """Input that is not a number a student could mean; the message is for the student."""


class Phrase(NamedTuple):
    value: float
    end: int  # where the phrase ends in the text
    step: float = 1.0  # what its last written digit counts: 1 for "50", 100,000 for "1.3 million"; 0 if exact
    scaled: bool = False  # a scale was written ("thousand", "1.3m")
    share: bool = False  # written as a share of one ("one third", "1/3", "1 in 3")


ONES = dict(zip("one two three four five six seven eight nine".split(), range(1, 10)))
TEENS = dict(zip("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
                 range(10, 20)))
TENS = dict(zip("twenty thirty forty fifty sixty seventy eighty ninety".split(), range(20, 100, 10)))
ZEROS = {"zero", "nought", "naught", "oh", "o", "nil", "none"}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
# Only right after digits: "30bn", "1.3 mn", "2k". "m" is metres in a length, "k" kelvin in a temperature.
ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mill": 1e6, "b": 1e9, "bn": 1e9,
                 "bln": 1e9, "bil": 1e9, "tsd": 1e3, "mio": 1e6, "mrd": 1e9}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
             "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
             "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100,
             "hundredths": 100, "thousandth": 1000, "thousandths": 1000}
ORDINALS = {"first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
            "seventh": "seven", "eighth": "eight", "ninth": "nine", "twelfth": "twelve",
            **{w + "th": w for w in ("ten", "eleven", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                     "eighteen", "nineteen", "hundred", "thousand", "million", "billion")},
            **{w[:-1] + "ieth": w for w in TENS}}
NUMBER_WORDS = frozenset({*ONES, *TEENS, *TENS, *ZEROS, *SCALES, *FRACTIONS, *ORDINALS, "hundred", "dozen"})
# Words that belong to a number, found where a number is over: it was not one number.
NUMBER_PARTS = NUMBER_WORDS | {w + "s" for w in (*SCALES, "hundred", "dozen")} | set(ABBREVIATIONS) | {"point"}


def suffix_of(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


class Reader:
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
        if (self.group or 0.0) >= self.last_scale:
            self.refuse()  # "1 million 1,300,000"
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
        if self.at in ("point", "decimals"):  # "one point two five": digit words one at a time
            if kind not in ("unit", "zero"):
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
        if not nxt:
            self.refuse()
        # "and a half", "and three quarters"; not "and twenty-third", a place
        fraction_next = nxt[0][0] == "a" or (len(nxt) > 1 and nxt[0][0] == "n" and nxt[0][3] in ("unit", "digits")
                                             and nxt[1][0] in FRACTIONS and nxt[1][0].endswith("s"))
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
        if factor >= self.last_scale or self.group * factor >= self.last_scale or self.at == "decimals" and self.total:
            self.refuse()  # "a thousand million", "300 thousand 1 million", "1 million 2000 thousand"
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
        if self.at in ("point", "decimals"):
            self.refuse()  # "point five third"
        if self.at in ("and", "and-of"):  # "seventeen and a half", "a million and three quarters"
            if word not in FRACTIONS:
                self.refuse()
            self.add_fraction(self.numerator / FRACTIONS[word], FRACTIONS[word])
            return
        plural = word in FRACTIONS and word.endswith("s")
        alone = self.at == "start" and self.group is None
        one = self.article or (alone and word in ("half", "quarter")) or \
            (self.at in ("small", "digits") and self.lone_one and i == 1)
        if plural or (word in FRACTIONS and one and not self.after_the):
            if (plural and self.at not in ("small", "tens", "digits")) or (self.article and self.group is not None
                                                                           and self.at != "start"):
                self.refuse()  # "quarter a quarter"
            numerator = self.group if plural else 1.0
            self.group, self.article, self.at, self.share = numerator / FRACTIONS[word], False, "frac", True
            return
        cardinal = ORDINALS.get(word)
        if cardinal is None or self.article:
            self.refuse()
        if alone and word in FRACTIONS and not self.after_the:
            n = ONES.get(cardinal, 100 if cardinal == "hundred" else 1000)
            raise NumberError(f'"{word}" could be a fraction or a place: write 1/{FRACTIONS[word]} for a fraction, '
                              f"or {n}{suffix_of(n)} for a place.")
        if cardinal == "hundred":
            self.hundred(("hundred",), i)
        elif cardinal in SCALES:
            self.scale(("scale", SCALES[cardinal]), i)
        else:
            kind = "unit" if cardinal in ONES else ("teen" if cardinal in TEENS else "tens")
            self.number(("n", float(ONES.get(cardinal) or TEENS.get(cardinal) or TENS[cardinal]), 1.0, kind), i)
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


def spoken_year(atoms: list[tuple], end: int) -> Phrase | None:
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
