"""A quiz attempt: which questions, in what order, the answers given and the score.

In practice an answer is final once given, and the attempt ends with the last
question. A test is answered in any order, and any answer may be changed or
taken back until the test is submitted (navigation.py moves about it).

Shuffles are seeded, so the same bank, settings and seed give the same quiz
(a teacher can hand out "seed 42" and everyone gets the same order). A retry
of the missed questions shuffles their options anew, so that no answer can be
given by its position, and still the same way for everyone with that seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .bank import Bank, ChoiceQuestion, MatchQuestion, MultiQuestion, OrderQuestion, Question
from .callbacks import Event

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
    # How many times the options have been shuffled anew since this seed's
    # quiz: one more for each retry of missed questions.
    reshuffle: int = 0

    def for_retry(self, count: int) -> QuizSettings:
        """The settings of a retry of `count` missed questions."""
        return msgspec.structs.replace(self, length=count, reshuffle=self.reshuffle + 1)


def select_questions(bank: Bank, settings: QuizSettings) -> tuple[Question, ...]:
    chosen = set(settings.topics)
    pool = [q for q in bank.questions if not chosen or q.topic in chosen]
    random.Random(settings.seed).shuffle(pool)
    if settings.length is not None:
        pool = pool[: max(0, settings.length)]
    return tuple(pool)


def presented_options(question: Question, seed: int, reshuffle: int = 0) -> tuple[str, ...]:
    """The options in the order this student sees them: choices, order items
    (never already in order) or the right-hand side of a match.

    Each reshuffle (a retry) puts them in a new order, in which no right answer
    keeps the place it had the time before."""
    if isinstance(question, ChoiceQuestion | MultiQuestion):
        options = list(question.choices)
    elif isinstance(question, OrderQuestion):
        options = list(question.items)
    elif isinstance(question, MatchQuestion):
        options = list(question.rights)
    else:
        return ()
    if reshuffle <= 0:
        random.Random(f"{seed}:{question.id}").shuffle(options)
        return _unsolved(question, options)
    before = presented_options(question, seed, reshuffle - 1)
    rng = random.Random(f"{seed}:{question.id}:reshuffle {reshuffle}")
    candidates = []
    for _ in range(24):
        rng.shuffle(options)
        candidates.append(_unsolved(question, options))
    # When no shuffle moves every right answer (few options), a turn of the
    # last one does, or at least changes the order.
    last = candidates[-1]
    candidates += [last[k:] + last[:k] for k in range(1, len(last))]
    return next((c for c in candidates if _moved(question, before, c)),
                next((c for c in candidates if c != before), last))


def _unsolved(question: Question, options: list[str]) -> tuple[str, ...]:
    if isinstance(question, OrderQuestion) and tuple(options) == question.items and len(options) > 1:
        return tuple(options[1:] + options[:1])  # a puzzle that starts solved is no puzzle
    return tuple(options)


def _moved(question: Question, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether no right answer is where it was: a choice's answer, each of a
    multi question's right choices, each order item and each match's right side."""
    if isinstance(question, ChoiceQuestion):
        keep = {question.answer}
    elif isinstance(question, MultiQuestion):
        keep = set(question.answer)
    else:
        keep = set(before)
    return all(b != a for b, a in zip(before, after, strict=True) if b in keep)


class TopicScore(msgspec.Struct, frozen=True):
    topic: str
    earned: float
    possible: float
    answered: int

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0


def topic_scores(questions: Iterable[Question], earned: Mapping[str, float]) -> list[TopicScore]:
    """Points per topic, in the order topics first appear; `earned` has the
    points of each answered question by its id (unanswered ones earn none)."""
    out: dict[str, list[float]] = {}
    for q in questions:
        row = out.setdefault(q.topic, [0.0, 0.0, 0])
        row[1] += q.points
        if q.id in earned:
            row[0] += earned[q.id]
            row[2] += 1
    return [TopicScore(t, e, p, int(n)) for t, (e, p, n) in out.items()]


class Session(msgspec.Struct):
    """One attempt at a list of questions."""

    bank: Bank
    questions: tuple[Question, ...]
    settings: QuizSettings = msgspec.field(default_factory=QuizSettings)
    attempt_id: int | None = None
    retry_of: int | None = None  # the attempt whose missed questions this one retries
    responses: dict[str, Any] = msgspec.field(default_factory=dict)
    grades: dict[str, Grade] = msgspec.field(default_factory=dict)
    submitted: bool = False  # a test, handed in: its answers are final
    flagged: set[str] = msgspec.field(default_factory=set)  # a test's questions flagged for review, by id
    answered: Event = msgspec.field(default_factory=Event)  # (question, response, grade)
    withdrawn: Event = msgspec.field(default_factory=Event)  # (question): a test's answer taken back
    finished_event: Event = msgspec.field(default_factory=Event)  # ()
    flags_changed: Event = msgspec.field(default_factory=Event)  # ()
    # The session a retry retries, while its attempt has no id yet (the history
    # file was held when it started): the history fills retry_of from it.
    parent: Session | None = None

    @classmethod
    def start(cls, bank: Bank, settings: QuizSettings) -> Session:
        return cls(bank, select_questions(bank, settings), settings)

    @classmethod
    def resume(cls, bank: Bank, question_ids: list[str], settings: QuizSettings, attempt_id: int,
               previous: Mapping[str, Any], retry_of: int | None = None, submitted: bool = False,
               flagged: Iterable[str] = ()) -> Session:
        """Rebuild an attempt from its saved order, answers and flags, regrading
        against the bank as it is now. Questions since removed from the bank are dropped."""
        by_id = {q.id: q for q in bank.questions}
        questions = tuple(by_id[i] for i in question_ids if i in by_id)
        session = cls(bank, questions, settings, attempt_id, retry_of, submitted=submitted,
                      flagged={i for i in flagged if i in by_id})
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
        """Practice ends with the last answer, a test when it is submitted."""
        return self.submitted if self.mode == TEST else self.current is None

    def options(self, question: Question) -> tuple[str, ...]:
        return presented_options(question, self.settings.seed, self.settings.reshuffle)

    def answer(self, response: Any, question: Question | None = None) -> Grade:
        """Grade an answer and record it: to the current question or, in a
        test, to any of its questions, again when the student changes it."""
        if self.finished:
            raise RuntimeError("the attempt is finished")
        question = self._answerable(question)
        from .grading import grade

        result = grade(question, response)
        self.responses[question.id] = response
        self.grades[question.id] = result
        self.answered.emit(question, response, result)
        if self.finished:
            self.finished_event.emit()
        return result

    def withdraw(self, question: Question) -> None:
        """Take back a test's answer (the student cleared it) before it is submitted."""
        if self.mode != TEST or self.finished:
            raise RuntimeError("only a test's answers are taken back, before it is submitted")
        if self._answerable(question).id in self.grades:
            del self.responses[question.id], self.grades[question.id]
            self.withdrawn.emit(question)

    def _answerable(self, question: Question | None) -> Question:
        if question is None:
            question = self.current
            if question is None:
                raise RuntimeError("every question is answered: say which answer changes")
        elif self.mode != TEST and question is not self.current:
            raise RuntimeError("in practice, questions are answered in turn and answers are final")
        elif question not in self.questions:
            raise ValueError(f"question {question.id!r} is not in this attempt")
        return question

    def unanswered(self) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.id not in self.grades)

    def toggle_flag(self, question: Question) -> bool:
        """Flag a test's question for review, or take the flag off; True when flagged now."""
        self.flagged ^= {question.id}
        self.flags_changed.emit()
        return question.id in self.flagged

    def submit(self) -> None:
        """Hand in a test: its answers become final and unanswered questions earn nothing."""
        if self.mode != TEST:
            raise RuntimeError("only a test is submitted; practice ends with its last answer")
        if not self.submitted:
            self.submitted = True
            self.finished_event.emit()

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
        return topic_scores(self.questions, {qid: g.earned for qid, g in self.grades.items()})

    def missed(self) -> tuple[Question, ...]:
        """Questions answered but not fully right, and those a submitted test
        left unanswered, in the order they were asked."""
        def missed(q: Question) -> bool:
            g = self.grades.get(q.id)
            return self.submitted if g is None else not g.correct

        return tuple(q for q in self.questions if missed(q))

    def retry_missed(self) -> Session:
        """A new attempt at the questions missed, their options shuffled anew."""
        missed = self.missed()
        return Session(self.bank, missed, self.settings.for_retry(len(missed)), retry_of=self.attempt_id,
                       parent=self if self.attempt_id is None else None)
