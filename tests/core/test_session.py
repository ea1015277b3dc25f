import pytest

from studydesk.core.bank import OrderQuestion
from studydesk.core.check import load_bank
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session, presented_options, select_questions
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank


def test_selection_by_topic_and_length_is_seeded():
    settings = QuizSettings(topics=("distances", "ratios"), length=5, seed=7)
    first = select_questions(BANK, settings)
    assert len(first) == 5
    assert {q.topic for q in first} <= {"distances", "ratios"}
    assert select_questions(BANK, settings) == first
    others = {tuple(q.id for q in select_questions(BANK, QuizSettings(seed=s))) for s in range(5)}
    assert len(others) > 1


def test_choice_order_is_shuffled_reproducibly_and_order_never_starts_solved():
    q = BANK.question("force-ratio")
    assert sorted(presented_options(q, 1)) == sorted(q.choices)
    assert presented_options(q, 1) == presented_options(q, 1)
    assert len({presented_options(q, s) for s in range(10)}) > 1
    order = BANK.question("events-in-order")
    assert isinstance(order, OrderQuestion)
    assert all(presented_options(order, s) != order.items for s in range(50))


def test_answering_scores_and_announces():
    session = Session.start(BANK, QuizSettings(length=3, seed=1, mode=PRACTICE))
    heard = []
    session.answered.connect(lambda q, r, g: heard.append((q.id, g.score)))
    finished = []
    session.finished_event.connect(lambda: finished.append(True))
    first = session.current
    g = session.answer(None)
    assert g.score == 0 and heard == [(first.id, 0.0)]
    assert session.current is session.questions[1]
    while not session.finished:
        session.answer(None)
    assert finished == [True]
    assert len(session.missed()) == 3
    assert session.retry_missed().questions == session.missed()


def test_per_topic_scores():
    q1, q2 = BANK.question("force-ratio"), BANK.question("kramatorsk-distance")
    session = Session(BANK, (q1, q2), QuizSettings(mode=TEST))
    session.answer("Eight to one")
    session.answer("70 km")
    scores = {t.topic: (t.earned, t.possible) for t in session.by_topic()}
    assert scores == {"ratios": (1.0, 1.0), "distances": (0.0, 1.0)}
    assert session.earned == 1 and session.possible == 2
    assert session.missed() == (q2,)


def test_resume_regrades_saved_answers_and_skips_removed_questions():
    session = Session.resume(BANK, ["force-ratio", "gone", "kramatorsk-distance"], QuizSettings(), 3,
                             {"force-ratio": "Eight to one"})
    assert [q.id for q in session.questions] == ["force-ratio", "kramatorsk-distance"]
    assert session.grades["force-ratio"].correct
    assert session.current.id == "kramatorsk-distance"


def test_a_retry_shuffles_its_options_anew_and_moves_every_right_answer():
    """So that a student who missed a question cannot answer it again by its
    position: in every retry, no right answer keeps its place."""
    from studydesk.core.bank import ChoiceQuestion, MatchQuestion, MultiQuestion

    for seed in (0, 1, 123, 4567):
        for q in BANK.questions:
            before = presented_options(q, seed)
            for reshuffle in (1, 2, 3):
                after = presented_options(q, seed, reshuffle)
                assert sorted(after) == sorted(before)
                assert after == presented_options(q, seed, reshuffle)  # reproducible
                if not after:
                    continue  # true or false: nothing to shuffle
                if isinstance(q, ChoiceQuestion):
                    assert after.index(q.answer) != before.index(q.answer), (q.id, seed, reshuffle)
                elif isinstance(q, MultiQuestion):
                    assert all(after.index(c) != before.index(c) for c in q.answer), (q.id, seed, reshuffle)
                else:  # order items and match answers: each one moves
                    assert all(a != b for a, b in zip(after, before)), (q.id, seed, reshuffle)
                if isinstance(q, OrderQuestion):
                    assert after != q.items
                if isinstance(q, MatchQuestion):
                    assert set(after) == set(q.rights)
                before = after


def test_retry_missed_is_a_retry_with_its_own_shuffle():
    session = Session.start(BANK, QuizSettings(length=8, seed=5, mode=TEST))
    session.attempt_id = 41
    for q in session.questions[:5]:
        session.answer(None, q)
    session.submit()  # three left unanswered: missed too
    assert len(session.missed()) == 8
    retry = session.retry_missed()
    assert retry.questions == session.missed() and retry.retry_of == 41
    assert retry.settings == QuizSettings(length=8, seed=5, mode=TEST, reshuffle=1)
    moved = [q.id for q in retry.questions if retry.options(q) and retry.options(q) != session.options(q)]
    assert moved == [q.id for q in retry.questions if session.options(q)]
    again = retry.retry_missed()
    assert again.settings.reshuffle == 2 and again.retry_of is None  # the retry was never saved: no id


def test_a_test_is_answered_in_any_order_changed_and_submitted():
    q1, q2, q3 = (BANK.question(i) for i in ("force-ratio", "kramatorsk-distance", "front-length"))
    session = Session(BANK, (q1, q2, q3), QuizSettings(mode=TEST))
    heard, withdrawn, finished = [], [], []
    session.answered.connect(lambda q, r, g: heard.append((q.id, r, g.score)))
    session.withdrawn.connect(lambda q: withdrawn.append(q.id))
    session.finished_event.connect(lambda: finished.append(True))
    session.answer("80 km", q2)  # the second first
    session.answer("Two to one", q1)
    session.answer("Eight to one", q1)  # changed: the last answer counts
    assert session.responses == {"kramatorsk-distance": "80 km", "force-ratio": "Eight to one"}
    assert session.earned == 2 and session.unanswered() == (q3,)
    session.answer("1,200 km", q3)
    assert not session.finished and finished == []  # every question answered, but not yet submitted
    session.withdraw(q3)
    assert session.unanswered() == (q3,) and withdrawn == ["front-length"]
    session.submit()
    assert session.finished and finished == [True]
    assert session.missed() == (q3,)  # left unanswered: missed, and retried
    assert heard[2] == ("force-ratio", "Eight to one", 1.0)
    with pytest.raises(RuntimeError):
        session.answer("1,200 km", q3)  # submitted: final
    with pytest.raises(RuntimeError):
        session.withdraw(q1)


def test_practice_answers_come_in_turn_and_stay():
    q1, q2 = BANK.question("force-ratio"), BANK.question("kramatorsk-distance")
    session = Session(BANK, (q1, q2), QuizSettings(mode=PRACTICE))
    with pytest.raises(RuntimeError):
        session.answer("80 km", q2)  # not its turn
    session.answer("Two to one")
    with pytest.raises(RuntimeError):
        session.answer("Eight to one", q1)  # final once given
    with pytest.raises(RuntimeError):
        session.withdraw(q1)
    with pytest.raises(RuntimeError):
        session.submit()  # practice ends with its last answer
    session.answer("80 km")
    assert session.finished and session.missed() == (q1,)
