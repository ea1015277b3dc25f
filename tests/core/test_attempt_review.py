"""What the review of an attempt shows: each question with the answer given,
the right one and the points, for the attempt just taken and a past one."""

import msgspec

from studydesk.core.attempt_review import NOT_ANSWERED, PARTLY_RIGHT, RIGHT, WRONG, review_attempt, review_session
from studydesk.core.bank import Bank
from studydesk.core.check import load_bank
from studydesk.core.history import History
from studydesk.core.session import TEST, QuizSettings, Session
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank
IDS = ("force-ratio", "kramatorsk-distance", "front-length", "fall-consequences")


def submitted(history=None):
    session = Session(BANK, tuple(BANK.question(i) for i in IDS), QuizSettings(mode=TEST))
    if history is not None:
        history.follow(session)
    session.answer("Two to one", BANK.question("force-ratio"))
    session.answer("80 km", BANK.question("kramatorsk-distance"))
    multi = BANK.question("fall-consequences")
    session.answer({multi.answer[0]}, multi)
    session.submit()
    return session


def test_the_attempt_just_taken():
    review = review_session(submitted())
    assert [i.verdict for i in review.items] == [WRONG, RIGHT, NOT_ANSWERED, PARTLY_RIGHT]
    wrong, right, blank, part = review.items
    assert (wrong.your_answer, wrong.right_answer, wrong.points) == ("Two to one", "Eight to one", "0 of 1")
    assert (blank.your_answer, blank.feedback, blank.points) == ("(no answer)", "Not answered.", "0 of 1")
    assert part.feedback.startswith("Partly right") and review.missed == 3
    assert {t.topic: (t.earned, t.answered) for t in review.by_topic()}["distances"] == (1.0, 1)


def test_a_past_attempt_keeps_its_points_and_says_what_changed(tmp_path):
    history, _ = History.open(tmp_path / "h.sqlite")
    session = submitted(history)
    record = history.attempt(session.attempt_id)
    answers = history.attempt_answers(BANK, record.id)
    review = review_attempt(BANK, record, answers)
    assert [i.verdict for i in review.items] == [WRONG, RIGHT, NOT_ANSWERED, PARTLY_RIGHT]
    assert (review.earned, review.possible, review.mode) == (record.earned, 4.0, TEST)
    assert review.items[3].feedback == review_session(session).items[3].feedback

    # Since then the teacher made "Two to one" the answer and removed a question.
    changed = msgspec.structs.replace(BANK.question("force-ratio"), answer="Two to one")
    later = Bank(title=BANK.title, questions=tuple(
        changed if q.id == "force-ratio" else q for q in BANK.questions if q.id != "front-length"))
    review = review_attempt(later, record, history.attempt_answers(later, record.id))
    assert review.left_out == 1 and [i.number for i in review.items] == [1, 2, 3]
    first = review.items[0]
    assert first.verdict == WRONG and first.points == "0 of 1"  # as it scored then
    assert first.feedback == "Scored 0 of 1 when answered; the question has changed since."
    assert first.right_answer == "Two to one"
