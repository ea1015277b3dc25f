"""Who says so: the source a sentence attributes a figure or claim to, and
whether the article calls it unverified.

A figure after "Zelensky admitted that", in a sentence that opens "According
to ...", or before a closing ", according to ..." is that source's claim,
and the generator asks it as one ("According to Zelensky, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEECH = (r"says|said|say|estimates?|estimated|estimating|claims?|claimed|admitted|admits|acknowledged|"
           r"acknowledges|reported|reports|warns?|warned|argues?|argued|believes?|believed|puts?|projects?|"
           r"projected|wrote|writes|told|tells|insists?|insisted|point(?:s|ed)?\s+out|calculated|calculates")
_NAMEWORD = r"[A-Z][\w'’.-]*"
_SOURCE = (
    rf"(?:(?:the\s+|The\s+)?{_NAMEWORD}(?:\s+(?:of\s+(?:the\s+)?)?{_NAMEWORD}){{0,6}}"
    rf"(?:['’]s?)?(?:\s+[a-z]+){{0,2}}"
    r"|(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]ocal|[Ss]ome|[Mm]any|[Mm]ost)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}"
    r"|(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|latest\s+|official\s+|independent\s+)?(?:book|report|study|survey|"
    r"poll|paper|analysis|investigation|review|census|audit|assessment|documentary)"
    r"|(?:[A-Za-z]+\s+)?(?:officials|critics|analysts|engineers|researchers|scientists|experts|residents|soldiers|"
    r"doctors|officers|leaders|agents|backers|observers|economists|historians|astronomers|authorities|"
    r"planners|campaigners|activists))"
    rf"(?:\s+(?:at|in|of|from)\s+(?:(?:the\s+)?{_NAMEWORD}(?:\s+(?:of\s+)?{_NAMEWORD}){{0,4}}|the\s+[a-z]+))?"
)  # "officials at the Ministry of Health", "critics of the freeze"
_SAYS = re.compile(
    rf"(?P<src>{_SOURCE})(?:\s+(?:himself|herself|themselves|itself))?,?\s+"
    rf"(?:also\s+|recently\s+|later\s+|now\s+|still\s+|has\s+|have\s+|had\s+|once\s+)*(?P<verb>{_SPEECH})\b"
    r"(?:\s+that\b)?,?"
)
# "according to the terms of the 1939 German–Soviet non-aggression pact": a dash between words joins them
_ACCORDING = re.compile(r"(?P<lead>,\s*)?\b[Aa]ccording\s+to\s+(?P<src>(?:[^,.;:—–()]|(?<=\w)–(?=\w)){2,80}?)"
                        r"(?=\s*[,.;:—()]|\s+–|\s*$)")
_TOLD = re.compile(rf"\s+(?:{_NAMEWORD}(?:\s+{_NAMEWORD}){{0,3}}|reporters|journalists|the\s+press)(?:\s+that\b)?,?")
_UNVERIFIED = re.compile(
    r"\b(?:unverified|unconfirmed|not\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)|"
    r"could\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)|cannot\s+be\s+(?:independently\s+)?"
    r"verified|disputed|(?:sources|accounts|estimates|reports)\s+"
    r"(?:disagreed?|differ(?:ed)?|vary|varied|conflict(?:ed)?))\b", re.IGNORECASE)
_COMMON_SOURCES = frozenset("officials critics analysts engineers researchers scientists experts residents soldiers "
                            "doctors officers leaders agents backers observers economists historians astronomers "
                            "authorities planners campaigners activists community estate".split())
_BAD_SOURCE = re.compile(
    r"^(?:it|its|their|his|her|our|with|without|from|in|on|at|by|for|he|she|they|this|that|these|those|which|who|"
    r"we|you|i|if|when|while|as|although|though|because|since|"
    r"once|after|before|where|so|but|yet|according)\b|['’]s?$|\b(?:is|are|was|were|be|been|has|have|had|would|will|can|could|"
    r"may|might|theory|idea|view)$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"^\s*the\s+year\s+\d{4},?\s+", re.IGNORECASE)
_ADVERBS = re.compile(r"(?:\s+(?:recently|also|later|now|still|once|has|have|had|himself|herself|themselves|itself))+$")


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str  # as a prompt names it: "Zelensky", "the United Nations"
    start: int  # where the attribution's words sit in the sentence
    end: int
    reaches: str  # "after": figures after it; "before": figures before it; "all"
    verb: str = ""
    until: int = 1 << 30  # for "after": where what is said ends ("claimed victory, and unrest broke out")


def attributions(sentence: str, short_names: dict[str, str] | None = None) -> list[Attribution]:
    """Every attribution in a sentence, in order."""
    if not any(w in sentence for w in ("ccording", "say", "said", "estimat", "claim", "admit", "acknowledg",
                                       "report", "warn", "argu", "believ", "put", "project", "wrote", "writ",
                                       "told", "tell", "insist", "point", "calculat", "suggest", "found", "find")):
        return []
    out: list[Attribution] = []
    for m in _ACCORDING.finditer(sentence):
        src = _clean(m.group("src"), short_names)
        if src:
            reaches = "all" if m.start() < 3 or not sentence[:m.start()].strip() else "before"
            out.append(Attribution(src, m.start(), m.end(), reaches))
    for m in _SAYS.finditer(sentence):
        if re.match(r"\s*(?:to\s+(?:be|have)|at|as|are|were|is|was|vary|varied|differ)\b", sentence[m.end():]):
            continue  # "a farm believed to be ...", "damage estimated at $3 billion", "Usage estimates are": no source
        if m.group("verb").endswith("ed") and re.search(r",\s*$", sentence[:m.start("verb")]) \
                and re.match(r"\s+by\b", sentence[m.end():]):
            continue  # "Ultimate recovery of Samotlor, estimated by the USGS": a participle, its source after it
        if m.group("verb").startswith("project") and not re.match(r"\s*(?:that\b|\d|an?\b|the\b)",
                                                                   sentence[m.end():]):
            continue  # "the Wikinews projects are ...": a noun, not "the UN projects that ..."
        if _noun_phrase(m, sentence):
            continue  # "Early reports indicate", "One widely used estimate puts": what says, not who
        if m.group("verb").startswith("claim") and re.match(
                r"\s*(?:(?:the|a|an|his|her|their|its|victory|responsibility|credit)\b|\d[\d,]*\s+seats?\b|"
                r"(?:(?:over|well over|more than|about|some|around|roughly|approximately|nearly|almost|at least|up to|"
                r"as many as|thousands of|hundreds of)\s+)?(?:\d[\d,.]*\s+)?(?:[a-z]+\s+)?(?:lives|victims)\b"
                r"(?!\s+(?:were|was|had|have)\b))", sentence[m.end():]):
            # "Harold, from the most powerful family, claimed the throne", "the plague claimed 36,000 lives": took,
            # not said
            continue
        if re.search(r"\b(?:of|for|against|about)\s+$", sentence[:m.start()], re.IGNORECASE):
            continue  # "Critics of the freeze said": who says is more than "the freeze"
        if re.search(r"\b(?:an?|the)\s+$", sentence[:m.start("verb")], re.IGNORECASE):
            continue  # "killed an estimated 100,000": an adjective, not "X estimated"
        src = _clean(m.group("src"), short_names)
        if src and not any(a.start <= m.start() < a.end for a in out):
            end = m.end()
            told = _TOLD.match(sentence, end) if m.group("verb") in ("told", "tells", "tell") else None
            if told:  # "told Wikinews (that)": whom it was said to goes with the attribution
                end = told.end()
            # "In the year 1995 researchers estimated": the attribution starts at its source, not at the year
            year = _YEAR_BEFORE.match(m.group("src"))
            start = m.start() + (year.end() if year else 0)
            out.append(Attribution(src, start, end, "after", m.group("verb"), _said_until(sentence, end)))
    out.sort(key=lambda a: a.start)
    return out


_NOUN_VERBS = frozenset("reports report estimate estimates claims claim projects project".split())


def _noun_phrase(m: re.Match[str], sentence: str) -> bool:
    """Whether a sentence's opening "Early reports" or "One widely used estimate"
    is an adjective and a noun, not a name and a verb (lemminflect's lexicon
    knows "early" and "one" as adjectives; it holds no names)."""
    if m.group("verb") in _NOUN_VERBS and re.search(r"\b(?:in|of|from|by|on)\s+[a-z]+$", m.group("src")):
        return True  # "the number most cited in official reports is": reports in which, not who reports
    if m.group("verb") not in _NOUN_VERBS or sentence[:m.start()].strip(" \"“"):
        return False
    words = m.group("src").split()
    if len(words) > 1 and words[1][:1].islower():
        return True  # "One widely used": a name is not followed by lower-case words
    from lemminflect import getAllLemmas

    return len(words) == 1 and "ADJ" in getAllLemmas(words[0].lower())


def _said_until(sentence: str, at: int) -> int:
    """Where the words a speech verb introduces end: at the next clause joined on with ", and", "; " or
    "but", whose figures are the article's own. "Odinga claimed victory, and unrest ... displaced up to
    600,000": the 600,000 is not Odinga's."""
    m = re.search(r",?\s+(?:and|but|while|whereas)\s+(?=(?:the|a|an|[a-z]+\s+[a-z]+ed\b|[A-Z]))|;\s|\s[—–]\s",
                  sentence[at:])
    return at + m.start() if m else len(sentence)


def source_of(attrs: list[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution that covers a figure at [start, end) of the sentence."""
    best = None
    for a in attrs:
        if a.reaches == "after" and a.end <= start and end <= a.until:
            best = a
    if best is not None:
        return best
    for a in attrs:
        if a.reaches == "all" or (a.reaches == "before" and end <= a.start):
            return a
    return None


def unverified(sentence: str) -> bool:
    return bool(_UNVERIFIED.search(sentence))


def _clean(src: str, short_names: dict[str, str] | None) -> str:
    src = " ".join(src.split()).strip(" ,")
    src = _ADVERBS.sub("", re.sub(r"^(?:and|but|while|whereas|yet)\s+", "", src))
    src = _YEAR_BEFORE.sub("", src)  # "In the year 1995 researchers estimated": the researchers
    if not src or _BAD_SOURCE.search(src) or len(src.split()) > 9:
        return ""
    first = src.split()[0]
    if src[0].isupper() and (first in ("The", "A", "An", "Its", "Their", "Local", "Some", "Many", "Most", "Other",
                                       "Several", "Two", "Three", "Both") or
                             first.lower() in _COMMON_SOURCES):
        src = src[0].lower() + src[1:]
    if short_names:
        for full, short in short_names.items():
            if src.endswith(full):
                return short  # "Ukrainian President Volodymyr Zelensky" -> "Zelensky"
    return src


def possessive(source: str) -> str:
    """"Zelensky" -> "Zelensky's", "engineers" -> "the engineers'"."""
    if source.endswith("s") and source[:1].islower() and not source.startswith(("the ", "a ")):
        return f"the {source}'"
    return source + ("'" if source.endswith("s") and source[:1].islower() else "'s")
