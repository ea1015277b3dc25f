"""Charts of figures that belong together: a number at two times (change),
shares of wholes (share), a figure against what a multiple implies for
another (compare), and a ratio drawn as its two sides (compare)."""

from __future__ import annotations

import random
import re

from ..bank import Chart
from .analysis import Analysis
from .candidates import slug
from .figures import FigureContext
from .lexicon import capitalize
from .reasoning import change_pairs

_OF_NP = re.compile(r"^\s+of\s+(?P<np>(?:[\w’'-]+\s+){0,7}?[\w’'-]+?)(?=\s+(?:is|are|was|were|have|has|had|live|"
                    r"lives|lie|lies|concentrated|taking|took|in\s+the|at|on|would|will|can|could)\b|[,.;:](?!\d)|$)")


def charts_for(analysis: Analysis, contexts: list[FigureContext] | None = None) -> list[Chart]:
    if contexts is None:
        contexts = [FigureContext(analysis, info, fig, random.Random(0))
                    for info in analysis.sentences for fig in info.figures]
    charts: list[Chart] = []
    for pair in change_pairs(contexts):
        a, b = pair.first, pair.second
        unit = a.fig.unit or a.fig.noun or b.fig.noun
        charts.append(Chart(
            id=f"change-{slug(a.fig.noun or b.fig.noun or a.topic, limit=2)}", kind="change",
            title=capitalize(f"{b.fig.noun or 'the figure'}: {a.frame.lead} and {b.frame.lead}"),
            labels=(capitalize(a.frame.lead), capitalize(b.frame.lead)), values=(a.fig.value, b.fig.value),
            unit=unit, qualifiers=(a.fig.qualifier, b.fig.qualifier), evidence=(a.info.text, b.info.text)))
    charts += _shares(contexts)
    for i, ctx in enumerate(contexts):
        if ctx.fig.kind == "ratio" and ctx.fig.value > 1:
            m = re.search(r"(?P<who>[A-Z][\w ’'-]{2,60}?) (?:are|is|were|was) outnumbered\s+$",
                          ctx.info.text[:ctx.fig.start])
            labels = (("Their opponents", m.group("who")) if m else ("Larger side", "Smaller side"))
            title = f"{m.group('who')}: outnumbered {ctx.fig.text}" if m else f"{ctx.fig.text}, as the article puts it"
            charts.append(Chart(
                id=f"ratio-{slug(ctx.fig.text, limit=3)}", kind="compare", title=capitalize(title),
                labels=labels, values=(ctx.fig.value, 1.0), unit="for each one",
                qualifiers=(ctx.fig.qualifier, ""), evidence=(ctx.info.text, ctx.info.text),
                caption=f"According to {ctx.source}." if ctx.source else ""))
    ids: set[str] = set()
    out = []
    for chart in charts:
        if chart.id in ids:
            continue
        ids.add(chart.id)
        out.append(chart)
    return out


def _shares(contexts: list[FigureContext]) -> list[Chart]:
    """Shares given in one paragraph, each of its own whole, as percentages."""
    by_block: dict[int, list[tuple[FigureContext, str]]] = {}
    for ctx in contexts:
        if ctx.fig.kind not in ("fraction", "percent"):
            continue
        m = _OF_NP.match(ctx.info.text[ctx.fig.end:])
        if not m and not ctx.fig.noun:
            continue
        label = ctx.fig.noun or m.group("np")
        by_block.setdefault(ctx.info.block, []).append((ctx, label))
    out = []
    for block, items in by_block.items():
        if len(items) < 2:
            continue
        items = items[:6]
        values = tuple(round(c.fig.value * (100 if c.fig.kind == "fraction" else 1), 1) for c, _ in items)
        sources = {c.source for c, _ in items}
        source = next(iter(sources)) if len(sources) == 1 else ""
        out.append(Chart(
            id=f"shares-{block}", kind="share", unit="%", total=100.0,
            title="Shares" + (f", according to {source}" if source else " given in the article"),
            labels=tuple(capitalize(label) for _, label in items), values=values,
            qualifiers=tuple(c.fig.qualifier for c, _ in items), evidence=tuple(c.info.text for c, _ in items),
            caption="Each value is a share of its own whole." + (" The article notes these figures are unverified."
                                                                if any(c.info.unverified for c, _ in items) else "")))
    return out
