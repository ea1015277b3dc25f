"""How a chart's figures read in words: each value with its qualifier, the
ratio a comparison draws, and the hover text with its evidence.

Kept apart from the drawing so the honesty rules ("fewer than 1,300" is not
1,300; a derived value says it is derived) are tested without a display.
"""

from __future__ import annotations

import math

import msgspec

from .article import quoted
from .bank import Chart
from .numbers import format_number

# Qualifiers that make a value an upper or a lower bound.
UPPER = ("fewer than", "less than", "under", "below", "at most", "up to", "no more than")
LOWER = ("more than", "over", "above", "at least", "may exceed", "exceeds", "exceed", "slightly farther than",
         "farther than")


class ChartValue(msgspec.Struct, frozen=True):
    label: str
    value: float
    qualifier: str
    derived: bool
    note: str
    evidence: str

    @property
    def bound(self) -> str:
        """"upper", "lower" or "" (stated, or only approximate)."""
        q = self.qualifier.lower()
        if any(q.startswith(u) for u in UPPER):
            return "upper"
        if any(q.startswith(lo) for lo in LOWER):
            return "lower"
        return ""


def values(chart: Chart) -> list[ChartValue]:
    n = len(chart.labels)
    pad = lambda seq, fill: tuple(seq) if len(seq) == n else (fill,) * n  # noqa: E731
    return [
        ChartValue(label, value, q, d, note, ev)
        for label, value, q, d, note, ev in zip(
            chart.labels, chart.values, pad(chart.qualifiers, ""), pad(chart.derived, False),
            pad(chart.notes, ""), pad(chart.evidence, ""))
    ]


def amount_text(v: ChartValue, unit: str = "") -> str:
    """'fewer than 1,300 residents', 'nearly 33.3%', '450,000 (implied)'."""
    number = format_number(v.value)
    if unit == "%":
        amount = f"{number}%"
    elif unit:
        amount = f"{number} {unit}"
    else:
        amount = number
    text = f"{v.qualifier} {amount}" if v.qualifier else amount
    return f"{text} (implied)" if v.derived else text


def short_amount(v: ChartValue, unit: str = "") -> str:
    """The label drawn on a bar: the number with its qualifier above it (a
    bar is narrow in a small window), no long unit."""
    number = format_number(v.value) + ("%" if unit == "%" else "")
    text = f"{v.qualifier}\n{number}" if v.qualifier else number
    return f"{text}\n(implied)" if v.derived else text


def hover_text(v: ChartValue, unit: str = "") -> str:
    lines = [f"{v.label}: {amount_text(v, unit)}"]
    if v.note:
        lines.append(v.note)
    elif v.derived:
        lines.append("Worked out from the text, not stated in it.")
    if v.evidence:
        lines.append(quoted(v.evidence))
    return "\n".join(lines)


def ratio_text(chart: Chart) -> str:
    """The ratio a compare or change chart shows, honest about bounds.

    "8 to 1"; "more than 2 to 1" when the first is a lower bound or the
    second an upper one; for change, "more than 46 times fewer".
    """
    if chart.kind not in ("compare", "change") or len(chart.values) < 2:
        return ""
    first, second = values(chart)[:2]
    if first.value == 0 or second.value == 0:
        return ""
    big, small = (first, second) if first.value >= second.value else (second, first)
    ratio = big.value / small.value
    if not math.isfinite(ratio) or ratio <= 0:
        return ""
    shown = format_number(round(ratio)) if ratio >= 10 else format_number(round(ratio, 1))
    # The true ratio is larger when the big value is a lower bound or the
    # small one an upper bound (and both were not derived from each other).
    at_least = big.bound == "lower" or small.bound == "upper"
    if chart.kind == "change":
        direction = "fewer" if second.value < first.value else "more"
        text = f"{shown} times {direction}"
    else:
        text = f"{shown} to 1"
    return f"more than {text}" if at_least else text
