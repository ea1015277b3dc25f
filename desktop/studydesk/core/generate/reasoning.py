"""Questions that take one step of reasoning from figures in the text: by what
factor a number fell, what share is left, what "more than twice X's" implies
about X, what a ratio means for ten people, how many years separate two
dates. The working goes in `explain`."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..bank import ChoiceQuestion, NumericQuestion, Tolerance
from ..numbers import format_number
from .analysis import Analysis
from .candidates import Candidate, slug
from .distractors import round_like
from .events import event_text
from .figures import FigureContext
from .lexicon import capitalize
from .phrasing import statement
from .quantities import Figure

_OTHER = re.compile(r"^\s*(?:that of |as many as |as much as )?(?P<other>[^,.;—–]{2,60})")


@dataclass(frozen=True)
class ChangePair:
    first: FigureContext
    second: FigureContext

    @property
    def falling(self) -> bool:
        return self.second.fig.value < self.first.fig.value


def change_pairs(contexts: list[FigureContext]) -> list[ChangePair]:
    """Two figures of one quantity in one sentence, at two times ("before the war ...; today ...")."""
    out = []
    for a, b in zip(contexts, contexts[1:]):
        if a.info is not b.info or a.frame is None or b.frame is None:
            continue
        fa, fb = a.fig, b.fig
        if fa.kind not in ("count", "measure") or fb.kind != fa.kind or fa.unit != fb.unit:
            continue
        if not (a.frame.lead and b.frame.lead and a.frame.lead != b.frame.lead):
            continue
        if fa.value <= 0 or fb.value <= 0 or max(fa.value, fb.value) / min(fa.value, fb.value) < 1.5:
            continue
        out.append(ChangePair(a, b))
    return out


def reasoning_candidates(analysis: Analysis, contexts: list[FigureContext], rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    for pair in change_pairs(contexts):
        out += _change(pair)
    for i, ctx in enumerate(contexts):
        if ctx.fig.kind == "multiple" and i > 0 and contexts[i - 1].info is ctx.info:
            cand = _implied(contexts[i - 1], ctx, rng)
            if cand:
                out.append(cand)
        if ctx.fig.kind == "ratio" and ctx.frame is not None and re.search(r"\boutnumbered\s+$",
                                                                           ctx.info.text[:ctx.fig.start]):
            out.append(_ratio_scaled(ctx))
    cand = _years_apart(contexts)
    if cand:
        out.append(cand)
    return out


def _fmt(value: float) -> str:
    return format_number(round(value, 1) if value < 100 else round(value))


def _change(pair: ChangePair) -> list[Candidate]:
    a, b = pair.first, pair.second
    s1, s2 = statement(a.frame, a.fig.text), statement(b.frame, b.fig.text)
    big, small = (a.fig, b.fig) if pair.falling else (b.fig, a.fig)
    factor = big.value / small.value
    verb = "fallen" if pair.falling else "grown"
    bound = ""
    if (pair.falling and small.bound == "upper") or (not pair.falling and big.bound == "lower"):
        bound = " The later figure is a limit, so the true factor is at least that."
    evidence = (a.info.text,)
    factor_q = NumericQuestion(
        id="", topic=a.topic, evidence=evidence, answer=round(factor), tolerance=Tolerance(10, percent=True),
        prompt=f"{s1} {s2} By roughly what factor has the number {verb}? Round to the nearest whole number.",
        explain=f"{_fmt(big.value)} ÷ {_fmt(small.value)} ≈ {factor:.1f}.{bound}",
        hint="Divide the larger figure by the smaller one.", difficulty="medium")
    share = (b.fig.value / a.fig.value) * 100
    out = [Candidate(factor_q, f'Reasoning: the factor between "{a.fig.phrase}" and "{b.fig.phrase}"', a.topic,
                     1.3, "factor-" + slug(a.fig.noun or b.fig.noun or a.topic, limit=2),
                     f"factor:{a.info.index}")]
    if pair.falling:
        share_q = NumericQuestion(
            id="", topic=a.topic, evidence=evidence, answer=round(share, 1), unit="%",
            tolerance=Tolerance(max(0.1, round(share * 0.1, 1))),
            prompt=f"{s1} {s2} What percentage of the earlier figure is the later one? Round to one decimal place.",
            explain=f"{_fmt(b.fig.value)} ÷ {_fmt(a.fig.value)} × 100 ≈ {share:.1f}%.{bound.replace('factor', 'share')}",
            hint="Divide the later figure by the earlier one, then multiply by 100.", difficulty="hard")
        out.append(Candidate(share_q, f'Reasoning: the share of "{a.fig.phrase}" left in "{b.fig.phrase}"', a.topic,
                             1.4, "share-left-" + slug(a.fig.noun or b.fig.noun or a.topic, limit=1),
                             f"shareleft:{a.info.index}"))
    return out


def _implied(main: FigureContext, mult: FigureContext, rng: random.Random) -> Candidate | None:
    """"900,000 — more than twice Ukraine's": Ukraine's figure is below 450,000."""
    fig, m = main.fig, mult.fig
    if fig.kind not in ("count", "measure") or m.value <= 1 or fig.value <= 0:
        return None
    tail = _OTHER.match(mult.info.text[m.end:])
    if not tail:
        return None
    other = tail.group("other").strip()
    whose = re.sub(r"['’]s$", "", other)
    if other.endswith(("'s", "’s")):
        other += " figure"
    if len(other.split()) > 8 or re.search(r"\b(?:it|they|its|their)\b", other):
        return None
    implied = fig.value / m.value
    shown = round_like(implied, fig.value * 10)
    quote = mult.info.text[fig.start:m.end + tail.end()].strip()
    who = f"According to {main.source}" if main.source else "The article says"
    if m.bound == "lower":
        answer = f"{'Fewer' if fig.kind == 'count' else 'Less'} than {fig.display(shown)}"
        wrong = [f"About {fig.display(round_like(fig.value * m.value, 11))}",
                 f"About {fig.display(fig.value)}", f"Exactly {fig.display(shown)}"]
        working = f"{m.text} {other} means {other} is less than {_fmt(fig.value)} ÷ {m.value:g}"
    else:
        answer = f"About {fig.display(shown)}"
        wrong = [f"About {fig.display(round_like(fig.value * m.value, fig.value))}",
                 f"About {fig.display(fig.value)}", f"About {fig.display(round_like(implied / 4, fig.value))}"]
        working = f"{m.text} {other} means {other} is about {_fmt(fig.value)} ÷ {m.value:g}"
    wrong = [w for w in dict.fromkeys(wrong) if w != answer]
    choices = [answer, *wrong]
    rng.shuffle(choices)
    q = ChoiceQuestion(
        id="", topic=main.topic, evidence=(mult.info.text,), choices=tuple(choices), answer=answer,
        prompt=f'{who}: "{quote}". What does that imply about {other}?',
        explain=f"{capitalize(working)} = {_fmt(implied)}. The article gives no figure of its own for {whose}.",
        hint=f'"{m.text}" compares the two figures.', difficulty="hard")
    return Candidate(q, f'Reasoning: what "{m.text}" implies about {other}', main.topic, 1.3,
                     "implied-" + slug(other, limit=2), f"implied:{mult.info.index}")


def _ratio_scaled(ctx: FigureContext) -> Candidate:
    n = ctx.fig.value
    text = statement(ctx.frame, ctx.fig.text)
    q = NumericQuestion(
        id="", topic="ratios", evidence=(ctx.info.text,), answer=n * 10,
        prompt=f"{text} At that ratio, how many opponents would a group of 10 of them face?",
        explain=f"{ctx.fig.text.capitalize()} means {n:g} for each one: 10 × {n:g} = {n * 10:g}.",
        difficulty="medium")
    return Candidate(q, f'Reasoning: scaling the ratio "{ctx.fig.text}"', "ratios", 1.3, "ratio-scaled",
                     f"ratio:{ctx.info.index}")


def _years_apart(contexts: list[FigureContext]) -> Candidate | None:
    dated = [(c, event_text(c)) for c in contexts if c.fig.kind == "year"]
    dated = [(c, e) for c, e in dated if e]
    if len(dated) < 2:
        return None
    first = min(dated, key=lambda d: d[0].fig.value)
    last = max(dated, key=lambda d: d[0].fig.value)
    gap = int(last[0].fig.value - first[0].fig.value)
    if gap <= 0:
        return None
    q = NumericQuestion(
        id="", topic="timeline", answer=gap, unit="years",
        evidence=tuple(dict.fromkeys((first[0].info.text, last[0].info.text))),
        prompt=f'How many years separate these two moments in the article: "{first[1]}" and "{last[1]}"?',
        explain=f"{int(last[0].fig.value)} − {int(first[0].fig.value)} = {gap} years.",
        hint="Find the year the article gives for each.", difficulty="medium")
    return Candidate(q, "Reasoning: the years between the earliest and latest dated events", "timeline", 1.4,
                     "years-apart", "yearsapart")


def figure_label(fig: Figure) -> str:
    return fig.phrase
