"""One pass over the article: each sentence's figures, names, sources and
section, and the article's main subject. Everything later reads this.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Article
from .entities import EntityIndex, Mention
from .phrasing import Subject
from .quantities import Figure, find_figures
from .sources import Attribution, attributions, unverified

_UNVERIFIED_BACK = ("these figures", "this figure", "the figure", "these numbers", "this number", "the claim",
                    "these claims", "the estimate", "these estimates", "figure")


_WHOSE = re.compile(r"(\w+)['’]s? (?:figures?|estimates?|numbers?|claims?|count)\b")


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
    may_resolve: bool = False  # "its"/"the city" here can only mean the main subject


@dataclass
class Analysis:
    article: Article
    sentences: list[SentenceInfo]
    entities: EntityIndex
    subject: Subject | None
    short_names: dict[str, str] = field(default_factory=dict)


MAX_SENTENCES = 3000  # read in full up to here (about 500 KB); beyond, evenly spaced runs of sentences
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


def analyse(article: Article) -> Analysis:
    sampled = _sample(article)
    texts = [s.text for s in sampled]
    entities = EntityIndex(texts, article.title)
    short_names = {e.name: e.short for e in entities.entities.values() if e.short}
    main = entities.main
    subject = None
    if main is not None:
        nouns = set(main.nouns) | ({"city", "town"} if main.nouns.keys() & {"city", "town"} else set())
        body = article.body
        with_the = body.count(f"the {main.name}") + body.count(f"The {main.name}")
        name = f"the {main.name}" if with_the * 2 > body.count(main.name) else main.name
        subject = Subject(name, frozenset(nouns))
    section = ""
    infos: list[SentenceInfo] = []
    heading_of = {i: b.text for i, b in enumerate(article.blocks) if b.kind == "heading"}
    last_block = -1
    previous_names: set[str] = set()
    for i, s in enumerate(sampled):
        for b in range(last_block + 1, s.block):
            if b in heading_of:
                section = heading_of[b]
        new_block = s.block != last_block or (i > 0 and s.start - sampled[i - 1].end > 3)  # a new run
        last_block = s.block
        mentions = entities.mentions[i]
        info = SentenceInfo(i, s.text, s.block, section, find_figures(s.text), attributions(s.text, short_names),
                            mentions)
        names = {m.entity.name for m in mentions if m.entity.kind != "person"}
        if main is not None:
            # "its" and "the city" point back to the subject when nothing else was just named.
            context = names if new_block else names | previous_names
            info.may_resolve = context <= {main.name} and (main.name in context or new_block or not context)
        previous_names = names
        if unverified(s.text):
            info.unverified = True
            lower = s.text.lower()
            whose = _WHOSE.search(s.text)
            info.unverified_whose = whose.group(1).lower() if whose else ""
            if infos and any(w in lower for w in _UNVERIFIED_BACK) and infos[-1].block == s.block:
                infos[-1].unverified = True
                infos[-1].unverified_whose = info.unverified_whose
        infos.append(info)
    return Analysis(article, infos, entities, subject, short_names)
