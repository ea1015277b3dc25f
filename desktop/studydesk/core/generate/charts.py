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

_OF_NP = re.compile(r"^\s+of\s+(?P<np>(?:(?:\d[\d,.]*[\w-]*|[\w’'-]+)\s+){0,7}?(?:\d[\d,.]*[\w-]*|[\w’'-]+?))(?=\s+(?:is|are|was|were|have|has|had|live|"
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
    charts += _shares(contexts, analysis.subject.name if analysis.subject else "")
    charts += _implied(contexts)
    for i, ctx in enumerate(contexts):
        if ctx.fig.kind == "ratio" and ctx.fig.value > 1:
            m = re.search(r"(?P<who>[A-Z][\w ’'-]{2,60}?) (?:are|is|were|was) outnumbered\s+$",
                          ctx.info.text[:ctx.fig.start])
            if not m:
                continue  # a ratio with no sides named draws nothing a reader can label
            labels = ("Their opponents", m.group("who"))
            title = f"{m.group('who')}: outnumbered {ctx.fig.text}"
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


_SUBJECT_END = re.compile(r"\s+(?:since|may|might|is|are|was|were|has|have|had|will|would|can|could|in|at|"
                          r"from|during)\b")


def _implied(contexts: list[FigureContext]) -> list[Chart]:
    """"900,000 — more than twice Ukraine's": the figure against what it implies for the other side."""
    out = []
    for main, mult in zip(contexts, contexts[1:]):
        fig, m = main.fig, mult.fig
        if mult.info is not main.info or m.kind != "multiple" or m.value <= 1 or fig.kind not in ("count", "measure"):
            continue
        other = re.match(r"^\s*(?:that of )?(?P<o>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", mult.info.text[m.end:])
        if not other or main.frame is None:
            continue
        body = main.frame.body.split("\u27e6")[0]
        subject = _SUBJECT_END.split(body)[0].strip()
        if not subject or len(subject.split()) > 6:
            continue
        name = re.sub(r"['’]s?$", "", other.group("o"))
        bound = "less than" if m.bound == "lower" else "about"
        unit = fig.unit_name if fig.unit else (fig.noun or "")
        out.append(Chart(
            id=f"implied-{slug(name, limit=2)}", kind="compare", title=capitalize(f"{subject} and what "
                                                                                  f"\"{m.text}\" implies"),
            labels=(capitalize(subject), f"{name} (implied)"), values=(fig.value, round(fig.value / m.value)),
            unit=unit, qualifiers=("more than" if fig.bound == "lower" else fig.qualifier, bound),
            derived=(False, True),
            notes=("", f"Not stated: \"{m.text} {other.group('o')}\" puts it at {bound} "
                       f"{fig.display()} ÷ {m.value:g}."),
            evidence=(main.info.text, main.info.text),
            caption=f"According to {main.source}." if main.source else ""))
    return out


def _shares(contexts: list[FigureContext], subject: str) -> list[Chart]:
    """Shares the article gives, each of its own whole, as percentages: one chart per source."""
    by_source: dict[str, list[tuple[FigureContext, str]]] = {}
    for ctx in contexts:
        if ctx.fig.kind not in ("fraction", "percent"):
            continue
        m = _OF_NP.match(ctx.info.text[ctx.fig.end:])
        if not m and not ctx.fig.noun:
            continue
        label = ctx.fig.noun or m.group("np")
        if subject and re.match(r"(?:its|the city['’]s|the town['’]s) ", label, re.IGNORECASE):
            label = f"{subject}'s {label.split(' ', 1)[1]}" if label.lower().startswith("its ") else \
                f"{subject}'s {label.split(' ', 2)[2]}"
        by_source.setdefault("", []).append((ctx, label))
    out = []
    for _, items in by_source.items():
        if len(items) < 2:
            continue
        items = items[:6]
        values = tuple(round(c.fig.value * (100 if c.fig.kind == "fraction" else 1), 1) for c, _ in items)
        sources = {c.source for c, _ in items}
        source = next(iter(sources)) if len(sources) == 1 else ""
        named = sorted(s for s in sources if s)
        out.append(Chart(
            id="shares-" + (slug(source, limit=2) if source else "article"), kind="share", unit="%", total=100.0,
            title="Shares" + (f", according to {source}" if source else " given in the article"),
            labels=tuple(capitalize(label) for _, label in items), values=values,
            qualifiers=tuple(c.fig.qualifier for c, _ in items), evidence=tuple(c.info.text for c, _ in items),
            caption="Each value is a share of its own whole." + (
                f" Sources: {', '.join(named)}." if named and not source else "") + (
                " The article notes some of these figures are unverified."
                                                                if any(c.info.unverified for c, _ in items) else "")))
    return out
