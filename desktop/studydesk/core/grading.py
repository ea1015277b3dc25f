"""grade(question, response) -> Grade, for every kind of question.

Responses are plain values: the chosen text for `choice`, a collection of
texts for `multi`, a bool for `truefalse`, the typed text for `numeric` and
`text`, the items in the student's order for `order`, a left -> right
mapping for `match`, and for `written` the text, or {"text": ..., "made":
[a bool per key point]} once the student has confirmed the points made. A response of the wrong shape scores 0, never raises.

Each kind is graded and worded by one class (Kind): its score and message,
the right answer and a response in words, and a right and a wrong response
for demonstrations. A new kind is one more class, listed in KINDS.

What a message counts is what the points count (docs/grading.md): "3 of 4
pairs matched" earns 3/4 of the points; a multi answer's message gives each
part in points ("+0.67 for 2 of the 3 right choices, −0.5 for 1 wrong
choice") and earns their sum. Partial credit is kept in hundredths of a point,
as it is shown (points.py).
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from fractions import Fraction
from typing import Any

import msgspec

from .bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)
from .numbers import NumberError, format_figure, is_measure_unit, read_answer
from .points import hundredths, signed_points
from .words import normalize_text, plural


class Grade(msgspec.Struct, frozen=True):
    score: float  # 0 to 1
    points: float  # what the question is worth
    feedback: str  # one line for the student

    @property
    def earned(self) -> float:
        # Rounded past any float noise: a score kept as 7.01 / 21.04 gives back 7.01.
        return round(self.score * self.points, 9)

    @property
    def correct(self) -> bool:
        return self.score >= 1 - 1e-9

    @property
    def partial(self) -> bool:
        return 0 < self.score < 1 - 1e-9


def grade(question: Question, response: Any) -> Grade:
    if response is None:
        return Grade(0.0, question.points, "No answer given.")
    share, feedback = kind_of(question).score(question, response)
    share = min(1, max(0, share))
    score = partial_score(share, question.points) if 0 < share < 1 else float(share)
    return Grade(score, question.points, feedback)


def describe_answer(question: Question) -> str:
    """The right answer as a student reads it in feedback and results."""
    return kind_of(question).answer(question)


def describe_response(question: Question, response: Any) -> str:
    """What the student answered, in the same words as describe_answer."""
    if response is None:
        return "(no answer)"
    return kind_of(question).response(question, response)


def right_response(question: Question) -> Any:
    """A response that scores full marks: for demonstrations and checks."""
    return kind_of(question).right(question)


def wrong_response(question: Question) -> Any:
    """A plausible wrong response, as a student might give: for demonstrations."""
    return kind_of(question).wrong(question)


def partial_score(share: float | Fraction, points: float) -> float:
    """The score for earning `share` of a question's points, kept in hundredths
    of a point as it is shown; a partial answer never reads as all or nothing."""
    earned = hundredths(Fraction(share) * Fraction(repr(points)))
    if points >= 0.02:
        earned = min(max(earned, 0.01), hundredths(points - 0.01))
    return earned / points


def _counted(right: int, total: int, what: str) -> tuple[float | Fraction, str]:
    """A share that is the count, and the message that says the count."""
    if right >= total:
        return 1.0, "Right."
    if right <= 0:
        return 0.0, "Wrong."
    return Fraction(right, total), f"Partly right: {right} of {total} {what}."


class Kind:
    """How one kind of question is graded and put in words."""

    def score(self, q: Any, response: Any) -> tuple[float | Fraction, str]:
        """The share of the points a (not None) response earns, and the message."""
        raise NotImplementedError

    def answer(self, q: Any) -> str:
        raise NotImplementedError

    def response(self, q: Any, response: Any) -> str:
        return str(response)

    def right(self, q: Any) -> Any:
        raise NotImplementedError

    def wrong(self, q: Any) -> Any:
        raise NotImplementedError


class _Choice(Kind):
    def score(self, q: ChoiceQuestion, response: Any) -> tuple[float, str]:
        return (1.0, "Right.") if response == q.answer else (0.0, "Wrong.")

    def answer(self, q: ChoiceQuestion) -> str:
        return q.answer

    def right(self, q: ChoiceQuestion) -> Any:
        return q.answer

    def wrong(self, q: ChoiceQuestion) -> Any:
        return next(c for c in q.choices if c != q.answer)


class _Multi(Kind):
    def score(self, q: MultiQuestion, response: Any) -> tuple[float, str]:
        if isinstance(response, str) or not isinstance(response, Collection):
            return 0.0, "Wrong."
        picked = set(response)
        right = set(q.answer)
        wrong_options = set(q.choices) - right
        hits = len(picked & right)
        misses = len(picked - right)
        if hits == len(right) and not misses:
            return 1.0, "Right."
        if not hits:
            return 0.0, "Wrong: none of the right choices ticked." if misses else "Wrong."
        # Each right tick earns its share of the points; each wrong tick costs a
        # share, so ticking every box scores nothing. The message gives each part
        # as it is rounded, and the points are their sum, never below 0.
        worth = Fraction(repr(q.points))
        gained = hundredths(worth * Fraction(hits, len(right)))
        lost = hundredths(worth * Fraction(misses, len(wrong_options))) if misses else 0.0
        earned = hundredths(max(0.0, gained - lost))
        if hits < len(right):
            ticked = f"{hits} of the {len(right)} right choices"
        else:
            ticked = {1: "the right choice", 2: "both right choices"}.get(hits, f"all {hits} right choices")
        parts = f"{signed_points(gained)} for {ticked}"
        if misses:
            parts += f", {signed_points(-lost)} for {plural(misses, 'wrong choice')}"
        if earned <= 0:
            return 0.0, f"Wrong: {parts}" + ("; a score never goes below 0." if lost > gained else ".")
        return earned / q.points, f"Partly right: {parts}."

    def answer(self, q: MultiQuestion) -> str:
        return "; ".join(q.answer)

    def response(self, q: MultiQuestion, response: Any) -> str:
        if isinstance(response, str):
            return response
        chosen = [c for c in q.choices if c in set(response)]
        return "; ".join(chosen) or "(nothing ticked)"

    def right(self, q: MultiQuestion) -> Any:
        return set(q.answer)

    def wrong(self, q: MultiQuestion) -> Any:
        return {q.answer[0], *[c for c in q.choices if c not in q.answer][:1]}


class _TrueFalse(Kind):
    def score(self, q: TrueFalseQuestion, response: Any) -> tuple[float, str]:
        if not isinstance(response, bool):
            return 0.0, "Wrong."
        return (1.0, "Right.") if response == q.answer else (0.0, "Wrong.")

    def answer(self, q: TrueFalseQuestion) -> str:
        return "True" if q.answer else "False"

    def response(self, q: TrueFalseQuestion, response: Any) -> str:
        if isinstance(response, bool):
            return "True" if response else "False"
        return str(response)

    def right(self, q: TrueFalseQuestion) -> Any:
        return q.answer

    def wrong(self, q: TrueFalseQuestion) -> Any:
        return not q.answer


class _Numeric(Kind):
    def score(self, q: NumericQuestion, response: Any) -> tuple[float, str]:
        if isinstance(response, (int, float)) and not isinstance(response, bool):
            low = high = float(response)
            note = ""
        else:
            try:
                reading = read_answer(str(response), q.unit)
            except NumberError as exc:
                return 0.0, str(exc)
            low, high, note = reading.low, reading.high, reading.note
        if not (math.isfinite(low) and math.isfinite(high)):
            return 0.0, "Wrong."
        # A converted answer is right when the question's range meets the range its
        # figure stands for as written: "50 miles" is 49.5 to 50.5 miles, 79.7 to 81.3 km.
        slack = 1e-9 * max(1.0, abs(q.answer))
        if low - slack <= q.high and q.low <= high + slack:
            verdict = "Right."
        else:
            verdict = "Too high." if low > q.high else "Too low."
        return (1.0 if verdict == "Right." else 0.0), verdict + (f" {note}." if note else "")

    def answer(self, q: NumericQuestion) -> str:
        number = format_figure(q.answer, q.unit)
        text = number + (f" {q.unit}" if q.unit and q.unit != "%" else q.unit)
        if q.tolerance.amount:
            text += (f" (accepted from {format_figure(_round(q.low), q.unit)}"
                     f" to {format_figure(_round(q.high), q.unit)})")
        return text

    def right(self, q: NumericQuestion) -> Any:
        return format_figure(q.answer, q.unit) + (f" {q.unit}" if q.unit and is_measure_unit(q.unit) else "")

    def wrong(self, q: NumericQuestion) -> Any:
        return str(round(q.answer * 2 + 1))


class _Text(Kind):
    def score(self, q: TextQuestion, response: Any) -> tuple[float, str]:
        if not isinstance(response, str) or not response.strip():
            return 0.0, "No answer given."
        typed = normalize_text(response)
        if typed and any(typed == normalize_text(a) for a in q.accepted):
            return 1.0, "Right."
        return 0.0, "Wrong."

    def answer(self, q: TextQuestion) -> str:
        return q.answer

    def right(self, q: TextQuestion) -> Any:
        return q.answer

    def wrong(self, q: TextQuestion) -> Any:
        return "I am not sure"


class _Order(Kind):
    def score(self, q: OrderQuestion, response: Any) -> tuple[float | Fraction, str]:
        if not isinstance(response, Sequence) or isinstance(response, str) or sorted(response) != sorted(q.items):
            return 0.0, "Wrong."
        # Credit for each pair of items the student put in the right relative
        # order: one slip costs a little, a reversed list scores nothing. (Items in
        # the right place would give nothing to a list shifted by one.)
        rank = {item: i for i, item in enumerate(q.items)}
        placed = [rank[item] for item in response]
        n = len(placed)
        pairs = n * (n - 1) // 2
        concordant = sum(1 for i in range(n) for j in range(i + 1, n) if placed[i] < placed[j])
        return _counted(concordant, pairs, "pairs of items in the right order")

    def answer(self, q: OrderQuestion) -> str:
        return " \u2192 ".join(q.items)

    def response(self, q: OrderQuestion, response: Any) -> str:
        return response if isinstance(response, str) else " \u2192 ".join(response)

    def right(self, q: OrderQuestion) -> Any:
        return tuple(q.items)

    def wrong(self, q: OrderQuestion) -> Any:
        return tuple(reversed(q.items))


class _Match(Kind):
    def score(self, q: MatchQuestion, response: Any) -> tuple[float | Fraction, str]:
        if not isinstance(response, Mapping):
            return 0.0, "Wrong."
        right = sum(1 for left, answer in q.pairs if response.get(left) == answer)
        return _counted(right, len(q.pairs), "pairs matched")

    def answer(self, q: MatchQuestion) -> str:
        return "; ".join(f"{left} \u2192 {right}" for left, right in q.pairs)

    def response(self, q: MatchQuestion, response: Any) -> str:
        if isinstance(response, Mapping):
            return "; ".join(f"{left} \u2192 {response.get(left) or '?'}" for left in q.lefts)
        return str(response)

    def right(self, q: MatchQuestion) -> Any:
        return dict(q.pairs)

    def wrong(self, q: MatchQuestion) -> Any:
        rights = [r for _, r in q.pairs]
        return {left: rights[(i + 1) % len(rights)] for i, (left, _) in enumerate(q.pairs)}


class _Written(Kind):
    """The share of key points made: as the student confirmed them, or (the
    text alone, as a test takes it) as the matching found them."""

    def score(self, q: WrittenQuestion, response: Any) -> tuple[float | Fraction, str]:
        from .key_points import points_made  # on first use

        made = points_made(q, response)
        if made is None:
            return 0.0, "No answer given."
        n, total = sum(made), len(made)
        how = "" if isinstance(response, Mapping) else " (found by matching words: a helper, not a judge)"
        if n == total:
            return 1.0, f"All {total} key points made{how}."
        if n == 0:
            return 0.0, f"No key point made{how}."
        return Fraction(n, total), f"Partly right: {n} of {total} key points made{how}."

    def answer(self, q: WrittenQuestion) -> str:
        return q.model_answer

    def response(self, q: WrittenQuestion, response: Any) -> str:
        return str(response.get("text", "")) if isinstance(response, Mapping) else str(response)

    def right(self, q: WrittenQuestion) -> Any:
        return {"text": q.model_answer, "made": [True] * len(q.key_points)}

    def wrong(self, q: WrittenQuestion) -> Any:
        return {"text": "I am not sure what is at stake.", "made": [False] * len(q.key_points)}


KINDS: dict[type[Question], Kind] = {
    ChoiceQuestion: _Choice(),
    MultiQuestion: _Multi(),
    TrueFalseQuestion: _TrueFalse(),
    NumericQuestion: _Numeric(),
    TextQuestion: _Text(),
    OrderQuestion: _Order(),
    MatchQuestion: _Match(),
    WrittenQuestion: _Written(),
}


def kind_of(question: Question) -> Kind:
    try:
        return KINDS[type(question)]
    except KeyError:
        raise TypeError(f"no grading for {type(question).__name__}") from None


def _round(x: float) -> float:
    return float(f"{x:.6g}")
