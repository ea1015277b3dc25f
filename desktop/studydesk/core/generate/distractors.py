"""Wrong answers that look right: the same unit and size, rounded like the
original, worded with the same qualifier, and never also true.

"Also true" is the trap with qualified figures: if the article says "fewer
than 1,300", then "fewer than 2,000" is true as well. So a bound's wrong
answers lie on the wrong side of it ("more than 1,300", "about 13,000"),
and an approximate figure's wrong answers lie well outside its range.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Collection, Mapping

from .figure import SCALES, Figure
from .lexicon import ORDINAL_NAMES, capitalize, number_name

_FRACTIONS = ((0.1, "one-tenth"), (0.2, "one-fifth"), (0.25, "a quarter"), (1 / 3, "one-third"), (0.5, "half"),
              (2 / 3, "two-thirds"), (0.75, "three-quarters"), (0.9, "nine-tenths"))
_MAGNITUDES = ("a few dozen", "a few hundred", "a few thousand", "tens of thousands", "hundreds of thousands",
               "millions")
_MAGNITUDES_OF = ("dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions")
_MAGNITUDE_VALUES = (24, 100, 1e3, 1e4, 1e5, 1e6)
_UP = ("About", "Nearly", "Around", "Roughly", "Some", "Approximately", "An estimated", "Almost")
APPROX_MARGIN = 0.35  # wrong answers to an approximate figure differ from it by more than this share


def round_like(value: float, like: float) -> float:
    """Round to as many significant digits as the original shows (60,000 -> 1; 1,300 -> 2)."""
    if value <= 0:
        return value
    digits = _significant(like)
    scale = 10 ** (math.floor(math.log10(value)) - digits + 1)
    return round(value / scale) * scale


def _step(value: float) -> float:
    """The round step a whole figure of three or fewer significant places is a multiple of: 175 -> 25,
    1,300 -> 100, 60 -> 10 (at most a quarter of it); 1 for 852 or 149,425, written to the unit."""
    if value != int(value) or value < 5:
        return 1
    step = 1.0
    for exp in range(int(math.log10(value)) + 1):
        for base in (1, 2, 2.5, 5):
            g = base * 10 ** exp
            if g <= value / 4 and (value / g).is_integer():
                step = max(step, g)
    return step if step >= 5 and step >= 10 ** (int(math.log10(value)) - 2) else 1


def round_to_step(value: float, like: float) -> float:
    """`value` rounded like `like` and, for a round figure, to its step: wrong answers to "$175 million" are
    "$125 million" and "$225 million", not 131.2 and 218.8, which would mark the key as the one round figure."""
    step = _step(like)
    rounded = round_like(value, like)
    return max(step, round(rounded / step) * step) if step > 1 else rounded


def _significant(value: float) -> int:
    text = f"{value:.6g}".replace(".", "").lstrip("0")
    return max(1, len(text.rstrip("0")))


def _fresh(values: list[float], taken: list[float], value: float, margin: float) -> list[float]:
    out = []
    for v in values:
        if v <= 0 or not math.isfinite(v) or (value >= 1 and v < 1):
            continue  # "approximately 0 hours": no one would write it
        if abs(v - value) <= margin * abs(value) or any(abs(v - t) <= 0.05 * max(abs(t), 1e-9) for t in taken + out):
            continue
        out.append(v)
    return out


def number_choices(fig: Figure, rng: random.Random, peers: Mapping[str, list[float]] | None = None,
                   shown: Collection[float] = ()) -> tuple[str, list[str]] | None:
    """(answer, three wrong answers) for a count or measure, each written like the original.

    `peers` holds other figures of the article by unit: one of the same size makes a plausible wrong answer.
    `shown`: the values the rest of the sentence gives, which a blank in it would show beside the choices
    ("grew from ____ in 1801 to 185,157": not 185,157).
    """
    value = fig.value
    if value <= 0:
        return None
    if fig.adjective or (fig.words and value <= 12 and value == int(value) and not fig.bound):
        return small_choices(fig, rng)
    qual = _qualifier_word(fig)
    answer = capitalize(f"{qual} {fig.display()}".strip())
    if fig.words and fig.start == fig.num_start - len(fig.qualifier) - 1 and not fig.unit:
        answer = capitalize(fig.text)  # "over one hundred", as the article words it
    # A small number with decimals and no unit is a point on a scale (a
    # magnitude of 4.8, a rating of 3.5): its neighbours are steps away, as
    # ten times it ("about 48") would be no magnitude at all.
    scale_point = not fig.unit and value != int(value) and value < 20
    # A bound's wrong answers lie on the wrong side of it. Not "fewer than" the key's own number first: readers
    # took two choices on one number ("Over 127,000", "Fewer than 127,000") for a sign of the key.
    if fig.bound == "upper":
        # Everything below the ceiling would be true: go above it.
        wrong = [(f"More than {fig.display(value if scale_point else round_to_step(value * 2, value))}", None)]
        above = [value + k for k in (1, 2, 3)] if scale_point else [round_to_step(value * k, value)
                                                                    for k in (10, 5, 3, 20)]
        for v in _fresh(above, [], value, 0.1 if scale_point else 1.0):
            wrong.append((f"About {fig.display(v)}", v))
        wrong.append((f"More than {fig.display()}", None))  # when too few of the above are left
    elif fig.bound == "lower":
        less = "Fewer than" if fig.kind == "count" else "Less than"
        wrong = [(f"{less} {fig.display(value if scale_point else round_to_step(value / 2, value))}", None)]
        # Below the floor, but not so far below that nobody would pick it ("at least 28": not "about 1").
        below = ([value - k for k in (1, 2, 3) if value - k > 0] if scale_point
                 else [round_to_step(value / k, value) for k in (3, 4, 10, 5)]
                 # "over 100 million" steps by 25 million, so a third and a tenth both round to a quarter:
                 # then round each to its own step
                 + [round_to_step(value / k, value / k) for k in (5, 10, 20)])
        for v in _fresh([v for v in below if v >= 2 or value < 4], [], value, 0.1 if scale_point else 0.3):
            wrong.append((f"About {fig.display(v)}", v))
        wrong.append((f"{less} {fig.display()}", None))  # when too few of the above are left
    elif scale_point:
        steps = [value + k for k in (-1.5, -1, -0.5, 0.5, 1, 1.5) if value + k > 0]
        rng.shuffle(steps)
        wrong = [(capitalize(f"{qual} {fig.display(v)}".strip()), v) for v in _fresh(steps, [], value, 0.05)]
    else:
        factors = [0.5, 2, 0.25, 4, 1.5, 0.1, 10, 3] if fig.bound else [0.5, 2, 1.5, 0.75, 0.25, 3, 1.25, 10]
        if not fig.bound and value != int(value):
            # A measurement to its decimals (a height of 8,844.43 m, an index at 11,011.90):
            # ten times it, or a quarter, is no height at all; its neighbours are near.
            factors = [0.8, 1.2, 0.85, 1.15, 0.75, 1.25]
        age = _an_age(fig)
        if age:
            # "At the age of sixteen": four or seventy-eight is no age to start an apprenticeship at
            factors = [0.75, 1.25, 0.85, 1.15, 1.5, 0.6]
        rng.shuffle(factors)
        near = (0.5, 2) if age else (0.1, 10)
        same = [v for v in (peers or {}).get(fig.unit, ()) if v != value and near[0] <= v / value <= near[1]]
        candidates = same[:1] + [round_to_step(value * k, value) for k in factors]
        margin = APPROX_MARGIN if fig.bound else 0.1
        picked = _fresh(candidates, [], value, margin)
        if len({v > value for v in picked[:3]}) == 1:
            # all three above the key (2, 3 and 4 times it): the smallest is the key, found without reading
            across = [v for v in picked[3:] if (v > value) != (picked[0] > value)]
            picked = picked[:2] + across[:1] + picked[2:]
        wrong = [(capitalize(f"{qual} {fig.display(v)}".strip()), v) for v in picked]
    texts = []
    for text, v in wrong:
        if text != answer and text not in texts and not (v and any(abs(v - t) <= 0.01 * abs(t) for t in shown)):
            texts.append(text)
    if len(texts) < 3:
        return None
    return answer, texts[:3]


def _an_age(fig: Figure) -> bool:
    """Whether the figure is someone's age (Figure.is_age), or the age at which something was done ("At the age
    of sixteen", "Dino Zoff at forty also became the oldest player"): an age's wrong choices are ages."""
    before = fig.sentence[:fig.start]
    return fig.is_age or bool(re.search(r"\bage of\s+$", before, re.IGNORECASE) or (
        re.search(r"\bat\s+$", before) and not fig.unit and not fig.noun and 10 <= fig.value <= 110
        and re.search(r"\b(?:oldest|youngest|retired|died|age)\b", fig.sentence)))


def small_choices(fig: Figure, rng: random.Random) -> tuple[str, list[str]] | None:
    """A small whole number or an adjective ("four-year"): neighbours, written the same way."""
    v = int(fig.value)
    if v != fig.value or v < 1:
        return None
    pool = [k for k in (v - 2, v - 1, v + 1, v + 2, v + 3, v * 2) if k >= 1 and k != v
            and (not fig.words or not number_name(k)[0].isdigit())]  # words like the article's, never "14"
    pool = list(dict.fromkeys(pool))
    rng.shuffle(pool)

    def text(k: int) -> str:
        if fig.adjective:
            return capitalize(number_name(k)) if fig.words else f"{k:,}"
        return capitalize(f"{_qualifier_word(fig)} {fig.display(k)}".strip())

    return text(v), [text(k) for k in sorted(pool[:3])]


def _qualifier_word(fig: Figure) -> str:
    if fig.bound == "average":
        return fig.qualifier
    if not fig.qualifier or fig.qualifier.startswith(("exceed", "surpass", "top")):
        return "more than" if fig.bound == "lower" else ""
    return fig.qualifier


def fraction_choices(fig: Figure, rng: random.Random, rest: str = "") -> tuple[str, list[str]] | None:
    """`rest`: the sentence around the blank; a fraction it states ("either a third or ____") is no wrong choice."""
    qual = fig.qualifier if fig.kind == "fraction" else ""
    answer = capitalize(fig.text if fig.kind == "fraction" and not fig.extra else f"{qual} {fig.extra}".strip())
    # A bound's wrong answers lie on its wrong side: "up to a third" makes "up to half" true as well.
    side = {"upper": lambda v: v < fig.value, "lower": lambda v: v > fig.value}.get(fig.bound, lambda v: True)
    far = [name for v, name in _FRACTIONS if abs(v - fig.value) >= 0.08 and side(v)
           and not _states(rest, name)]
    near = sorted(far, key=lambda n: abs(dict((b, a) for a, b in _FRACTIONS)[n] - fig.value))[:4]
    rng.shuffle(near)
    wrong = [capitalize(f"{qual} {n}".strip()) for n in near[:3]]
    wrong = [w for w in wrong if w.lower() != answer.lower()]
    return (answer, wrong) if len(wrong) >= 3 else None


def _states(text: str, name: str) -> bool:
    """Whether the text states the fraction: "one-third" as "a third" or "one third", "half" as itself."""
    word = re.split(r"[\s-]", name)[-1]
    pattern = rf"\b(?:a|one)[\s-]+{word}\b" if name.startswith(("one-", "a ")) else rf"\b{re.escape(name)}\b"
    return bool(re.search(pattern, text, re.IGNORECASE))


def percent_choices(fig: Figure, rng: random.Random) -> tuple[str, list[str]] | None:
    qual = _qualifier_word(fig)
    value = fig.value
    answer = capitalize(f"{qual} {fig.display()}".strip())
    if fig.bound in ("lower", "upper"):
        # "More than 90%": "More than 20%" would be true as well; a bound's wrong answers lie beyond it
        lower = fig.bound == "lower"
        step = 5 if value >= 20 else 1

        def rounded(v: float) -> int:
            return round(v / step) * step

        edge = rounded(value / 2) if lower else min(95, rounded(value * 2))
        beyond = [value / 3, value / 4, value / 6] if lower else [value * 1.5, value * 2.5, value * 3]
        picked = _fresh([rounded(v) for v in beyond if 0 < rounded(v) < 100], [edge], value, 0.3)
        wrong = [f"{'Less than' if lower else 'More than'} {fig.display(edge)}"] + [
            f"About {fig.display(v)}" for v in picked if (v < edge if lower else v > edge)]
        wrong = [w for w in dict.fromkeys(wrong) if w != answer]
        return (answer, wrong[:3]) if len(wrong) >= 3 and 0 < edge < 100 else None
    # The complement of a small share is no wrong answer: "approximately 98.8% of cancer deaths" beside 1.2%
    complement = (100 - value,) if value >= 10 else (value * 3, value * 4)
    apart = (value + 25, value - 25) if value >= 10 else ()
    steps = [v for v in (value / 2, value * 1.5, value / 4, *apart, value * 2, *complement)
             if 0 < v < 100]
    rng.shuffle(steps)

    def share(v: float) -> float:  # written like the key: to fives, or under 10% to its own precision
        if value >= 10:
            return round(v / 5) * 5 or 5
        return max(1, round(v)) if value == int(value) else round_like(v, value)

    picked = _fresh([r for r in map(share, steps) if r < 100], [], value, 0.3)
    wrong = [capitalize(f"{qual} {fig.display(v)}".strip()) for v in picked]
    wrong = [w for w in dict.fromkeys(wrong) if w != answer]
    return (answer, wrong[:3]) if len(wrong) >= 3 else None


def ratio_choices(fig: Figure, rng: random.Random) -> tuple[str, list[str]]:
    v = int(fig.value)
    options = [k for k in (2, 3, 4, 5, 6, 10, 12, 15, 20) if abs(k - v) >= max(2, v * 0.3)]
    rng.shuffle(options)
    picked = sorted(options[:3])

    def text(k: int) -> str:
        return f"{number_name(k)} to one" if fig.words else f"{k} to 1"

    qual = _qualifier_word(fig)
    answer = capitalize(f"{qual} {text(v)}".strip()) if v == fig.value else capitalize(fig.text)
    return answer, [capitalize(f"{qual} {text(k)}".strip()) for k in picked]


_VERB_MULTIPLES = ("halved", "doubled", "tripled", "quadrupled")


def multiple_choices(fig: Figure, rng: random.Random) -> tuple[str, list[str]]:
    answer = capitalize(fig.text)
    if fig.extra in _VERB_MULTIPLES:  # "the number ____ on Saturday": a verb for a verb
        return answer, [capitalize(v) for v in _VERB_MULTIPLES if v != fig.extra]
    # "losing more than fifty times more dead": "less than half more dead" would not read
    comparative = re.match(r"\s+(?:more|fewer|less|larger|smaller|higher|lower|greater|as)\b", fig.sentence[fig.end:])
    below = [k for k in (2, 3, 5, 10, 20) if k <= fig.value / 2][-2:]
    if fig.bound == "lower" and comparative and len(below) == 2:
        wrong = [f"Less than {_times(k)}" for k in below] + [f"Less than {_times(fig.value)}"]
    elif fig.bound == "lower":
        wrong = ["Less than half", "About the same", f"Less than {_times(fig.value)}"]
    else:
        pool = [k for k in (2, 3, 4, 5, 10) if abs(k - fig.value) >= max(1, fig.value * 0.3)]
        rng.shuffle(pool)
        word = f"{fig.qualifier.lower()} " if fig.qualifier else ("about " if fig.bound else "")
        wrong = [capitalize(word + _times(k)) for k in sorted(pool[:3])]  # the key's own qualifier: no give-away
    return answer, wrong


def _times(k: float) -> str:
    return {0.5: "half", 1: "the same", 2: "twice"}.get(k) or f"{number_name(int(k))} times"


def vague_choices(fig: Figure, rng: random.Random) -> tuple[str, list[str]]:
    """"dozens of glaciers": the wrong choices in the same form ("hundreds", not "a few hundred of glaciers")."""
    answer = capitalize(fig.text)
    own = min(range(len(_MAGNITUDE_VALUES)), key=lambda i: abs(math.log10(_MAGNITUDE_VALUES[i]) -
                                                                  math.log10(max(fig.value, 1))))
    others = [i for i in range(len(_MAGNITUDES)) if i != own]
    others.sort(key=lambda i: abs(i - own))
    plural = re.fullmatch(r"(?:dozens|hundreds|thousands|millions|tens|scores)\b.*", fig.text.lower())
    names = _MAGNITUDES_OF if plural else _MAGNITUDES
    return answer, [capitalize(names[i]) for i in sorted(others[:3])]


def ordinal_choices(fig: Figure) -> tuple[str, list[str]]:
    n = int(fig.value)
    sup = f"-{fig.extra}" if fig.extra else ""
    def name(k: int) -> str:
        return f"The {fig.extra}" if k == 1 and fig.extra else f"The {ORDINAL_NAMES[k]}{sup}"
    pool = [k for k in range(max(1, n - 2), n + 3) if k != n and (k > 1 or fig.extra)][:3]
    return name(n), [name(k) for k in pool]


def range_choices(fig: Figure) -> tuple[str, list[str]]:
    """A range written as the article writes it ("40 to 120 million", "two or three
    men"), and ranges well away from it, so none overlaps the true one."""
    lo, hi = fig.value, fig.high or fig.value
    scale = SCALES.get(fig.scale, 1)
    conn = fig.extra or "to"
    tail = f" {fig.scale}" if fig.scale else ""
    tail += f" {fig.unit_text or fig.unit_name}" if fig.unit else ""  # a noun stays in the sentence

    # "5.25 - 6.75 percent": each end of the key to the decimals the article writes ("5.2–6.8" is no key), and
    # the wrong ends to the most of them
    written = [len(d) for d in re.findall(r"\d[\d,]*(?:\.(\d+))?", fig.number_text)[:2]]
    places = max(written, default=0)

    def number(v: float, own: int | None = None) -> str:
        n = v / scale
        if fig.words and n == int(n) and n <= 12:
            return number_name(int(n))
        decimals = own if own is not None else max(places, 1) if n != int(n) else 0
        return f"{n:,.{decimals}f}"

    def text(a: float, b: float, own: tuple[int | None, int | None]) -> str:
        first, last = number(a, own[0]), number(b, own[1])
        if conn == "and":
            return f"between {first} and {last}{tail}"
        if conn in ("-", "–"):
            return f"{first}–{last}{tail}"
        return f"{first} {conn} {last}{tail}"

    qual = _qualifier_word(fig)  # "an estimated 10,000–15,000": the qualifier goes with every choice

    def choice(a: float, b: float, own: tuple[int | None, int | None] = (None, None)) -> str:
        return capitalize(f"{qual} {text(a, b, own)}".strip())

    answer = choice(lo, hi, (written[0], written[1]) if len(written) == 2 else (None, None))
    if _years(fig):  # "the winter of 165–166": other years, not "3,300–3,320"
        return answer, [choice(lo + d, hi + d) for d in (-12, 7, 19)]
    # Wrong ranges well away from the key, none overlapping it, and one below it where a range fits there: with
    # every wrong range above ("146 to 165" beside "584 to 660", "1,460 to 1,650"), the smallest was the key.
    low, high = lo / scale, hi / scale  # as written: "1.5 to 2.5 million" is 1.5 to 2.5
    whole = low == int(low) and high == int(high)  # "13 or 14 people": never "1.3 or 1.4"

    def span(a: float, b: float) -> str:  # ends as written, whole where the key's are
        digits = 0 if whole else max(places, 1)
        return choice(round(a, digits) * scale, round(b, digits) * scale)

    ratio = high / max(low, 1e-9)
    factor = next(k for k in (2, 3, 4, 5, 10, 20, 50, 100, 1000) if k > 1.2 * ratio or k == 1000)
    if ratio > 4:  # "12 to 126", "1 to 100 tonnes": multiples would run to millions; shift the range instead
        width = high - low
        above = [(high + width * k, high + width * (k + 1)) for k in (0.5, 2, 3.5)]
    else:
        above = [(low * factor ** k, high * factor ** k) for k in (1, 2, 3)]
    under = (math.floor(low / factor), math.ceil(high / factor)) if whole else (low / factor, high / factor)
    # "0.3 to 0.7 m" and "0.2 to 0.8 million" read; "0.3 to 0.7 people" and "0.3 to 0.7 weeks" do not
    if whole and not (1 <= under[0] < under[1] < low) and (fig.unit and fig.dimension != "duration" or scale > 1):
        under, whole = (low / factor, high / factor), False
    fits = 1 <= under[0] < under[1] < low if whole else 0.1 <= round(under[0], 1) < round(under[1], 1) < low
    wrong = [span(*s) for s in above[:2]] + [span(*under) if fits else span(*above[2])]
    return answer, list(dict.fromkeys(w for w in wrong if w != answer))


def _years(fig: Figure) -> bool:
    """A range of years ("in 165–166", "the winter of 1962–63"), not of amounts."""
    lo, hi = fig.value, fig.high or fig.value
    return not fig.unit and not fig.scale and not fig.noun and lo == int(lo) and 0 < hi - lo <= 10 \
        and 30 <= lo <= 2100 and re.search(r"\b(?:in|of|from|during|since|winter|summer|spring|autumn|AD|BC)\s+$",
                                           fig.sentence[:fig.start]) is not None
