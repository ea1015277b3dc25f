"""What the page says its subject is the most of: "Mount Elbrus is the highest mountain in Europe", "The Niger is
the third-longest river in Africa". Read blind, the readers of sets 27 to 30 named such claims again and again as
the point a draft left unasked (the oldest university in the Americas, the first feathered dinosaur), while it
blanked a side number instead.

The question blanks the claim's rank and word in its sentence, and the wrong choices are the same word at other
ranks and, where the word has one, its opposite ("highest", "lowest", "second-highest", "second-lowest"): only the
rank the page states fits, no choice stands out by its form, and none is a claim the page makes about something
else.
"""

from __future__ import annotations

import random
import re

from ..bank import ChoiceQuestion
from .analysis import Analysis, SentenceInfo
from .candidates import Candidate, slug
from .quality import is_prose

# "is the highest mountain", "was the third-longest river", "remains the deadliest accident": a claim of rank
_CLAIM = re.compile(r"\b(?:is|was|are|were|remains|remained|became|becomes)\s+(?:also\s+|still\s+|now\s+)?the\s+"
                    r"(?:(?:world|country|nation|continent|[A-Z][a-z]+)['’]s\s+)?"  # "the world's largest"
                    r"(?P<claim>(?:(?P<rank>second|third|fourth|fifth)[\s-])?(?P<word>[a-z]{3,}est|first|"
                    r"most\s+(?:populous|visited|circulated|massive|powerful|expensive|abundant|remote|distant|active|"
                    r"destructive|intense|costly|valuable|watched|spoken)))\s+"
                    r"(?P<what>[a-z][\w'’-]*(?:\s+(?:(?:[A-Z]\.){2,}|[\w'’-]+)){0,8})")  # "in U.S. history"
# Where the phrase after a superlative has ended: "and lies southeast of", "and one of history's largest", "and
# sponsored by", "but" (not "cut and faceted diamond", "producer and exporter of beer", "between the Soviet and an")
_NEXT_CLAUSE = re.compile(r"\s+(?:but|while)\b|\s+(?:and|or)\s+(?:the|an?|one|its|is|was|lies|has|had|"
                          r"[a-z]+ed\s+(?:by|in|at|on|to|from))\b")


def _what(phrase: str) -> str:
    """The phrase a superlative ranks in, as far as its own clause goes."""
    end = _NEXT_CLAUSE.search(phrase)
    phrase = phrase[:end.start()] if end and "between " not in phrase[:end.start()] else phrase
    # cut off mid-clause (eight words at most): not "the four Collins steamers that"
    return re.sub(r"(?:\s+(?:that|which|who|of|the|an?|and|or|in|on|to|at|by|for|with|from|prior|before|after))+$", "",
                  phrase)


_RANKS = ("", "second", "third", "fourth", "fifth")
# "-est" words that are no superlative
_NOT_SUPERLATIVE = frozenset("best west forest interest honest modest guest nest rest test chest pest protest contest "
                             "request harvest suggest manifest arrest conquest".split())
# "the second-longest river in Europe, after the Volga": what ranks above it tells the rank
_RANKED_BY = re.compile(r"\b(?:after|behind|exceeded by|surpassed by|second only to|second to|only to|following)\b")
# "oldest" has none: "newest" suits a building and "youngest" a person, and the claim may be of either
_OPPOSITES = {"highest": "lowest", "lowest": "highest", "largest": "smallest", "smallest": "largest",
              "biggest": "smallest", "longest": "shortest", "shortest": "longest",
              "youngest": "oldest", "tallest": "shortest", "deepest": "shallowest", "widest": "narrowest",
              "narrowest": "widest", "heaviest": "lightest", "fastest": "slowest", "hottest": "coldest",
              "coldest": "hottest", "wettest": "driest", "driest": "wettest", "richest": "poorest",
              "poorest": "richest", "busiest": "quietest"}
_OPENING = 6
SCORE = 0.6  # below the central figures of a lead, above a side count: kept where a page has few figures


def superlative_candidates(analysis: Analysis, rng: random.Random) -> list[Candidate]:
    """At most one question: the first claim of rank the page's opening sentences make of its subject."""
    if not analysis.single_topic or analysis.subject is None:
        return []
    # The opening of the page: its first sentences of prose, under any infobox
    for info in [info for info in analysis.sentences if is_prose(info.text, info.section)][:_OPENING]:
        m = _CLAIM.search(info.text)
        if m and m.group("word") not in _NOT_SUPERLATIVE and _about_the_subject(analysis, info, m.start()):
            cand = _question(analysis, info, m, rng)
            if cand:
                return [cand]
    return []


def _about_the_subject(analysis: Analysis, info: SentenceInfo, at: int) -> bool:
    """The claim's subject is the page's: its name opens the sentence or its clause, or "it" stands for it."""
    subject = analysis.subject.name if analysis.subject else ""
    shown = analysis.shown(info, info.text[:at])
    if subject and info.refs.it == subject and re.search(r"\b[Ii]t\s*$", shown):
        return True
    at_name = shown.lower().rfind(subject.lower()) if subject else -1
    if at_name < 0:
        return False
    # What stands between the name and its verb: a bracket or a bracketed name, not "'s neighbour Antwerp"
    between = re.sub(r"\([^()]*\)|\[|\]", "", shown[at_name + len(subject):])
    return not re.match(r"['’]s\b", between) and not re.search(r"[A-Z]", between)


def _question(analysis: Analysis, info: SentenceInfo, m: re.Match[str], rng: random.Random) -> Candidate | None:
    word, rank, claim = m.group("word"), m.group("rank") or "", m.group("claim")
    if re.search(rf"\b{re.escape(claim)}\b", analysis.headline(info), re.IGNORECASE):
        return None  # the title says it already
    rest = info.text[:m.start("claim")] + info.text[m.end("claim"):]
    # "the oldest university in Poland, the second oldest in Central Europe": ranks the sentence shows elsewhere
    shown = {(r.group(1) or "").lower() for r in re.finditer(rf"\b(?:({'|'.join(_RANKS[1:])})[\s-])?{word}\b", rest)}
    if rank in shown or _RANKED_BY.search(info.text, m.end("claim")) or m.group("what").startswith(("of ", "in a ")):
        return None  # "after the Volga", "the first of the two": the rank shows; "the first in a series": no claim
    if re.match(r"\s+and\s+(?:most\s+)?[a-z]+est\b", info.text[m.end("claim"):]):
        return None  # "the ____ and busiest airport": only the first of ranks is both
    if word == "first":  # "the first space station": first of them, and no "second-first"
        key = "first"
        wrong = [w for w in ("second", "third", "last", "fourth") if not re.search(rf"\b{w}\b", rest)]
    else:
        # "second-largest" or "second largest", as the page writes it
        seps = re.findall(rf"\b(?:{'|'.join(_RANKS[1:])})([\s-]){word}\b", info.text)
        sep = claim[len(rank)] if rank else seps[0] if seps else " " if word.startswith("most") else "-"
        key = claim
        wrong = [f"{r}{sep}{word}" if r else word for r in _RANKS if r != rank and r not in shown]
        opposite = _OPPOSITES.get(word)
        if opposite and not re.search(rf"\b{opposite}\b", rest):
            # "highest" among "second-highest" and "third-highest" was the one plain word, and guessed so (sets 46,
            # 47): the opposite word at the same rank and another makes the direction the thing to know
            other = wrong[0].replace(word, opposite)
            wrong = [f"{rank}{sep}{opposite}" if rank else opposite, wrong[0], other]
    if len(wrong) < 3:
        return None
    choices = [key, *wrong[:3]]
    text = info.text[:m.start("claim")] + "____" + info.text[m.end("claim"):]
    blanked = analysis.shown(info, text)
    if "____" not in blanked or not analysis.stands_alone(info, blanked):
        return None
    rng.shuffle(choices)
    words = "words complete" if any(" " in c for c in choices) else "word completes"  # "fourth longest"
    q = ChoiceQuestion(id="", topic="records", prompt=f'Which {words} this sentence '
                                                    f'{analysis.from_the_article(blanked)}? "{blanked}"',
                       choices=tuple(choices), answer=key, evidence=(info.text,),
                       explain=f'The article says: "the {claim} {_what(m.group("what"))}".')
    return Candidate(q, f'A claim of rank the page makes of its subject: "{claim}"', "records", "superlative",
                     slug(claim, m.group("what"), limit=3), f"sup:{info.index}", info.index, SCORE)
