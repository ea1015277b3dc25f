"""The clause that holds a figure, ready to be asked: without its
attribution, its asides or its footnote marks, with "its", "he" and "the
city" named, and the figure stood in for by SLOT. phrasing.py turns it into
a question or a statement.

Nothing here parses English properly. A few patterns that are safe (a count
that is the subject, "X was N", "X lies N km from Y", "the N-km front") make
direct questions; otherwise the figure is asked in place ("... outnumbered
by what ratio?"); when the clause is not self-contained the caller falls
back to a fill-in-the-blank on the quoted sentence, which is always sound.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .figure import Figure
from .lexicon import FINITE_VERBS, FUNCTION_WORDS, MONTH_RE
from .page_marks import FOOTNOTE
from .quality import DUMMY_IT, References, resolve
from .sources import Attribution

SLOT = "\u27e6F\u27e7"  # stands for the figure while the clause is edited

_BOUNDARY = re.compile(
    r"\s*;\s*|:\s+|\s+[—–]\s+|—|"
    r",\s+(?=(?:while|whereas|but|though|although|which|where|when|with|as|and|of whom)\b)"
)
_CONNECTOR = re.compile(r"^(?:and|but|while|whereas|though|although|yet|so|that|as)\s+", re.IGNORECASE)
_BAD_START = re.compile(r"^(?:which|where|when|who|whose|whom|it|its|they|their|this|these|those|he|she|his|her|"
                        r"there|such|both|each|either|neither|so|then|also)\b", re.IGNORECASE)
# "Bradbury Landing, was less than ...": a subject cut out of "the site, nicknamed Bradbury Landing, was"
_CUT_APPOSITIVE = re.compile(r"^[A-Z][\w'’ -]{0,40},\s+(?:is|was|are|were|has|had|have)\b")
_LEAD = re.compile(
    r"^(?P<lead>(?:in|on|at|by|before|after|since|during|within|over|for|from|until|today|now|yet|still|even so|"
    r"along the way|as a result|for now|nearby|of|despite|once|later|earlier|at the time|this year|last year|"
    r"in the end|at first|on the way)\b[^,]{0,70}),\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DISCOURSE = frozenset("still yet even so however meanwhile instead for now as a result".split(" ")) | {
    "even so", "for now", "as a result"}
PAST_TO_BASE = {
    "began": "begin", "became": "become", "came": "come", "went": "go", "ran": "run", "rose": "rise",
    "fell": "fall", "grew": "grow", "held": "hold", "made": "make", "took": "take", "left": "leave",
    "fled": "flee", "built": "build", "sent": "send", "spent": "spend", "won": "win", "lost": "lose",
    "met": "meet", "cut": "cut", "put": "put", "hit": "hit", "struck": "strike", "stood": "stand", "lay": "lie",
    "wrote": "write", "told": "tell", "paid": "pay", "found": "find", "kept": "keep", "brought": "bring",
    "drove": "drive", "flew": "fly", "gave": "give", "got": "get", "saw": "see", "said": "say", "sat": "sit",
    "opened": "open", "declared": "declare",
}


@dataclass(frozen=True, slots=True)
class Frame:
    """The figure's clause, ready to become a question or a statement."""

    body: str  # the clause, with SLOT where the figure was
    lead: str  # a moved adverbial ("before the war"), "" when none
    source: str  # who says so, "" when the article says it
    resolved: bool  # "its"/"the city" was replaced by the article's subject
    keep_case: bool = False  # the clause opens with a name ("Pokrovsk lies ...")
    claimed: bool = False  # the clause is what the source says ("X claims that ..."), dates and all
    partial: bool = False  # the clause is not the sentence's first: what it is about may be left behind


@dataclass(frozen=True, slots=True)
class Subject:
    """The article's main subject, to name what "its" and "the city" stand for."""

    name: str
    nouns: frozenset[str]


_MORE_UNITS = re.compile(r",?\s+(?:and\s+)?\d+\s+(?:minutes?|seconds?|hours?|days?|weeks?|months?)\b")

# A figure's date in brackets, which the clause would drop with the other asides
_DATED_AFTER = re.compile(rf"\s*\((?:(?:as of|in)\s+)?(?:\d{{1,2}}\s+)?(?:{MONTH_RE})\b"
                          r"|\s*\((?:as of|in)\s+(?:1\d|20)\d\d\)")


def frame(sentence: str, fig: Figure, attribution: Attribution | None, subject: Subject | None,
          may_resolve: bool, names: frozenset[str] = frozenset(), refs: References = References()
          ) -> Frame | None:
    if _MORE_UNITS.match(sentence, fig.end):
        return None  # "83 hours, 56 minutes and 40 seconds": the time is all three, not "83 hours"
    if _DATED_AFTER.match(sentence, fig.noun_end or fig.end):
        return None  # "139,579 inhabitants (31 March 2010)": a clause without its date; the blank keeps it
    edits = [(fig.start, fig.end, SLOT)]
    if attribution is not None:
        a_start, a_end = attribution.start, attribution.end
        edits.append((a_start, a_end, ""))
    text = sentence
    for start, end, new in sorted(edits, key=lambda e: -e[0]):
        text = text[:start] + new + text[end:]
    if re.search(r"\((?:excluding|including|except|not counting|only|not including)\b[^()]*\)", text, re.I):
        return None  # "the basin (excluding Lake Baikal) is home to 55 species": the count holds only so
    # "(9 m)", "(NWS)": asides, not the figure; but "in contemporary (1933) dollars" says which dollars
    text = re.sub(r"\s*\((?![^()]*\u27e6)(?!\d{4}\)\s+[a-z])[^()]*\)", "", text)
    text = FOOTNOTE.sub("", text)  # "[nb 1]", "[3]": the page's marks
    text = re.sub(r"\s*,\s*,", ",", re.sub(r"\s{2,}", " ", text)).strip().rstrip(".!?").strip()
    text = re.sub(r"^,\s*", "", text)
    segment = _segment(text)
    if segment is None:
        return None
    # A clause cut from after the first ("..., and the agency said 3,000 homes were damaged") may leave
    # behind what it is about (the flood): such questions rank below the sentence's own blank.
    partial = not text.startswith(segment[:20])
    lead = ""
    m = _LEAD.match(segment)
    if m and SLOT not in m.group("lead"):
        lead, segment = m.group("lead"), m.group("rest")
        if re.fullmatch(r"(?:nearby|there|here|then|later|earlier|afterwards|by then|at the time|at that time)",
                        lead, re.IGNORECASE):
            return None  # "Nearby, ...": near what? It leans on the sentence before
        if lead.lower() in _DISCOURSE:
            lead = ""
    resolved = False
    if subject is not None and may_resolve:
        segment, resolved = _resolve(segment, subject)
    named = resolve(segment, refs, brackets=False)
    if named != segment:
        resolved = resolved or named.split(" ", 1)[0] != segment.split(" ", 1)[0]
        segment = named
    segment = re.sub(r"^(?:only|just|some|however|also)\s+(?=" + re.escape(SLOT) + ")", "", segment)
    if segment.lower().startswith("with "):
        if fig.kind not in ("fraction", "percent"):
            return None
        segment = _absolute(segment, sentence)
    if _BAD_START.match(segment) or not has_verb(segment) or len(segment.split()) > 32 or _CUT_APPOSITIVE.match(segment):
        return None
    opening = segment.split(" ", 1)[0].lower()
    if opening in FINITE_VERBS and opening not in ("is", "are", "was", "were") and (
            opening.endswith(("s", "ed")) or opening in PAST_TO_BASE):
        return None  # "flows for 2,850 km to the sea": the subject is in another clause
    plain = segment.replace(SLOT, "")
    if re.search(r"\b(?:this|these|those|the area(?! of)|the group|the project|the latter|the former|the same)\b",
                 plain) or _UNRESOLVED.search(plain):
        return None
    source = attribution.source if attribution is not None else ""
    first = re.sub(r"['’]s$", "", segment.split(" ", 1)[0])  # "Tasmania's area is": a name still
    # "Mount Fuji is ...": two capitalised words open a name, though "Mount" alone is not among the names
    keep_case = resolved or first in names or bool(re.match(r"[A-Z][a-z]+\s+[A-Z]", segment)) \
        and first.lower() not in FUNCTION_WORDS
    if lead and lead.split(" ", 1)[0] not in names:
        lead = lead[0].lower() + lead[1:]
    claimed = attribution is not None and attribution.reaches == "after" and bool(attribution.verb)
    return Frame(segment, lead, source, resolved, keep_case, claimed, partial)


_UNRESOLVED = re.compile(r"\b(?:it|they|them|he|she|him|its|their|his|her)\b|\bthere\b(?!\s+(?:is|are|was|were|have|"
                         r"has|had|will|would|may|might|could))")
COMMA = re.compile(r",(?=\s|$)")
_PAIRED_DASH = re.compile(r"\s+[—–]\s+(?P<inner>[^—–]+?)\s+[—–]\s+")


def _segment(text: str) -> str | None:
    def drop_aside(m: re.Match[str]) -> str:
        return m.group() if SLOT in m.group("inner") else " "

    text = _PAIRED_DASH.sub(drop_aside, text)
    pieces = _BOUNDARY.split(text)
    for piece in pieces:
        if SLOT in piece:
            piece = piece.strip(" ,")
            while True:
                stripped = _CONNECTOR.sub("", piece)
                if stripped == piece:
                    break
                piece = stripped
            return piece
    return None


def _resolve(segment: str, subject: Subject) -> tuple[str, bool]:
    """Name the subject a clause points to: "its population" -> "Pokrovsk's population"."""
    if subject.nouns & {"city", "town", "village", "region", "district"}:
        segment = re.sub(r"\b(?:in|near|around) the (?:area|city|town)\b",
                         lambda m: m.group().replace("the ", f"the {subject.name} ", 1), segment)
    m = re.match(r"^(?:its|the (\w+)['’]s)\s+", segment, re.IGNORECASE)
    if m and (m.group(1) is None or m.group(1).lower() in subject.nouns):
        return f"{subject.name}'s " + segment[m.end():], True
    m = re.match(r"^(?:it|the (\w+))\s+", segment, re.IGNORECASE)
    if m and (m.group(1) is None or m.group(1).lower() in subject.nouns) and not DUMMY_IT.match(segment):
        return f"{subject.name} " + segment[m.end():], True
    return segment, False


def _absolute(segment: str, sentence: str) -> str:
    """"with half of the strikes concentrated here" -> "half of the strikes are concentrated here"."""
    m = re.match(r"^with (?P<np>.+?) (?P<part>\w+ed)\b(?P<rest>.*)$", segment)
    if not m:
        return segment
    present = re.search(r"\b(?:is|are|has|have|remains|continues|now)\b", sentence)
    return f"{m.group('np')} {'are' if present else 'were'} {m.group('part')}{m.group('rest')}"


def has_verb(text: str) -> bool:
    """A finite verb: "to be driven" is not one."""
    words = re.findall(r"[a-z]+", text.replace(SLOT, " "))
    return any((w in FINITE_VERBS or (w.endswith("ed") and len(w) > 4 and i > 0))
               and (i == 0 or words[i - 1] != "to") and not (i > 1 and words[i - 2] == "to" and words[i - 1] == "be")
               for i, w in enumerate(words))
