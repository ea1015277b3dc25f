"""How much a figure is worth asking about, before the question's wording counts: its kind, the words
around it that make it the sentence's news ("killed", "record", "only"), and what lowers it (a small count,
a person's age, the date of a side event, one of a list)."""

from __future__ import annotations

import re

from .figure import Figure
from .giveaways import sum_of_its_parts
from .lexicon import EVENTS


# "403,000 of an estimated 1.61 million": the whole a part is of, no item of a list
_WHOLE_OF = re.compile(r"\s*(?:\[\d+\])?\s+(?:out\s+)?of\s+(?:an?\s+estimated\s+|about\s+|some\s+|around\s+|"
                       r"approximately\s+|nearly\s+|roughly\s+)?$")


def list_size(figures: list[Figure], fig: Figure) -> int:
    """How many figures of the same kind the sentence lists with this one: not the whole one is a part of
    ("403,000 of an estimated 1.61 million"), a part of one ("88 of these"), nor one in brackets after it
    ("(of which 880,000 ...)")."""
    same = [f for f in figures if f.kind == fig.kind and (f.unit == fig.unit or f.kind in ("year", "date"))]
    listed = [f for i, f in enumerate(same) if f is fig or not (
        i and _WHOLE_OF.fullmatch(f.sentence[same[i - 1].end:f.start])
        or i and re.match(r"\s+of\s+(?:these|them|those)\b", f.sentence[f.end:])  # "88 of these": a part
        or f.sentence.count("(", 0, f.start) > f.sentence.count(")", 0, f.start))]
    return len(listed)


# How much a figure of each kind is worth asking, before the sentence around it counts.
_KIND_WORTH = {
    "count": 0.75, "measure": 0.75, "percent": 0.8, "fraction": 0.8, "ratio": 0.85, "multiple": 0.7,
    "year": 0.55, "date": 0.6, "range": 0.7, "vague": 0.55, "ordinal": 0.35, "decade": 0.4,
}
_IMPORTANT = re.compile(
    r"\b(?:population|people|residents|inhabitants|killed|dead|deaths|died|wounded|injured|casualties|losses|"
    r"victims|refugees|displaced|homeless|evacuated|missing|cost|budget|worth|billion|million|revenue|profit|"
    r"debt|GDP|share|percent|per cent|%|majority|vote|votes|seats|won|record|highest|largest|longest|biggest|"
    r"first|last|capital|area|length|long|wide|deep|high|tall|distance|far|away|founded|built|opened|"
    r"launched|began|ended|signed|elected|magnitude|temperature|speed|score|goals|points)\b", re.IGNORECASE)


# A date of something the sentence mentions on the way: "During an excavation in 2004, ...", "images taken
# by NASA in August 2014 revealed ...", "the site of an 1824 victory", "As of 2021, ..." (when it was
# written, and "... and as of 2013 the IUCN lists it as vulnerable"). Readers marked these trivia.
_SIDE_DATE = re.compile(r"(?:\b(?:during|after|before|following|since)\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:in|of)|"
                        r"\b[a-z]+(?:en|ed)\s+by\s+(?:[A-Z][\w.]*\s+){1,3}(?:in|on)|\ban?|\bas\s+of|"
                        # "his sister Goma, born on ...", "a son, who ... and died at Wuppertal Zoo on ...": theirs
                        r"(?:,|\band)\s+(?:who\s+(?:was|were)\s+)?(?:born|died)(?:\s+at(?:\s+[A-Z][\w-]*){1,3})?\s+"
                        r"(?:on|in))\s+$", re.IGNORECASE)
# "after India's independence in 1947": a country's famous date, not the page's story (unless the page is on it)
_NATION_DATE = re.compile(r"\b\w+['’]s\s+(?P<event>independence|partition|unification|liberation)\s+(?:in|on)\s+$",
                          re.IGNORECASE)


# "In 2016, the ASCE identified it as a ... Landmark", "was inducted into the ProRodeo Hall of Fame in 2008": readers
# marked the date of an honour trivia, beside what was honoured
_HONOUR = re.compile(r"\b(?:inducted|honou?red|poll)\b|\b(?:designated|listed|inscribed|declared|identified|named|"
                     r"recogni[sz]ed|added)\b[^;]*?\b(?:Hall of Fame|[Ll]andmark|[Hh]eritage [Ss]ite)")
# The clause the date stands in: "built in 1850 and was declared a heritage site in 2004" is two
_CLAUSES = re.compile(r";|,?\s+and\s+(?=(?:was|were|is|are|has|have|had)\b)")


# A page on an event (its title says so), and when the place or the vessel was founded or built: the story's
# background. Read blind, the Green Vault's founding year on the burglary's page was trivia.
_EVENT_TITLE = re.compile(rf"\b(?:{'|'.join(sorted(EVENTS))})s?\b", re.IGNORECASE)
_BUILT = re.compile(r"\b(?:founded|built|laid down|launched|constructed|established|commissioned)\b(?!.*[.;])")
# A date or a span of someone's family life ("he married Clarissa Foster in 1837", "his wife died"): read blind,
# trivia beside the work a biography is about
_FAMILY = re.compile(r"\b(?:married|marriage|wife|husband|widow(?:er)?|father|mother|stepmother|stepfather|"
                     r"parents|daughter|son|brother|sister)\b", re.IGNORECASE)


def _background(fig: Figure, sentence: str, figures: list[Figure], title: str) -> str:
    """Why a figure is a story's background, or ""."""
    before = sentence[max(0, fig.start - 60):fig.start]
    built = _BUILT.search(before)
    gap = before[built.end():] if built else ""  # "built [in Japan in] 1983", not "launched in Japan, sank in 2012"
    if built and _EVENT_TITLE.search(title) and "," not in gap and len(gap.split()) <= 6 \
            and not any(f.start >= fig.start - len(gap) and f.end <= fig.start for f in figures):
        return "when the place of an event was built"
    if fig.kind in ("year", "date") or fig.dimension == "duration":
        if _FAMILY.search(before) and _FAMILY.search(_clause_of(sentence, fig.start)):
            return "a date of someone's family life"
        if re.search(r"\b(?:since|after|before|upon)\s+[a-z]+ing\b[^,;]*\b(?:in|on)\s+$", before):
            return "a date of a side clause"  # "opened the Games ... since becoming Queen in 1952"
    if fig.dimension == "length" and _BEARING.match(sentence, fig.end) and (
            _LIES.search(sentence) or sentence[:fig.start].rstrip().endswith(",")):
        return "where a place lies, from another"
    if fig.dimension == "length" and re.match(r"(?:The\s+)?distance\s+(?:from\s+[^,;]+?\s+)?to\s", sentence):
        return "where a place lies, from another"  # "The distance to ... Pärnu in the west is 175 kilometres"
    if fig.dimension == "length" and re.match(r"\s+away\s*[.,;]", sentence[fig.end:]):
        return "how far away a place is"  # "A shuttle bus ran ... to the main stadium five miles away."
    place = _PLACE_FACT.match(sentence)
    if place and fig.kind in ("count", "measure") and _EVENT_TITLE.search(title) \
            and (place.group("name") or place.group("where")) not in title:
        return "a standing fact of a place the event touched"  # "Bludenz is a mountainous region with 525 mountains"
    return ""


# "located in the Supe valley, 182 km north of Lima", "Yeosu, approximately 455 km south of Seoul": where a place
# lies, from a city the page names in passing. Read blind (sets 39 and 40), every such distance was trivia.
_BEARING = re.compile(r"\s+(?:\([^()]*\)\s+)?(?:to\s+the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+of|from|"
                      r"away from)\s+(?:the\s+)?(?:[A-Z]|city|town|mouth|centre|center|capital|border|coast)")
# "The budget speech lasted for 91 minutes", "an urgent 38-hour meeting": the speech or meeting is what lasted
_MEETING = r"(?:speech|address|meeting|session|debate|talks|briefing|interview)"
_SPOKEN_BEFORE = re.compile(rf"\b{_MEETING}(?:\s+(?:[a-z]+\s+)?(?:lasted|went\s+on|ran)\s+(?:for\s+)?|,?\s+(?:of|for|"
                            r"lasting)\s+)(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # "had a meeting, for 45 minutes"
_SPOKEN_AFTER = re.compile(rf"(?:[\s-]+(?:minutes?|hours?))?[\s-]+(?:long\s+)?{_MEETING}\b", re.IGNORECASE)
# "Bludenz is a mountainous region with 525 mountains", "In Vorarlberg there are 1315 avalanche catchment zones":
# a fact of the place that stands whatever happened there. Read blind (set 48), trivia on an event's page.
_PLACE_FACT = re.compile(r"(?:In\s+(?P<where>[A-Z][\w-]+)\s+there\s+(?:are|is)\b|"
                         r"(?!(?:It|This|That|There|He|She|They)\b)(?P<name>[A-Z][\w-]+)\s+is\s+"
                         r"(?:an?\s+(?:[a-z]+\s+)?(?:region|district|village|town|city|valley|mountain|peak|province|"
                         r"state|county|island)\b|"
                         r"[\d,.]+\s+(?:meters|metres|m|feet|ft)\s+above\s+sea\s+level))")
_LIES = re.compile(r"\b(?:located|situated|lies|lying|sits)\b")


# "superseded by the Treaty of Beijing in ____", "the successor to the ____ Treaty of Moscow": another treaty's date
_NAMED = r"(?:Treaty|Battle|Siege|Convention|Peace) of (?:the )?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_NAMED_BEFORE = re.compile(rf"\b({_NAMED})\s+(?:in|on)\s+$")
_NAMED_AFTER = re.compile(rf"\s+({_NAMED})")


def _another_named(sentence: str, fig: Figure, title: str) -> bool:
    """The date of a treaty, battle, siege or convention the sentence names that is not the page's own."""
    m = _NAMED_BEFORE.search(sentence[:fig.start]) or _NAMED_AFTER.match(sentence, fig.end)
    return m is not None and bool(title) and m.group(1) not in title


def _clause_of(sentence: str, at: int) -> str:
    starts = [0] + [m.end() for m in _CLAUSES.finditer(sentence) if m.end() <= at]
    end = next((m.start() for m in _CLAUSES.finditer(sentence) if m.start() >= at), len(sentence))
    return sentence[starts[-1]:end]


def worth(fig: Figure, sentence: str, figures: list[Figure], title: str = "") -> tuple[float, list[str]]:
    """How much the figure is worth asking about, from 0 to 1, with the reasons that lowered it. `title`: the
    page's."""
    score = _KIND_WORTH.get(fig.kind, 0.5)
    why: list[str] = []
    if background := _background(fig, sentence, figures, title):
        score -= 0.2
        why.append(background)
    if _IMPORTANT.search(sentence[max(0, fig.start - 60):fig.end + 60]) or _IMPORTANT.search(fig.noun):
        score += 0.15
    if re.search(r"\b(?:only|just|as many as|as few as|a record|record)\s+$", sentence[:fig.start], re.IGNORECASE):
        score += 0.1  # "only five deaths": the figure the sentence is about
    if fig.kind in ("year", "date") and any(f.kind in ("count", "measure", "percent")
                                            and not (f.kind == "count" and f.value <= 3) for f in figures):
        # "On 30 May, New Zealand had 9 cases": the date frames the sentence, the count is its news; not "the
        # dividing line between the two ... from 20 July 1954", whose "two" is no news
        score -= 0.15
    nation = _NATION_DATE.search(sentence[:fig.start])
    side = _SIDE_DATE.search(sentence[:fig.start]) or nation and nation.group("event").lower() not in title.lower() \
        or _another_named(sentence, fig, title)
    if fig.kind in ("year", "date") and side and not _defines_the_page(sentence[:fig.start], title):
        score -= 0.15
        why.append("the date of a side event")
    if fig.kind in ("year", "date") and _HONOUR.search(_clause_of(sentence, fig.start)):
        score -= 0.2
        why.append("the date of an honour")
    if fig.kind == "count" and fig.value <= 3 and not fig.bound:
        score -= 0.3
        why.append("a small count")
    if fig.unit in ("minutes", "hours") and (_SPOKEN_BEFORE.search(sentence[:fig.start])
                                             or _SPOKEN_AFTER.match(sentence, fig.num_end)):
        score -= 0.45  # "The budget speech lasted for 91 minutes": read blind (set 50), trivia to both readers
        why.append("the length of a speech or a meeting")
    if _ASSUMED_PRICE.match(sentence[:fig.start]):
        score -= 0.3  # "At a price of $19 per gram of gold, Mponeng only needs ...": the condition, not the news
        why.append("the condition the sentence sets")
    if fig.kind in ("count", "measure") and any(m.start() <= fig.start < m.end() and _FACE_VALUE.search(
            sentence[max(0, m.start() - 40):m.end() + 40]) for m in _NUMBER_LIST.finditer(sentence)):
        score -= 0.35  # "coins of 5, 10, 50 and 100 cruzeiros reais": read blind (set 52), trivia to both readers
        why.append("a coin's or note's face value in a list")
    if fig.is_age:
        score -= 0.4  # "Mr. Nunes, 51 years old, ...": the readers' trivia, in a story about his killing
        why.append("a person's age")
    elif fig.adjective and fig.dimension == "duration":
        score -= 0.25
        why.append("a duration used as an adjective")
    counts = [f for f in figures if f.kind in ("count", "measure", "percent") and f.dimension != "duration"]
    if fig.dimension == "duration" and "," in sentence[fig.end:fig.end + 3] and re.match(
            r"(?:Over|During|For|Within|In)\b", sentence) and any(f.start > fig.end for f in counts):
        score -= 0.15  # "Over the span of two weeks, 403,000 ... became ill": the news is the count
        why.append("the span an opening phrase gives the news")
    before = [f for f in counts if f.end <= fig.start and f.unit == fig.unit]
    if before and _WHOLE_OF.fullmatch(sentence[before[-1].end:fig.start]) or re.search(
            r"\bout\s+of\s+(?:an?\s+|the\s+|[A-Z][\w'’]*\s+)?(?:total\s+|estimated\s+)?$", sentence[:fig.start]):
        score -= 0.1  # "403,000 of an estimated 1.61 million residents": the part is the news
        why.append("the whole a part is of")
    n = list_size(figures, fig)
    if n >= 3 and not _the_total(figures, fig):  # "270 people died, of whom 259 ... and 11 ...": the whole
        # a year in a bare list ("in the 1902, 1907, and 1972 treaties") is the rubric's own example of trivia;
        # "the first in 1419, the second in 1483" gives each its own
        bare = fig.kind == "year" and any(m.start() <= fig.start < m.end() for m in _BARE_YEARS.finditer(sentence))
        score -= (0.2 if bare else 0.1) * (n - 2)
        why.append(f"one of {n} in a list")
    return max(0.0, min(1.0, score)), why


# near the list: "denominations of 5, 10, 50 and 100", "20 and 100 Krone gold coins" (not "the report notes that")
# "At a price of", "At the current gold price of": the price a sentence's claim assumes (not "At a rate of 30 metres
# a year", the news)
_ASSUMED_PRICE = re.compile(r"\W*At\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}?(?:price|cost|exchange\s+rate)\s+of\s+$",
                            re.IGNORECASE)
_FACE_VALUE = re.compile(r"\b(?:coins?|banknotes?|notes?(?!\s+that\b)|denominations?)\b", re.IGNORECASE)
_NUMBER_LIST = re.compile(r"\d[\d,.]*(?:(?:,\s+|,?\s+(?:and|or)\s+)\d[\d,.]*)+")  # "5, 10, 50 and 100", "20 and 100"
_BARE_YEARS = re.compile(r"\b\d{4}(?:(?:,\s*|,?\s+(?:and|or)\s+)\d{4}\b){2,}")


def _the_total(figures: list[Figure], fig: Figure) -> bool:
    """The figure is the total of the others beside it, not one item of a list."""
    return sum_of_its_parts(figures, fig) and fig.value == max(f.value for f in figures if f.kind == fig.kind)


def _defines_the_page(before: str, title: str) -> bool:
    """The page's own definition up to its date: "The Jarrow March (...), was an [October 1936] protest march",
    the page's date, not a side event's as in "a 2019 study". A title's bracket ("Black Friday (1869)") is no
    part of the name the sentence writes."""
    name = re.sub(r"\s*\([^()]*\)$", "", title)
    defined = re.match(rf"(?:The\s+)?{re.escape(name)}(?!\w)[^.]*\b(?:is|was)\s+an?\s+$", before)
    return bool(name) and defined is not None
