"""What a page is about: the name it keeps coming back to (its main subject), and that
subject as a question may name it (its title, or the name an encyclopedia's first
sentence defines). Read from the page alone, before any sentence is analysed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .entities import Entity, EntityIndex
from .lexicon import FINITE_VERBS
from .quality import is_prose


def main_subject(entities: EntityIndex, texts: list[str], title: str) -> Entity | None:
    """The name the article is about: the most mentioned one (not a person) in its prose, preferring
    one in the title. Prose only: a news site names itself in every bulletin's opening and close."""
    counts: dict[str, int] = {}
    for text, found in zip(texts, entities.mentions):
        if is_prose(text):
            for m in found:
                if m.entity.kind != "person":
                    counts[m.entity.name] = counts.get(m.entity.name, 0) + 1
    if not counts:
        return None
    in_title = [name for name in counts if title and name in title] or lead_subject(texts, counts, title)
    best = max(in_title or counts, key=lambda name: (counts[name], -entities.entities[name].first))
    return entities.entities[best] if counts[best] >= 2 or in_title else None


# "The Hoover Dam is a ...", "Pioneer 10 is an American space probe", "The Pitcairn Islands (...), officially ...,
# is a group": the name an encyclopedia's first sentence defines.
_TOPIC = re.compile(r"(?P<name>(?:The\s+)?[\"“]?[A-Z0-9][^,.;:()\"”]{0,60}?[\"”]?)(?:\s*\([^()]*\))?(?:,[^.;]{1,90}?,)?"
                    r"\s+(?:is|was|are|were)\s+(?:an?|the|one)\b")
_DEFINES = re.compile(r"(?:\s*\([^)]*\))?(?:,[^,.]{1,80},)?\s+(?:is|was|are|were)\s+(?:an?|the|one)\b")


def lead_subject(texts: list[str], counts: dict[str, int], title: str) -> list[str]:
    """A page without a title line that opens as an encyclopedia does ("Tristan da Cunha, colloquially
    Tristan, is a remote group of islands"): the name it opens with is what it is about, though a page
    run together from two articles may name the other more often."""
    first = next((text for text in texts if is_prose(text)), "")
    if title or not first:
        return []
    opening = first[4:] if first.startswith("The ") else first
    return [name for name in counts if opening.startswith(name) and _DEFINES.match(opening, len(name))]


def page_topic(title: str, subject: str, sentences: Iterable[str]) -> str:
    """What a page on one thing is about, as a question may name it: its title in quotes ("Battle of
    Verdun"), or else the name its first sentence defines, as an encyclopedia opens ("the Hoover Dam" of
    "The Hoover Dam is a concrete ..."). Only a name holding the page's main subject: not a headline,
    a site's menu or a page of briefs. "" when there is none."""
    subject = subject.removeprefix("the ")
    if not subject:
        return ""
    title = " ".join(title.split())
    if title:
        if subject in title and len(title.split()) <= 8 and not re.search(r"[|=]", title) \
                and not any(w.lower() in FINITE_VERBS for w in title.split()):
            return f'"{title}"'
        return ""
    opening = (text.lstrip(" •*-\t") for text in sentences)  # "• Pioneer 10 is ...": a bullet
    first = next((text for text in opening if is_prose(text)), "")
    m = _TOPIC.match(first)
    if not m or subject not in m.group("name"):
        return ""
    name = m.group("name").strip()
    return "the" + name[3:] if name.startswith("The ") else name


def names_topic(topic: str, text: str) -> bool:
    """Whether the text names the topic (any word of its name), or there is no topic to name."""
    words = [w for w in re.findall(r"[A-Z][\w'’–-]+|\d[\w–-]*", topic) if len(w) > 2 or w[0].isdigit()]
    return not words or any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in words)
