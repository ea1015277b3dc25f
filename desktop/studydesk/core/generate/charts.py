"""Charts of figures that belong together: a number at two times (change),
shares of wholes (share), a figure against what a multiple implies for
another (compare), and a ratio drawn as its two sides (compare)."""

from __future__ import annotations

import random
import re

from ..bank import Chart
from .analysis import Analysis
from .candidates import slug
from .clause import SLOT
from .figures import FigureContext
from .lexicon import FINITE_VERBS, FUNCTION_WORDS, capitalize
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
        # Named by what the figure is of ("Pokrovsk's population"), else by what it counts.
        holder = re.split(r"\s+(?:is|are|was|were|stood|stands|reached|fell|rose)\b", a.frame.body)[0].strip()
        what = holder if a.frame.body.find(SLOT) > len(holder) and 0 < len(holder.split()) <= 5 \
            else b.fig.noun or "the figure"
        charts.append(Chart(
            id=f"change-{slug(a.fig.noun or b.fig.noun or a.topic, limit=2)}", kind="change",
            title=capitalize(f"{what}: {a.frame.lead} and {b.frame.lead}"),
            labels=(capitalize(a.frame.lead), capitalize(b.frame.lead)), values=(a.fig.value, b.fig.value),
            unit=unit, qualifiers=(a.fig.qualifier, b.fig.qualifier), evidence=(a.info.text, b.info.text)))
    charts += _from_to(contexts)
    charts += _shares(contexts, analysis.subject.name if analysis.subject else "")
    charts += _implied(contexts)
    for i, ctx in enumerate(contexts):
        if ctx.fig.kind == "ratio" and ctx.fig.value > 1:
            m = re.search(r"(?P<who>[A-Z][\w ’'-]{2,60}?) (?:are|is|were|was) outnumbered\s+$",
                          ctx.info.text[:ctx.fig.start])
            if not m:
                continue  # a ratio with no sides named draws nothing a reader can label
            labels = ("Opponents", m.group("who"))
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


_FROM_TO = re.compile(r"\bfrom\s+$")
_TO = re.compile(r"^(?:\s+in\s+(?P<y1>1\d{3}|20\d{2}))?\s+to\s+$")


def _from_to(contexts: list[FigureContext]) -> list[Chart]:
    """"rose from 1.2 million in 2010 to 1.5 million in 2020": a figure at two times."""
    out = []
    for i, a in enumerate(contexts):
        b = next((c for c in contexts[i + 1:i + 3] if c.info is a.info and c.fig.kind == a.fig.kind), None)
        if b is None:
            continue
        fa, fb = a.fig, b.fig
        s = a.info.text
        if fa.kind not in ("count", "measure", "percent"):
            continue
        if fa.unit != fb.unit or not _FROM_TO.search(s[:fa.start]):
            continue
        between = _TO.match(s[fa.end:fb.start])
        after = re.match(r"^\s+in\s+(1\d{3}|20\d{2})\b", s[fb.end:])
        if not between or not between.group("y1") or not after:
            continue  # the two times must be named to label the bars
        what = fb.noun or fa.noun or _SUBJECT_END.split(s[:fa.start])[0].strip(" ,")
        what = re.sub(r"\s+(?:rose|fell|grew|dropped|increased|decreased|climbed|declined|went)(?:\s+from)?$", "",
                      what).strip()
        if not what or len(what.split()) > 6:
            continue
        out.append(Chart(
            id=f"change-{slug(what, limit=2)}", kind="change", title=capitalize(f"{what}: {between.group('y1')} and "
                                                                              f"{after.group(1)}"),
            labels=(between.group("y1"), after.group(1)), values=(fa.value, fb.value),
            unit=fa.unit or fa.noun or fb.noun, qualifiers=(_qualifier(fa), _qualifier(fb)),
            evidence=(s, s), caption=f"According to {a.source}." if a.source else ""))
    return out


_SUBJECT_END = re.compile(r"\s+(?:since|may|might|is|are|was|were|has|have|had|will|would|can|could|in|at|"
                          r"from|during)\b")


def _implied(contexts: list[FigureContext]) -> list[Chart]:
    """"900,000 — twice Ukraine's": the figure against what it implies for the other side.

    Only when the implied value is a number: a floor with "more than twice"
    (or a ceiling with "less than twice") bounds nothing, so nothing is drawn."""
    out = []
    for main, mult in zip(contexts, contexts[1:]):
        fig, m = main.fig, mult.fig
        if mult.info is not main.info or m.kind != "multiple" or m.value <= 1 or fig.kind not in ("count", "measure"):
            continue
        if (fig.bound == "lower" and m.bound == "lower") or (fig.bound == "upper" and m.bound == "upper"):
            continue
        other = re.match(r"^\s*(?:that of )?(?P<o>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", mult.info.text[m.end:])
        if not other or main.frame is None:
            continue
        body = main.frame.body.split("\u27e6")[0]
        subject = _SUBJECT_END.split(body)[0].strip()
        if not subject or len(subject.split()) > 6:
            continue
        name = re.sub(r"['’]s?$", "", other.group("o"))
        below = m.bound == "lower" or fig.bound == "upper"
        above = m.bound == "upper" or fig.bound == "lower"
        bound = "less than" if below else "more than" if above else "about"
        unit = fig.unit_name if fig.unit else (fig.noun or "")
        out.append(Chart(
            id=f"implied-{slug(name, limit=2)}", kind="compare", title=capitalize(f"{subject} and what "
                                                                                  f"\"{m.text}\" implies"),
            labels=(capitalize(subject), f"{name} (implied)"), values=(fig.value, round(fig.value / m.value)),
            unit=unit, qualifiers=(_qualifier(fig), bound),
            derived=(False, True),
            notes=("", f"Not stated: \"{m.text} {other.group('o')}\" puts it at {bound} "
                       f"{fig.display()} ÷ {m.value:g}."),
            evidence=(main.info.text, main.info.text),
            caption=f"According to {main.source}." if main.source else ""))
    return out


def _qualifier(fig) -> str:
    if fig.bound == "lower" and fig.qualifier.startswith(("exceed", "surpass", "top")):
        return "more than"
    return fig.qualifier


_SHARE_CUT = re.compile(r",\s+|;\s+|\s+(?:and|while|whereas|but|against|compared with|with)\s+")
_LABEL_STOP = re.compile(r"^(?:the|a|an|about|around|nearly|roughly|some|almost|only|just|went|go|goes|came|come|"
                         r"from|to|for|of|by|were|was|are|is|had|has|have|got|took|won|received|made|up|provided|"
                         r"accounted|account)$", re.IGNORECASE)


def _shares(contexts: list[FigureContext], subject: str) -> list[Chart]:
    """Shares of one whole listed in one sentence: "coal provided 40% of the
    country's electricity, gas 30% and nuclear 20%". Shares of different
    wholes ("a third of the fighting, half of the strikes") are not drawn
    together, and shares with no thing named for each are not drawn at all."""
    by_sentence: dict[int, list[FigureContext]] = {}
    for ctx in contexts:
        if ctx.fig.kind in ("fraction", "percent") and ctx.fig.value > 0:
            by_sentence.setdefault(ctx.info.index, []).append(ctx)
    out = []
    for items in by_sentence.values():
        if len(items) < 2:
            continue
        sentence = items[0].info.text
        if re.search(r"[;:]", sentence[items[0].fig.end:items[-1].fig.start]):
            continue  # shares in two clauses ("turnout ... 13%; voters ... 41% of the voter base"): two wholes
        values = [round(c.fig.value * (100 if c.fig.kind == "fraction" else 1), 1) for c in items]
        if sum(values) > 100.5:
            continue
        wholes = {m.group("np").lower(): m.group("np") for c in items if (m := _OF_NP.match(sentence[c.fig.end:]))}
        if len(wholes) != 1:
            continue  # no whole named, or shares of different wholes
        whole = next(iter(wholes.values()))
        labels = _share_labels(sentence, [c.fig for c in items], whole)
        if labels is None:
            continue
        sources = {c.source for c in items}
        source = next(iter(sources)) if len(sources) == 1 else ""
        out.append(Chart(
            id="shares-" + slug(whole, limit=3), kind="share", unit="%", total=100.0,
            title=capitalize(f"Shares of {whole}") + (f", according to {source}" if source else ""),
            labels=tuple(labels), values=tuple(values),
            qualifiers=tuple(c.fig.qualifier for c in items), evidence=tuple(sentence for _ in items),
            caption=" The article notes these figures are unverified." if any(c.info.unverified for c in items)
            else ""))
    return out


def _share_labels(sentence: str, figures: list, whole: str) -> list[str] | None:
    """What each share is the share of: the words next to it in its own part of
    the sentence, before the figure or after it, minus the whole itself."""
    labels = []
    for i, fig in enumerate(figures):
        start = figures[i - 1].end if i else 0
        end = figures[i + 1].start if i + 1 < len(figures) else len(sentence)
        before = _SHARE_CUT.split(sentence[start:fig.start])[-1]
        after = _SHARE_CUT.split(sentence[fig.end:end])[0]
        after = re.sub(rf"^\s*of\s+{re.escape(whole)}", "", after, flags=re.IGNORECASE)
        label = _label_words(before) or _label_words(after)
        if not label:
            return None
        labels.append(capitalize(label))
    return labels if len(set(labels)) == len(labels) else None


def _label_words(text: str) -> str:
    words = [w for w in re.findall(r"[\w’'-]+", text) if not _LABEL_STOP.match(w)]
    if any(w.lower() in FINITE_VERBS or w.lower().endswith("ed") or w.lower() in FUNCTION_WORDS for w in words):
        return ""  # "voters represent", "with": a clause, not the name of a part
    return " ".join(words) if 0 < len(words) <= 4 else ""
