"""A quiz attempt: which questions, in what order, the answers given and the score.

Shuffles are seeded, so the same bank, settings and seed give the same quiz
(a teacher can hand out "seed 42" and everyone gets the same order).
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .bank import Bank, ChoiceQuestion, MatchQuestion, MultiQuestion, OrderQuestion, Question
from .events import Event

if TYPE_CHECKING:
    from .grading import Grade

PRACTICE = "practice"  # feedback after each answer
TEST = "test"  # feedback at the end
MODES = (PRACTICE, TEST)


class QuizSettings(msgspec.Struct, frozen=True):
    topics: tuple[str, ...] = ()  # empty: every topic
    length: int | None = None  # None: every selected question
    mode: str = PRACTICE
    seed: int = 0


def select_questions(bank: Bank, settings: QuizSettings) -> tuple[Question, ...]:
    chosen = set(settings.topics)
    pool = [q for q in bank.questions if not chosen or q.topic in chosen]
    random.Random(settings.seed).shuffle(pool)
    if settings.length is not None:
        pool = pool[: max(0, settings.length)]
    return tuple(pool)


def presented_options(question: Question, seed: int) -> tuple[str, ...]:
    """The options in the order this student sees them: choices, order items
    (never already in order) or the right-hand side of a match."""
    rng = random.Random(f"{seed}:{question.id}")
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        options = list(question.choices)
    elif isinstance(question, OrderQuestion):
        options = list(question.items)
    elif isinstance(question, MatchQuestion):
        options = list(question.rights)
    else:
        return ()
    rng.shuffle(options)
    if isinstance(question, OrderQuestion) and tuple(options) == question.items:
        options = options[1:] + options[:1]  # a puzzle that starts solved is no puzzle
    return tuple(options)


class TopicScore(msgspec.Struct, frozen=True):
    topic: str
    earned: float
    possible: float
    answered: int

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0


class Session(msgspec.Struct):
    """One attempt at a list of questions. Answers are final once given."""

    bank: Bank
    questions: tuple[Question, ...]
    settings: QuizSettings = msgspec.field(default_factory=QuizSettings)
    attempt_id: int | None = None
    responses: dict[str, Any] = msgspec.field(default_factory=dict)
    grades: dict[str, Grade] = msgspec.field(default_factory=dict)
    answered: Event = msgspec.field(default_factory=Event)  # (question, response, grade)
    finished_event: Event = msgspec.field(default_factory=Event)  # ()

    @classmethod
    def start(cls, bank: Bank, settings: QuizSettings) -> Session:
        return cls(bank, select_questions(bank, settings), settings)

    @classmethod
    def resume(cls, bank: Bank, question_ids: list[str], settings: QuizSettings, attempt_id: int,
               previous: Mapping[str, Any]) -> Session:
        """Rebuild an attempt from its saved order and answers, regrading against
        the bank as it is now. Questions since removed from the bank are dropped."""
        by_id = {q.id: q for q in bank.questions}
        questions = tuple(by_id[i] for i in question_ids if i in by_id)
        session = cls(bank, questions, settings, attempt_id)
        from .grading import grade  # on first use: grading's number parsing waits until an answer

        for q in questions:
            if q.id in previous:
                session.responses[q.id] = previous[q.id]
                session.grades[q.id] = grade(q, previous[q.id])
        return session

    @property
    def mode(self) -> str:
        return self.settings.mode

    @property
    def position(self) -> int:
        """Index of the first unanswered question (len(questions) when finished)."""
        for i, q in enumerate(self.questions):
            if q.id not in self.grades:
                return i
        return len(self.questions)

    @property
    def current(self) -> Question | None:
        i = self.position
        return self.questions[i] if i < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.current is None

    def options(self, question: Question) -> tuple[str, ...]:
        return presented_options(question, self.settings.seed)

    def answer(self, response: Any) -> Grade:
        """Grade the current question's answer and record it."""
        question = self.current
        if question is None:
            raise RuntimeError("the attempt is finished")
        from .grading import grade

        result = grade(question, response)
        self.responses[question.id] = response
        self.grades[question.id] = result
        self.answered.emit(question, response, result)
        if self.finished:
            self.finished_event.emit()
        return result

    @property
    def earned(self) -> float:
        return sum(g.earned for g in self.grades.values())

    @property
    def possible(self) -> float:
        """Points available in the whole attempt."""
        return sum(q.points for q in self.questions)

    @property
    def answered_possible(self) -> float:
        return sum(g.points for g in self.grades.values())

    def by_topic(self) -> list[TopicScore]:
        out: dict[str, list[float]] = {}
        for q in self.questions:
            row = out.setdefault(q.topic, [0.0, 0.0, 0])
            g = self.grades.get(q.id)
            row[1] += q.points
            if g is not None:
                row[0] += g.earned
                row[2] += 1
        return [TopicScore(t, e, p, int(n)) for t, (e, p, n) in out.items()]

    def missed(self) -> tuple[Question, ...]:
        """Questions not fully right, in the order they were asked."""
        return tuple(q for q in self.questions if q.id in self.grades and not self.grades[q.id].correct)

    def retry_missed(self) -> Session:
        return Session(self.bank, self.missed(), self.settings)
