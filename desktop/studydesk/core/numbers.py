"""What a student types for a number, read as they mean it, or refused with a
message that says why. Never read as a different value.

    "80", "80 km", "1,200", "1 200", "1.2k", "30bn", "$4.2 billion", "€1.3m",
    "~14 million", "about 1.3 million", "17 and a half million", "half a million",
    "one point three million", "twenty twenty-five", "33%", "one third", "50 miles"

A qualifier ("about", "~", "nearly", "more than", "or so") leaves the value as
written: the bank's answer to "nearly one-third" is the figure the article gives.
What a question's unit changes: "m" after digits is metres in a length and
million elsewhere; "k" is kelvin in a temperature; "pounds" is money unless the
question weighs something. read_answer() then checks the unit against the
question's, converts one of the same dimension (with a note, "50 mi = 80.5 km"),
and refuses any other.
"""

from __future__ import annotations

import math
import re

import msgspec

from .number_phrase import NUMBER_PARTS, NUMBER_WORDS, NumberError, Phrase, read_phrase
from .units import DEGREES, QuestionUnit, Unit, convert, describe, kind_of, money_at_start, question_unit, \
    same_currency, unit_at

__all__ = ["NUMBER_WORDS", "NumberError", "Quantity", "Reading", "canonical_unit", "format_figure", "format_number",
           "is_measure_unit", "parse_quantity", "read_answer", "words_value"]

_MAX_INPUT = 200
_QUALIFIER = re.compile(
    r"(?:~|≈|≃|about|around|roughly|approximately|approx\.?|appr\.?|circa|ca\.?|c\.|some|nearly|almost|exactly|"
    r"precisely|only|just|over|under|above|below|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|"
    r"up\s+to|an?\s+estimated|estimated|est\.|<=|>=|≤|≥|<|>|in\s+the\s+year|the\s+year|year|in)(?:(?<=[a-z])(?![a-z])|(?<![a-z]))\s*")
_AFTER = re.compile(r"\s*(?:or\s+so|or\s+more|or\s+less|or\s+fewer|or\s+thereabouts|more\s+or\s+less|give\s+or\s+take|"
                    r"approx\.?|approximately|roughly|about|odd|ish|\+)(?![a-z])")
_SIGN = re.compile(r"(?:(?P<minus>-|minus\s+|negative\s+)|\+|plus\s+)(?=\S)")
_RANGE = re.compile(r"\s*(?:-|to|or|and|/|:|,)\s*(?P<second>\S+)")
_AND = re.compile(r"\s*(?:,|and)?\s*")
_COMPOUNDS = ("length", "duration", "mass", "area")  # "5 ft 10 in", "2 hours and 30 minutes"
_VAGUE = re.compile(r"(?:a\s+)?(?:few|several|many|couple|lots|dozens|hundreds|thousands|millions|billions|tens)\b")


class Quantity(msgspec.Struct, frozen=True):
    value: float
    unit: str = ""  # a known unit's canonical name ("km", "%", "dollars"), or the typed words, lower case
    step: float = 0.0  # what the last written digit counts, in `unit`: 1 for "50", 100,000 for "1.3 million"
    scaled: bool = False  # a scale was written: "1.3 million", "30bn"
    share: bool = False  # written as a share of one: "one third", "1/3", "1 in 3"


class Reading(msgspec.Struct, frozen=True):
    """An answer read against its question's unit."""

    value: float  # in the question's unit
    quantity: Quantity  # as typed
    # What a converted figure stands for, rounded as written, in the question's unit:
    # "50 mi" is 49.5 to 50.5 mi, 79.7 to 81.3 km. Without conversion both are the value.
    low: float
    high: float
    note: str = ""  # how it was converted: "50 mi = 80.5 km"

    def shown(self, unit: str) -> str:
        """The reading as a student checks it: "1,300,000", "2026", "33%", "50 mi = 80.5 km"."""
        if self.note:
            return self.note
        # A year reads as 2026, not 2,026: a question with no unit may ask for one.
        figure = format_figure(self.value, unit or self.quantity.unit)
        name = unit.strip() if is_measure_unit(unit) or question_unit(unit).scale != 1 else self.quantity.unit
        if name == "%" and 0 < abs(self.value) < 1 and self.quantity.unit != "%":
            return f"{figure}% (for {format_number(self.value * 100)}%, type {format_number(self.value * 100)})"
        return f"{figure}%" if name == "%" else (f"{figure} {name}" if name else figure)


def canonical_unit(unit: str) -> str:
    """The usual name of a written unit: "kilometres" -> "km"; other words as written, lower case."""
    u = " ".join(unit.strip().lower().split())
    units, end = unit_at(u)
    return units[0].name if units and end == len(u) else u


def is_measure_unit(unit: str) -> bool:
    u = " ".join(unit.strip().lower().split())
    return bool(u) and unit_at(u)[1] == len(u)


def parse_quantity(text: str, unit: str = "") -> Quantity:
    """Read a number typed by a student, with its unit if any; `unit` is the question's.

    Raises NumberError with a message fit to show the student.
    """
    return _read(text, question_unit(unit))[0]


def read_answer(text: str, unit: str) -> Reading:
    """Read an answer in the question's unit: converted from another unit of the same
    dimension, refused (NumberError) from one of another dimension or currency."""
    want = question_unit(unit)
    q, typed = _read(text, want)
    value, note = q.value, ""
    low, high = value, value
    if typed is None:
        if q.unit and want.unit:
            raise NumberError(f'"{q.unit}" is not a unit I know. Give the answer in {unit.strip()}.')
        if q.share and want.dimension == "percent":
            value = low = high = value * 100
            note = f"{' '.join(text.split())} = {_short(value)}%"
    elif typed.dimension == "percent" and not want.unit and not want.text:
        value, low, high = value / 100, low / 100, high / 100
        note = f"{format_number(q.value)}% = {format_number(value)}"
    else:
        _check_unit(typed, want)
        if want.unit is not None and typed != want.unit and typed.dimension != "money":
            # converted: the figure stands for what rounds to it
            value, low, high = (convert(v, typed, want.unit) for v in (value, value - q.step / 2, value + q.step / 2))
            note = f"{format_number(q.value)} {typed.name} = {_short(value)} {want.text}"
    if want.scale != 1 and (q.scaled or (typed is not None and typed != want.unit)):
        value, low, high = value / want.scale, low / want.scale, high / want.scale
    if not math.isfinite(value):
        raise NumberError("That number is too large to be an answer.")
    return Reading(value, q, min(low, high), max(low, high), note)


def _check_unit(typed: Unit, want: QuestionUnit) -> None:
    if want.unit is None:
        if want.text:
            raise NumberError(f"The answer is a count ({want.text}), not {kind_of(typed)}: type it without "
                              f"{describe(typed)}.")
        raise NumberError(f"The answer is a plain number: type it without {describe(typed)}.")
    if typed.dimension != want.dimension:
        raise NumberError(f"{describe(typed)} is {kind_of(typed)}, but the answer is {kind_of(want.unit)}, "
                          f"in {want.text}.")
    if typed.dimension == "money" and not same_currency(typed, want.unit):
        raise NumberError(f"The answer is in {describe(want.unit)}, not {describe(typed)}: "
                          "currencies are not converted.")


def _read(text: str, want: QuestionUnit) -> tuple[Quantity, Unit | None]:
    if not isinstance(text, str) or not text.strip():
        raise NumberError("Type a number.")
    s = _normal(text)
    if len(s) > _MAX_INPUT:
        raise NumberError("That answer is too long to be a number.")
    pos, place = _past_qualifiers(s)
    sign = 1.0
    m = _SIGN.match(s, pos)
    if m:
        sign, pos = (-1.0 if m["minus"] else 1.0), m.end()
    money, end = money_at_start(s, pos)
    pos = len(s) - len(s[end:].lstrip()) if money else pos
    m = _SIGN.match(s, pos) if money and sign == 1 else None
    if m:
        sign, pos = (-1.0 if m["minus"] else 1.0), m.end()
    phrase = read_phrase(s, pos, metres=want.dimension == "length", kelvin=want.dimension == "temperature",
                         place=place, years=want.unit is None)
    if phrase is None:
        raise NumberError(_not_a_number(s[pos:], text))
    unit, noun, end = _unit_after(s, phrase, want)
    value, step = phrase.value, phrase.step
    while unit is not None and unit.dimension in _COMPOUNDS:  # "1 hour 30 minutes", "5 km 300 m"
        more = read_phrase(s, _AND.match(s, end).end(), metres=want.dimension == "length")
        if more is None:
            break
        part, _, end = _unit_after(s, more, want)
        if part is None or part.dimension != unit.dimension or part.factor >= unit.factor:
            raise NumberError("Give each number its unit, as in 1 hour 30 minutes, or write one number: 90 minutes.")
        value, step = value + convert(more.value, part, unit), more.step * part.factor / unit.factor
    _check_rest(s, end, text)
    if money is not None and unit is not None and not same_currency(unit, money):
        raise NumberError(f'"{text.strip()}" names two units: give one.')
    unit = unit or money
    value = sign * value + 0.0
    if not math.isfinite(value):
        raise NumberError("That number is too large to be an answer.")
    name = unit.name if unit else noun
    return Quantity(value, name, step, phrase.scaled, phrase.share), unit


def _normal(text: str) -> str:
    s = " ".join(text.split()).lower()
    s = s.replace("\u2212", "-").replace("\u2019", "'").replace("\u2018", "'").strip('"\u201c\u201d ')
    s = re.sub(r"^[\u2013\u2014]", "-", s)  # a dash typed for a minus
    s = re.sub(r"(?<=[a-z])-(?=[a-z])|(?<=\d)-(?=[a-z])", " ", s)  # "twenty-five", "1.3-million", "40-ish"
    return re.sub(r"\s*[.!?]+$", "", s) if not re.search(r"(?:approx|ca|c|est|appr)\.$", s) else s


def _past_qualifiers(s: str) -> tuple[int, bool]:
    """Past qualifiers and fillers ("about", "~", "in the year"); True when "the" came before a place."""
    pos = _past(_QUALIFIER, s, 0)
    return (pos + 4, True) if s.startswith("the ", pos) else (pos, False)


def _unit_after(s: str, phrase: Phrase, want: QuestionUnit) -> tuple[Unit | None, str, int]:
    """The unit written after the number: a known one, or the word of a counted noun."""
    pos = _past(_AFTER, s, phrase.end)
    at = len(s) - len(s[pos:].lstrip())
    if re.match(r"'?s(?![a-z])", s[pos:]) and pos == phrase.end and want.dimension != "duration":
        raise NumberError("Give one year, not a decade: 1990, not the 1990s.")
    _check_range(s[pos:], s, want)
    if want.dimension == "duration" and re.match(r"h\d", s[at:]):
        raise NumberError("Write a time as 1 hour 30 minutes, or as one number: 90 minutes.")  # "1h30"
    degrees = DEGREES.match(s, at)
    units, end = unit_at(s, at)
    if degrees and (not units or end <= degrees.end()) and want.dimension == "temperature":
        return want.unit, "", degrees.end()
    if units:
        fits = [u for u in units if u.dimension == want.dimension]
        money = [u for u in units if u.dimension == "money"]
        return (fits or money or units)[0], "", end
    noun = " ".join(want.text.lower().split())
    if want.unit is None and noun and re.match(rf"{re.escape(noun)}(?![a-z])", s[at:]):
        return None, noun, at + len(noun)  # the question's own words: "8 for each one"
    word = re.match(r"[^\W\d_]+", s[at:])
    word = word[0][:next((i for i, c in enumerate(word[0]) if not c.isalpha()), None)] if word else ""
    if not word:
        return None, "", pos
    _check_word(word)
    return None, word, at + len(word)


def _past(pattern: re.Pattern[str], s: str, pos: int) -> int:
    while True:
        m = pattern.match(s, pos)
        if not m or m.end() == pos:
            return pos
        pos = m.end()


def _check_range(rest: str, s: str, want: QuestionUnit) -> None:
    """ "10-20", "8:1", "eight to one": two numbers where one is wanted."""
    second = _RANGE.match(rest)
    if not second or not (second["second"][0].isdigit() or second["second"].strip(",.") in NUMBER_WORDS):
        return
    if want.dimension == "duration" and rest.startswith(":"):
        raise NumberError("Write a time as 1 hour 30 minutes, or as one number: 90 minutes.")
    if second["second"].strip(",.") in ("1", "one") and re.match(r"\s*(?:to|:)", rest):
        raise NumberError(f'For a ratio like "{s.strip()}", type the first number: how many to one.')
    raise NumberError("Give one number, not a range or a list: your best figure, like 1,200.")


def _check_word(word: str) -> None:
    """A word after the number that is not a unit is what is counted ("residents") unless
    it looks like a misspelt number word, which must not be skipped: "1.3 milion" is not 1.3."""
    import difflib

    close = difflib.get_close_matches(word, sorted(NUMBER_WORDS | {"percent"}), n=1, cutoff=0.8)
    if close and word not in NUMBER_WORDS and len(word) >= 5:
        raise NumberError(f'Did you mean "{close[0]}"? "{word}" is not a word I can read in a number.')
    if word in NUMBER_PARTS or word == "and":
        raise NumberError("I cannot read that as one number. Type it in digits, like 1,300,000 or 1.3 million.")


def _check_rest(s: str, end: int, text: str) -> None:
    """What follows the number and its unit may be a qualifier or plain words ("away",
    "people"), never another number, unit or sign."""
    rest = s[_past(_AFTER, s, end):].strip()
    words = re.findall(r"[^\W\d_]+", rest)
    if re.search(r"[^\w\s'.,!?()-]|[\d_]", rest) or any(c.isnumeric() for c in rest) or any(
            w in NUMBER_PARTS or (len(w) == 1 and w not in "asi") or unit_at(w)[1] == len(w) for w in words):
        raise NumberError(f'"{text.strip()}" is not a number I can read; write it like 1,200 or 1.2 million.')


def _not_a_number(rest: str, text: str) -> str:
    if not rest.strip():
        return "Type a number."
    if _VAGUE.match(rest):
        return f'"{text.strip()}" is not one number: type your best figure, like 5,000.'
    word = re.match(r"[a-z]+", rest)
    if word:
        _check_word(word[0])
    return f'"{text.strip()}" is not a number I can read. Type it in digits, like 1,200 or 1.2 million.'


def _short(value: float) -> str:
    """A converted value for a note: three significant figures, grouped ("80.5", "5,000", "0.00133")."""
    if value == 0 or not math.isfinite(value):
        return format_number(value)
    rounded = round(value, 2 - int(math.floor(math.log10(abs(value)))))
    return format_number(rounded + 0.0)


def format_number(value: float) -> str:
    """A value as a reader expects it: 60,000; 1.5; 0.33."""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    # A figure with a few decimals is shown as written (11,722.98, not 11,723):
    # a key rounded away from the article's own figure reads as a wrong key.
    written = repr(value)
    if "e" not in written and len(decimals := written.partition(".")[2]) <= 4:
        return f"{value:,.{len(decimals)}f}"
    if abs(value) < 1:
        return f"{value:.3g}"
    text = f"{value:,.6g}"
    return text if "e" not in text or abs(value) >= 1e15 else f"{value:,.3f}".rstrip("0").rstrip(".")


def format_figure(value: float, unit: str) -> str:
    """A whole number from 1000 to 2999 with no unit is most likely a year:
    2022, not 2,022. Everything else gets its thousands separators."""
    if not unit and value == int(value) and 1000 <= value < 3000:
        return str(int(value))
    return format_number(value)


def words_value(text: str) -> float | None:
    """Value of number words in running text ("one-third", "two hundred",
    "a dozen"), or None when they are not a number. For the generator."""
    s = " ".join(text.lower().replace("-", " ").split())
    if not s or any(w not in NUMBER_WORDS and w not in ("and", "a", "an") for w in s.split()):
        return None
    try:
        phrase = read_phrase(s)
    except NumberError:
        return None
    return phrase.value if phrase is not None and phrase.end == len(s) else None
