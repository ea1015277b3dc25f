"""Who did what: a question on the name a sentence opens with, when a verb
follows it straight away ("Reporters Without Borders condemned the
decision ..." -> "Which organisation condemned the decision ...?").

A question on the subject needs no change of word order, so it is one of
the few direct questions that are safe to build without a parser.
"""

from __future__ import annotations

import re

from ..bank import TextQuestion
from .analysis import Analysis, SentenceInfo
from .candidates import Candidate, slug
from .entities import Entity, Mention
from .lexicon import FINITE_VERBS, FUNCTION_WORDS, TITLES, VERB_STEMS, third_person
from .page_marks import FOOTNOTE
from .quality import is_prose

_APPOSITION = re.compile(r"^,\s+[^,]{3,60},\s+")  # "Snow, a physician,"
_CLAUSE_END = re.compile(r",\s+(?:which|who|whose|where|while|but|although|though|as|after|before|when|because|"
                         r"according|leading|saying|adding)\b|;|\s+[—–]\s+|:\s|\.\s*$|\?|!")
_KIND_WORDS = {"person": "Who", "org": "Which organisation"}
_SINGULAR = {"have": "has", "are": "is", "were": "was"}
_PAST_AS_STEM = frozenset("put cut hit cost".split())  # the past is the stem, and news tells the past
_AUXILIARIES = frozenset("has have had will would could can may might is are was were".split())


def who_candidates(analysis: Analysis) -> list[Candidate]:
    out = []
    for info in analysis.sentences:
        if not info.mentions or not is_prose(info.text, info.section):
            continue
        for mention in info.mentions[:3]:
            cand = _who(analysis, info, mention)
            if cand is not None:
                out.append(cand)
                break
    return out


# What may stand before the subject of the main clause: an opening phrase with its comma
# ("Yesterday in Nigeria, "), then a few words of description ("former Liberian president ").
_OPENING = re.compile(r"^(?P<opening>(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6}),\s+)?"
                      r"(?P<descr>(?:(?:the|The|former|Former|then|new|late|[A-Z][a-z]+(?:an|ish|ese|i)|[a-z]+)\s+)"
                      r"{0,4})$")


def _who(analysis: Analysis, info: SentenceInfo, mention: Mention) -> Candidate | None:
    s = info.text
    e = mention.entity
    if re.search(r"['’]s\s", mention.text):
        return None  # "Gen. Meade's Army of the Potomac": "Meade's army", "the Army of the Potomac" are right too
    lead = _OPENING.match(s[:mention.start])
    if not lead or e is analysis.entities.main or any(w in FINITE_VERBS for w in lead.group("descr").lower().split()):
        return None
    main = analysis.entities.main
    if main is not None and re.search(rf"\b{re.escape(main.name)}\b", mention.text):
        return None  # "The Blackpool Tower Company" on the page on Blackpool Tower: the title gives it away
    opening = (lead.group("opening") or "").strip(" ,")
    if re.match(r"(?:One|A|An|Another|The)\s+[a-z]+,?$", opening):
        return None  # "One economist, Wee, wrote ...": the name is a description's apposition, not who acts
    opening = re.sub(r"^(?:Yesterday|Today|Tomorrow|Earlier|Later|Meanwhile|On \w+day)\s*", "", opening).strip(" ,")
    dated = re.match(r"(?:In|By|On|During|Since|From|Until|Beginning in)\s+(?:\w+\s+)?(?:1\d{3}|20\d\d)\b$", opening)
    if opening and (len(opening.split()) > 5 or not (dated or re.search(r"\b[A-Z][a-z]", opening.split(" ", 1)[-1]))
                    or len(opening.split()) == 1):
        # keep a place or a time that names something ("In Nigeria", "In 1684": without it, the companies that
        # took over before and after would answer too), drop the rest
        opening = ""
    rest = FOOTNOTE.sub("", s[mention.end:])  # "... after Gandhi's expected arrest.[12]": the page's mark goes
    rest = _APPOSITION.sub(" ", rest, count=1) if e.kind == "person" else rest
    words = rest.split()
    verb_at = 0
    while verb_at < len(words) and words[verb_at].lower() in ("also", "recently", "later", "then", "now", "still",
                                                               "on", "tuesday", "monday", "wednesday", "thursday",
                                                               "friday", "saturday", "sunday", "yesterday", "today"):
        verb_at += 1
    if verb_at >= len(words):
        return None
    verb = words[verb_at].lower()
    if verb in _AUXILIARIES and verb_at + 1 < len(words):
        verb = words[verb_at + 1].lower()  # "has released", "was named": the participle must follow
        if verb == "been" and verb_at + 2 < len(words):
            verb = words[verb_at + 2].lower()
        if not verb.endswith(("ed", "en", "wn", "ne", "un")) and verb not in FINITE_VERBS:
            return None
    elif verb in FUNCTION_WORDS or not (verb in FINITE_VERBS or verb.endswith("ed")):
        return None
    if len(words) > 1 and words[1].lower() in ("are", "is", "were", "was", "have", "has"):
        return None  # "The Young Company shows are free": the name qualifies "shows", which do it
    if e.kind == "org" and verb in ("reported", "reports", "wrote", "writes", "quoted", "published"):
        return None  # "which organisation reported that ...": the newspaper that ran it is not what happened
    predicate = " ".join(words)
    end = _CLAUSE_END.search(predicate)
    predicate = predicate[:end.start()] if end else predicate
    predicate = predicate.strip(" ,.")
    n = len(predicate.split())
    if n < 4 or n > 24 or re.search(r"\b(?:it|its|they|their|them)\b", predicate):
        return None
    if any(name and re.search(rf"\b{re.escape(name)}\b", predicate) for name in (mention.text, e.name, e.short)):
        return None  # "... and Akashi was appointed head of the UNTAC": the answer in the question
    headline = analysis.headline(info).lower()
    if e.kind not in ("person", "org") or mention.text.lower() in headline or (e.short and e.short.lower() in headline):
        return None  # "which place continues to send units?": only people and bodies act; or the headline tells
    what = _KIND_WORDS.get(e.kind) or f"Which {_place_word(e)}"
    # "The Conservative Party have called on ...": British English's plural, but "which organisation has"
    parts = predicate.split(" ")
    at = min(verb_at, len(parts) - 1)  # after "also", "still", "now"
    done = parts[at]
    if done in VERB_STEMS and done not in _PAST_AS_STEM:  # "The rebels hit the town": read as the past
        done = third_person(done)  # "IS hold a large swathe": "which organisation holds"
    parts[at] = _SINGULAR.get(done, done)
    predicate = " ".join(parts)
    # Typed, not chosen: the article's other names are too often not of the same sort to be fair wrong choices.
    answer = e.label if e.kind == "person" and e.short and mention.text.endswith(e.short) else mention.text
    words = mention.text.split()
    titled = [i for i, w in enumerate(words[:-1]) if w in TITLES]
    if e.kind == "person" and titled:
        answer = " ".join(words[titled[-1] + 1:])  # "U.S. President James Madison": the man, not his office
    accept = tuple(v for v in dict.fromkeys((e.name, e.short, mention.text, analysis.spelled_out.get(answer, "")))
                   if v and v != answer)
    prompt = f"{opening[0].upper()}{opening[1:]}, {what[0].lower()}{what[1:]} {predicate}?" if opening else \
        f"{what} {predicate}?"
    if not analysis.stands_alone(info, f"{opening + ', ' if opening else ''}{e.name} {predicate}"):
        return None
    q = TextQuestion(id="", topic="names", prompt=prompt, answer=answer, accept=accept,
                     evidence=(s,), explain=f'The article says: "{s}"')
    # Only worth asking when what was done is itself something to learn: a figure, a name, a date.
    content = re.search(r"\d|\b[A-Z][a-z]", predicate)
    score = (0.55 + (0.05 if e.kind in ("person", "org") else 0)) if content else 0.45
    return Candidate(q, f"Who did what: the {e.kind} \"{mention.text}\" and what the sentence says it did", "names",
                     "who", "who-" + slug(mention.text, predicate, limit=3), f"who:{info.index}", info.index, score)


def _place_word(e: Entity) -> str:
    if e.nouns:
        return e.nouns.most_common(1)[0][0]
    return "place"
