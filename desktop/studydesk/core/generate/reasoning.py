"""Questions that take one step of reasoning from figures in the text: by what
factor a number fell, what share is left, what "more than twice X's" implies
about X, what a ratio means for ten people, how many years separate two
dates. The working goes in `explain`."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from ..bank import ChoiceQuestion, NumericQuestion, Tolerance, TrueFalseQuestion
from ..numbers import format_number
from .analysis import Analysis
from .candidates import Candidate, slug
from .clause import SLOT
from .distractors import round_like
from .events import event_text
from .figure import Figure
from .figures import FigureContext
from .lexicon import capitalize
from .phrasing import statement
from .sources import possessive

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
    out += _sources_compared(analysis, contexts, rng)
    return out


def _sources_compared(analysis: Analysis, contexts: list[FigureContext], rng: random.Random) -> list[Candidate]:
    """Two sources' figures for one thing in one sentence ("the UN puts it at around 15.4 million, while the
    state government says more than 22 million"): which is higher, as a statement true or false."""
    out = []
    for a, b in zip(contexts, contexts[1:]):
        fa, fb = a.fig, b.fig
        if a.info is not b.info or fa.kind not in ("count", "measure") or fb.kind != fa.kind or fa.unit != fb.unit:
            continue
        if not (a.asked_as_claim and b.asked_as_claim) or a.source == b.source:
            continue  # two named sources, each with its own figure
        nouns = {(f.noun.split() or [""])[-1].lower() for f in (fa, fb) if f.noun}
        if len(nouns) > 1 or max(fa.value, fb.value) < 1.2 * min(fa.value, fb.value):
            continue
        if (fa.bound == "upper" and fa.value > fb.value) or (fb.bound == "upper" and fb.value > fa.value) or \
                (fa.bound == "lower" and fa.value < fb.value) or (fb.bound == "lower" and fb.value < fa.value):
            continue  # a ceiling above the other figure, or a floor below it, settles nothing
        first, second = a.source, b.source
        higher = rng.random() < 0.5
        true = (fa.value > fb.value) == higher
        where = f" in {analysis.subject.name}" if analysis.single_topic and analysis.subject else ""
        what = f" for the number of {nouns.pop()}{where}" if nouns else ""
        prompt = capitalize(f"{first} gives a {'higher' if higher else 'lower'} figure{what} than {second}.")
        if not analysis.stands_alone(a.info, prompt):
            continue
        explain = (f"{capitalize(first)}: {fa.phrase}; {second}: {fb.phrase}. "
                   f"So {possessive(first)} figure is the {'higher' if fa.value > fb.value else 'lower'} one.")
        q = TrueFalseQuestion(id="", topic=a.topic, prompt=prompt, answer=true, evidence=(a.info.text,),
                              explain=explain)
        out.append(Candidate(q, f'Comparison: "{fa.phrase}" ({first}) against "{fb.phrase}" ({second})', a.topic,
                             "compare", "compare-" + slug(first, second, limit=3), f"compare:{a.info.index}",
                             None, 0.7))
    return out


def _fmt(value: float) -> str:
    return format_number(round(value, 1) if value < 100 else round(value))


def _limit(earlier: Figure, later: Figure, of_later: bool) -> str:
    """"at least" or "at most": how a ratio of the later figure to the earlier
    (or its inverse) relates to the true one when either figure is a limit."""
    ups = {"upper": 1, "lower": -1}
    # The ratio later/earlier grows with the later figure and shrinks with the earlier one.
    sign = ups.get(later.bound, 0) - ups.get(earlier.bound, 0)
    if not of_later:
        sign = -sign
    return "at most" if sign > 0 else "at least" if sign < 0 else ""


def _change(pair: ChangePair) -> list[Candidate]:
    a, b = pair.first, pair.second
    s1, s2 = statement(a.frame, a.fig.text), statement(b.frame, b.fig.text)
    big, small = (a.fig, b.fig) if pair.falling else (b.fig, a.fig)
    factor = big.value / small.value
    verb = "fallen" if pair.falling else "grown"
    # The factor is later/earlier when it grew, earlier/later when it fell.
    limit = _limit(a.fig, b.fig, of_later=not pair.falling)
    using = "Using the figures as the article gives them, by" if limit else "By"
    note = f" One figure is a limit, so the true factor is {limit} that." if limit else ""
    evidence = (a.info.text,)
    factor_q = NumericQuestion(
        id="", topic=a.topic, evidence=evidence, answer=round(factor), tolerance=Tolerance(10, percent=True),
        prompt=f"{s1} {s2} {using} roughly what factor has the number {verb}? Round to the nearest whole number.",
        explain=f"{_fmt(big.value)} ÷ {_fmt(small.value)} ≈ {factor:.1f}.{note}",
        hint="Divide the larger figure by the smaller one.", difficulty="medium")
    share = (b.fig.value / a.fig.value) * 100
    out = [Candidate(factor_q, f'Reasoning: the factor between "{a.fig.phrase}" and "{b.fig.phrase}"', a.topic,
                     "reasoning", "factor-" + slug(a.fig.noun or b.fig.noun or a.topic, limit=2),
                     f"factor:{a.info.index}", None, 0.78)]
    if pair.falling:
        limit = _limit(a.fig, b.fig, of_later=True)
        using = "Using the figures as the article gives them, what" if limit else "What"
        note = f" One figure is a limit, so the true share is {limit} that." if limit else ""
        share_q = NumericQuestion(
            id="", topic=a.topic, evidence=evidence, answer=round(share, 1), unit="%",
            tolerance=Tolerance(max(0.1, round(share * 0.1, 1))),
            prompt=f"{s1} {s2} {using} percentage of the earlier figure is the later one? Round to one decimal place.",
            explain=f"{_fmt(b.fig.value)} ÷ {_fmt(a.fig.value)} × 100 ≈ {share:.1f}%.{note}",
            hint="Divide the later figure by the earlier one, then multiply by 100.", difficulty="hard")
        out.append(Candidate(share_q, f'Reasoning: the share of "{a.fig.phrase}" left in "{b.fig.phrase}"', a.topic,
                             "reasoning", "share-left-" + slug(a.fig.noun or b.fig.noun or a.topic, limit=1),
                             f"shareleft:{a.info.index}", None, 0.45))  # the factor asks it already
    return out


_PART = {2: "half", 3: "a third", 4: "a quarter", 10: "a tenth"}


def _implied(main: FigureContext, mult: FigureContext, rng: random.Random) -> Candidate | None:
    """"X was 900,000, more than twice Ukraine's": what that says of Ukraine's figure.

    Y = X / k, and the bounds combine: an exact X with "more than twice" puts
    Y below X/2; a floor ("may exceed 900,000") with "more than twice" puts
    no number on Y at all, only that it is under half of X, whatever X is."""
    fig, m = main.fig, mult.fig
    if fig.kind not in ("count", "measure") or m.value <= 1 or fig.value <= 0:
        return None
    tail = _OTHER.match(mult.info.text[m.end:])
    between = mult.info.text[fig.end:m.start]
    if not tail or len(between.split()) > 8 or re.search(r"[;:]|\b(?:and|but|while)\b", between) or not re.match(
            r"^\s*(?:that of |as many as |as much as |the )?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s?\b",
            mult.info.text[m.end:]):
        return None  # "27,000 light years away ... four million times bigger than the Sun": not one quantity
    other = tail.group("other").strip()
    whose = re.sub(r"['’]s$", "", other)
    if other.endswith(("'s", "’s")):
        other += " figure"
    if len(other.split()) > 8 or re.search(r"\b(?:it|they|its|their)\b", other):
        return None
    implied = fig.value / m.value
    shown = fig.display(float(f"{implied:.3g}"))
    # The quote runs from the start of the claim, so it says whose figure it is ("total Russian losses").
    start = main.attribution.end if main.attribution and main.attribution.reaches == "all" else 0
    quote = mult.info.text[start:m.end + tail.end()].strip(" ,")
    if len(quote.split()) > 40:
        quote = mult.info.text[_quote_start(fig):m.end + tail.end()].strip()
    who = f"According to {main.source}" if main.source else "The article says"
    fewer = "Fewer" if fig.kind == "count" else "Less"
    # "nearly twice" is a little under twice: the other figure is a little over half.
    more_than_k = m.bound == "lower"
    less_than_k = m.bound == "upper" or m.qualifier in ("nearly", "almost", "just under", "close to")
    floor, ceiling = fig.bound == "lower", fig.bound == "upper"
    if (floor and more_than_k) or (ceiling and less_than_k):
        part = _PART.get(int(m.value)) if m.value == int(m.value) else None
        if part is None:
            return None
        relation = "less" if more_than_k else "more"
        first = _holder(main) or "the first figure"
        answer = f"{relation.capitalize()} than {part} of {first}"
        other_way = "more" if relation == "less" else "less"
        # Words and figures on both sides, so the key is not the odd one out.
        wrong = [f"{fewer} than {shown}", f"{other_way.capitalize()} than {part} of {first}", f"About {shown}"]
        working = (f"{m.text} {other} means {other} is {relation} than {part} of {first}. That figure "
                   f"is itself {'a floor' if floor else 'a ceiling'} (\"{fig.text}\"), so no number follows for "
                   f"{whose}: {fig.display(fig.value)} ÷ {m.value:g} = {shown} is not a limit on it")
    elif more_than_k or ceiling:  # Y below X/k
        answer = f"{fewer} than {shown}"
        wrong = [f"More than {shown}", f"About {fig.display(round_like(fig.value * m.value, fig.value))}",
                 f"About {fig.display(fig.value)}"]
        working = f"{m.text} {other} means {other} is less than {_fmt(fig.value)} ÷ {m.value:g} = {shown}"
    elif less_than_k or floor:  # Y above X/k
        answer = f"More than {shown}"
        wrong = [f"{fewer} than {shown}", f"About {fig.display(round_like(fig.value * m.value, fig.value))}",
                 f"About {fig.display(round_like(implied / 4, fig.value))}"]
        working = f"{m.text} {other} means {other} is more than {_fmt(fig.value)} ÷ {m.value:g} = {shown}"
    else:
        answer = f"About {shown}"
        wrong = [f"About {fig.display(round_like(fig.value * m.value, fig.value))}",
                 f"About {fig.display(fig.value)}", f"About {fig.display(round_like(implied / 4, fig.value))}"]
        working = f"{m.text} {other} means {other} is about {_fmt(fig.value)} ÷ {m.value:g} = {shown}"
    wrong = [w for w in dict.fromkeys(wrong) if w != answer]
    if len(wrong) < 2:
        return None
    choices = [answer, *wrong]
    rng.shuffle(choices)
    q = ChoiceQuestion(
        id="", topic=main.topic, evidence=(mult.info.text,), choices=tuple(choices), answer=answer,
        prompt=f'{who}: "{quote}". What does that imply about {other}?',
        explain=f"{capitalize(working)}. The article gives no figure of its own for {whose}.",
        hint=f'"{m.text}" compares the two figures.', difficulty="hard")
    return Candidate(q, f'Reasoning: what "{m.text}" implies about {other}', main.topic, "reasoning",
                     "implied-" + slug(other, limit=2), f"implied:{mult.info.index}", None, 0.9)


def _quote_start(fig: Figure) -> int:
    """Where a quote of the figure starts: with its verb when the verb is the
    qualifier ("may now exceed 900,000"), so the floor stays in view."""
    s = fig.sentence
    if not fig.qualifier or fig.start != fig.num_start:
        return fig.start
    at = s.lower().rfind(fig.qualifier, 0, fig.start)
    if at < 0:
        return fig.start
    m = re.search(r"(?:\b(?:may|might|could|will|would|now|already|still|has|have|had)\s+){1,3}$", s[:at])
    return m.start() if m else at


_HOLDER_END = re.compile(r"\s+(?:since|may|might|is|are|was|were|has|have|had|will|would|can|could|in|at|from|"
                         r"during|of|to|reached|stood|stand|stands|exceed|exceeded|topped|totalled)\b")


def _holder(ctx: FigureContext) -> str:
    """What a figure is the figure of, from its clause: "total Russian losses"."""
    if ctx.frame is None:
        return ""
    body = ctx.frame.body.split(SLOT)[0]
    holder = _HOLDER_END.split(body)[0].strip(" ,")
    if not holder or len(holder.split()) > 6 or holder.split()[0].lower() in ("it", "they", "this", "these"):
        return ""
    return holder[0].lower() + holder[1:] if holder.split()[0] in ("The", "Total", "A", "An") else holder


def _ratio_scaled(ctx: FigureContext) -> Candidate:
    n = ctx.fig.value
    text = statement(ctx.frame, ctx.fig.text)
    q = NumericQuestion(
        id="", topic="ratios", evidence=(ctx.info.text,), answer=n * 10,
        prompt=f"{text} At that ratio, how many opponents would a group of 10 of them face?",
        explain=f"{ctx.fig.text.capitalize()} means {n:g} for each one: 10 × {n:g} = {n * 10:g}.",
        difficulty="medium")
    # Ten times eight is arithmetic, not reading: kept only when nothing better is at hand.
    return Candidate(q, f'Reasoning: scaling the ratio "{ctx.fig.text}"', "ratios", "reasoning", "ratio-scaled",
                     f"ratio:{ctx.info.index}", None, 0.4)


def _years_apart(contexts: list[FigureContext]) -> Candidate | None:
    dated = [(c, event_text(c)) for c in contexts if c.fig.kind == "year" and c.fig.extra != "BC"]  # BC counts down
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
    # Two dated moments of one article are seldom linked: kept only when nothing better is at hand.
    return Candidate(q, "Reasoning: the years between the earliest and latest dated events", "timeline", "reasoning",
                     "years-apart", "yearsapart", None, 0.3)


def figure_label(fig: Figure) -> str:
    return fig.phrase
