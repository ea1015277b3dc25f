"""Word lists and small word helpers the generator shares.

English only, and deliberately small: enough to tell a verb from a noun in
the few places a question is built from a clause, not a grammar.
"""

from __future__ import annotations

import re

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
MONTH_RE = "|".join(MONTHS)
MONTH_ABBREVIATION_RE = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."  # "Dec. 20"

# (aliases as a regex, canonical unit for the bank, dimension, how a question names it)
_UNIT_TABLE: tuple[tuple[str, str, str, str], ...] = (
    (r"square\ kilomet(?:re|er)s?|km²|km2|sq\.?\ km", "km²", "area", "square kilometres"),
    (r"square\ (?:metre|meter)s?|m²", "m²", "area", "square metres"),
    (r"square\ miles?", "sq mi", "area", "square miles"),
    (r"hectares?", "ha", "area", "hectares"),
    (r"(?-i:acres?)(?![\s-]*(?:feet|foot|ft|inch))", "acres", "area", "acres"),  # not "acre-feet", not Acre
    (r"cubic\ (?:metre|meter)s\ (?:per|a)\ second|m³/s", "m³/s", "flow", "cubic metres per second"),
    (r"kilomet(?:re|er)s?\ (?:per|an)\ hour|km/h", "km/h", "speed", "kilometres per hour"),
    (r"miles\ (?:per|an)\ hour|mph", "mph", "speed", "miles per hour"),
    (r"kilomet(?:re|er)s?|km", "km", "length", "kilometres"),
    (r"centimet(?:re|er)s?|cm", "cm", "length", "centimetres"),
    (r"millimet(?:re|er)s?|mm", "mm", "length", "millimetres"),
    # A bare lower-case "m" is metres only after a number and a space ("189 m"): "£5m" and "2.3m people" are
    # millions, "2004 M. Smith" a name.
    # The "^" lets unit_info read the unit alone.
    (r"met(?:re|er)s?|(?:(?<=\d[\ \u00a0])|^)(?-i:m)(?!\w)", "m", "length", "metres"),
    (r"nautical\ miles?|nmi", "nmi", "length", "nautical miles"),
    (r"miles?", "mi", "length", "miles"),
    (r"light[-\ ]years?", "light years", "length", "light years"),
    (r"feet|foot|ft", "ft", "length", "feet"),
    (r"yards?|yd", "yd", "length", "yards"),
    (r"kilograms?|kg", "kg", "mass", "kilograms"),
    (r"tonnes?|metric\ tons?", "t", "mass", "tonnes"),
    (r"tons?", "tons", "mass", "tons"),  # short or long tons: not tonnes
    (r"megawatts?|MW", "MW", "power", "megawatts"),
    (r"gigawatts?|GW", "GW", "power", "gigawatts"),
    (r"degrees\ (?:Celsius|C)|°C", "°C", "temperature", "degrees Celsius"),
    (r"litres?|liters?", "l", "volume", "litres"),
    (r"(?:US\ |U\.S\.\ )?gallons?", "gal", "volume", "gallons"),
    (r"bbl", "bbl", "volume", "barrels"),  # "barrels" alone stays a count, of oil or of gunpowder
    (r"percent|per\ cent|%", "%", "percent", "percent"),
    (r"centuries|century", "centuries", "duration", "centuries"),
    (r"decades?", "decades", "duration", "decades"),
    (r"years?", "years", "duration", "years"),
    (r"months?", "months", "duration", "months"),
    (r"weeks?", "weeks", "duration", "weeks"),
    (r"days?", "days", "duration", "days"),
    (r"hours?", "hours", "duration", "hours"),
    (r"minutes?", "minutes", "duration", "minutes"),
    (r"seconds?", "seconds", "duration", "seconds"),
    (r"euros?", "euros", "money", "euros"),
    (r"dollars?", "dollars", "money", "dollars"),
    (r"pounds\ sterling", "pounds", "money", "pounds"),
)
UNIT_ALIASES = "|".join(f"(?:{a})" for a, _, _, _ in _UNIT_TABLE)
UNIT_DIMENSIONS = {canonical: dimension for _, canonical, dimension, _ in _UNIT_TABLE}  # "mi": "length"
_UNIT_LOOKUP = [(re.compile(f"^(?:{a})$", re.IGNORECASE | re.VERBOSE), c, d, n) for a, c, d, n in _UNIT_TABLE]


def unit_info(text: str) -> tuple[str, str, str]:
    """(canonical unit, dimension, name for a question) of a unit as written."""
    t = " ".join(text.split())
    for pattern, canonical, dimension, name in _UNIT_LOOKUP:
        if pattern.match(t):
            return canonical, dimension, name
    return t, "", t


CURRENCY_SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds"}

# Nouns whose plural has no -s, so "300 people" counts people.
IRREGULAR_PLURALS = frozenset(
    "people men women children fish sheep deer police staff personnel cattle crew aircraft livestock "
    "species series offspring".split()
)

FUNCTION_WORDS = frozenset(
    """the a an of in on at to for from by with and or but as than that which who whom whose this these
    those it its their his her our your my they them he she we you i was were is are be been being has have
    had will would can could may might should must do does did not no nor so if then there here when where
    while what how why all any both each every per into onto over under about around between through
    during before after since until till within without against among across along toward towards near
    upon out up down off only just also even still yet very more most less least some such other another
    one ones same own again ago once""".split()
)

AUXILIARIES = frozenset(
    "is are was were be been has have had will would can could may might should must do does did".split()
)

# Common verbs in their finite forms: enough to see that a clause has a verb.
_VERB_STEMS = """remain live die flee leave cross work carry run lie stand reach rise fall grow hold make take
kill employ house cost begin become come go say put find show need drain flow pass cover join meet form cut
turn raise stay send seek face mark build open close start end travel spend return use reach hit strike
move pay lose win keep bring rank hope expect estimate claim admit report warn argue believe project write
tell count number total exceed account receive complete survive arrive descend land orbit drift release
carry serve link stretch border drop double triple climb decline increase shrink sit intend continue include
refer deliver publish launch announce defeat score destroy damage injure arrest accuse elect vote plan""".split()
_IRREGULAR = """ran lay stood rose fell grew held made took began became came went said put found met cut
kept brought won lost spent sent built left fled wrote told paid hit struck sat drove flew gave got saw
shrank threw withdrew""".split()


def third_person(stem: str) -> str:
    """"holds", "carries", "reaches": the form "which organisation ____" takes."""
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ies"
    return stem + "es" if stem.endswith(("s", "sh", "ch", "x", "z", "o")) else stem + "s"


def _forms(stem: str) -> set[str]:
    past = stem[:-1] + "ied" if stem.endswith("y") and stem[-2] not in "aeiou" else \
        stem + "d" if stem.endswith("e") else stem + "ed"
    return {stem, third_person(stem), past}


FINITE_VERBS = frozenset(AUXILIARIES | set(_IRREGULAR) | {f for s in _VERB_STEMS for f in _forms(s)})
VERB_STEMS = frozenset(_VERB_STEMS)
# Without the bare stems, which are nouns as often ("launch and flyby dates"): a sure sign of a clause.
INFLECTED_VERBS = FINITE_VERBS - frozenset(_VERB_STEMS) | AUXILIARIES

DEMONYMS = frozenset(
    """American British English European Russian Ukrainian French German Dutch Swiss Greek Thai Soviet Roman
    Romans Western Eastern Northern Southern Central Chinese Japanese Indian Nigerian African Asian Arab
    Austrian Hungarian Serbian Romanian Bulgarian Polish Spanish Italian Turkish Iranian Israeli Palestinian
    Canadian Mexican Brazilian Australian Irish Scottish Welsh Kenyan Egyptian Syrian Korean Victorian
    Islamic Christian Catholic Muslim Jewish Orthodox Protestant Atlantic""".split()
) - {"Atlantic"}

# Not "Saint": it opens the names of places ("Saint Helena", "Saint Petersburg") more often than it titles anyone.
TITLES = frozenset(
    """President Prime Minister General Governor Dr Mr Mrs Ms Professor Prof King Queen Emperor Pope Senator
    Mayor Chancellor Secretary Chief Commander Colonel Captain Sir Lord Lady Sheikh Prince Princess
    Judge Bishop Archbishop Admiral Marshal Lieutenant Sergeant Director Chairman Ambassador""".split()
)
ORG_WORDS = frozenset(
    """Agency Ministry Council Organization Organisation University Institute Company Corporation Bank Party
    Army Forces Committee Commission Association Union Board Office Centre Center Department Service Group
    Foundation Society Court Parliament Government Nations Inc Ltd Post Times News Network School College
    Museum Fund Federation Alliance Command Guard Police Authority Programme Program UA Airways Airlines
    Library""".split()
)
PLACE_WORDS = frozenset(
    """River Sea Ocean Lake Mountains Mountain Mount Island Islands Bay Gulf Strait Valley Forest Desert Plain
    Gate Gates Street Road Bridge Canal Channel Delta City State Province Region County District Republic
    Kingdom Coast Peninsula Park Square Basin Falls Harbour Harbor Port Airport""".split()
)
# Words that start sentences or titles but name nothing.
NOT_NAMES = frozenset(
    """The A An This That These Those It Its In On At To For From By With And Or But As If When While Although
    Though Despite After Before Since Until During Yet Still Even Today Now Then There Here Some Most Many
    Much More Less Other Another Each Every All Both Such What Who Which Why How Its Their His Her Our We
    They He She I You Not No One Two Three Four Five Six Seven Eight Nine Ten Later Earlier Meanwhile However
    Instead Also Only Just About Around Nearly Roughly Over Under Among Between Within Without Along Across
    Rather Because Former Critics Officials Analysts Researchers Scientists Engineers Experts Residents Soldiers""".split()
) | frozenset(MONTHS) | frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())

# Nouns that stand for the article's main subject when it is not named.
KIND_NOUNS = {
    "city": "place", "town": "place", "village": "place", "capital": "place", "settlement": "place",
    "district": "place", "region": "place", "country": "place", "state": "place", "island": "place",
    "river": "river", "lake": "river", "sea": "river",
    "mission": "mission", "probe": "mission", "spacecraft": "mission", "craft": "mission",
    "outbreak": "event", "epidemic": "event", "pandemic": "event", "war": "event", "battle": "event",
    "company": "org", "agency": "org", "organisation": "org", "organization": "org", "group": "org",
}

# The broader words a page uses for the kind its first sentence names, or its name's prefix shows: "MS Estonia
# was a car-passenger ferry", and later "the ship's sinking" means her.
BROADER_KINDS = {
    "ferry": ("ship", "vessel"), "liner": ("ship", "vessel"), "tanker": ("ship", "vessel"),
    "freighter": ("ship", "vessel"), "steamer": ("ship", "vessel"), "steamship": ("ship", "vessel"),
    "battleship": ("ship", "vessel"), "cruiser": ("ship", "vessel"), "submarine": ("boat", "vessel"),
    "stratovolcano": ("volcano", "mountain"), "volcano": ("mountain",), "skyscraper": ("building", "tower"),
}
# After "the sea" or "the river": "the sea floor", "the river bed" are any sea's, not the one a page names
GENERIC_AFTER = r"(?![\s-]+(?:floor|bed|level|surface)s?\b)"
SHIP_PREFIXES = frozenset("MS MV SS RMS HMS HMAS HMCS USS USNS RV TS".split())

# What happens at a place, and is named after it: "the Kashmir earthquake", "the Halifax explosion".
PLACE_EVENTS = frozenset("""earthquake quake flood floods fire storm hurricane cyclone typhoon tornado eruption
    explosion blast bombing bombings attack attacks disaster tsunami crash election referendum war siege massacre
    riot riots outbreak famine drought spill landslide avalanche""".split())
# What a page on one event may call it: "the collapse", "the impact", "the burglary"
EVENTS = PLACE_EVENTS | frozenset("""collapse sinking capsizing derailment shipwreck impact heist robbery theft burglary
    hijacking scandal takeover trial crisis accident shooting strike battle epidemic flooding funeral""".split())

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
ORDINAL_NAMES = {v: k for k, v in ORDINALS.items()}
SMALL_NUMBER_NAMES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "eleven", "twelve")


_TEENS = {13: "thirteen", 14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
          19: "nineteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy",
          80: "eighty", 90: "ninety", 100: "a hundred"}


def number_name(n: int) -> str:
    """A whole number as a reporter writes it in words, up to "ninety-nine" and
    the round hundreds ("four hundred"); digits past that."""
    if 0 <= n < len(SMALL_NUMBER_NAMES):
        return SMALL_NUMBER_NAMES[n]
    if n in _TEENS:
        return _TEENS[n]
    if 20 < n < 100:
        return f"{_TEENS[n // 10 * 10]}-{SMALL_NUMBER_NAMES[n % 10]}"
    if 100 < n < 1000 and n % 100 == 0:
        return f"{SMALL_NUMBER_NAMES[n // 100]} hundred"
    return f"{n:,}"


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def decapitalize(text: str) -> str:
    """Lower-case a leading "The"/"A" but never a name ("The United Nations" keeps "United")."""
    first, _, rest = text.partition(" ")
    if first in ("The", "A", "An", "Its", "Their", "His", "Her", "Some", "Many", "Most", "Officials", "Critics",
                 "Engineers", "Researchers", "Scientists", "Analysts", "Experts", "Residents", "Community"):
        return first.lower() + (" " + rest if rest else "")
    return text


def ends_sentence(text: str) -> str:
    text = text.rstrip(" ,;:—–-")
    return text if text.endswith((".", "?", "!")) else text + "."
