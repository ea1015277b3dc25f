"""What a page's infobox says beside its prose, where the two disagree: when it was founded, its area, its length.

Copied pages keep their infobox as lines of "Label | value |", "- Label: value"
or "Label value" run together ("Founded1581"). When the prose says the Levant
Company was "formed in 1592" and the infobox "Founded | 1581", or the prose
gives the Thar Desert 200,000 km² and the infobox 238,254 km², a student who
read the whole page has two answers: readers marked such questions ambiguous.
A figure whose infobox entry gives another value is not asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .figure import Figure
from .quantities import find_figures

# The infobox labels read, by what they give.
_LABELS = {
    "founded": "founded", "established": "founded", "formed": "founded",
    "area": "area", "total area": "area",
    "length": "length", "total length": "length",
}
_LINE = re.compile(r"^[ \t]*(?:-\s*)?(?P<label>Founded|Established|Formed|Total area|Area|Total length|"
                   r"Length)(?:\s*[|:=]\s*|\s+|(?=\d))(?P<value>[^|\n]*\d[^|\n]*)", re.MULTILINE)

# What the prose around a figure says it is (the words just before it, or its unit).
_FOUNDED = re.compile(r"\b(?:founded|established|formed|created|incorporated|chartered)\b[^.;]{0,30}$", re.IGNORECASE)


@lru_cache(maxsize=8)
def infobox_figures(text: str) -> dict[str, tuple[Figure, ...]]:
    """The figures each infobox entry gives, by what it gives ("founded": the year 1581)."""
    out: dict[str, list[Figure]] = {}
    for m in _LINE.finditer(text):
        value = re.sub(r"\[\w*\s*\d*\]", "", m.group("value"))  # "61,029[2][3] (2023)": the marks go
        figures = find_figures(value)
        if figures:
            out.setdefault(_LABELS[m.group("label").lower()], []).append(figures[0])
    return {k: tuple(v) for k, v in out.items()}


def _aspect(fig: Figure, sentence: str) -> str:
    """What the figure gives, in the infobox's terms, or ""."""
    before = sentence[:fig.start]
    if fig.kind in ("year", "date") and _FOUNDED.search(before):
        return "founded"
    if fig.dimension == "area":
        return "area"
    if fig.dimension == "length" and re.search(r"\b(?:long|length)\b", sentence[fig.end:fig.end + 20] + before[-30:]):
        return "length"
    return ""


def _same(fig: Figure, other: Figure) -> bool | None:
    """Whether two figures give one value; None when they cannot be compared: other units, or sizes so far
    apart that they are of other times (Lake Chad's 2,000 km² now, 400,000 km² in the African humid period)."""
    if fig.kind in ("year", "date") or other.kind in ("year", "date"):
        return int(fig.value) == int(other.value) if {fig.kind, other.kind} <= {"year", "date"} else None
    if fig.unit != other.unit or fig.kind != other.kind or not 0.5 <= fig.value / other.value <= 2:
        return None
    return abs(fig.value - other.value) <= 0.01 * max(abs(fig.value), abs(other.value))


def infobox_disagrees(fig: Figure, sentence: str, text: str) -> bool:
    """Whether the page's infobox gives this figure's thing another value, and none that matches it."""
    aspect = _aspect(fig, sentence)
    if not aspect:
        return False
    verdicts = [_same(fig, other) for other in infobox_figures(text).get(aspect, ())]
    return any(v is False for v in verdicts) and not any(v for v in verdicts)
