"""A question bank: questions and charts on one article. Plain frozen data.

Each kind of question is its own class with only the fields it needs; the
loader builds them, grading reads them, the views show them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from .article import Article

FORMAT_VERSION = 1
DIFFICULTIES = ("easy", "medium", "hard")


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    kind: ClassVar[str] = ""
    id: str
    prompt: str
    topic: str = "general"
    evidence: tuple[str, ...] = ()
    explain: str = ""
    hint: str = ""
    points: float = 1.0
    difficulty: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceQuestion(Question):
    """One right choice among several."""

    kind: ClassVar[str] = "choice"
    choices: tuple[str, ...]
    answer: str


@dataclass(frozen=True, slots=True, kw_only=True)
class MultiQuestion(Question):
    """Several right choices; each right pick earns, each wrong pick costs."""

    kind: ClassVar[str] = "multi"
    choices: tuple[str, ...]
    answer: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalseQuestion(Question):
    kind: ClassVar[str] = "truefalse"
    answer: bool


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far from the answer a number may be and still be right."""

    amount: float = 0.0
    percent: bool = False

    def width(self, answer: float) -> float:
        return abs(answer) * self.amount / 100 if self.percent else self.amount

    def __str__(self) -> str:
        if not self.amount:
            return ""
        from .numbers import format_number

        return f"{format_number(self.amount)}%" if self.percent else format_number(self.amount)


@dataclass(frozen=True, slots=True, kw_only=True)
class NumericQuestion(Question):
    kind: ClassVar[str] = "numeric"
    answer: float
    unit: str = ""
    tolerance: Tolerance = field(default_factory=Tolerance)

    @property
    def low(self) -> float:
        return self.answer - self.tolerance.width(self.answer)

    @property
    def high(self) -> float:
        return self.answer + self.tolerance.width(self.answer)


@dataclass(frozen=True, slots=True, kw_only=True)
class TextQuestion(Question):
    """A short typed answer; case, punctuation, accents and articles are ignored."""

    kind: ClassVar[str] = "text"
    answer: str
    accept: tuple[str, ...] = ()

    @property
    def accepted(self) -> tuple[str, ...]:
        return (self.answer, *self.accept)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderQuestion(Question):
    """Put items in order; `items` holds them in the right order."""

    kind: ClassVar[str] = "order"
    items: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchQuestion(Question):
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


QUESTION_CLASSES: dict[str, type[Question]] = {
    cls.kind: cls
    for cls in (ChoiceQuestion, MultiQuestion, TrueFalseQuestion, NumericQuestion, TextQuestion, OrderQuestion,
                MatchQuestion)
}
CHART_KINDS = ("bar", "hbar", "compare", "share", "change")


@dataclass(frozen=True, slots=True, kw_only=True)
class Chart:
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


@dataclass(frozen=True, slots=True, kw_only=True)
class Bank:
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
