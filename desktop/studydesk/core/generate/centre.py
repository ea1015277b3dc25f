"""How central a sentence is to its page. Read blind over validation sets 11 to 18 (429 questions), questions
on a sentence in the first two fifths of the page passed all six checks 66% of the time (104 of 157), those
further down 45% (123 of 272), and those further down whose sentence shares no word with the page's first
line 35% (42 of 120): a side story's figure (the year of a first failed attempt on Denali, the tunnels of a
dam, the day a club confirmed its yacht). docs/generator.md has how it was measured."""

from __future__ import annotations

import re

from .analysis import Analysis, SentenceInfo

LATE = 0.4  # the share of a page's sentences before "further down"
OFF_CENTRE = 0.15  # how much lower such a figure is scored: kept only when much else speaks for it
_PLAIN = frozenset("the and for from with into over under between article general presidential election "
                   "elections battle".split())


def name_words(name: str) -> list[str]:
    """The words of a page's name a sentence on its subject would use, cut to their stem ("Olympi" for
    "Olympics" and "Olympic"): not "the", not a year, not a word every page of its kind uses ("battle")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]+", name)]
    # a short name with a digit counts: "C5" of "Sinclair C5", "U2"
    return [w[:6] for w in words if (len(w) >= 3 or re.search(r"\d", w)) and w not in _PLAIN
            and not w.endswith(("'s", "’s"))]


def off_centre(analysis: Analysis, info: SentenceInfo) -> bool:
    """Whether the sentence lies further down its page and names nothing of the page's name, even by what
    "it" or "the lake" stands for (analysis.shown). Only on a page about one thing: a page of briefs, or a
    book of many stories, is about no one name."""
    if not analysis.single_topic:
        return False
    # Counted from the page's opening paragraph: an infobox's lines above it are no part of the page's prose.
    first = next((i.index for i in analysis.sentences if i.block == analysis.lead_block), 0)
    total = len(analysis.sentences) - first
    if total < 5 or info.block == analysis.lead_block or info.index - first < LATE * total:
        return False
    words = name_words(analysis.topic.strip('"') or analysis.article.title or
                       (analysis.subject.name if analysis.subject else ""))
    if not words:
        return False
    text = analysis.shown(info, info.text).lower()
    return not any(re.search(rf"\b{re.escape(w)}", text) for w in words)
