"""A figure as a sentence gives it (quantities.py finds them), and a value
written as the article writes that figure: its scale word, its decimals, its
unit, in words where the article used words. Each wrong choice of a figure is
written the same way, so none stands out by its form."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import format_number
from .lexicon import number_name as _number_name

_SIGN = re.compile(r"((?:US|A|C|NZ|HK|S|R)?[$€£¥₹])")
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


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
    extra: str = ""  # ordinal superlative ("longest"), date month, ratio second term, a year's era ("BC")

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
    def symbol(self) -> str:
        """The currency sign the article writes the amount with ("£", "US$"), or ""."""
        m = _SIGN.match(self.sentence, self.num_start) if self.dimension == "money" else None
        return m.group(1) if m else ""

    @property
    def decimals(self) -> int:
        m = re.search(r"\.(\d+)", self.number_text)
        return len(m.group(1)) if m else 0

    @property
    def is_age(self) -> bool:
        """Someone's age as such: "aged 51", "51 years old", "a 16-year-old", "six months old"."""
        return bool(re.search(r"\baged\s+$", self.sentence[:self.start], re.IGNORECASE)
                    or re.match(r"[\s-]*(?:years?|months?)[\s-]+old\b", self.sentence[self.num_end:], re.IGNORECASE))

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
    # "one million", not "1,000 thousand"; but "$1,750 million" beside "$175 million", not a rounded "$1.8 billion"
    while scale and scale != "trillion" and value / SCALES[scale] >= 1000 \
            and (value / SCALES[scale] / 1000).is_integer():
        scale = next(s for s, size in SCALES.items() if size == SCALES[scale] * 1000)
    if scale:
        n = value / SCALES[scale]
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
    if f.symbol:
        return f"{f.symbol}{body}"  # "a £2.6 million train robbery", as the article writes it: never "pounds" there
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
