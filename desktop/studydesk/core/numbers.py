"""What a student types for a number: "80", "80 km", "1,200", "1.2k", "eighty",
"one-third", "33%". Parsed to a value and an optional unit, or a clear error.
"""

from __future__ import annotations

import math
import re

import msgspec

_SMALL = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# "m" and "b" are left out: "80 m" is metres far more often than millions.
_SUFFIX_SCALES = {"k": 1_000, "thousand": 1_000, "mn": 1_000_000, "million": 1_000_000,
                  "bn": 1_000_000_000, "billion": 1_000_000_000}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
    "tenth": 10, "tenths": 10,
}
NUMBER_WORDS = frozenset(_SMALL) | frozenset(_TENS) | frozenset(_SCALES) | frozenset(_FRACTIONS) | {"dozen"}

# Units a value can be given in, by the name the bank uses. Counting nouns
# ("residents", "men") are not units of measure and are ignored when typed.
_UNIT_ALIASES = {
    "km": ("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"),
    "m": ("m", "meter", "meters", "metre", "metres"),
    "mi": ("mi", "mile", "miles"),
    "%": ("%", "percent", "per cent", "pc"),
    "kg": ("kg", "kilogram", "kilograms", "kilogramme", "kilogrammes"),
    "t": ("t", "tonne", "tonnes", "ton", "tons"),
    "years": ("year", "years", "yr", "yrs"),
    "months": ("month", "months"),
    "days": ("day", "days"),
    "hours": ("h", "hr", "hrs", "hour", "hours"),
    "°C": ("°c", "c", "celsius", "degrees celsius"),
    "km²": ("km²", "km2", "sq km", "square kilometres", "square kilometers"),
}
_UNIT_OF = {alias: unit for unit, aliases in _UNIT_ALIASES.items() for alias in aliases}

_DIGITS = re.compile(
    r"""^(?P<sign>[-+\u2212])?\s*
        (?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)?
        (?P<frac>\.\d+)?
        \s*(?:(?P<scale>k|mn|bn|thousand|million|billion)(?![a-z]))?
        \s*(?P<rest>.*)$""",
    re.VERBOSE | re.IGNORECASE,
)
_MAX_INPUT = 200


class NumberError(ValueError):
    """Input that is not a number a student could mean."""


class Quantity(msgspec.Struct, frozen=True):
    value: float
    unit: str = ""  # canonical unit ("km", "%") or the typed word, lower case


def canonical_unit(unit: str) -> str:
    """The bank's name for a typed unit: "kilometres" -> "km"."""
    u = " ".join(unit.strip().lower().split())
    return _UNIT_OF.get(u, u)


def is_measure_unit(unit: str) -> bool:
    return canonical_unit(unit) in _UNIT_ALIASES


def parse_quantity(text: str) -> Quantity:
    """Read a number typed by a student, with its unit if any.

    Raises NumberError with a message fit to show the student.
    """
    if not isinstance(text, str):
        raise NumberError("Type a number.")
    s = " ".join(text.strip().split())
    if not s:
        raise NumberError("Type a number.")
    if len(s) > _MAX_INPUT:
        raise NumberError("That answer is too long to be a number.")
    s = s.replace("\u2212", "-")
    m = _DIGITS.match(s)
    if m and (m.group("int") or m.group("frac")):
        digits = (m.group("int") or "0").replace(",", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        value = float(digits + (m.group("frac") or ""))
        if m.group("scale"):
            value *= _SUFFIX_SCALES[m.group("scale").lower()]
        if m.group("sign") == "-":
            value = -value
        value = value + 0.0  # -0 reads as 0
        rest = m.group("rest").strip()
        if rest[:1].isdigit() or (rest and rest[0] in ",.") or (any(c.isdigit() for c in rest) and not is_measure_unit(rest)):
            raise NumberError(f'"{text.strip()}" is not a number I can read; write it like 1,200 or 1200.')
        return _checked(Quantity(value, canonical_unit(rest) if rest else ""), text)
    return _checked(_parse_words(s, text), text)


def _checked(q: Quantity, text: str) -> Quantity:
    if not math.isfinite(q.value):
        raise NumberError(f'"{text.strip()}" is too large to be an answer.')
    return q


def _parse_words(s: str, original: str) -> Quantity:
    tokens = re.findall(r"[a-z]+|%", s.lower().replace("-", " "))
    if not tokens:
        raise NumberError(f'"{original.strip()}" is not a number.')
    # Split off a trailing unit: the longest tail that is a known unit or not a number word.
    cut = len(tokens)
    while cut > 0 and tokens[cut - 1] not in NUMBER_WORDS and tokens[cut - 1] not in {"and"}:
        cut -= 1
    words, unit_words = tokens[:cut], tokens[cut:]
    if not words:
        raise NumberError(f'"{original.strip()}" is not a number.')
    value = _words_value(words)
    if value is None:
        raise NumberError(f'"{original.strip()}" is not a number I can read.')
    return Quantity(value, canonical_unit(" ".join(unit_words)) if unit_words else "")


def _words_value(words: list[str]) -> float | None:
    """Value of number words: "one hundred and twenty", "two thirds", "a dozen"."""
    words = [w for w in words if w != "and"]
    if not words:
        return None
    if words[-1] in _FRACTIONS:
        denominator = _FRACTIONS[words[-1]]
        numerator = _words_value(words[:-1]) if words[:-1] else 1.0
        if numerator is None:
            return None
        return numerator / denominator
    if words[-1] == "dozen":
        count = _words_value(words[:-1]) if words[:-1] else 1.0
        return None if count is None else count * 12
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in _SMALL:
            if w in {"a", "an"} and seen:
                return None
            current += _SMALL[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
        else:
            return None
        seen = True
    return total + current


def format_number(value: float) -> str:
    """A value as a reader expects it: 60,000; 1.5; 0.33."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1 else f"{value:.3g}"


def format_figure(value: float, unit: str) -> str:
    """A whole number from 1000 to 2999 with no unit is most likely a year:
    2022, not 2,022. Everything else gets its thousands separators."""
    if not unit and value == int(value) and 1000 <= value < 3000:
        return str(int(value))
    return format_number(value)


def words_value(text: str) -> float | None:
    """Value of number words in running text ("one-third", "two hundred",
    "a dozen"), or None when they are not a number. For the generator."""
    words = re.findall(r"[a-z]+", text.lower().replace("-", " "))
    if not words or any(w not in NUMBER_WORDS and w != "and" for w in words):
        return None
    return _words_value(words)
