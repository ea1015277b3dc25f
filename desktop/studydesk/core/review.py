"""Spaced review on top of the fsrs package (the scheduler Anki uses): every
question answered becomes a card, and fsrs says when it is due again.

- A wrong answer counts as Again, a partly right one as Hard, a right one as
  Good. Practice answers count as they are given, a test's when it is handed
  in, and a review's as it is answered.
- No learning steps: a review asks each card once, and a card missed today
  comes back on a later day, not in ten minutes.
- Cards are keyed by the bank's path and the question's id, so they survive
  edits to the bank. A card remembers what its question asked (its prompt,
  without case or punctuation, and its right answer in words): when either
  changes, the question is a new one to learn and the card starts again as
  new, its past reviews kept. Other edits (choices, explanation, hint,
  evidence, a typo's case or comma) keep the schedule. A question removed
  from its bank retires its card; if the id comes back, so does the card.
- A day runs from local midnight: a card is due today when its time falls
  before the next midnight. The daily limits count the reviews of the
  Review session only, so a long quiz does not use up today's reviews.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

import msgspec

from .bank import Bank, Question
from .callbacks import Event
from .history import bank_key
from .review_store import CardRecord, Review, ReviewStore, iso
from .session import TEST, Session

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

    from .grading import Grade

AGAIN, HARD, GOOD = 1, 2, 3  # fsrs.Rating's values, as the history keeps them
QUIZ, REVIEW, HISTORY = "quiz", "review", "history"  # where a review came from


class Limits(msgspec.Struct, frozen=True):
    """How many cards a day's Review sessions take: new ones, and due ones."""

    new_per_day: int = 10
    reviews_per_day: int = 100


class DueCard(msgspec.Struct, frozen=True):
    bank: Bank
    question: Question
    new: bool  # never answered yet: brought in by the new-card limit


def rating_for(grade: Grade) -> int:
    return GOOD if grade.correct else HARD if grade.partial else AGAIN


def default_scheduler() -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(learning_steps=(), relearning_steps=())


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def next_midnight(now: datetime) -> datetime:
    """The end of the local day that `now` is in."""
    local = now.astimezone()
    return datetime.combine(local.date() + timedelta(days=1), time(), local.tzinfo).astimezone(timezone.utc)


def asks(question: Question) -> str:
    """What a question asks, for telling an edit that makes it a new question."""
    from .grading import describe_answer
    from .words import normalize_text

    return f"{normalize_text(question.prompt)}\n{describe_answer(question)}"


class Schedule:
    """The cards of every bank. `clock` gives the time (UTC); tests fix it."""

    def __init__(self, store: ReviewStore, scheduler: Scheduler | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self._scheduler = scheduler
        self.clock = clock
        self.changed = Event()  # (): a card was reviewed, added, reset or retired
        self._rebuilt = False

    @property
    def scheduler(self) -> Scheduler:
        if self._scheduler is None:
            self._scheduler = default_scheduler()
        return self._scheduler

    # Recording answers

    def record(self, bank: Bank, question: Question, grade: Grade, *, source: str = QUIZ,
               when: datetime | None = None) -> Card:
        """An answer reviews its question's card (made now if it has none)."""
        from fsrs import Card, Rating

        when = when or self.clock()
        key = bank_key(bank)
        record = self.store.card(key, question.id) or CardRecord(key, question.id, "", Card(card_id=0, due=when))
        record.asks, record.retired = asks(question), None
        first = record.card.last_review is None
        record.card, _ = self.scheduler.review_card(record.card, Rating(rating_for(grade)), when)
        self.store.save([record], (record, Review(when, rating_for(grade), first, source)))
        self.changed.emit()
        return record.card

    def follow(self, session: Session) -> None:
        """Review each question of a quiz as it is answered; a test's answers
        when it is handed in (until then they may change)."""
        if session.mode == TEST:
            def submitted() -> None:
                for q in session.questions:
                    if q.id in session.grades:
                        self.record(session.bank, q, session.grades[q.id])

            session.finished_event.connect(submitted)
        else:
            session.answered.connect(lambda question, _response, grade: self.record(session.bank, question, grade))

    # Keeping cards in step with their banks

    def sync(self, bank: Bank) -> None:
        """Retire the cards of questions gone from the bank, bring back those
        whose id is back, and start again those whose question asks something new."""
        now = self.clock()
        by_id = {q.id: q for q in bank.questions}
        changed = []
        for record in self.store.cards(bank_key(bank)):
            question = by_id.get(record.question_id)
            if question is None:
                if record.retired is None:
                    record.retired = iso(now)
                    changed.append(record)
                continue
            wanted = asks(question)
            if record.retired is not None or record.asks != wanted:
                if record.asks and record.asks != wanted:  # ('' for a card made from the history: keep it)
                    from fsrs import Card  # (here: a start that changes no card need not import it, 10 ms)

                    record.card = Card(card_id=0, due=now)
                record.asks, record.retired = wanted, None
                changed.append(record)
        if changed:
            self.store.save(changed)
            self.changed.emit()

    def rebuild(self) -> int:
        """Cards for answers kept before the schedule existed, worked out from
        their reviews by fsrs (once, after the history's migration)."""
        missing = self.store.without_cards()
        if not missing:
            return 0  # (every start but the first after the migration: fsrs need not even load)
        from fsrs import Card, Rating, ReviewLog

        made = []
        for bank_path, question_id in missing:
            reviews = self.store.reviews(bank_path, question_id)
            logs = [ReviewLog(0, Rating(r.rating), r.reviewed, None) for r in reviews]
            card = self.scheduler.reschedule_card(Card(card_id=0, due=reviews[0].reviewed), logs)
            made.append(CardRecord(bank_path, question_id, "", card))
        if made:
            self.store.save(made)
            self.changed.emit()
        return len(made)

    # Due cards

    def due_counts(self) -> dict[str, int]:
        """Cards due today, by bank path (cards of banks not opened since an
        edit may include some their bank has since removed)."""
        return self.store.due_counts(next_midnight(self.clock()))

    def due_today(self) -> int:
        return sum(self.due_counts().values())

    def new_questions(self, bank: Bank) -> list[Question]:
        """The bank's questions never answered, in the bank's order."""
        carded = {c.question_id for c in self.store.cards(bank_key(bank))}
        return [q for q in bank.questions if q.id not in carded]

    def gather(self, banks: Iterable[Bank], limits: Limits = Limits()) -> list[DueCard]:
        """Today's review across banks: the due cards, soonest first, then new
        questions bank by bank, each within what is left of today's limit."""
        now = self.clock()
        banks = list(banks)
        for bank in banks:
            self.sync(bank)
        by_key = {bank_key(bank): bank for bank in banks}
        new_done, reviews_done = self.store.reviewed_since(next_midnight(now) - timedelta(days=1), REVIEW)
        out: list[DueCard] = []
        for record in self.store.due(next_midnight(now)):
            bank = by_key.get(record.bank_path)
            question = bank.question(record.question_id) if bank is not None else None
            if question is not None and len(out) < limits.reviews_per_day - reviews_done:
                out.append(DueCard(bank, question, False))
        room = limits.new_per_day - new_done
        for bank in banks:
            for question in self.new_questions(bank)[:max(0, room)]:
                out.append(DueCard(bank, question, True))
                room -= 1
        return out
