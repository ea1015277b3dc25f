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
    while not session.finished:
        session.answer(None)
    retry = session.retry_missed()
    assert retry.questions == session.missed() and retry.retry_of == 41
    assert retry.settings == QuizSettings(length=8, seed=5, mode=TEST, reshuffle=1)
    moved = [q.id for q in retry.questions if retry.options(q) and retry.options(q) != session.options(q)]
    assert moved == [q.id for q in retry.questions if session.options(q)]
    again = retry.retry_missed()
    assert again.settings.reshuffle == 2 and again.retry_of is None  # the retry was never saved: no id
