"""What "the delta" or "the city" names in a sentence: the name just mentioned that ends in that word, or
the page's own subject."""

from __future__ import annotations

import re

from .entities import Entity, Mention, takes_the
from .lexicon import FINITE_VERBS, GENERIC_AFTER, PLACE_EVENTS

# not "the river Arno": named there; "This stamp" opening a sentence, only as the page's own kind of thing
_THE_NOUN = re.compile(r"(?:\b[Tt]he|^This) ([a-z]{3,})\b(?!\s+of\b)(?!\s+[A-Z])" + GENERIC_AFTER)


def things_named(sentence: str, recent: list[list[Entity]], main: Entity | None, may_resolve: bool,
            main_nouns: frozenset[str], with_the: set[str], new_block: bool,
            mentions: list[Mention] = (), title: str = "") -> tuple[tuple[str, str], ...]:
    """What "the delta" or "the city" names: the name just mentioned that ends in
    that word ("Danube Delta"), or that the article calls one ("Pokrovsk, a city").
    Opening a paragraph, "the bridge" is the article's own subject more often than
    the thing the paragraph before mentioned in passing: only the subject is taken."""
    out = []
    for m in _THE_NOUN.finditer(sentence):
        noun = m.group(1)
        if noun.capitalize() in {n.group(1) for n in _NAMED_AS.finditer(sentence)}:
            continue  # "the bridge deck of the Royal Gorge Bridge", "the IOC ... at the committee's session"
        own = main is not None and (noun in _ends(main.name) or noun in main_nouns)
        if m.group().startswith("This") and not own:
            continue  # "This agreement" after another treaty was named: that one, not the page's
        if own:
            # The article's own subject first: "the lake" in an article on Lake Peipus is Lake Peipus,
            # though "Warm Lake", a part of it, was named a sentence ago (and "an African Great Lake" is
            # what Lake Tanganyika is, no other lake).
            out.append((noun, _as_named(main, noun, with_the)))
            continue
        # Two things it could be in the last few sentences ("the Arecibo Telescope ... surpassed by FAST"): neither
        fits = {e.name: e for entities in ([] if new_block else recent) for e in entities
                if noun in _ends(e.name) or noun in e.nouns}
        if title.endswith(f" {noun.capitalize()}"):
            # "the party" on the page "People's Progressive Party" is the page's own, never the other party just
            # named ("the British Guiana Labour Party"): left as the sentence has it unless it is the title's name
            fits = {name: e for name, e in fits.items() if re.sub(r"^(?:The\s+)?(?:\d{4}\s+)?", "", title) == name}
            if not fits:
                continue
        if len(fits) == 1:
            (entity,) = fits.values()
            out.append((noun, _as_named(entity, noun, with_the)))
        elif not fits:
            if main is not None and may_resolve and noun in main_nouns:
                out.append((noun, _as_named(main, noun, with_the)))
    # "[the Treaty]" for "the treaty" names nothing more
    return tuple((noun, name) for noun, name in out if name.lower().removeprefix("the ") != noun)


# The kinds of thing whose names open with the kind: "Lake Tanganyika" is "the lake".
_KIND_FIRST = frozenset("lake mount river cape fort port gulf bay isle island university battle siege treaty "
                        "kingdom republic county".split())


def _ends(name: str) -> tuple[str, ...]:
    """The words of a name that "the <word>" may stand for: its last, and its first when that is a kind."""
    words = name.lower().split()
    if name.islower() and len(words) > 1:
        return ()  # "the cruzeiro real" has no shorter name: "the real" is the next currency
    ends = (words[-1], words[0]) if words[0] in _KIND_FIRST else (words[-1],)
    if takes_the(name) and "of" in words[1:]:  # "the Great Siege of Malta": "the siege"
        return (*ends, words[words.index("of", 1) - 1])
    return ends


# A capitalised word after another, at every place it can start ("Royal Gorge Bridge": "Gorge" and "Bridge").
_NAMED_AS = re.compile(r"(?=\b[A-Z][\w'’-]*\s+([A-Z]\w*))")


def _as_named(entity: Entity, noun: str, with_the: set[str]) -> str:
    """The name as it stands for "the siege": "the Great Siege" (a name ending in that noun, or one the
    article writes with "the"), "Pokrovsk"."""
    name = entity.name
    words = name.split()
    if (noun in PLACE_EVENTS or noun in entity.written_with) and noun not in name.lower().split():
        # "the earthquake" in an article on the Kashmir earthquake: not "[Kashmir]"; "the company" where the
        # article writes "the South Sea company": not "[the South Sea]"
        # not "the NASA's Opportunity rover", but "the Hawke's Bay earthquake"
        the = "" if re.search(r"['’]s\b", name) and entity.kind != "place" else "the "
        return f"{the}{name} {noun}"
    if re.search(r"['’]s\b", name):
        return name  # "NASA's Mars Reconnaissance Orbiter" for "the orbiter": not "the NASA's ..."
    ends_in_noun = len(words) > 1 and words[-1].lower() == noun != "island"  # "the Danube Delta", "Easter Island"
    return f"the {name}" if name in with_the or takes_the(name) or ends_in_noun else name


def opened_by_noun(sentence: str, things: tuple[tuple[str, str], ...]) -> str:
    """"The tour garnered positive reviews": the thing "the tour" names, which an "It" opening the next sentence
    carries on with; "" when the sentence opens otherwise."""
    m = re.match(r"The ([a-z]{3,}) ([a-z]+)\b", sentence)
    if not m or not (m.group(2) in FINITE_VERBS or m.group(2).endswith("ed")):
        return ""
    return next((name for noun, name in things if noun == m.group(1)), "")


def opens_with_a_part(sentence: str) -> bool:
    """Whether the sentence opens with a built part of something: "The plant's power house was hewn from solid
    granite", after which "It" means the power house, not the page's station. Not "The device was found ...",
    which may be the page's mechanism by another name, nor "The dam's construction was completed in 1990. It is
    169 m high", whose "It" is still the dam."""
    opening = rf"The\s+[a-z]+['’]s\s+(?:[a-z-]+\s+){{0,2}}?{_BUILT_PARTS}\s+(?:was|is|were|are|has|had|[a-z]+ed)\b"
    return re.match(opening, sentence) is not None


# The built parts of a place or a work, each a thing of its own that an "It" after it may mean
_BUILT_PARTS = (r"(?:house|hall|building|tower|reservoir|chamber|tunnel|wing|shaft|spillway|lock|gate|terminal|"
                r"runway|harbou?r|port|pier|bridge|nave|dome|crypt|keep|wall)")
