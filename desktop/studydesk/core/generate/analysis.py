"""One pass over the article: each sentence's figures, names, sources and
section, and the article's main subject. Everything later reads this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..article import Article
from .clause import Subject
from .entities import Entity, EntityIndex, Mention, spelled_out, takes_the
from .figure import Figure
from .lexicon import EVENTS, FINITE_VERBS
from .page_subject import (common_subject, defined_kind, in_title_words, lead_sentence, lead_subject, main_subject,
                           names_topic, opens_with, page_topic, subject_of, title_ends_with)
from .page_marks import without_marks
from .quality import DUMMY_IT, References, dangling, is_prose, names_something, resolve, without_attribution
from .quantities import find_figures
from .sources import Attribution, attributions, unverified
from .the_earlier import the_earlier, the_named_before, the_said_before
from .the_thing import opened_by_noun, opens_with_a_part, things_named

_UNVERIFIED_BACK = ("these figures", "this figure", "the figure", "these numbers", "this number", "the claim",
                    "these claims", "the estimate", "these estimates", "figure")

_WHOSE = re.compile(r"(\w+)['’]s? (?:figures?|estimates?|numbers?|claims?|count)\b")
_IT_OPENS = re.compile(r"(?:[^,.]{0,80},\s+)?[Ii]t\s")  # "Founded in 1218 by ..., it is": its "it" carries on


@dataclass
class SentenceInfo:
    index: int
    text: str
    block: int
    section: str  # the heading above it, "" before the first
    figures: list[Figure]
    attributions: list[Attribution]
    mentions: list[Mention]
    unverified: bool = False  # the article says its figures are unverified
    unverified_whose: str = ""  # "government" when it says "the government's figure"
    unverified_by: int = -1  # the sentence that says so (this one, or the next)
    disputed: bool = False  # the next sentence doubts its figures, giving none of its own
    may_resolve: bool = False  # "its"/"the city" here can only mean the main subject
    refs: References = References()  # what "he", "it" and "the delta" mean here
    # "the ratios" opening it, of ratios an earlier sentence spoke of: which ones, the question cannot say
    the_earlier: str = ""


# A word that can follow a subject as its verb: "The order was founded", "The monastery lies"
_VERBISH = r"(?:is|was|are|were|has|had|have|\w+ed|\w+s)\b"


@dataclass
class Analysis:
    article: Article
    sentences: list[SentenceInfo]
    entities: EntityIndex
    subject: Subject | None
    short_names: dict[str, str] = field(default_factory=dict)
    # One subject the whole article is about (an article on Lagos), not a page of unrelated briefs:
    # then a question need not name it, and "the city" may mean it.
    single_topic: bool = False

    def stands_alone(self, info: SentenceInfo, text: str, blank_names: bool = False) -> bool:
        """Whether a question's text reads without the sentences around it (quality.dangling)."""
        subject = self.subject.name if self.subject is not None and self.single_topic else ""
        if not self.single_topic and re.match(r"^[\"“]?The (?:[a-z]+|Ministry|Department|Agency|Council|Committee|"
                                              r"Commission|Court|Government|Police|Army|Board|Authority|Survey|"
                                              r"Report|Company)\b(?! of)", _unquoted_body(text)):
            return False  # "The company said ...", "The Ministry is ...", on a page of several stories: which?
        if info.the_earlier and info.the_earlier.lower() in text.lower():
            return False
        if re.match(r"[\"“]?The\b[^,;]*?\bwould be\b", text) and not re.search(
                r"\b(?:if|unless|when|with|said|says|expected|planned|estimated|predicted|projected)\b", text, re.I):
            return False  # "The first prize would be €772 million": on the condition the sentence before gave
        if re.search(r"(?<!\band )(?<!, )\b(?:therefore|consequently|accordingly)\b", text, re.IGNORECASE):
            return False  # "Year I had therefore begun on ...": a conclusion from the sentence before
        names = self.entities.proper_words
        nouns = self.subject.nouns if subject else frozenset()
        return not dangling(text, blank_names, subject, names, nouns) and (self.single_topic or names_something(text))

    @cached_property
    def spelled_out(self) -> dict[str, str]:
        """"SDP" -> "Social Democratic Party" and back, where the article gives both (entities.spelled_out)."""
        return spelled_out(self.article.body)

    @cached_property
    def _values_by_setting(self) -> dict[tuple[str, str], set[float]]:
        """Each figure's value, by its unit and the word before it: "for 92 sols", "for 83 sols"."""
        values: dict[tuple[str, str], set[float]] = {}
        for info in self.sentences:
            for fig in info.figures:
                if _measured_as(fig):
                    values.setdefault((_measured_as(fig), _setting(info.text, fig)), set()).add(fig.value)
        return values

    def given_otherwise(self, info: SentenceInfo, fig: Figure) -> bool:
        """The article gives another value in the same setting: "operational for 92 sols" and, later,
        "active for 83 sols". Asked on its own, without its sentence, either may be the answer."""
        setting = (_measured_as(fig), _setting(info.text, fig))
        return bool(setting[0]) and bool(self._values_by_setting.get(setting, set()) - {fig.value})

    @cached_property
    def topic(self) -> str:
        """What the page is about, as a question may name it (page_subject.page_topic)."""
        lines = (info.text for info in self.sentences)
        return page_topic(self.article.text, self.subject.name if self.subject else "", lines)

    @cached_property
    def lead_block(self) -> int:
        """The page's opening paragraph (the lede, the lead): the block of the sentence it opens with."""
        lead = lead_sentence(info.text for info in self.sentences)
        return next((info.block for info in self.sentences if lead and lead in info.text), -1)

    def subject_s_own(self, before: str) -> bool:
        """Whether what a sentence says up to a figure is the page's one subject's own doing ("Musa went on hajj
        to Mecca in", "The order was founded" on the Carthusians' page), not another clause's ("Hong Kong
        became ...; it was followed by Macau after ... in")."""
        if not self.single_topic or self.subject is None:
            return False
        name = re.escape(re.sub(r"^[Tt]he\s+", "", self.subject.name))
        # its kind only before a verb: "The order was founded", not "The dam body was finished"
        kinds = "|".join(rf"{re.escape(noun)}(?=\s+(?:\w+ly\s+)?{_VERBISH})" for noun in self.subject.nouns)
        # after an opening phrase too: "Despite its profitability, the company was eventually ordered to close down in"
        opening = rf"(?:[^,;]{{3,60}},\s+)?(?:[Tt]he\s+)?(?:{name}(?:s|'s|’s)?\b|{kinds or '(?!)'})"
        return bool(name) and bool(re.match(opening, before)) \
            and not re.search(r";|\b(?:when|after|before|until|while|followed|stemming|will|would)\b", before)

    def names_the_topic(self, text: str) -> bool:
        return names_topic(self.topic, text)

    def names_a_name(self, text: str) -> bool:
        """Whether the text names something the article names (a word it capitalises mid-sentence), or a
        year: "Unemployment reached what percentage in some areas?" names neither, whatever its capital."""
        return bool(re.search(r"\b(?:1\d{3}|20\d\d)", text)) or any(
            w in self.entities.proper_words for w in re.findall(r"[A-Z][\w-]*", text))  # "Pokrovsk's": Pokrovsk

    def from_the_article(self, sentence: str) -> str:
        """"from the article", naming what it is about when the sentence does not ("there were ____
        permanent inhabitants", from the article on the Pitcairn Islands): read blind, a quiz sheet
        otherwise leaves "the outbreak" or "the casualties" hanging."""
        return "from the article" if self.names_the_topic(sentence) else f"from {self.the_article}"

    @property
    def the_article(self) -> str:
        """The article named by what it is about: 'the article "Brumadinho dam disaster"', 'the article on
        the Pitcairn Islands'."""
        return f"the article {self.topic}" if self.topic.startswith('"') else f"the article on {self.topic}"

    def headline(self, info: SentenceInfo) -> str:
        """The title, the heading above the sentence and the page's first lines (its dateline, even
        when left out as page furniture): what a reader already sees. Not the sentence itself: an
        encyclopedia's lead ("Voyager 1 is a space probe launched on September 5, 1977") gives away
        nothing it is asked on."""
        first = self.article.text[:300]
        at = first.find(info.text[:60])
        if at >= 0:
            first = first[:at] + "\n" + first[at + len(info.text):]
        # An infobox's lines ("Date 29 May 1985", "Result 39 dead.") restate the lead's facts; they are no
        # headline a reader has already read, and would keep the page's central figures from being asked.
        first = _INFOBOX_LINE.sub("", first)
        return f"{self.article.title}\n{_INFOBOX_LINE.sub('', info.section)}\n{first}"  # "- Date Signed: 31 May 1902"

    def shown(self, info: SentenceInfo, text: str, blank_names: bool = False) -> str:
        """Text of a sentence as a question quotes it, with what it points back to
        named in brackets ("[Snow] marked each death ..."); see quality.resolve."""
        return without_marks(resolve(text, info.refs, blank_names))  # "damage,[nb 1] with": the page's marks go


def main_clause(after: str) -> str:
    """The clause a sentence that opens with a date goes on to: "On ____, the C5 was unveiled", "In ____,
    following the war, Sakhalin was divided"; not "..., the C5 having failed" after another's clause."""
    parts = [part.strip() for part in after.split(",")]
    parts = parts[1:] if parts[0] == "" else parts
    opening = len(parts) > 1 and re.match(r"(?:[a-z]+ing|after|despite|during|following|under)\b", parts[0])
    return parts[1] if opening else parts[0] if parts else ""


def _measured_as(fig: Figure) -> str:
    """What a count or measure is of: its unit, or its noun's last word ("sols")."""
    if fig.kind not in ("count", "measure"):
        return ""
    return fig.unit or (fig.noun.split() or [""])[-1].lower()


def _setting(text: str, fig: Figure) -> str:
    """The word before a figure ("for 92 sols"); for a figure that opens its sentence or clause, the word
    after what it counts ("270 people died", "six people were still missing": two settings)."""
    m = re.search(r"([A-Za-z]+)\W*$", text[max(0, fig.start - 30):fig.start])
    if m:
        return m.group(1).lower()
    m = re.match(r"\W*([A-Za-z]+)", text[max(fig.end, fig.noun_end):])
    return "+" + m.group(1).lower() if m else ""


_HE = re.compile(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er)\b")
_BACK = 4  # how many sentences back "he" or "the delta" may point
MAX_SENTENCES = 600  # read whole up to here (about 60 KB); beyond, evenly spaced runs (a draft asks 30 at most)
_RUN = 60


def _sample(article: Article) -> list:
    sentences = list(article.sentences)
    if len(sentences) <= MAX_SENTENCES:
        return sentences
    runs = MAX_SENTENCES // _RUN
    step = (len(sentences) - _RUN) / max(1, runs - 1)
    out = []
    for r in range(runs):
        start = int(r * step)
        out += sentences[start:start + _RUN]
    return out


# "Date 29 May 1985", "- Date: 9 August 48 BC", and the wiki markup "date=20 October 1827"
_INFOBOX_LINE = re.compile(r"^[ \t]*(?:-\s*)?(?:Date|Result|Location|Venue|Attendance|Event|Referee|Casualties|"
                           r"Strength|Deaths|Injuries|Injured|Killed|Population|Area|Duration|Cause|Type|Period|"
                           r"(?:date|result|place|casualties\d?|strength\d?)\s*=)\b.*$"
                           r"|^[ \t]*[A-Z][a-z]{3,}(?:\(s\))?\d.*$", re.MULTILINE)  # glued: "Founded1664; ..."


def _unquoted_body(text: str) -> str:
    """The sentence a question quotes, or the question itself."""
    m = re.search(r"[\"“](.+)[\"”]", text)
    return m.group(1) if m else without_attribution(text)


def _opening_thing(sentence: str, mentions: list[Mention], with_the: set[str], title: str = "") -> str:
    """"The Third Mainland Bridge, which ..., carries ...": the name a sentence opens with, not a person; with
    the year before it where the page's title dates it so ("The 1979 Daytona 500, ..., was ..."), not "The 1200
    Marines"."""
    if not mentions:
        return ""
    first = mentions[0]
    lead = re.fullmatch(r"(?:[Tt]he\s+)?(?P<year>(?:1\d|20)\d\d\s+)?", sentence[:first.start])
    if first.entity.kind == "person" or not lead or lead.group("year") and \
            f"{lead.group('year')}{first.entity.name}" not in title:
        return ""
    after = re.sub(r"^(?:\s*\([^()]{0,80}\))?(?:,\s+[^,]{2,80},)?", "", sentence[first.end:])  # "(/.../), which ...,"
    # "The 2002 Bou'in-Zahra earthquake occurred ...": the thing is the earthquake, named by the place.
    head = re.match(r"\s+(earthquake|storm|hurricane|cyclone|typhoon|flood|fire|attack|bombing|battle|war|crisis|"
                    r"election|referendum|mission|rover|probe|telescope|bridge|dam|canal|festival|tournament|"
                    r"final|match|season|dynasty|kingdom|empire)\b", after)
    if head:
        after = after[head.end():]
    verb = re.match(r"\s+([a-z]+)", after)
    if not verb or not (verb.group(1) in FINITE_VERBS or verb.group(1).endswith("ed")):
        return ""  # "ISAF forces had ...": the name is not what the sentence is about
    name = (lead.group("year") or "") + first.entity.name
    if head:
        return f"the {name} {head.group(1)}"
    dated_the = lead.group("year") and lead.group().lower().startswith("the")  # "The 1979 Daytona 500"
    return f"the {name}" if dated_the or name in with_the or takes_the(name) else name


# A "sentence" longer than this is no prose a question is asked on (that has
# at most 60 words), but a table or a list run together; its figures are not
# read: each one's question would be worked out over the whole run, and a run
# of thousands of figures took minutes.
LONGEST_READ = 2000


def analyse(article: Article) -> Analysis:
    sampled = _sample(article)
    texts = [s.text for s in sampled]
    entities = EntityIndex(texts, article.title)
    short_names = {e.name: e.short for e in entities.entities.values() if e.short}
    main = main_subject(entities, texts, article.title)
    main = common_subject(texts, article.title, main) or main
    subject, named_main, itself = subject_of(main, texts, article) if main is not None else (None, None, "")
    section = ""
    infos: list[SentenceInfo] = []
    heading_of = {i: b.text for i, b in enumerate(article.blocks) if b.kind == "heading"}
    last_block = -1
    previous_names: set[str] = set()
    opened = ""  # the thing the sentence before opened with, for "it" in this one
    recent_people: list[list[str]] = []  # the people each sentence so far names, as later mentions name them
    recent_things: list[list[Entity]] = []  # what each sentence so far names
    earlier_words: set[str] = set()  # the lower-case words of the sentences so far
    # "the tower" on the page "Blackpool Tower" is the page's own, whatever the sentence before named
    own_nouns = frozenset(n.split()[-1].lower() for n in (article.title, subject.name if subject else "") if n.split())
    titled = re.sub(r"\s*\([^()]*\)$", "", article.title)  # "The Wall Live (2010–13)", "Mulago Hospital (Uganda)"
    # A page of briefs has a heading to each story; an article is about the name in its title, or one
    # name it keeps coming back to under few headings, or under any number when its first sentence defines
    # its title ("= 1950 Carrera Panamericana = / The 1950 Carrera Panamericana was a motor race ...")
    first = next((s.block for s in sampled if is_prose(s.text)), 0)  # an infobox's lines above it head nothing
    headings = sum(1 for i, b in enumerate(article.blocks) if b.kind == "heading" and i > first)
    defines_title = bool(titled) and bool(defined_kind(lead_sentence(texts), titled))
    single_topic = main is not None and (headings <= max(3, 0.2 * len(sampled)) or defines_title) and (
        main.name in article.title or in_title_words(main.name, article.title)  # "Japan" in "Japanese ...", "krone"
        or main.count >= max(4, 0.25 * len(sampled))
        # or the name its first sentence defines: "Tunguska is a remote region", "Cantarell Field or Cantarell ..."
        or main.name in lead_subject(texts, {main.name: 1}, article.title))
    # and "the vehicle" on a page that opens "Falcon 1 was a small-lift launch vehicle", "the temple" after "a temple
    # complex": the kind the lead gives it, and the word before ("The Wall Live (2010–13)" opens "The Wall Live is")
    lead = lead_sentence(texts) if single_topic and subject is not None else ""
    kind = lead and (defined_kind(lead, subject.name.removeprefix("the ")) or defined_kind(lead, titled))
    before_kind = re.findall(r"[a-z]{3,}", lead[:lead.find(kind)].lower())[-1:] if kind else []
    lead_words = frozenset([*before_kind, kind] if kind else []) | (EVENTS if single_topic else frozenset())
    # Names the article mostly writes with "the" ("the Danube Delta"), counted from the mentions
    # themselves: one pass, where counting each name in the whole text grew with names times text.
    after_the: dict[str, int] = {}
    for text, found in zip(texts, entities.mentions):
        for m in found:
            if text[max(0, m.start - 4):m.start].lower() == "the ":
                after_the[m.entity.name] = after_the.get(m.entity.name, 0) + 1
    with_the = {name for name, n in after_the.items() if n * 2 > entities.entities[name].count}
    if subject is not None and subject.name == f"the {main.name}":
        with_the.add(main.name)  # counted in the prose alone, without the title ("the Forth Bridge")
    # "The KIEE opened on May 1": a question alone names it as the page spelled it out, "[The Knoxville ...]"
    acronyms = {a: whole for a, whole in spelled_out(article.body).items() if a.isupper() and len(a) >= 3}
    for i, s in enumerate(sampled):
        for b in range(last_block + 1, s.block):
            if b in heading_of:
                section = heading_of[b]
                # A heading starts another story (a page of news briefs): nothing said before it
                # is what "he", "it" or "the rover" means after it.
                recent_people.clear()
                recent_things.clear()
        new_block = s.block != last_block or (i > 0 and s.start - sampled[i - 1].end > 3)  # a new run
        last_block = s.block
        mentions = entities.mentions[i]
        figures = find_figures(s.text) if len(s.text) <= LONGEST_READ else []
        info = SentenceInfo(i, s.text, s.block, section, figures, attributions(s.text, short_names), mentions)
        names = {m.entity.name for m in mentions if m.entity.kind != "person"}
        if main is not None:
            # "its" and "the city" point back to the subject when nothing else was just named.
            context = names if new_block else names | previous_names
            lately = single_topic or any(e is main for seen in recent_things[-_BACK:] for e in seen) \
                or main.name in section
            info.may_resolve = context <= {main.name} and (main.name in context or lately) or (
                # "The Ostend Company[1][2] (...) ... was a chartered trading company in the Austrian Netherlands ...
                # It took its name from ...": an "It" opening the sentence after one whose subject is the page's
                single_topic and bool(infos) and s.text.startswith("It ") and not DUMMY_IT.match(s.text)
                # (or after one that opens with the title, where the name found ends it: "The Sinclair C5 is ..."
                # for "the C5"; not "The Adventures of Prince Achmed is ...", whose name found was cut short)
                and any(opens_with(name, infos[-1].text) for name in (itself, titled) if name and (
                    name == itself or title_ends_with(titled, itself))))
        previous_names = names
        people = list(dict.fromkeys(m.entity.label for m in mentions if m.entity.kind == "person"))
        # A name the finder could not place, opening the sentence ("Ahmadinejad was seen as ..."), may be
        # who "he" is next: counted among the people, so "he" is not taken for someone named before it.
        people += [m.entity.label for m in mentions if m.entity.kind == "name" and m.start == 0
                   and m.entity.label not in people]
        he = _HE.search(s.text)
        if he:  # "At 16 he built it with the help of Lord Kelvin": a name after "he" is not who he is
            people = list(dict.fromkeys(m.entity.label for m in mentions if m.entity.label in people
                                        and m.start < he.start())) or ([] if people else people)
        # "He" means the one person named here, or else the one person named in the last few sentences.
        recent = {p for names_then in recent_people[-_BACK:] for p in names_then}
        recent = {p for p in recent if not any(q.endswith(f" {p}") for q in recent)}  # "Bering", "Vitus ... Bering"
        person = ""
        if len(people) == 1 or (not people and len(recent) == 1):
            person = people[0] if people else next(iter(recent))
        # A sentence that says "he" of the one person keeps the chain going ("Snow ... He ... He ...").
        recent_people.append(people or ([person] if person and _HE.search(s.text) else []))
        things = things_named(s.text, recent_things[-_BACK:], named_main, info.may_resolve,
                         subject.nouns if subject is not None else frozenset(), with_the, new_block, mentions,
                         titled) + tuple((a, f"the {whole}") for a, whole in acronyms.items()
                                         if whole not in s.text and re.search(rf"\b[Tt]he {a}\b", s.text))
        # "The plant's power house was hewn ... It is about 300 metres long": that "It" is the power house
        if infos and not new_block and _IT_OPENS.match(s.text) and opens_with_a_part(infos[-1].text):
            info.may_resolve = False
        info.refs = References(person, itself if subject is not None and info.may_resolve else "", things,
                               opened if not new_block and main is not None and main.name in opened else "")
        # "It was considered ... It killed more than 5.2 million cattle": a chain of "It"s goes on meaning the page's
        # subject, where that is what its title names (not "Dortmund" on the Westfalenstadion's page)
        own = info.refs.subject.lower().removeprefix("the ") == titled.lower().removeprefix("the ")
        carried = (info.refs.it or (info.refs.subject if own else "")) if _IT_OPENS.match(s.text) else ""
        opened = _opening_thing(s.text, mentions, with_the, article.title) or carried
        if not opened and i + 1 < len(sampled) and sampled[i + 1].text.startswith("It "):
            opened = opened_by_noun(s.text, things)  # "The tour garnered ... It received": for that "It" alone
        recent_things.append([m.entity for m in mentions])
        if unverified(s.text):
            info.unverified = True
            info.unverified_by = i
            lower = s.text.lower()
            whose = _WHOSE.search(s.text)
            info.unverified_whose = whose.group(1).lower() if whose else ""
            # "... every 25.9 hours. However, other sources disagree": a "however" points back too
            if infos and (any(w in lower for w in _UNVERIFIED_BACK) or lower.startswith("however")) \
                    and infos[-1].block == s.block:
                infos[-1].unverified = True
                infos[-1].unverified_by = i
                infos[-1].unverified_whose = info.unverified_whose
                infos[-1].disputed = not figures  # "However, other sources disagree ...", "These figures could not
                # be verified": then its figures are asked only as their source's
        nouns = subject.nouns if subject is not None else frozenset()
        info.the_earlier = the_earlier(s.text, earlier_words, nouns | own_nouns) or the_named_before(
            s.text, infos[-1].text if infos else "", nouns | own_nouns) or the_said_before(
            s.text, earlier_words, nouns | own_nouns | lead_words)
        earlier_words.update(re.findall(r"\b[a-z]{3,}\b", s.text))
        infos.append(info)
    return Analysis(article, infos, entities, subject, short_names, single_topic)
