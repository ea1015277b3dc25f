"""A Review session: today's due cards from every bank, one after another.

It answers as a practice Session does (current, position, options, answer,
the score so far), so the practice page shows it; each card keeps its own
bank, whose article the window shows beside it. Each answer reviews the
card in the schedule as it is given.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from .bank import Bank, Question
from .callbacks import Event
from .review import REVIEW, DueCard, Schedule
from .session import PRACTICE, presented_options

if TYPE_CHECKING:
    from .grading import Grade


class ReviewSession:
    mode = PRACTICE  # an answer, then its feedback

    def __init__(self, schedule: Schedule, cards: list[DueCard], seed: int | None = None) -> None:
        self.schedule = schedule
        self.cards = tuple(cards)
        self.questions = tuple(card.question for card in self.cards)
        # Options shuffled the same way all day: the day's number, unless given.
        self.seed = date.today().toordinal() if seed is None else seed
        self.responses: dict[int, Any] = {}
        self.grades: dict[int, Grade] = {}  # by the card's place: two banks may share a question id
        self.answered = Event()  # (card, response, grade)
        self.finished_event = Event()  # ()

    @property
    def position(self) -> int:
        return len(self.grades)

    @property
    def current_card(self) -> DueCard | None:
        return self.cards[self.position] if self.position < len(self.cards) else None

    @property
    def current(self) -> Question | None:
        card = self.current_card
        return card.question if card is not None else None

    @property
    def bank(self) -> Bank | None:
        """The bank of the card shown."""
        card = self.current_card
        return card.bank if card is not None else None

    @property
    def finished(self) -> bool:
        return self.position >= len(self.cards)

    def options(self, question: Question) -> tuple[str, ...]:
        return presented_options(question, self.seed)

    def answer(self, response: Any, question: Question | None = None) -> Grade:
        card = self.current_card
        if card is None or (question is not None and question is not card.question):
            raise RuntimeError("a review is answered card by card, in turn")
        from .grading import grade

        result = grade(card.question, response)
        index = self.position
        self.responses[index] = response
        self.grades[index] = result
        self.schedule.record(card.bank, card.question, result, source=REVIEW)
        self.answered.emit(card, response, result)
        if self.finished:
            self.finished_event.emit()
        return result

    @property
    def earned(self) -> float:
        return sum(g.earned for g in self.grades.values())

    @property
    def answered_possible(self) -> float:
        return sum(g.points for g in self.grades.values())

    def counts(self) -> tuple[int, int, int]:
        """(right, partly right, wrong) so far."""
        grades = list(self.grades.values())
        return (sum(g.correct for g in grades), sum(g.partial for g in grades),
                sum(not g.correct and not g.partial for g in grades))
