"""What fact a figure gives, so that one fact is asked once however the page words it: "a loss of 34 lives"
and "34 people died", "the death toll was at 770" and "at least 770 people have been killed", "September 5,
2006" and "5 September 2006" (rank.py keeps one question a fact)."""

from __future__ import annotations

import re

from .figure import Figure
from .lexicon import FUNCTION_WORDS

_PEOPLE_WORDS = {"lives": "people", "persons": "people", "individuals": "people"}
_FIGURE_OF = re.compile(r"\b([a-z]{3,})\s+(?:of|was|is|at|was\s+at|stood\s+at|reached)?\s*[−-]?$")


def fact_of(fig: Figure, sentence: str) -> str:
    """"count:770:people"; "" when what the figure counts is not known ("three times" of what?)."""
    if fig.kind == "date":
        return f"date:{fig.value:.6f}"
    what = fig.unit or (fig.noun.split() or [""])[-1].lower() or _figure_of(sentence, fig)
    what = _PEOPLE_WORDS.get(what, what)
    return f"{fig.kind}:{fig.value:g}:{what}" if what else ""


def _figure_of(sentence: str, fig: Figure) -> str:
    """What a bare number is the figure of, by the word before it: "magnitude of −5.5", "the death toll was at
    770"."""
    m = _FIGURE_OF.search(sentence[:fig.start])
    return m.group(1) if m and m.group(1) not in FUNCTION_WORDS else ""
