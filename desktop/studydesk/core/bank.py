"""A question bank: questions and charts on one article. Plain frozen data.

Each kind of question is its own class with only the fields it needs; the
loader builds them, grading reads them, the views show them.

Questions are msgspec Structs rather than dataclasses: a bank may hold ten
thousand of them, and a Struct is smaller and quicker to make, and quicker
to define at start-up. `kind` is the name a bank file gives the class.
"""

import math
from pathlib import Path
from typing import ClassVar, Literal

import msgspec

from .article import Article

FORMAT_VERSION = 1
DIFFICULTIES = ("easy", "medium", "hard")


class Question(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    # gc=False: a question holds only text, numbers and tuples of them, so it
    # can never be part of a reference cycle, and the collector need not track it.
    kind: ClassVar[str] = ""
    id: str
    prompt: str
    topic: str = "general"
    evidence: tuple[str, ...] = ()
    explain: str = ""
    hint: str = ""
    points: float = 1.0
    difficulty: Literal["easy", "medium", "hard"] = ""  # "" when the bank does not say; not a value to write

    @property
    def all_evidence(self) -> tuple[str, ...]:
        """Every quote the question rests on, to highlight after an answer."""
        return self.evidence


class ChoiceQuestion(Question, kw_only=True):
    """One right choice among several."""

    kind: ClassVar[str] = "choice"
    choices: tuple[str, ...]
    answer: str


class MultiQuestion(Question, kw_only=True):
    """Several right choices; each right pick earns, each wrong pick costs."""

    kind: ClassVar[str] = "multi"
    choices: tuple[str, ...]
    answer: tuple[str, ...]


class TrueFalseQuestion(Question, kw_only=True):
    kind: ClassVar[str] = "truefalse"
    answer: bool


class Tolerance:
    """How far from the answer a number may be and still be right.

    A plain class, not a Struct: in a bank file it is written "5%" or 0.5, so
    the loader makes it from that text (Tolerance.from_toml), not from a table.
    """

    __slots__ = ("amount", "percent")

    def __init__(self, amount: float = 0.0, percent: bool = False) -> None:
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "percent", percent)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Tolerance is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError("Tolerance is immutable")

    @classmethod
    def from_toml(cls, raw: object) -> "Tolerance | None":
        """From a bank's `tolerance = 0.5` or `tolerance = "5%"`; None when it is neither, or below 0."""
        if isinstance(raw, str):
            text = raw.strip()
            if not text.endswith("%"):
                return None
            try:
                amount = float(text[:-1])
            except ValueError:
                return None
            # + 0.0: "-0%" is no tolerance, as "0%" is (and compares alike everywhere)
            return cls(amount + 0.0, percent=True) if math.isfinite(amount) and amount >= 0 else None
        if finite_number(raw) and raw >= 0:
            return cls(float(raw) + 0.0)
        return None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Tolerance):
            return NotImplemented
        return (self.amount, self.percent) == (other.amount, other.percent)

    def __hash__(self) -> int:
        return hash((self.amount, self.percent))

    def __reduce__(self) -> tuple:  # copy and pickle through __init__, as __setattr__ refuses
        return (Tolerance, (self.amount, self.percent))

    def __repr__(self) -> str:
        return f"Tolerance(amount={self.amount!r}, percent={self.percent!r})"

    def width(self, answer: float) -> float:
        return abs(answer) * self.amount / 100 if self.percent else self.amount

    def __str__(self) -> str:
        if not self.amount:
            return ""
        from .numbers import format_number

        return f"{format_number(self.amount)}%" if self.percent else format_number(self.amount)


def repeated(values: list[str]) -> list[str]:
    """The values listed more than once, in order. Counted in one pass: a
    list from someone else may hold a million entries."""
    from collections import Counter

    return sorted(value for value, n in Counter(values).items() if n > 1)


def finite_number(value: object) -> bool:
    """A number a bank may hold: not a bool, not nan or infinite, not beyond a float."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value)
    except OverflowError:  # TOML integers have no size limit in tomli; 10**400 is not a float
        return False


class NumericQuestion(Question, kw_only=True):
    kind: ClassVar[str] = "numeric"
    answer: float
    unit: str = ""
    tolerance: Tolerance = msgspec.field(default_factory=Tolerance)

    @property
    def low(self) -> float:
        return self.answer - self.tolerance.width(self.answer)

    @property
    def high(self) -> float:
        return self.answer + self.tolerance.width(self.answer)


class TextQuestion(Question, kw_only=True):
    """A short typed answer; case, punctuation, accents and articles are ignored."""

    kind: ClassVar[str] = "text"
    answer: str
    accept: tuple[str, ...] = ()

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)


class OrderQuestion(Question, kw_only=True):
    """Put items in order; `items` holds them in the right order."""

    kind: ClassVar[str] = "order"
    items: tuple[str, ...]


class MatchQuestion(Question, kw_only=True):
    """Pair each left item with its right item; `distractors` are extra right items."""

    kind: ClassVar[str] = "match"
    pairs: tuple[tuple[str, str], ...]
    distractors: tuple[str, ...] = ()

    @property
    def lefts(self) -> tuple[str, ...]:
        return tuple(left for left, _ in self.pairs)

    @property
    def rights(self) -> tuple[str, ...]:
        return tuple(right for _, right in self.pairs) + self.distractors


class KeyPoint(msgspec.Struct, frozen=True, kw_only=True, gc=False):
    """One point a written answer should make: the phrases that show it was
    made (any one will do), and the article's words it rests on."""

    point: str
    phrases: tuple[str, ...]
    evidence: tuple[str, ...] = ()


class WrittenQuestion(Question, kw_only=True):
    """An answer in the student's own words, checked against key points: the
    app marks the points it finds, the student confirms or corrects them, and
    the score is the share of points made."""

    kind: ClassVar[str] = "written"
    model_answer: str
    key_points: tuple[KeyPoint, ...]

    @property
    def all_evidence(self) -> tuple[str, ...]:
        """The question's quotes, then each key point's."""
        return tuple(dict.fromkeys((*self.evidence, *(q for p in self.key_points for q in p.evidence))))


QUESTION_CLASSES: dict[str, type[Question]] = {
    cls.kind: cls
    for cls in (ChoiceQuestion, MultiQuestion, TrueFalseQuestion, NumericQuestion, TextQuestion, OrderQuestion,
                MatchQuestion, WrittenQuestion)
}
CHART_KINDS = ("bar", "hbar", "compare", "share", "change")


class Chart(msgspec.Struct, frozen=True, kw_only=True):
    """Figures of the article drawn together, each value tied to its evidence.

    `qualifiers` keeps how loosely the article gives each value ("around",
    "fewer than"); `derived` marks values worked out rather than stated.
    """

    id: str
    title: str
    kind: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    unit: str = ""
    evidence: tuple[str, ...] = ()  # one quote per value
    qualifiers: tuple[str, ...] = ()  # one per value, "" when exact
    derived: tuple[bool, ...] = ()  # one per value
    notes: tuple[str, ...] = ()  # one per value: how a derived value was worked out
    total: float | None = None  # the whole a share is part of
    caption: str = ""


class Bank(msgspec.Struct, frozen=True, kw_only=True):
    title: str
    language: str = "en"
    format: int = FORMAT_VERSION
    description: str = ""
    article_ref: str = ""  # as written in the file
    article_path: Path | None = None
    article: Article | None = None
    questions: tuple[Question, ...] = ()
    charts: tuple[Chart, ...] = ()
    path: Path | None = None

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics in the order they first appear."""
        return tuple(dict.fromkeys(q.topic for q in self.questions))

    def question(self, question_id: str) -> Question | None:
        for q in self.questions:
            if q.id == question_id:
                return q
        return None
