"""Moving about a test: Back and Next, the question list, flags, changed and
cleared answers, and the summary before submitting."""

import pytest

from studydesk.core.check import load_bank
from studydesk.core.navigation import QuizNavigation, number_list
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank
IDS = ("force-ratio", "kramatorsk-distance", "front-length", "events-in-order")


def navigation() -> QuizNavigation:
    return QuizNavigation(Session(BANK, tuple(BANK.question(i) for i in IDS), QuizSettings(mode=TEST)))


def test_back_and_next_stop_at_the_ends():
    nav = navigation()
    moves = []
    nav.changed.connect(lambda: moves.append(nav.index))
    assert nav.at_first and not nav.back()
    assert nav.next() and nav.next() and nav.next()
    assert nav.at_last and not nav.next()
    assert nav.question.id == "events-in-order"
    assert nav.back() and nav.question.id == "front-length"
    nav.go_to(0)
    assert moves == [1, 2, 3, 2, 0]
    with pytest.raises(IndexError):
        nav.go_to(4)


def test_saving_records_only_a_change_and_a_cleared_answer_is_taken_back():
    nav = navigation()
    recorded = []
    nav.session.answered.connect(lambda q, r, g: recorded.append((q.id, r)))
    assert nav.save("Two to one")
    assert not nav.save("Two to one")  # the same answer again: nothing to record
    assert nav.save("Eight to one")  # changed before submitting
    assert recorded == [("force-ratio", "Two to one"), ("force-ratio", "Eight to one")]
    assert nav.response() == "Eight to one"
    nav.next()
    assert nav.response() is None and not nav.save(None)
    nav.save("80 km")
    assert nav.save(None)  # cleared
    assert nav.session.responses == {"force-ratio": "Eight to one"}


def test_the_list_shows_answered_flagged_and_current_questions():
    nav = navigation()
    nav.save("Eight to one")
    nav.go_to(2)
    assert nav.toggle_flag()
    nav.save("1,200 km")
    nav.go_to(3)
    assert [(s.number, s.answered, s.flagged, s.current) for s in nav.states()] == [
        (1, True, False, False), (2, False, False, False), (3, True, True, False), (4, False, False, True)]
    assert nav.states()[2].description == "Question 3: answered, flagged"
    assert nav.states()[1].description == "Question 2: not answered"
    nav.go_to(2)
    assert not nav.toggle_flag() and nav.numbers("flagged") == []


def test_the_summary_lists_what_is_unanswered_and_flagged_before_submitting():
    nav = navigation()
    nav.save("Eight to one")
    nav.next()
    nav.toggle_flag()
    assert nav.summary() == ("You have answered 1 of 4 questions. Not answered: 2, 3 and 4; they will score "
                             "nothing. Flagged for review: 2. Once submitted, answers cannot be changed.")
    finished = []
    nav.session.finished_event.connect(lambda: finished.append(True))
    nav.submit()
    assert nav.session.finished and finished == [True]
    assert [q.id for q in nav.session.missed()] == list(IDS[1:])
    with pytest.raises(RuntimeError):
        nav.save("80 km")


def test_a_resumed_test_opens_at_its_first_unanswered_question():
    session = Session.resume(BANK, list(IDS), QuizSettings(mode=TEST), 1,
                             {"force-ratio": "Eight to one", "front-length": "1,200 km"})
    nav = QuizNavigation(session)
    assert nav.index == 1 and nav.numbers("unanswered") == [2, 4]


def test_practice_is_not_navigated():
    with pytest.raises(ValueError):
        QuizNavigation(Session(BANK, (BANK.question("force-ratio"),), QuizSettings(mode=PRACTICE)))


def test_number_lists_read_as_english():
    assert [number_list(n) for n in ([3], [3, 7], [3, 5, 9])] == ["3", "3 and 7", "3, 5 and 9"]
