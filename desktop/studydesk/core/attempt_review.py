"""An attempt to look back on: every question, the answer given, the right
answer, the points and the evidence. The results page shows one at the end
of a quiz; History opens a past attempt the same way.

A past attempt keeps the points it scored when it was taken (the History
list shows the same). Its questions are read from the bank as it is now: one
since removed is left out and counted, and one whose grading has changed
says so rather than show a message that disagrees with its points.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from .bank import Bank, Question
from .grading import Grade, describe_answer, describe_response, grade
from .points import points_text
from .session import Session, TopicScore, topic_scores

if TYPE_CHECKING:
    from .history import AnswerRecord, AttemptRecord

RIGHT, PARTLY_RIGHT, WRONG, NOT_ANSWERED = "right", "partly right", "wrong", "not answered"


class ReviewItem(msgspec.Struct, frozen=True):
    number: int  # from 1, in the order asked
    question: Question
    response: Any = None
    grade: Grade | None = None  # None: not answered

    @property
    def verdict(self) -> str:
        g = self.grade
        if g is None:
            return NOT_ANSWERED
        return RIGHT if g.correct else PARTLY_RIGHT if g.partial else WRONG

    @property
    def correct(self) -> bool:
        return self.grade is not None and self.grade.correct

    @property
    def earned(self) -> float:
        return self.grade.earned if self.grade is not None else 0.0

    @property
    def your_answer(self) -> str:
        return describe_response(self.question, self.response)

    @property
    def right_answer(self) -> str:
        return describe_answer(self.question)

    @property
    def feedback(self) -> str:
        return self.grade.feedback if self.grade is not None else "Not answered."

    @property
    def points(self) -> str:
        """'0.5 of 1'."""
        worth = self.grade.points if self.grade is not None else self.question.points
        return f"{points_text(self.earned)} of {points_text(worth)}"


class AttemptReview(msgspec.Struct, frozen=True):
    items: tuple[ReviewItem, ...]
    earned: float
    possible: float
    mode: str = ""
    started: str = ""  # ISO date and time: a past attempt's
    left_out: int = 0  # questions of a past attempt no longer in the bank

    def by_topic(self) -> list[TopicScore]:
        return topic_scores((i.question for i in self.items),
                            {i.question.id: i.earned for i in self.items if i.grade is not None})

    @property
    def missed(self) -> int:
        return sum(not i.correct for i in self.items)

    def item(self, number: int) -> ReviewItem:
        return self.items[number - 1]


def review_session(session: Session) -> AttemptReview:
    """The attempt just taken, as the results page shows it."""
    items = tuple(ReviewItem(n, q, session.responses.get(q.id), session.grades.get(q.id))
                  for n, q in enumerate(session.questions, 1))
    return AttemptReview(items, session.earned, session.possible, session.mode)


def review_attempt(bank: Bank, record: AttemptRecord, answers: Mapping[str, AnswerRecord]) -> AttemptReview:
    """A past attempt from the history, with the points it scored then."""
    by_id = {q.id: q for q in bank.questions}
    items: list[ReviewItem] = []
    left_out = 0
    for qid in record.question_ids:
        question = by_id.get(qid)
        if question is None:
            left_out += 1
            continue
        given = answers.get(qid)
        items.append(ReviewItem(len(items) + 1, question, given.response if given else None,
                                _as_scored(question, given) if given else None))
    return AttemptReview(tuple(items), record.earned, record.possible, record.mode, record.started, left_out)


def _as_scored(question: Question, given: AnswerRecord) -> Grade:
    """The grade an answer got when given: today's message where today's
    grading agrees with it, else a plain account of what it scored."""
    now = grade(question, given.response)
    if abs(now.score - given.score) < 1e-9 and now.points == given.points:
        return now
    then = Grade(given.score, given.points, "")
    return Grade(given.score, given.points, f"Scored {points_text(then.earned)} of {points_text(given.points)} "
                 "when answered; the question has changed since.")
