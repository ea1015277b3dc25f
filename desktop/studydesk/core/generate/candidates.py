"""A question the generator might keep: the question itself, a comment saying
where it came from, its topic and how much it matters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..bank import Question
from .figure import Figure

_TOPICS = (
    ("population", re.compile(r"\b(?:population|residents|inhabitants|people live|citizens|villagers)\b")),
    ("losses", re.compile(r"\b(?:killed|wounded|casualties|losses|deaths|died|dead|death toll)\b")),
    ("money", re.compile(r"\b(?:cost|euros|dollars|pounds|budget|price|spent|funding)\b")),
)


@dataclass
class Candidate:
    """One possible question. Many are made, few are kept: rank.py keeps the
    best-scored, one to a sentence, spread over the article and across kinds."""

    question: Question
    comment: str
    topic: str
    origin: str  # figure, truefalse, reasoning, name, stakes, order, match, sources, written
    slug: str  # readable part of the id
    key: str = ""  # what it asks about: two candidates with one key are one question asked twice
    sentence: int | None = None  # the sentence it asks about; None for questions on several
    score: float = 0.5  # how likely a teacher is to keep it, from 0 to 1
    why: tuple[str, ...] = ()  # what lowered the score, for --audit
    fact: str = ""  # the figure asked, wherever it stands: two candidates with one fact ask one thing


def topic_of(fig: Figure, text: str) -> str:
    lower = text.lower()
    if fig.kind in ("fraction", "percent"):
        return "shares"
    if fig.kind in ("ratio", "multiple"):
        return "ratios"
    for name, pattern in _TOPICS:
        if pattern.search(lower) or pattern.search(fig.noun.lower()):
            return name
    if fig.kind in ("year", "date", "decade", "ordinal") or fig.dimension == "duration":
        return "timeline"
    if fig.dimension == "length":
        return "distances"
    if fig.dimension:
        return "measures"
    return "figures"


_SLUG_STOP = frozenset("the a an of in on at to for by with and or is are was were how many what which when "
                       "according article roughly about did does do has have had that this it its".split())


def slug(*texts: str, limit: int = 3) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", " ".join(texts).lower()) if w not in _SLUG_STOP]
    return "-".join(words[:limit]) or "q"
