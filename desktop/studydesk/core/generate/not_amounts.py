"""Where a number in running text is no amount to ask about: one end of a
range the reader did not take whole, a time of day, a code, a number inside a
name ("Route 40", "Ariane 5"), a slip in the text. The figure reader asks here
before it reads a plain number; each rule gives its reason, for debugging."""

from __future__ import annotations

import re

from ..numbers import words_value
from .lexicon import MONTH_ABBREVIATION_RE, MONTH_RE, NOT_NAMES

# How far a figure's reading looks before and after it: a few words, not the
# whole sentence; a "sentence" of thousands of figures made reading it take
# time that grew with its square (300 KB: 770 s).
LOOK_BACK = 80


def text_before(s: str, at: int) -> str:
    """The last LOOK_BACK characters before `at`, led by a space when cut, so
    that a pattern's ^ still means the sentence's start."""
    return s[:at] if at <= LOOK_BACK else " " + s[at - LOOK_BACK:at]


def text_after(s: str, at: int) -> str:
    return s[at:at + LOOK_BACK]


def followed_by(s: str, at: int, word: str) -> bool:
    """Whether `word` comes next after `at`, past a space or two."""
    return s[at:at + len(word) + 2].strip().lower().startswith(word)


_RANGE_END_AFTER = re.compile(r"\s*[–-]\s*[$€£]?\d|\s+to\s+[$€£]?\d")  # "$10–$15 billion"
_RANGE_END_BEFORE = re.compile(r"\d\s*[–-]\s*$")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NEXT = r"(?:,\s*|,?\s+(?:and|or|to|through)\s+)"  # the next in a list of days
_TIME_OF_DAY = re.compile(r"\s*(?:o['’]clock|in the (?:morning|afternoon|evening)|at night|[ap]\.?m\b)")
_LABEL = re.compile(r"\b(?:[Rr]oute|[Hh]ighway|[Rr]oad|[Ff]light|[Nn]o\.|[Nn]umber|[Ii]nterstate|[Pp]latform|[Gg]ate|"
                    r"[Cc]hannel|[Pp]ier|[Bb]us|[Ll]ine|[Pp]age|[Cc]hapter|[Aa]rticle|[Ss]ection|[Rr]oom|[Tt]ank|"
                    r"[Bb]erth|[Hh]angar)\s+$|#$")  # "near tank 912", "Law #7": a label


def points_group_thousands(raw: str) -> bool:
    """"In 2013, 320.000 crossings", "11.000–12.000 killed": a copy that groups thousands with points, as
    many languages do; read as decimals they would be 320 and 11."""
    return re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) is not None and raw.endswith("000")


def why_not_an_amount(s: str, start: int, end: int, raw: str, unit_text: str, currency: bool) -> str:
    """Why the number `raw` at s[start:end] is no amount ("" when it may be one)."""
    after, before = text_after(s, end), text_before(s, start)
    words = raw[0].isalpha()
    if re.search(r"\[(?:nb |note |n |lower-alpha |upper-alpha )?$", before) and after.startswith("]"):
        return "a footnote mark"  # "in the Gulf of Guinea.[1]", "Maltese: Lampeduża)[lower-alpha 1]"
    if re.match(r",\d{1,2}(?!\d)", after) or re.search(r"\d,$", before):
        return "a number with a decimal comma"  # "43,99%": not read as 43, nor 99%
    if _RANGE_END_AFTER.match(after) or _RANGE_END_BEFORE.search(before) or (
            currency and re.search(r"\bbetween\s+[$€£]?$", before) and re.match(r"\s+and\s+[$€£]?\d", after)) \
            or re.search(r"\bbetween\s+[$€£]\d[\d,.]*\s+and\s+[$€£]?$", before):
        return "one end of a range not read whole"  # "$3–4.2 billion", "between $402 and $407 billion"
    if re.search(r"\b(?:latitude|longitude|coordinates?)\s*:?\s*$", before, re.IGNORECASE):
        return "a coordinate"  # "Latitude: 47.2160 Longitude: 9.8160"
    if re.match(r"\s*°\s*[NSEW]\b", after) or re.match(r"\s*°\s*\d", after) or re.match(r"\s*['′][\d.]*[\"″]", after) \
            or re.search(r"\d°\s*$", before) or re.match(r"\s*[\"″]\s*[NSEW]\b", after):
        return "a coordinate"  # "The landing coordinates are 5°S 351°E"
    if re.fullmatch(r"1\d{3}|20\d\d", raw) and (
            re.match(r",?\s+or\s+(?:in\s+)?(?:(?:early|late|mid)-?\s*)?(?:1\d{3}|20\d\d)\b", after)
            or re.search(r"\b(?:1\d{3}|20\d\d),?\s+or\s+(?:in\s+)?(?:(?:early|late|mid)-?\s*)?$", before)):
        return "one of two years the page hedges between"  # "in 1956 or in early 1957": either may be right
    if points_group_thousands(raw):
        return "a number whose point may group thousands"
    if re.match(r"\s*±", after) or re.search(r"±\s*$", before):
        return "a measurement with its margin of error"  # "2,326 ± 12 kilometers": the digits of a measurement
    month = rf"\b(?:{MONTH_RE}|{MONTH_ABBREVIATION_RE})"
    if not unit_text and (re.search(rf"{month}\s+{_DAY}(?:{_NEXT}{_DAY})*{_NEXT}$", before) or raw.isdigit()
                          and int(raw) <= 31 and re.match(rf"(?:{_NEXT}{_DAY})*\s+(?:{MONTH_RE})\b", after)):
        return "a day of a date"  # "on May 19 and 22", "August 28, 29 and 30": days, not 22 or 29 of anything
    if _TIME_OF_DAY.match(after):
        return "a time of day"  # "at eight in the morning"
    if re.match(r"\s+hundreds?\b", after) and not words:
        return "a slip in the text"  # "500 hundred soldiers": no figure to trust
    if unit_text and re.match(r"\)?(?:\s*\([^()]{1,40}\))?(?:-|\s+)per\b|/", after):
        return "a compound unit not read here"  # "100-kilometre-per hour", "130 miles (209 km) per hour"
    if words and re.search(r"\b(?:in|since|by|until|of)\s+$", before) and 1000 <= (words_value(raw) or 0) <= 2100:
        return "a year in words"  # "assassinated in two thousand seven"
    if not unit_text and after and (after[0].isalnum() or after[0] == "-"):
        return "part of a code"  # "67P", "Ma'at-5"
    if words and raw.lower() in ("one", "a") and (not unit_text or unit_text.lower() in ("day", "year", "time")):
        return "a word, not a figure"  # "one of the largest", "one day"
    if not unit_text and not words and re.search(r"\b[A-Z][a-z]+,\s*$", before) and re.match(r",", after) \
            and raw.isdigit() and int(raw) < 120:
        return "an age"  # "Adriene Johnson, 24, is now in custody": who she is, not a figure of the story
    if words and re.match(r"[\w-]*-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b", s[start:],
                          re.IGNORECASE):
        return "an ordinal in words"  # "the Twenty-second Amendment", "the Thirty-Second Army": not 20 seconds
    if words and raw[0].isupper() and unit_text[:1].isupper() and re.match(r"\s+[A-Z][a-z]", after):
        return "a number inside a name"  # "the Three Mile Island accident": not three miles
    if unit_text[:1].isupper() and re.match(r"\s+class\b", after):
        return "a class's name"  # "the 12 Metre class" of yachts: not a length
    if re.match(r"/\d{3}", after) or re.search(r"\d/$", before):
        return "part of a code"  # "Directive 85/511": not 85 of anything
    if re.match(r"\s*[x×]\s*\d", after) or re.search(r"\d\s*[x×]\s*$", before):
        return "one side of a product"  # "the men's 4 x 10 km relay": an event's name, not 10 km of anything
    if re.fullmatch(r"[1-9]\d[1-9]\d", raw) and int(raw[:2]) < int(raw[2:]) and re.fullmatch(
            r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|percent|per cent|%)", unit_text.lower()):
        return "a range that lost its dash"  # "lasted 1015 seconds": 10–15 seconds, as a copy lost the "–"
    if _LABEL.search(before):
        return "a label"  # "Route 40", "Flight 93"
    if not unit_text and re.fullmatch(r"(?!1\d{3}$|20\d\d$)\d{4,}", raw) and re.search(r"\b[Aa]n?\s+$", before) \
            and re.match(r"\s+(?!(?:seat|man|member|page|room|bed|acre|ton|tonne|word|strong)\b)"
                         r"[a-z]{3,}\b(?<!s)(?![-\w])", after):
        return "a model's number"  # "using a 6502 assembler" (a count that large would be "6,502", and plural)
    if not unit_text and not currency and (re.match(r"0\d", raw) or re.search(r"(?<![\w.])[A-Z]{2,5}\s+$", before)
                                                  and not re.fullmatch(r"1\d{3}|20\d\d", raw)):
        return "a catalogue number"  # "the galaxy cluster MS 0735", "NGC 4993": a name, not a count
    opener = re.search(r"(?:^|[.;:]\s+)(\S+)\s+$", before)  # the sentence's first word: "About 50", or a name
    if not unit_text and not currency and start > 0 and re.search(r"[A-Z][\w.]*(?:['’](?!s\b)\w+)?\s+$", before) \
            and (not opener or _name_word(opener.group(1))):
        return "a number inside a name"  # "Ariane 5", "Iron Gate I", "Apollo 11 landed", "Shoemaker–Levy 9"
    return ""


def _name_word(word: str) -> bool:
    """A sentence's first word that is a name ("Apollo", "Shoemaker–Levy"), not "About" or "In"."""
    return bool(re.fullmatch(r"[A-Z][a-z'’]*(?:[–-][A-Z][a-z'’]*)*", word)) and word not in NOT_NAMES
