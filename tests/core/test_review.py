"""Spaced review, scheduled by the fsrs package with a fixed clock: answers
become cards, ratings are fsrs's, cards follow their banks' edits, and a day's
review gathers due cards across banks within the daily limits."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import msgspec
import pytest
from fsrs import Card, Rating, Scheduler, State

from studydesk.core.bank import Bank
from studydesk.core.check import load_bank
from studydesk.core.grading import grade, right_response, wrong_response
from studydesk.core.review import AGAIN, GOOD, HARD, QUIZ, REVIEW, Limits, Schedule, next_midnight, rating_for
from studydesk.core.review_session import ReviewSession
from studydesk.core.review_store import ReviewStore
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session
from tests.support import SEED_BANK

SEED = load_bank(SEED_BANK).bank
START = datetime(2025, 3, 3, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def fsrs_scheduler() -> Scheduler:
    """The schedule's scheduler without its random fuzz, so a test can follow it exactly."""
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def schedule(clock):
    return Schedule(ReviewStore.open(None), fsrs_scheduler(), clock)


def other_bank() -> Bank:
    """A second bank that shares some question ids with the seed bank."""
    return msgspec.structs.replace(SEED, title="Other", path=Path("/banks/other.toml"), questions=SEED.questions[:5])


def partial(q):
    g = grade(q, {"text": "x", "made": [True, False, False]})
    assert g.partial
    return g


def test_a_wrong_answer_is_again_a_partly_right_one_hard_a_right_one_good():
    q = SEED.question("stakes-politics")
    assert rating_for(grade(q, wrong_response(q))) == AGAIN == Rating.Again
    assert rating_for(partial(q)) == HARD == Rating.Hard
    assert rating_for(grade(q, right_response(q))) == GOOD == Rating.Good


def test_cards_are_scheduled_as_fsrs_schedules_them(schedule, clock):
    """Answers over weeks, each when the card falls due: the stored card is
    the card fsrs gives for the same ratings at the same times."""
    q = SEED.question("stakes-politics")
    grades = [grade(q, right_response(q)), grade(q, right_response(q)), grade(q, wrong_response(q)), partial(q),
              grade(q, right_response(q))]
    expected = Card(card_id=0, due=START)
    reference = fsrs_scheduler()
    for g in grades:
        when = clock.now
        card = schedule.record(SEED, q, g)
        expected, _ = reference.review_card(expected, Rating(rating_for(g)), when)
        stored = schedule.store.card(str(SEED_BANK.resolve()), q.id).card
        for c in (card, stored):
            assert (c.state, c.step, c.due, c.last_review) == (expected.state, expected.step, expected.due,
                                                                 expected.last_review)
            assert c.stability == pytest.approx(expected.stability) and c.difficulty == pytest.approx(
                expected.difficulty)
        assert expected.state == State.Review and expected.due > when  # no learning steps: days, not minutes
        clock.now = expected.due
    reviews = schedule.store.reviews(str(SEED_BANK.resolve()), q.id)
    assert [(r.rating, r.first, r.source) for r in reviews] == [
        (3, True, QUIZ), (3, False, QUIZ), (1, False, QUIZ), (2, False, QUIZ), (3, False, QUIZ)]


def test_the_default_scheduler_has_no_learning_steps_and_fuzzes_intervals():
    scheduler = Schedule(ReviewStore.open(None)).scheduler
    assert scheduler.learning_steps == () and scheduler.relearning_steps == () and scheduler.enable_fuzzing


def test_a_card_is_due_from_the_start_of_its_local_day(schedule, clock):
    q = SEED.question("force-ratio")
    card = schedule.record(SEED, q, grade(q, right_response(q)))
    key = str(SEED_BANK.resolve())
    assert schedule.due_counts() == {}
    its_day = next_midnight(card.due) - timedelta(days=1)  # local midnight before it is due
    clock.now = its_day - timedelta(seconds=1)
    assert schedule.due_counts() == {} and schedule.due_today() == 0
    clock.now = its_day
    assert schedule.due_counts() == {key: 1} and schedule.due_today() == 1


def test_practice_answers_count_as_given_and_a_test_s_once_handed_in(schedule):
    practice = Session(SEED, SEED.questions[:2], QuizSettings(mode=PRACTICE))
    schedule.follow(practice)
    practice.answer(right_response(practice.current))
    assert [c.question_id for c in schedule.store.cards()] == [SEED.questions[0].id]

    test = Session(SEED, SEED.questions[2:5], QuizSettings(mode=TEST))
    schedule.follow(test)
    test.answer(wrong_response(test.questions[0]), test.questions[0])
    test.answer(right_response(test.questions[0]), test.questions[0])  # changed before handing in
    test.answer(right_response(test.questions[2]), test.questions[2])
    assert len(schedule.store.cards()) == 1
    test.submit()
    assert {c.question_id for c in schedule.store.cards()} == {SEED.questions[i].id for i in (0, 2, 4)}
    reviews = schedule.store.reviews(str(SEED_BANK.resolve()), SEED.questions[2].id)
    assert [r.rating for r in reviews] == [GOOD]  # the answer handed in, not the one changed


def test_edits_keep_a_card_unless_the_question_asks_something_new(schedule, clock):
    key = str(SEED_BANK.resolve())
    for q in SEED.questions[:3]:
        schedule.record(SEED, q, grade(q, right_response(q)))
    due = {c.question_id: c.card.due for c in schedule.store.cards(key)}
    first, second, third = SEED.questions[:3]
    clock.now += timedelta(hours=1)
    edited = msgspec.structs.replace(SEED, questions=(
        msgspec.structs.replace(first, explain="Reworded.", hint="A new hint.", prompt=first.prompt.upper()),
        msgspec.structs.replace(second, prompt=second.prompt + " (in residents)"),
        *SEED.questions[3:]))  # the third is removed
    schedule.sync(edited)
    cards = {c.question_id: c for c in schedule.store.cards(key)}
    assert cards[first.id].card.due == due[first.id] and cards[first.id].retired is None  # wording only
    assert cards[second.id].card.last_review is None and cards[second.id].card.due == clock.now  # new again
    assert cards[third.id].retired is not None and cards[third.id].card.due == due[third.id]  # retired, kept
    clock.now = max(due.values())
    assert schedule.due_counts() == {key: 2}  # not the retired card
    schedule.sync(SEED)  # the third question is back, and with it its card
    assert schedule.store.card(key, third.id).retired is None and schedule.due_counts() == {key: 3}


def test_a_day_s_review_gathers_due_cards_across_banks_then_new_ones_within_the_limits(schedule, clock):
    other = other_bank()
    for bank in (SEED, other):
        for q in bank.questions[:3]:
            schedule.record(bank, q, grade(q, right_response(q)))
    clock.now += timedelta(days=30)
    cards = schedule.gather([SEED, other], Limits(new_per_day=4, reviews_per_day=5))
    assert [c.new for c in cards] == [False] * 5 + [True] * 4
    assert {c.bank.title for c in cards[:5]} == {SEED.title, "Other"}
    assert [c.question.id for c in cards[5:]] == [q.id for q in SEED.questions[3:7]]

    session = ReviewSession(schedule, cards, seed=1)
    assert session.current is cards[0].question and session.bank is cards[0].bank
    session.answer(right_response(session.current))
    session.answer(wrong_response(session.current))
    assert session.position == 2 and session.counts() == (1, 0, 1) and session.earned == 1
    reviewed = schedule.store.reviews(str(cards[1].bank.path.resolve()), cards[1].question.id)
    assert (reviewed[-1].rating, reviewed[-1].source) == (AGAIN, REVIEW)
    # What is left of today's limits: 3 reviews, then the 4 new ones.
    again = schedule.gather([SEED, other], Limits(new_per_day=4, reviews_per_day=5))
    assert [c.new for c in again] == [False] * 3 + [True] * 4
    with pytest.raises(RuntimeError):
        session.answer(right_response(cards[5].question), cards[5].question)  # not its turn


def test_two_banks_with_the_same_question_id_keep_two_cards(schedule):
    q = SEED.questions[0]
    schedule.record(SEED, q, grade(q, right_response(q)))
    schedule.record(other_bank(), q, grade(q, wrong_response(q)))
    cards = {c.bank_path: c.card for c in schedule.store.cards()}
    assert len(cards) == 2 and len({c.due for c in cards.values()}) == 2
