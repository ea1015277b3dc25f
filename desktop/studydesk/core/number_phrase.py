"""The number at the start of a student's answer, cut into atoms for the
grammar in number_grammar.py: digits ("1,300,000", "1.3e6", "17½", "1/3",
"3rd"), number words, scales and their abbreviations ("30bn", "1.3m").
Digits are checked here: thousands grouped by threes, a point for decimals.
"""

from __future__ import annotations

import re

from .number_grammar import (ABBREVIATIONS, FRACTIONS, NUMBER_PARTS, NUMBER_WORDS, ONES, ORDINALS, SCALES, TEENS, TENS,
                             ZEROS, NumberError, Phrase, Reader, spoken_year, suffix_of)

__all__ = ["NUMBER_PARTS", "NUMBER_WORDS", "NumberError", "Phrase", "read_phrase"]

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


def read_phrase(text: str, pos: int = 0, *, metres: bool = False, kelvin: bool = False,
                place: bool = False, years: bool = True) -> Phrase | None:
    """The number phrase at text[pos:] (lower case), or None when no number starts there.

    metres: the question is a length, so "m" after digits is metres, not million.
    kelvin: the question is a temperature, so "k" is kelvin, not thousand.
    place: "the" came before, so "third" is a place, not a fraction.
    years: "twenty ten" may be a year, 2010; not where the question has a unit (ten past eight?).
    Raises NumberError for a phrase that breaks the grammar.
    """
    atoms, end = _atoms(text, pos, metres, kelvin)
    if not atoms:
        return None
    share = _SHARE.match(text, end)
    below = read_phrase(text, share.end(), metres=metres, kelvin=kelvin) if share else None
    if below is not None:  # "one in three", "2 out of 3"
        above = Reader(atoms, place).result(end)
        if below.value == 0 or below.share or above.share or below.scaled:
            raise NumberError("Write a share as a fraction or a percentage: 1/3 or 33%.")
        return Phrase(above.value / below.value, below.end, 0.0, share=True)
    return (spoken_year(atoms, end) if years else None) or Reader(atoms, place).result(end)


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
    if word in ABBREVIATIONS and last[0] == "n" and last[3] in ("digits", "decimal"):
        shadowed = (word == "m" and metres) or (word == "k" and kelvin) or re.match(r"[²³/^\d]", text[end:])
        return (None, p) if shadowed else (("scale", ABBREVIATIONS[word]), end)
    for table, kind in ((ONES, "unit"), (TEENS, "teen"), (TENS, "tens")):
        if word in table:
            return ("n", float(table[word]), 1.0, kind), end
    after_number = last[0] in ("n", "hundred", "scale")
    if word in ZEROS and (not atoms or last[0] in ("point", "n")):
        return ("n", 0.0, 1.0, "zero"), end
    if word in SCALES or (word[:-1] in SCALES and last[0] == "n"):  # "1.3 millions"
        return ("scale", SCALES.get(word) or SCALES[word[:-1]]), end
    if word == "hundred" or (word == "hundreds" and last[0] == "n"):
        return ("hundred",), end
    if word in FRACTIONS or word in ORDINALS or word == "dozen":
        return (word,), end
    nxt = _SPACE.match(text, end).end()
    ahead = _WORD.match(text, nxt)
    ahead_word = ahead[0] if ahead else ""
    number_next = bool(_RUN.match(text, nxt)) or text[nxt:nxt + 1] in _VULGAR and nxt < len(text) \
        or ahead_word in NUMBER_WORDS or ahead_word in ("a", "an")
    if word in ("a", "an") and ahead_word in NUMBER_WORDS and ahead_word not in ZEROS:
        return ("a",), end
    if (word == "and" and after_number or word == "point") and number_next:
        return (word,), end
    if word == "of" and last[0] in FRACTIONS and ahead_word in ("a", "an"):
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


