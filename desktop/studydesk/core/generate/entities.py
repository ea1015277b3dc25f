"""Names in the article: places, people, organisations, and the one the
article is about. Found from capitals and the words around them, in one pass.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .lexicon import DEMONYMS, NOT_NAMES, ORG_WORDS, PLACE_WORDS, SHIP_PREFIXES, SMALL_NUMBER_NAMES, TITLES

# A capital letter, accented ones too: "Åland", "Çeşme", "Île-de-France", "Łódź" are names as "Aland" would be
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# "Tristan da Cunha", "Vasco da Gama", "Mar del Plata": a small word inside a name;
# "Red Sea–Dead Sea Water Conveyance": two names joined by a dash; "The St. Francis Dam": one name
_JOINED = rf"(?:–[{UPPER}][\w'’-]*)*"
_NAME = re.compile(
    rf"(?<![\w'’–-])(?:[{UPPER}][\w'’.-]*{_JOINED}|[A-Z]{{2,}})"
    r"(?:(?:\s+(?:of|de|upon|da|do|dos|das|del|della|di|du|van|von|der)(?:\s+the)?)?\s+"
    rf"(?:(?:St|Mt|Ft)\.(?=\s+[A-Z])|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    rf"[{UPPER}][\w'’-]*{_JOINED}|I{{1,3}}\b))*"
    # "Apollo 11", "Chang'e 1": the number is the name's (not "June 15", "Chelsea 2–1", "Reagan's 525", "Ohio 3 votes")
    r"(?:(?<!['’]s)(?<!['’])\s+\d{1,3}\b(?![\d:%/–-]|[,.]\d|\s+(?!(?:was|has|is|does)\b)[a-z]+s\b))?"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|near|from|to|toward|towards|at|across|into|through|beyond|around|outside|reach(?:ed)?|since|"
    r"pressure on|"
    r"captured|seize|seized|(?:town|city|village|port|region|province|district|state|country|capital) of)"
    r"\s+(?:the\s+)?)$"
)
_PLACE_AFTER = re.compile(r"^\s+(?:region|province|district|oblast|county|valley|basin|delta|river)\b", re.I)
_PERSON_AFTER = re.compile(r"^,?\s+(?:who\b|said\b|says\b|told\b|wrote\b|admitted\b|argued\b|has\s+said|later\b|"
                           r"himself\b|herself\b|died\b|presented\b|marked\b|had\s+argued)")
_PERSON_BEFORE = re.compile(
    r"\b(?:physician|engineer|curate|doctor|scientist|president|governor|minister|officer|leader|commander|"
    r"emperor|king|queen|professor|mayor|author|writer|spokesman|spokeswoman|spokesperson|general|chief|player|"
    r"cornerback|quarterback|striker|goalkeeper|midfielder|defender|batsman|bowler|coach|manager|captain|actor|"
    r"actress|singer|historian|journalist|lawyer|judge|senator|candidate|astronaut|chancellor|premier|"
    r"secretary|ambassador|director|founder|chairman|chairwoman|ceo)\s+$", re.I)
_ORG_BEFORE = re.compile(
    r"\b(?:organi[sz]ation|group|company|firm|agency|party|newspaper|charity|ministry|club|team|network|"
    r"broadcaster|channel|station|bank|carrier|airline|university|union|council|committee|commission)\s+$", re.I)
_ORG_AFTER = re.compile(r"^,?\s+(?:an?|the)\s+(?:\w+\s+){0,3}(?:project|group|agency|company|organi[sz]ation|"
                        r"ministry|institute|party|newspaper|charity)\b", re.I)
_PLACE_APPOS = re.compile(r"^(?:\s*\([^()]*\))?,?\s+(?:is\s+|was\s+)?(?:an?|the|\w+['’]s)\s+(?:[\w-]+\s+){0,3}"
                          r"(?P<noun>city|town|village|"
                          r"settlement|district|region|country|capital|port|river|island|lagoon|state)\b"
                          r"(?!\s+[A-Z])", re.I)
# "the river Arno" names the Arno the river (and "Central Italy, the river Arno" does not name Italy one)
_RIVER_BEFORE = re.compile(r"\bthe\s+(?P<noun>river)\s+$", re.I)
# "the city of Lagos" names Lagos the city; "an island state of Australia" and "the capital of France" do not
_PLACE_OF = re.compile(r"\bthe\s+(?P<before>(?:[\w-]+\s+){0,2})(?P<noun>town|city|village|port|region|province|"
                       r"district|state|country) of\s+(?:the\s+)?$", re.I)
_PERSON_APPOS = re.compile(r"^,\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:governor|president|minister|mayor|curate|physician|"
                           r"engineer|scientist|leader|director|chief|head|founder|professor|doctor)\b", re.I)
_THING_AFTER = re.compile(r"^\s+(rover|telescope|probe|spacecraft|satellite|mission|ship|vessel|river|bridge|dam|"
                          r"stadium|team|party|company|storm|cyclone|hurricane|typhoon|earthquake|report|book|law|"
                          r"bill|treaty|airport|station|museum|university|festival|tournament|programme|project)\b",
                          re.IGNORECASE)
# "University of Bern", "Battle of Marathon": one name across "of"
_EVENTS_OF = frozenset({"Battle", "Battles", "Siege", "Treaty", "Sack", "Fall", "War", "Wars"})
_INSTITUTIONS_OF = frozenset({"University", "Museum", "Library", "Gallery", "Institute", "College"})  # "the ... of"
_CONNECTED = ORG_WORDS | PLACE_WORDS | {"Guardians", "Protection"} | _EVENTS_OF
_SUFFIXES = ("ing", "ed", "ly")
_REGNAL = re.compile(r"[IVXL]+|Jr\.?|Sr\.?")  # "Philip IV", "King Jr.": no surname a question names him by


@dataclass
class Entity:
    name: str
    kind: str = "name"  # place person org name
    count: int = 0
    first: int = 0  # offset of the first mention
    votes: Counter = field(default_factory=Counter)
    nouns: Counter = field(default_factory=Counter)  # "town", "river": what the article calls it
    short: str = ""  # a person's surname
    written_with: set[str] = field(default_factory=set)  # "company" of "the South Sea company": part of its name

    @property
    def label(self) -> str:
        return self.short or self.name


@dataclass(frozen=True, slots=True)
class Mention:
    entity: Entity
    start: int  # in the sentence
    end: int
    text: str


class EntityIndex:
    """Every name, how often and where it is mentioned, and the article's main subject."""

    def __init__(self, sentences: list[str], title: str = "") -> None:
        self.entities: dict[str, Entity] = {}
        self.mentions: list[list[Mention]] = []
        # Words known to be names wherever they stand: a page's title ("Almaty", whose every mention may open
        # a sentence) and those capitalised mid-sentence.
        mid_caps: set[str] = set(re.findall(rf"[{UPPER}][\w'’-]*", title))
        raw: list[list[tuple[int, int, str]]] = []
        for s in sentences:
            found = []
            for m in _NAME.finditer(s):
                for start, text in _split_of(m.start(), m.group()):
                    found.append((start, start + len(text), text))
                    if start > 0:
                        mid_caps.add(text.split()[0])
            raw.append(found)
        offset = 0
        surnames: dict[str, str] = {}
        for s, found in zip(sentences, raw):
            mentions: list[Mention] = []
            for start, end, text in found:
                if text.endswith(".") and not text.endswith(("St.", "Mt.")):
                    text = text.rstrip(".")
                start, text = _trim(start, text, s, mid_caps)
                if not text:
                    continue
                text = _POSSESSIVE.sub("", text.rstrip(".")) if not text.endswith(("St.", "Mt.")) else text
                if len(text) < 2:
                    continue
                end = start + len(text)
                key = surnames.get(text, text)
                entity = self.entities.get(key)
                if entity is None:
                    entity = self.entities[key] = Entity(text, first=offset + start)
                entity.count += 1
                _vote(entity, s, start, end)
                if len(text.split()) >= 2 and entity.votes["person"] > entity.votes["place"] + entity.votes["org"] \
                        and not text.split()[-1].isdigit() and not _REGNAL.fullmatch(text.split()[-1]):
                    last = text.split()[-1]
                    surnames.setdefault(last, key)
                    entity.short = last
                mentions.append(Mention(entity, start, end, s[start:end]))
            self.mentions.append(mentions)
            offset += len(s) + 1
        for entity in self.entities.values():
            entity.kind = _kind(entity)
        self.proper_words = frozenset(w for w in mid_caps if w not in NOT_NAMES or w in DEMONYMS) | DEMONYMS
        self.main = self._main(title)

    def _main(self, title: str) -> Entity | None:
        candidates = [e for e in self.entities.values() if e.kind != "person"]
        if not candidates:
            return None
        in_title = [e for e in candidates if title and e.name in title]
        pool = in_title or candidates
        best = max(pool, key=lambda e: (e.count, -e.first))
        return best if best.count >= 2 or in_title else None

    def of_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]

    def places_like(self, entity: Entity) -> list[Entity]:
        """Other names of the same kind, most mentioned first: distractors."""
        same = [e for e in self.entities.values() if e is not entity and e.kind == entity.kind]
        return sorted(same, key=lambda e: (-e.count, e.first))


def _split_of(start: int, text: str) -> list[tuple[int, str]]:
    """"University of Bern" is one name; "Altwegg of the University of Bern" is two."""
    parts = re.split(r"(\s+of(?:\s+the)?\s+)", text)
    out: list[tuple[int, str]] = []
    current, at = parts[0], start
    for i in range(1, len(parts), 2):
        joiner, nxt = parts[i], parts[i + 1]
        if current.split()[-1] in _CONNECTED or current.split()[0] in SHIP_PREFIXES:  # "RMS Empress of Ireland"
            current += joiner + nxt
        else:
            out.append((at, current))
            at += len(current) + len(joiner)
            current = nxt
    out.append((at, current))
    return out


def _trim(start: int, text: str, sentence: str, mid_caps: set[str]) -> tuple[int, str]:
    """Drop leading words that are not part of a name: "The", demonyms, titles."""
    words = text.split()
    keep_adjective = words[-1] in ORG_WORDS or words[-1] in PLACE_WORDS
    after_the = False
    while words:
        w = words[0].rstrip("'’s")
        if after_the and w.lower() in SMALL_NUMBER_NAMES and len(words) > 2:
            break  # "The Three Gorges Dam", "the Seven Years' War": the number is the name's
        after_the = w in ("The", "the")
        at_start = start == 0 or sentence[:start].rstrip().endswith(("“", '"', "(", "—", ":"))
        unknown_first = at_start and words[0] not in mid_caps and (len(words) == 1 or w.endswith(_SUFFIXES))
        if w in NOT_NAMES or ((w in DEMONYMS or w in TITLES) and not keep_adjective) or unknown_first \
                or words[0] in ("of", "de", "on", "upon"):
            drop = len(words[0])
            rest = text[drop:]
            start += drop + (len(rest) - len(rest.lstrip()))
            text = rest.lstrip()
            words = words[1:]
            continue
        break
    while words and (words[-1] in ("of", "de", "on", "upon", "the") or words[-1].rstrip("'’s") in DEMONYMS
                     or "-" in words[-1] and words[-1].split("-")[-1].islower()):
        text = text[: text.rfind(words[-1])].rstrip()
        words = words[:-1]
    if len(text) < 2 or text.isupper() and len(text) > 12 or text.isdigit():
        return start, ""
    return start, text


def _vote(entity: Entity, s: str, start: int, end: int) -> None:
    before, after = s[max(0, start - 40):start], s[end:end + 90]
    words = entity.name.split()
    v = entity.votes
    if any(w in ORG_WORDS for w in words) or (entity.name.isupper() and len(entity.name) >= 2):
        v["org"] += 2
    if any(w in PLACE_WORDS for w in words):
        v["place"] += 2
    if any(w in TITLES for w in words[:-1]) and words[-1] not in PLACE_WORDS \
            and not any(w in ORG_WORDS for w in words):
        v["person"] += 4  # "U.S. District Judge Leonie Brinkema": a title, then a name; not "King George Island"
    person_appos = _PERSON_APPOS.match(after)
    appos = None if person_appos else _PLACE_APPOS.match(after)
    place_of = _PLACE_OF.search(before)
    if place_of and any(w in PLACE_WORDS for w in place_of.group("before").split()):
        place_of = None  # "the Caspian Sea region of Azerbaijan": a region in it, not what Azerbaijan is
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after) or appos:
        v["place"] += 1
    for m in (appos, place_of, _RIVER_BEFORE.search(before)):
        if m:
            entity.nouns[m.group("noun").lower()] += 1
    if person_appos:
        v["person"] += 2
    if _ORG_AFTER.match(after) or _ORG_BEFORE.search(before):
        v["org"] += 2
    thing = _THING_AFTER.match(after)
    if thing:  # "the Opportunity rover": what "the rover" will mean
        entity.nouns[thing.group(1).lower()] += 1
        entity.written_with.add(thing.group(1).lower())
    if _PERSON_BEFORE.search(before) or any(before.rstrip().endswith(t) for t in TITLES):
        v["person"] += 2
    if _PERSON_AFTER.match(after) and not v["org"] and not re.match(rf",\s+later\s+[^,]*{re.escape(words[-1])}", after):
        v["person"] += 1  # not "GeoCities, later Yahoo! GeoCities": a new name, not a person's later life


_STATES = frozenset(("Soviet Union", "United Kingdom", "United States", "USSR", "US", "USA", "UK", "UAE", "GDR", "FRG",
                     "PRC", "DPRK", "ROK"))


def _kind(entity: Entity) -> str:
    if entity.name in _STATES:
        return "place"  # "Union", "Kingdom" and capitals ("USSR") would vote for an organisation
    if entity.name == "European Union":
        return "org"
    if not entity.votes or entity.name.split()[-1].isdigit() and entity.votes.most_common(1)[0][0] == "person":
        return "name"  # "Queen Mary 2", "Apollo 11": no one's name ends in a number
    kind, score = entity.votes.most_common(1)[0]
    return kind if score > 0 else "name"


def takes_the(name: str) -> bool:
    """Whether a name is written after "the" whatever the page does: "the Battle of Marathon", "the Great
    Siege of Malta", and a name ending in a common noun, "the Hawke's Bay earthquake"."""
    words = name.split()
    return " of " in name and name.split(" of ")[0].split()[-1] in _EVENTS_OF | _INSTITUTIONS_OF \
        or len(words) > 1 and words[-1].isalpha() and words[-1].islower()


def group_by_kind(entities: list[Entity]) -> dict[str, list[Entity]]:
    out: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        out[e.kind].append(e)
    return out



_ACRONYM = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")
_SPELLED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)?){2,8})$")


def spelled_out(text: str) -> dict[str, str]:
    """Each name's other form, both ways, where the article gives both: "the Social Democratic Party
    (SDP)" gives "SDP" -> "Social Democratic Party" and back. A typed answer takes either. One pass."""
    forms: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        words = (_SPELLED.search(text[max(0, m.start() - 150):m.start()]) or [""])[0].split()
        capitals = [i for i, w in enumerate(words) if w[0].isupper()]
        if len(capitals) >= len(acronym) and "".join(words[i][0] for i in capitals[-len(acronym):]) == acronym:
            whole = " ".join(words[capitals[-len(acronym)]:])
            forms.setdefault(acronym, whole)
            forms.setdefault(whole, acronym)
    return forms
