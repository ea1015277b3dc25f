"""A dated event in a few words: the clause around a date, the date taken out
("the full-scale invasion began" for "... began in 2022")."""

from __future__ import annotations

import re

from .figures import FigureContext
from .lexicon import FINITE_VERBS, capitalize

_PUNCT = re.compile(r"[,;:](?!\d)|\s[—–]\s|—")
_TRAILING = re.compile(r"\s+(?:after|before|since|until|by|in|on|from|of)$", re.IGNORECASE)
_DET = frozenset("the a an its their this that these those his her our".split())
_DATE_PREP = re.compile(r"\s*\b(?:in|on|since|by|from)\s*$", re.IGNORECASE)


def event_text(ctx: FigureContext) -> str:
    s, fig = ctx.info.text, ctx.fig
    before = _DATE_PREP.sub("", s[:fig.start])
    clause = _PUNCT.split(before)[-1].strip()
    clause = re.split(r"(?:^|\s)(?:since|when|after|before|until|while|as|because|that|which|who|where|but)\s+",
                      clause)[-1].strip()
    clause = re.sub(r"^(?:and|but|so|yet)\s+", "", _TRAILING.sub("", clause))
    after = _PUNCT.split(s[fig.end:])[0].strip().rstrip(".")
    if re.match(r"^(?:In|On|By)$", clause) or not clause:
        clause = after  # "In June 2013, heavy rain ..."
    elif after and len(clause.split()) < 4 and not re.match(r"^(?:and|but|with|after|before)\b", after):
        clause = f"{clause} {after}"
    words = clause.split()
    if not words or words[0].lower() in FINITE_VERBS or not any(
            (w.lower() in FINITE_VERBS or (w.endswith("ed") and i)) and i and words[i - 1].lower() not in _DET
            and not words[i - 1].endswith("est") for i, w in enumerate(words)):
        return ""  # no subject, or no verb: not an event
    if len(words) < 2 or len(words) > 14 or re.search(r"\b(?:it|its|they|their|he|she|this|these|another)\b", clause,
                                                     re.IGNORECASE):
        return ""
    if any(ch.isdigit() for ch in clause) and re.search(r"\b1\d{3}\b|\b20\d{2}\b", clause):
        return ""
    return capitalize(clause)
