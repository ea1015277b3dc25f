"""What a page is about: the name it keeps coming back to (its main subject), and that
subject as a question may name it (its title, or the name an encyclopedia's first
sentence defines). Read from the page alone, before any sentence is analysed."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice

from ..article import CREDITED_CAPTION, Article
from .clause import Subject
from .entities import Entity, EntityIndex, takes_the
from .lexicon import BROADER_KINDS, EVENTS, FINITE_VERBS, SHIP_PREFIXES
from .page_marks import FOOTNOTE
from .quality import is_prose


_BUILT = frozenset("Cathedral Mosque Temple Church Basilica Abbey Monastery Synagogue Shrine Hospital House Hall "
                   "Tower Bridge Station Stadium Museum Palace Castle Library Theatre Airport University Institute "
                   "Gallery College".split())  # also "National Museum of Afghanistan", not "Afghanistan"


def main_subject(entities: EntityIndex, texts: list[str], title: str) -> Entity | None:
    """The name the article is about: the most mentioned one (not a person) in its prose, preferring
    one in the title. Prose only: a news site names itself in every bulletin's opening and close."""
    counts: dict[str, int] = {}
    for text, found in zip(texts, entities.mentions):
        if is_prose(text):
            for m in found:
                if m.entity.kind != "person":
                    counts[m.entity.name] = counts.get(m.entity.name, 0) + 1
    opening = re.sub(r"^(?:The\s+)?(?:\d{4}\s+)?", "", title)
    for name, entity in entities.entities.items():  # the name the title opens with, though its lead lost a link
        if title and opening.startswith(name) and entity.kind != "person":  # ("Sampoong Department Store ()")
            counts.setdefault(name, 1)
    if not counts:
        return None
    in_title = [name for name in counts if title and name in title]  # "Manchuria" of "Manchurian plague" too
    # but a name the title ends with, in whatever case, before all: "Krone", not "Austria", of "Austrian krone"
    lead = lead_sentence(texts)  # and its first sentence: not "Death" of "Bali Nine ringleaders sentenced to death"
    ending = [name for name in counts if title.lower().endswith(name.lower()) and in_title_words(name, title)
              and name.lower() not in EVENTS and name in lead]  # nor "Earthquake" of "1999 İzmit earthquake"
    in_title = (ending if ending and not set(ending) & set(in_title) else in_title) or \
        lead_subject(texts, counts, title)
    if title.split()[-1:] and title.split()[-1] in _BUILT or re.search(rf"\b(?:{'|'.join(_BUILT)})\s+of\s", title):
        # A building's page: its whole name before the place it contains ("Liverpool Cathedral", though the
        # Diocese and the Bishop of Liverpool name "Liverpool" more often). Not a fire's or a final's page,
        # whose "the city" is the place and whose dated title subject_of reads.
        in_title = [name for name in in_title if name == title.strip()] or in_title
    best = max(in_title or counts, key=lambda name: (counts[name], -entities.entities[name].first))
    return entities.entities[best] if counts[best] >= 2 or in_title else None


# What follows the name an encyclopedia's first sentence defines: "(...), officially ..., is a group",
# "was fought", "took place".
_REFS = r"(?:\[\w{1,3}\])*"  # "[1][2]", "[a]"
_DEFINITION = (_REFS + r"(?:\s*\((?:[^()]|\([^()]*\))*\))?" + _REFS +  # "(... [kʷuwɑzʲ(ɛ)lʲɛːnʲ])[1]"
               # "Ye-6 No.13"; "The Treskilling Yellow, or ... error of color (Swedish: ..., literally ...), is a";
               # "The Ostend Company[1][2] (...), officially the General Company ... (...)[a] was a"
               r"(?:,(?:[^.;()]|\((?:[^()]|\([^()]*\))*\)|(?<=No)\.){1,140}?(?:,|(?:\[\w{1,3}\])+))?"
               r"\s+(?:(?:is|was|are|were)\s+(?:an?|the|one)\b|"
               r"(?:was|were)\s+(?:fought|held|signed|founded)\b|took\s+place\b|occurred\b)")
# "The Hoover Dam is a ...", "Pioneer 10 is an American space probe": the name and its definition.
_TOPIC = re.compile(r"[\"“]?(?!(?:There|It|This|That|These|Those|Here)\s)"  # "There is an ...": no name
                    r"(?P<name>(?:The\s+)?[\"“]?[A-Z0-9][^,.;:()\"”]{0,60}?[\"”]?)" + _DEFINITION)
_DEFINES = re.compile(_DEFINITION)
_DAY = re.compile(r"\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}")  # "24 March": a page of the day's anniversaries
# A first line that reads as a title: a name, with no sentence's stop, list bars or site furniture
_TITLE_LIKE = re.compile(r"[\"“]?[A-Z0-9][\w'’\"”–(), -]*[\w)\"”]")


def in_title_words(name: str, title: str) -> bool:
    """The name stands in the title as a word, in whatever case: "Krone" is in "Austrian krone", "Austria" is not."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title, re.IGNORECASE) is not None


# A thing with no capitalised name that a page defines: "The marka (...) was the currency of ...", "The poʻo-uli
# (...) or Hawaiian black-faced honeycreeper is an extinct species"
_COMMON_LEAD = re.compile(r"The\s+([a-zʻʼ'’-]{3,}(?:\s+[a-z]{3,})?)(?=\s*[(,\[]|\s+(?:is|was|are|were)\b)")


def common_subject(texts: list[str], title: str, main: Entity | None) -> Entity | None:
    """The thing a page is about when no name is: its first sentence defines it by a common noun, which its
    title ends with ("Polish marka") or, with no title, the page names again. None when a name in the title, or
    the one the page opens with, is what it is about."""
    lead = lead_sentence(texts)
    m = _COMMON_LEAD.match(lead)
    # "(Melamprosops phaeosoma) [3] or Hawaiian black-faced honeycreeper is an extinct species"; with no title to
    # end with the name, "is a" only, not "The government was the first in the region to ...", a story's opening
    article = r"(?:an?|one|the)" if title else r"(?:an?|one)"
    if m is None or not re.match(rf"[^.;]{{0,150}}?\s(?:is|was|are|were)\s+{article}\b", lead[m.end():]):
        return None
    name = m.group(1)
    count = sum(len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)) for text in texts)
    if title:
        if main is not None and in_title_words(main.name, title) or not title.lower().endswith(name):
            return None
    elif main is not None and main.name in lead[:m.end() + 40] or count < 3:
        return None
    return Entity(name, count=count)


def lead_subject(texts: list[str], counts: dict[str, int], title: str) -> list[str]:
    """A page without a title line that opens as an encyclopedia does ("Tristan da Cunha, colloquially
    Tristan, is a remote group of islands"): the name it opens with is what it is about, though a page
    run together from two articles may name the other more often."""
    first = next((text for text in texts if is_prose(text)), "")
    if title or not first:
        return []
    opening = first[4:] if first.startswith("The ") else first
    opens = [name for name in counts if opening.startswith(name) and _DEFINES.match(opening, len(name))]
    for name in counts:  # "Galatasaray Spor Kulübü (...) or Galatasaray SK is a": and "Galatasaray", its short name
        alias = _OR_NAMED.match(opening, len(name)) if opening.startswith(name) else None
        opens += [name, *(short for short in counts if name.startswith(f"{short} ")
                          and re.search(rf"\bor\s+{re.escape(short)}\b", alias.group()))] if alias else []
    return opens


def page_topic(text: str, subject: str, sentences: Iterable[str]) -> str:
    """What a page on one thing is about, as a question may name it: its first line in quotes when that
    is a title the page repeats or that holds its main subject ("Battle of Verdun", "= 1755 Lisbon
    earthquake ="), or else the name its first sentence defines, as an encyclopedia opens ("the Hoover
    Dam" of "The Hoover Dam is a concrete ..."). Not a headline, a site's menu or a page of briefs, whose
    first line is neither. "" when there is none."""
    subject = subject.removeprefix("the ")
    sentences = list(sentences)
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    # "Copenhagen Opera House | |": an infobox's title row; "# Franck–Hertz experiment", Markdown's (not "Visual C#")
    title = " ".join(re.sub(r"^#+\s+", "", first_line).strip("= |").split())
    words = title.split()
    if len(words) % 2 == 0 and words[:len(words) // 2] == words[len(words) // 2:]:
        words = words[:len(words) // 2]  # "Lampedusa Lampedusa | |": the name, and its image's caption
        title = " ".join(words)
    # a headline's verb ("Police arrest man"), not a name's last word ("Jog Falls", "Copenhagen Opera House"), nor
    # a word the page's first sentence names it by ("The Franck–Hertz experiment was the first ...")
    defined = bool(title) and opens_with(title, lead_sentence(sentences))
    if title and _TITLE_LIKE.fullmatch(title) and len(words) <= 8 and not _DAY.fullmatch(title) \
            and not CREDITED_CAPTION.match(title) \
            and (defined or not any(w.lower() in FINITE_VERBS and (w.islower() or i < len(words) - 1)
                                    for i, w in enumerate(words))) \
            and (re.fullmatch(r"=+[^=]+=+", first_line)  # "= Black Friday (1869) =": marked up as the title
                 or subject and subject in title and text.count(subject) >= 3  # not once in passing ("Kobe")
                 or _repeated(title, text.split(first_line, 1)[-1])
                 or title in lead_sentence(sentences).removeprefix(first_line)):
        return f'"{title}"'
    m = _TOPIC.match(lead_sentence(sentences))
    if not m:
        return ""
    name = " ".join(m.group("name").split())
    words = name.removeprefix("The ").split()
    if len(words) > 9 or any(w.lower() in FINITE_VERBS for w in words[1:]) or words[0] in ("A", "An", "This", "It"):
        return ""  # "Police said the man was a ...": a clause; "A volcano is a ...": a kind, on a portal
    if not (subject and subject in name) and not any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return ""  # "Economics is the ...", "General elections were held": a field or an event with no name
    if subject and subject not in name and name.startswith("The ") and words[0][:1].islower():
        return ""  # "The last official census in Bosnia ... took place 1991" on a page about Sarajevo
    return "the" + name[3:] if name.startswith("The ") else name


_WORDS = re.compile(r"[\w'’]+")


def _repeated(title: str, text: str) -> bool:
    """The page (`text`, after its first line) gives its first line again as a short line of its own: whole
    or marked up ("= 1755 Lisbon earthquake =", "- Title: ..."), lengthened ("1995 Quebec independence
    referendum") or shortened ("Scottish independence referendum"): a title. Not a name its prose mentions
    ("when the Kobe earthquake sent ...": a section heading that opens an excerpt is no title, unless the
    page's lead names it)."""
    words = set(_WORDS.findall(title.lower()))
    for line in text.splitlines()[:40]:
        line = " ".join(line.strip("=-*• ").split())
        if not line or len(line) > len(title) + 25 or line[-1:] in ".!?":
            continue
        own = set(_WORDS.findall(line.lower()))
        if words <= own or len(words) >= 3 and len(own) >= max(2, 0.6 * len(words)) and own <= words:
            return True
    return False


# "Another Pic du Midi is the Pic du Midi d'Ossau.": the page's note on a namesake, above its text
_HATNOTE = re.compile(r"^(?:Another\s+[A-Z][^.]{0,60}\bis\s+the\s+[A-Z]|For other uses\b|This article is about\b|"
                      r"Not to be confused with\b)")


def _ends_a_sentence(text: str) -> bool:
    """A full stop at its end, behind the page's marks: '... of the world".[ attribution needed ] [1]'."""
    return FOOTNOTE.sub("", text).rstrip().endswith((".", '."', ".”"))


def lead_sentence(sentences: Iterable[str]) -> str:
    """The sentence a page opens with: the first of its first few sentences of prose that defines what the
    page is about ("The Partition of India was the 1947 partitioning ...", after an image's caption), or
    else its first sentence of prose."""
    opened = (sentence.lstrip(" •*-\t") for sentence in sentences)  # "• Pioneer 10"
    # The first five only, not every sentence of a long text read to keep five. A definition too long to ask a
    # question on still says what the page is about ("The Ostend Company[1][2] (...), officially the General
    # Company ... (...)[a] was a chartered trading company ...", 68 words).
    prose = list(islice((s for s in opened if (is_prose(s) or _TOPIC.match(s) and _ends_a_sentence(s))
                         and not _HATNOTE.match(s)), 5))
    return next((s for s in prose if _TOPIC.match(s)), prose[0] if prose else "")


# Where the kind in a definition ends: "a space station, operational", "a rover designed to", "a state of"
_KIND_ENDS = re.compile(r"[,;:.()]|\s(?:of|in|on|at|for|from|with|by|to|that|which|who|whose|located|"
                        r"designed|built|operated|launched|situated|found|known|named|and\s+the|played|held|used|"
                        r"spoken|made|based|owned|formed|consisting|connecting|linking|spanning|running|flowing)\b")

# A definition set beside the name instead: "(...), the world's largest ... skating tour, is held"
_APPOSED = re.compile(r"(?:\s*\((?:[^()]|\([^()]*\))*\))?(?:\[\d+\])*,\s+(?:the|an?)\s+([^,;:()]{3,90}?),\s+"
                      r"(?:is|was|are|were|has|had)\b")

# Or beside another name for it: "(Melamprosops phaeosoma) [3] or Hawaiian black-faced honeycreeper is an"
_OR_NAMED = re.compile(r"(?:\s*\((?:[^()]|\([^()]*\))*\))?(?:\s*\[\w{1,3}\])*,?\s+or\s+[^.;,()]{3,60}?\s+"
                       r"(?:is|was|are|were)\s+(?:an?|the|one)\b")
# A kind that names a wider one after "of": "an extinct species of passerine bird", so "the bird" is it too
_KIND_OF = frozenset({"species", "genus", "breed", "variety", "type", "kind", "form"})


def defined_kind(sentence: str, name: str) -> str:
    """What kind of thing the page's first sentence says its subject is: "station" of "Mir (...) was a
    Soviet and later Russian space station", "rover" of "Curiosity is a car-sized rover designed to",
    so "the station" and "the rover" later mean it. "" when the sentence does not define `name`."""
    at = sentence.find(name)
    if at < 0 or not re.fullmatch(r"(?:[Tt]he\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?:1\d|20)\d\d\s+)?", sentence[:at]):
        return ""  # "The 50th Grey Cup ... was the ... championship game": the game
    m = _DEFINES.match(sentence, at + len(name))
    if m is not None and re.search(r"\b(?:an?|the|one)$", m.group()):
        rest = sentence[m.end():]
    elif apposed := _APPOSED.match(sentence, at + len(name)):
        rest = apposed.group(1)  # "The Elfstedentocht (...), the world's ... skating tour, is held": the tour
    elif other := _OR_NAMED.match(sentence, at + len(name)):
        rest = sentence[other.end():]  # "The poʻo-uli (...) [3] or Hawaiian black-faced honeycreeper is an"
    else:
        return ""  # "was fought", "took place": an event, whose kind the name says
    end = _KIND_ENDS.search(rest)
    words = (rest[:end.start()] if end else rest).split()
    kind = words[-1] if words else ""
    return kind if re.fullmatch(r"[a-z]{3,}", kind) and kind not in FINITE_VERBS else ""


def kinds_of(sentence: str, name: str) -> set[str]:
    """The kind the page's first sentence gives its subject (defined_kind), with the wider one after "species
    of" and the like: {"species", "bird"} of "The poʻo-uli (...) is an extinct species of passerine bird that"."""
    kind = defined_kind(sentence, name)
    if kind not in _KIND_OF:
        return {kind} - {""}
    wider = re.search(rf"\b{kind}\s+of\s+", sentence)
    rest = sentence[wider.end():] if wider else ""
    end = _KIND_ENDS.search(rest)
    words = (rest[:end.start()] if end else rest).split()
    return {kind, *(words[-1:] if words and re.fullmatch(r"[a-z]{3,}", words[-1]) else ())}


def names_topic(topic: str, text: str) -> bool:
    """Whether the text names the topic (any word of its name), or there is no topic to name. A topic whose
    name ends in the kind of thing it is ("the Hong Kong flu") is named only with that word: "the outbreak
    ... in Hong Kong" names the city, not the flu."""
    words = [w for w in re.findall(r"[A-Z][\w'’–-]+|\d[\w–-]*", topic) if len(w) > 2 or w[0].isdigit()]
    kind = re.search(r"\s([a-z]{3,})[\"”]?$", topic)
    if kind and not re.search(rf"\b{kind.group(1)}", text, re.IGNORECASE):
        return not words
    return not words or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)


# Words after a name that leave it whole: "the Forth Bridge and", not "the Lake Eyre basin".
_LINKS = frozenset("and or in of on at to for by with from which that who as since after before over was".split())


def _written_with_the(name: str, body: str) -> bool:
    """Whether the prose mostly writes "the Forth Bridge". Not counted: the title line, a name in quotes,
    and "the Lake Eyre basin", where "the" belongs to the basin."""
    n = re.escape(name)
    with_the = sum(1 for m in re.finditer(rf"\b[Tt]he {n}\b(?: ([a-z]+))?", body)
                   if not m.group(1) or m.group(1) in FINITE_VERBS or m.group(1) in _LINKS)
    bare = len(re.findall(rf"(?<![Tt]he )(?<![\"“‘']){n}\b(?!\s*$)", body, re.MULTILINE))
    return with_the > bare


def subject_of(main: Entity, texts: list[str], article: Article) -> tuple[Subject, Entity, str]:
    """The page's subject as "the city" names it, its main entity as "the final" names it, and what "it"
    names: the subject, or the event the page is on that happened there."""
    nouns = set(main.nouns) | ({"city", "town"} if main.nouns.keys() & {"city", "town"} else set())
    for kind in kinds_of(lead_sentence(texts), main.name):
        nouns |= {kind, *BROADER_KINDS.get(kind, ())}  # "Mir ... was a space station"
    if main.name.split()[0] in SHIP_PREFIXES:
        nouns |= {"ship", "vessel"}  # "MS Estonia": "the ship"
    name = f"the {main.name}" if _written_with_the(main.name, article.body) or takes_the(main.name) else main.name
    named_main = main
    dated = re.fullmatch(rf"(?:The\s+)?((?:1\d|20)\d\d\s+{re.escape(main.name)})", (article.title or "").strip())
    if dated:  # "1923 FA Cup Final": "the final" is the 1923 one, not every FA Cup Final
        name = f"the {dated.group(1)}" if name.startswith("the ") else dated.group(1)
        named_main = replace(main, name=dated.group(1))
    topic = page_topic(article.text, name, texts)
    titled, topic = topic.startswith('"'), topic.strip('"')  # "Antikythera mechanism": "it" is the mechanism
    itself = name
    last = (topic.split() or [""])[-1]
    if ((main.kind == "place" or titled) and last.isalpha() and last.islower() or last in ("Final", "Finals")) \
            and (main.name in topic or in_title_words(main.name, topic)) and topic.removeprefix("the ") != main.name:
        # A page on the Manchurian plague or the 1960 Agadir earthquake: "it" is the event, not the place;
        # on the page "1999 FIFA Women's World Cup Final", the final, not the tournament
        itself = topic if topic.startswith("the ") else f"the {topic}"
    return Subject(name, frozenset(nouns)), named_main, itself


def title_ends_with(title: str, name: str) -> bool:
    """Whether the title is the name with a word of its own before it: "Sinclair C5" of "the C5", not "A Doll's
    House" of "Doll's House", which lost its article."""
    words, named = title.lower().split(), name.removeprefix("the ").lower().split()
    return len(words) > len(named) and words[-len(named):] == named and words[0] not in ("a", "an", "the")


def opens_with(name: str, sentence: str) -> bool:
    """Whether the sentence's subject is the name: "The Ostend Company[1][2] (...) ... was", "Cantarell Field or
    Cantarell Complex is", "The Sinclair C5 is" (the title's name)."""
    name = re.escape(name.removeprefix("the "))
    return re.match(rf"(?:The\s+)?(?i:{name})(?:\s+[A-Z][\w'’-]*)*(?:\[\w+\]|\s*\(|,|\s+(?:or|is|was|are|were|has|"
                    r"had|[a-z]+ed)\b)", sentence) is not None
