"""Figures a sentence gives that are no question to ask, whatever the wording: half of a pair or of a date,
part of a name, a bound that any smaller figure would meet as well, a subtraction of dates the page gives,
one part in a list of parts. (A total beside its parts is asked, but not as a blank: giveaways.py.)
Each rule gives its reason, for the draft's comments and for debugging."""

from __future__ import annotations

import re

from .figure import Figure
from .lexicon import FINITE_VERBS, number_name

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_DATELINE = re.compile(rf"^(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?,\s+[A-Z][^-–—.]{{0,60}}?"
                       r"\s[-–—]+\s")
_VERB_QUALIFIERS = frozenset({"exceed", "exceeds", "exceeded", "exceeding", "surpass", "surpassed", "surpassing",
                              "tops", "topped"})


_SMALLER_UNIT = r"(?:yd|yards?|ft|feet|foot|in|inches|seconds?|minutes?|hours?|oz|ounces?|lb|pounds?|m|metres?|cm)\b"


# "Six suspects—two Canadians and four Sri Lankans—were charged": the parts, in dashes or brackets after the total
_TOTAL_OF_PARTS = re.compile(r"\s*[—–(:]\s*([^—–()]{3,80}?\band\b[^—–()]{2,40}?)\s*[—–)]")
_VAGUE_WORDS = r"\b(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|hundreds|thousands|millions|billions)\b"  # a vague amount
_OR_PERHAPS = r"\s+(?:or|to)\s+(?:perhaps\s+|possibly\s+|even\s+)?"
_RECKONED = re.compile(r"\b(?:years?|months?)\s+(?:earlier|later|before),?\s+(?:in\s+|on\s+)?$")
# A count that opens its clause with nothing counted, and only where they were: "2 million were in Manchuria"
_CLAUSE_OPENS = re.compile(r"(?:^|[,;]\s+(?:and|while|but|whereas)\s+)\W*(?:(?:about|some|around|nearly|almost|over|"
                           r"approximately|an estimated|more than)\s+)?$", re.IGNORECASE)
_WHERE_THEY_WERE = re.compile(r"\s+(?:were|was|are|is|remained|remain)\s+(?:still\s+)?(?:in|at|on|from|under|living|"
                              r"based|stationed)\b")
_WORDS = {number_name(n): n for n in range(1, 21)}  # "four" in "two Canadians and four Sri Lankans"


def _parts_sum(sentence: str, fig: Figure, figures: list[Figure]) -> bool:
    """Parts in dashes or brackets after the total add up to it, and are no figures of their own (those
    giveaways.sum_of_its_parts sees)."""
    m = _TOTAL_OF_PARTS.match(sentence, fig.noun_end or fig.end)
    if m is None or any(m.start(1) <= f.start < m.end(1) for f in figures):
        return False
    parts = m.group(1).lower()
    numbers = [int(n.replace(",", "")) if n[0].isdigit() else _WORDS[n]
               for n in re.findall(rf"\b(\d[\d,]*|{'|'.join(_WORDS)})\b", parts)]
    return len(numbers) >= 2 and sum(numbers) == fig.value


def why_not_asked(fig: Figure, sentence: str, figures: list[Figure]) -> str:
    """Why the figure is no question to ask ("" when it may be one). `figures`: all the sentence gives."""
    before = sentence[:fig.start]
    if before.endswith(("'", "’")):
        return "a year cut short inside a name"  # "the Crash of '29"
    if _DATELINE.match(sentence) and fig.end <= _DATELINE.match(sentence).end():
        return "the dateline, not the story"  # "November 17, Brisbane, Australia - ..."
    if below_zero(sentence, fig) and fig.kind in ("count", "measure", "percent"):
        return "a value below zero, whose sign the blank would leave outside"  # "a temperature of −67.7 °C"
    if _in_another_unit(fig, sentence, figures):
        return "the amount before it, in another unit"  # "16 Goilbbl or 2.2 billion tons", "500 lei, or US$167"
    if re.search(r"\b(?:translate|equate)[sd]?\s+to\s+(?:an?\s+[a-z]+\s+of\s+)?$", before):
        return "worked out from the sentence's other figures"  # "a mile in four minutes translates to a speed of"
    if fig.kind == "count" and re.match(r"\s+in\s+\(\s*[\d.,]+\s*(?:cm|mm)\)", sentence[fig.end:]):
        return "inches, read as a count"  # "a 9 in (23 cm) CRT monitor": its blank would read "a ____ in CRT"
    if fig.kind == "count" and not fig.noun and re.search(r"\bin\s+(?:his|her|their)\s+$", before):
        return "an age the copy garbled"  # "became a lecturer in his 22": no noun, no "twenties"
    if fig.kind == "fraction" and re.match(r"\s+[A-Z0-9]", sentence[fig.end:]):
        return "an ordinal before a name, not a share"  # "Royal Brunei acquired a third 737"
    if fig.dimension == "duration" and re.match(r"\s+(?:a|per)\s+(?:day|week)\b", sentence[fig.end:]) \
            and fig.value in (24, 7) and fig.unit in ("hours", "days"):
        return "a phrase, not a figure"  # "open 24 hours a day", "seven days a week"
    if re.match(r"(?:Situated|Located|Lying)\s", sentence) and not re.search(
            r"\b(?:is|are|was|were|lies|lie|sits|stands|has|had|have)\b", sentence):
        return "a fragment with no subject"  # "Situated 186 kilometres southeast of Tallinn and 245 ... of Riga."
    if re.search(r"\bLines?\s+(?:\d+\s*(?:,|&|and)\s*)*$", before):
        return "a line's number, its name"  # "Metro map, including Lines 3 & 6"
    if re.search(r"\bsome of (?:which|whom|them|these)\s+(?:were|are|was|is|reached?|reaching)\s+$", before):
        return "true of some of them, so a wrong choice may be true of others"  # "walls, some of which were over 5 m"
    if fig.kind == "fraction" and re.search(r"\b(?:north|south|east|west|upper|lower|eastern|western|northern|"
                                            r"southern|central)(?:-?(?:east|west|eastern|western))?\s+$", before):
        return "a part of a place, not a share"  # "the southern half of the Door Peninsula"
    if re.search(r"\b(?:another|a further|an additional|an extra)\s+$", before, re.IGNORECASE):
        return "more than what, from when?"  # "continued for another two months"
    if fig.dimension == "duration" and (re.search(r"\bthe\s+(?:next|following|previous|preceding)\s+$", before, re.I)
                                        or re.match(r"\s+(?:earlier|later)\b(?!\s+than)", sentence[fig.end:])):
        return "a span counted from the sentence before"  # "For the next eight years", "three years earlier"
    if fig.kind in ("date", "year") and re.search(r"\b\d{1,2}(?:st|nd|rd|th)\s+(?:of\s+)?$", before):
        return "the day is outside the figure, and 'the 26th ____' asks half a date"  # "on the 26th April 1986"
    if fig.kind in ("date", "year") and re.search(rf"(?:\b{_MONTH}|\d)\s+(?:and|or)\s+(?:(?:early|late|mid)-?\s*)?$",
                                                  before):
        # "February or March 2005", "on May 19 and 22", "late April and early May 2000"
        return "half of a pair, the other half in sight"
    if not fig.bound and re.match(r"[^,.;]{0,30},?\s+at\s+(?:the\s+very\s+least|a\s+minimum)\b(?!\s+[a-z])",
                                  sentence[fig.end:]):
        return "a floor stated after it: smaller choices are true too"  # "several thousand years, at the very least"
    if fig.bound in ("upper", "lower") and re.search(r"\b(?:ranged?|ranging|varied|vary|varying)\s+$", before):
        return "the end a range runs to: only the key's own bound fits the blank"  # "estimates have ranged up to"
    if fig.dimension in ("length", "duration", "mass") and re.match(
            rf"\s+(?:and\s+)?\d[\d,.]*\s*{_SMALLER_UNIT}", sentence[fig.end:]) or fig.kind in ("count", "measure") \
            and re.search(r"\d\s*(?:miles?|mi|feet|ft|hours?|minutes?|pounds?|lb|km|kilometres?)\s+(?:and\s+)?$",
                          before):
        return "half of a measure in two units"  # "4 miles 624 yd", "approximately 3 minutes 40 seconds"
    if fig.kind == "year" and any(int(fig.value) in (int(m.group(1)), int(m.group(1)[:2] + m.group(2)[-2:]))
                                  for m in re.finditer(r"\b(1\d{3}|20\d\d)[–-](\d{2}|\d{4})\b", sentence)):
        return "a year the sentence's span gives"  # "The 1888–89 League ... until the spring of ____"
    if fig.kind in ("date", "year") and (re.match(r"\s*\((?:N\.?S\.?|O\.?S\.?)\)", sentence[fig.end:])
                                         or re.search(r"\((?:O\.?S\.?|N\.?S\.?)\)\s+or\s+$", before)):
        return "one calendar's date beside the other's"  # "26 February (OS) or 8 March 1658 (NS)"
    named = re.search(r"\b(?!(?:Within|In|For|After|Over|About|Under|Some|Only|Just)\b)[A-Z][a-z]+\s+$", before)
    if named and re.match(r"[\s-]+(?:Hours?|Miles?|Kilometres?)\b", sentence[fig.num_end:]) \
            or re.match(r"\s+Hours\s+of\s+[A-Z]", sentence[fig.num_end:]):
        return "part of a race's name"  # "the Bathurst 12 Hour", "the 24 Hours of Le Mans"
    if re.match(r"[\s-]*(?:[Yy]ears?|[Dd]ays?)['’]?\s+War\b", sentence[fig.num_end:]):
        return "part of a war's name"  # "the Seven Years' War", "the Thirty Years' War"
    if fig.kind == "fraction" and re.match(r"\s+and\s+(?:final|last)\b", sentence[fig.end:]):
        return "an ordinal, not a share"  # "A third and final mission"
    if re.match(r"[\s-]*years?[\s-]+old\b,?\s+(?:\w+\s+){0,2}?(?:is|are)\b", sentence[fig.num_end:]) \
            or re.search(r"\b(?:is|are)\s+(?:now\s+)?(?:about\s+|over\s+|nearly\s+)?$", before) \
            and re.match(r"[\s-]*years?[\s-]+old\b", sentence[fig.num_end:]):
        return "an age on the day the page was written"  # "At 171 years old, it is", "it is 171 years old"
    if _parts_sum(sentence, fig, figures):
        return "a total its parts beside it add up to"  # "Six suspects—two Canadians and four Sri Lankans—"
    if fig.text.endswith("%") and re.match(r"\s*per\s*cent\b", sentence[fig.end:], re.IGNORECASE):
        return "the copy gives the unit twice"  # "fell by 0.7% percent": "____% percent" whatever is typed
    if re.search(r"\ba\s+(?:little|bit)\s+$", before):
        return "no choice reads after 'a little'"  # "a little ____ thick": "a little About 20 km"
    if fig.kind == "count" and fig.value == 2 and re.search(r"\bbetween\s+$", before):
        return "'between' says two"  # "a collision between ____ satellites"
    if re.match(r"[\s-]*(?:foot|feet)\s+equivalent\s+units?\b", sentence[fig.end:], re.IGNORECASE) \
            or re.match(r"-foot\s+equivalent", sentence[fig.num_end:]):
        return "a unit's name"  # "TEU (twenty-foot equivalent units)"
    if fig.kind == "percent" and any(f is not fig and f.kind == "percent" and abs(f.value + fig.value - 100) < 0.05
                                     for f in figures) and not any(f.kind in ("year", "date") for f in figures):
        # "Funes won 51.27% ..., and Ávila 48.73%"; not "10 percent in 1870 ... almost 90 percent by 1914"
        return "100 less the other share beside it"
    if fig.kind == "vague" and re.search(r"\bby\s+the\s+$", before):
        return "a figure of speech"  # "people were dying by the thousands"
    if fig.kind == "percent" and _ratio_in_view(fig, figures):
        return "worked out from the two figures beside it"  # "15.3 of the 15.41 lakh crore, or about 99.3%"
    if re.match(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Avenue|Ave|Place|Road|Rd|Square|Boulevard|Lane|Drive)\b",
                sentence[fig.end:]):
        return "a street address"  # "located at 23–29 Washington Place"
    if re.search(r"\bonly\s+(?:person|people|one|woman|man|human)\b[^,;]*\b(?:reached|reach|reaching|attained|"
                 r"lived\s+to)\s+(?:the\s+)?age\s+(?:of\s+)?$", before):
        return "a threshold, which a higher one meets as well"  # "the only person ... to have reached the age of 120"
    if fig.qualifier in _VERB_QUALIFIERS:
        return "no blank or question keeps the floor without saying it twice"  # "may now exceed 900,000"
    after = sentence[fig.end:]
    # "490 BC": the era, not a name; "In 1877 Nordenskiöld began": the clause's subject after its date
    if fig.kind == "year" and fig.extra != "BC" and not _year_then_subject(before, after) and re.match(
            r"\s+(?:[A-Z]|(?:election|season|census|games|olympics|championship|tournament|budget|elections)\b|"
            r"(?:[a-z]+\s+)?(?:crisis|war|revolution|earthquake|pandemic|epidemic|uprising|massacre)\b)", after):
        return "part of a name, given away by it"  # "the 2006 World Cup", "the 2020 election"
    if re.search(r"\bthe\s+(?:first|second|third|fourth|fifth|last|final)\s+of\s+$|\b(?:round|group|top|last|"
                 r"best|final)\s+of\s+$|\bmagnitude\s+$", sentence[:fig.start], re.IGNORECASE):
        return "a name more than a figure"  # "the second of two matches", "the round of 16", "magnitude 6.3"
    if fig.kind in ("year", "date") and re.search(r"\b(?:by|until|before|after)\s+(?:(?:early|late|mid|the end of)\s+)?$",
                                                  sentence[:fig.start], re.IGNORECASE):
        return "a deadline, so a later year would be true as well"  # "by late 1971"
    if fig.dimension == "duration" and re.search(r"\b(?:most|worst|best|largest|biggest|deadliest|highest|lowest|first|"
                                                 r"last)\b[^.]{0,60}\b(?:in|for)\s+$", sentence[:fig.start]):
        return "fewer years would be true as well"  # "the worst disaster in nearly 20 years"
    if fig.dimension == "money" and re.search(r"[$€£¥]\s*$", sentence[:fig.num_start]) and re.match(
            r"\s*(?:thousand|million|billion|trillion)?\s*(?:dollars?|euros?|pounds?|yen)\b", sentence[fig.num_end:]):
        return "the page gives the currency twice; the question would too"  # "a USD$23 billion dollar deal"
    if fig.kind == "vague" and re.search(r"\bmany\s+$", before, re.IGNORECASE):
        return "a larger amount would be true as well"  # "many thousands left homeless": tens of thousands too
    if fig.kind in ("year", "date") and _RECKONED.search(before):
        return "reckoned from another date the reader may know"  # "at Beachy Head two years earlier, in 1690"
    if fig.kind == "vague" and fig.bound:
        return "every smaller amount would be true as well"  # "up to tens of millions"
    if fig.kind == "vague" and (re.search(_VAGUE_WORDS + _OR_PERHAPS + "$", before, re.IGNORECASE)
                                or re.match(_OR_PERHAPS + _VAGUE_WORDS, sentence[fig.end:], re.IGNORECASE)):
        return "one end of a vague range, whose middle a wrong choice may name"  # "Hundreds or perhaps tens of ..."
    if fig.kind == "count" and not fig.noun and not fig.unit and _CLAUSE_OPENS.search(before) \
            and _WHERE_THEY_WERE.match(sentence[fig.end:]) and not re.match(r"\W*Of\s", sentence):  # "Of the 500,"
        return "a count of what the sentence before named"  # "2 million were in Manchuria": 2 million what?
    if fig.kind == "count" and re.search(r"\bthe\s+$", sentence[:fig.start], re.IGNORECASE):
        return "a description, not a figure to learn"  # "the two main cities"
    if fig.kind == "fraction" and re.search(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))\s+and\s+$",
                                            sentence[:fig.start], re.IGNORECASE):
        return "the half of a whole number, not a share"  # "three and a half minutes"
    if fig.dimension == "duration" and re.match(r"\s+(?:after|before|later|earlier)\b", sentence[fig.end:]) \
            and any(f.kind in ("year", "date") for f in figures):
        return "a subtraction of dates the page gives"  # "bought it in 2001, 17 years after the disaster"
    if fig.kind == "ordinal" and re.match(r"\s+(?:week|day|month|hour|minute|round|lap|quarter)\s+of\b",
                                          sentence[fig.end:]):
        return "when, to the week, is a detail; the month is the fact"  # "in the third week of February"
    if fig.kind in ("count", "vague") and re.search(r"\b(?:including|includes|comprising|consisting of)\s[^.;()]*,\s*$",
                                                   sentence[:fig.start]):
        return "one part in a list of parts"  # "a system including the pipeline, ____ pump stations, ..."
    if re.search(r"\.\d\d$", fig.number_text) and any(
            f is not fig and f.value != fig.value and abs(f.value - fig.value) <= 0.02 * fig.value for f in figures):
        # "an intra-day high of 38,957.44 before closing at 38,915.87": the one choice near the other is the key,
        # and which of two readings a hair apart is detail
        return "a reading beside another a hair away"
    if fig.kind == "year" and re.search(rf"\b(?!{_MONTH}\s)(?:[A-Z][a-z]+\s+)+of\s+$", before):
        return "the year in another event's name"  # "exceeded only by the Great Flood of 1862"
    if fig.extra == "BC" and (fig.qualifier or re.search(r"\bc\.\s*$", before)) \
            or fig.kind == "year" and fig.bound == "approx":
        return "a year given roughly, whose choices would all be as true"  # "around 3150 BC", "In around 1700"
    if re.search(r"\b(?:from|since)\s+(?:the\s+)?$", before, re.IGNORECASE) and re.match(
            r"(?:\s+[a-z]+){0,2}?\s+(?:on|onwards?|forward|and after)\b", after):
        return "a start, so a later one would be true as well"  # "won every round from the third onwards"
    return ""


def below_zero(sentence: str, fig: Figure) -> bool:
    """Whether a minus sign stands before the figure, which holds no sign: "a temperature of −67.7 °C"."""
    return re.search(r"(?:^|[\s(])[-−–]$", sentence[:fig.start]) is not None


def _ratio_in_view(fig: Figure, figures: list[Figure]) -> bool:
    """Whether two other figures of the sentence divide to the percentage (within half a point)."""
    values = [f.value for f in figures if f is not fig and f.kind in ("count", "measure") and f.value > 0]
    return any(abs(100 * a / b - fig.value) <= 0.5 for a in values for b in values if a < b)


_NAME_LINKS = frozenset({"of", "de", "du", "van", "von", "der", "la", "le"})  # "Hugh of Grenoble"


def _year_then_subject(before: str, after: str) -> bool:
    """Whether a year after a bare "In" is followed by its clause's subject, not a name it is part of.

    "In 1877 Nordenskiöld began planning": a date; "in the 2006 World Cup" and "the 2020 election" keep "the".
    """
    if not re.search(r"(?:^|[.;:,]\s*)[Ii]n\s+$", before) or not re.match(r"\s+[A-Z]", after):
        return False
    # the first word after the name ("Bishop Hugh of Grenoble offered"), which must be its verb
    word = next((w for w in re.findall(r"[\w'’.-]+", after)[1:6] if w[0].islower() and w not in _NAME_LINKS), "")
    return word in FINITE_VERBS or word.endswith("ed")


# "16 Goilbbl or ", "500 new lei, or approximately ": an amount and its unit, then "or" (the amount may be no figure
# the parser knows, as a copy's garbled "Goilbbl"); a unit's words, not "$1.25 for passenger cars or"
_AMOUNT_OR = re.compile(r"\d(?:[\d,.]*\d)?(?:\s+(?:million|billion))?((?:\s+(?!(?:for|with|in|of|per|at|on|to|from|by|"
                        r"a|an|the)\b)[^\W\d][\w.]*){1,3}),?\s+or\s+"
                        r"(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")


def _in_another_unit(fig: Figure, sentence: str, figures: list[Figure]) -> bool:
    """Whether the figure restates the amount before it in another unit, after "or" ("16 Goilbbl or 2.2 billion
    tons", "500 new lei, or approximately US$167 and €139"): a conversion, as one in brackets is. Not "10 or 12
    people", two guesses; nor "5 km or 6 km"; nor "a fine of 500 lei or 30 days in prison", another thing."""
    if fig.kind != "measure" or not fig.unit or fig.dimension == "duration":
        return False  # a bare count has no unit to convert to
    if m := _AMOUNT_OR.search(sentence[:fig.start]):
        return fig.unit.split()[-1].lower() not in m.group(1).lower().split()
    prev = [f for f in figures if f.end <= fig.start]
    return bool(prev) and re.fullmatch(r"\s+and\s+", sentence[prev[-1].end:fig.start]) is not None \
        and prev[-1].unit != fig.unit and _in_another_unit(prev[-1], sentence, figures)
