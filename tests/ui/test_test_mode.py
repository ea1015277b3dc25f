"""Test mode driven by clicks and keys, as Moodle's quiz navigation: Back and
Next, the question list with answered and flagged questions, a flag for
review, answers changed before submitting, and a summary that names the
questions left unanswered before the test is handed in."""

import json
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt

from studydesk.core.session import TEST, QuizSettings, Session
from studydesk.ui.main_window import MainWindow
from tests.support import SEED_BANK

IDS = ("force-ratio", "kramatorsk-distance", "front-length", "war-years")


def begin(window, *ids):
    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(i) for i in ids), QuizSettings(mode=TEST, seed=1))
    window.quiz_panel.begin(session)
    return window.quiz_panel.test_page, session


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def click_question(qtbot, page, number):
    """Click a number in the question list."""
    box = page.questions.visualItemRect(page.questions.item(number - 1))
    qtbot.mouseClick(page.questions.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def shown_list(page):
    """The question list as it reads: the text of each box, and its words for a screen reader."""
    items = [page.questions.item(i) for i in range(page.questions.count())]
    return [i.text() for i in items], [i.data(Qt.ItemDataRole.AccessibleTextRole) for i in items]


def choice(page, text):
    return dict(zip(page.input.options, page.input.buttons))[text]


def saved(history):
    assert history.flush(timeout=5)  # the history's writer thread has written them
    db = sqlite3.connect(history.path)
    answers = dict((q, json.loads(r)) for q, r in db.execute("SELECT question_id, response FROM answer"))
    finished = db.execute("SELECT finished FROM attempt").fetchall()
    db.close()
    return answers, finished


@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_navigate_flag_change_and_submit(qtbot, window, history, size):
    window.resize(*size)
    page, session = begin(window, *IDS)
    assert window.quiz_panel.currentWidget() is page
    assert page.counter.text() == "Question 1 of 4" and page.answered.text() == "Answered 0 of 4"
    assert shown_list(page)[0] == ["1", "2", "3", "4"]
    assert not page.back_button.isEnabled() and page.next_button.isEnabled()
    # Every button of the footer is shown whole beside the others.
    for button in (page.flag_button, page.back_button, page.next_button, page.submit_button):
        assert button.isVisible() and button.width() >= button.minimumSizeHint().width()
        assert button.mapTo(page, QPoint(button.width(), 0)).x() <= page.width()

    # A wrong choice by its number key: counted at once, and no feedback.
    options = session.options(session.questions[0])
    qtbot.keyClick(page, str(options.index("Two to one") + 1))
    assert page.answered.text() == "Answered 1 of 4"
    assert shown_list(page)[1][0] == "Question 1: answered"
    assert window.article_view.highlighted_text() == []

    click(qtbot, page.next_button)
    assert page.counter.text() == "Question 2 of 4" and page.back_button.isEnabled()
    qtbot.keyClicks(page.input.field, "80 km")
    qtbot.mouseClick(page.flag_button, Qt.MouseButton.LeftButton)
    assert page.flag_note.isVisible() and page.flag_button.isChecked()
    assert shown_list(page)[0][1] == "2\u2691"
    assert shown_list(page)[1][1] == "Question 2: answered, flagged"

    click_question(qtbot, page, 4)  # straight to the last
    assert page.counter.text() == "Question 4 of 4" and not page.next_button.isEnabled()
    assert not page.flag_note.isVisible()
    click(qtbot, page.back_button)
    assert page.counter.text() == "Question 3 of 4" and page.input.field.text() == ""

    # Back to the first: the answer given is shown, and can be changed.
    click_question(qtbot, page, 1)
    assert choice(page, "Two to one").isChecked()
    click(qtbot, choice(page, "Eight to one"))
    click_question(qtbot, page, 2)
    assert page.input.field.text() == "80 km" and page.flag_note.isVisible()

    # Submit first shows what is left.
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert page.summary.isVisible() and not page.footer.isVisible()
    assert page.summary.text() == ("You have answered 2 of 4 questions. Not answered: 3 and 4; they will score "
                                   "nothing. Flagged for review: 2. Once submitted, answers cannot be changed.")
    assert saved(history) == ({"force-ratio": "Eight to one", "kramatorsk-distance": "80 km"}, [(None,)])
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    assert page.prompt.isVisible() and page.counter.text() == "Question 2 of 4"
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)

    results = window.quiz_panel.results_page
    assert window.quiz_panel.currentWidget() is results
    assert results.headline.text() == "Score 2 of 4  \u00b7  50%"
    assert "Your answer: Eight to one" in results.list.item(0).text()
    third = results.list.item(2).text()
    assert "Your answer: (no answer)" in third and "Right answer: 1,200 km" in third
    assert results.retry_button.text() == "&Retry missed (2)"
    answers, finished = saved(history)
    assert answers == {"force-ratio": "Eight to one", "kramatorsk-distance": "80 km"} and finished[0][0]


def test_enter_goes_on_then_to_the_summary_then_submits(qtbot, window):
    page, session = begin(window, "force-ratio", "kramatorsk-distance")
    qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.counter.text() == "Question 2 of 2"
    qtbot.keyClicks(page.input.field, "70")
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)  # the last question: the summary
    assert page.summary.isVisible() and "You have answered 2 of 2 questions." in page.summary.text()
    assert "Not answered" not in page.summary.text()
    assert not session.finished
    qtbot.keyClick(page.confirm_button, Qt.Key.Key_Return)
    assert session.finished and window.quiz_panel.currentWidget() is window.quiz_panel.results_page


def test_a_cleared_answer_is_unanswered_again(qtbot, window, history):
    page, session = begin(window, "kramatorsk-distance", "front-length")
    qtbot.keyClicks(page.input.field, "80")
    click(qtbot, page.next_button)
    assert session.responses == {"kramatorsk-distance": "80"}
    click(qtbot, page.back_button)
    page.input.field.selectAll()
    qtbot.keyClick(page.input.field, Qt.Key.Key_Delete)
    assert page.answered.text() == "Answered 0 of 2"
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    assert "Not answered: 1 and 2" in page.summary.text()
    assert session.responses == {} and saved(history)[0] == {}


def test_an_unsubmitted_test_resumes_with_its_answers(qtbot, window, settings, history):
    start = window.quiz_panel.start_page
    start.test.setChecked(True)
    start.length.setValue(3)
    start.seed.setValue(5)  # a choice question first
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = window.quiz_panel.test_page
    session = window.quiz_panel.session
    qtbot.keyClick(page, Qt.Key.Key_2)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    given = session.responses[session.questions[0].id]
    window.close()

    again = MainWindow(settings, history)
    qtbot.addWidget(again)
    assert again.open_bank.open(SEED_BANK)
    start = again.quiz_panel.start_page
    assert "1 of 3 answered" in start.resume_button.text()
    qtbot.mouseClick(start.resume_button, Qt.MouseButton.LeftButton)
    page = again.quiz_panel.test_page
    assert again.quiz_panel.currentWidget() is page
    assert page.counter.text() == "Question 2 of 3" and page.answered.text() == "Answered 1 of 3"
    click_question(qtbot, page, 1)
    assert page.input.response() == given


def test_flags_come_back_when_the_test_is_resumed_in_a_new_window(qtbot, window, settings, history):
    start = window.quiz_panel.start_page
    start.test.setChecked(True)
    start.length.setValue(4)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = window.quiz_panel.test_page
    asked = [q.id for q in window.quiz_panel.session.questions]
    click_question(qtbot, page, 3)
    qtbot.mouseClick(page.flag_button, Qt.MouseButton.LeftButton)  # question 3 flagged, nothing answered
    assert shown_list(page)[1][2] == "Question 3: not answered, flagged"
    window.close()

    again = MainWindow(settings, history)
    qtbot.addWidget(again)
    assert again.open_bank.open(SEED_BANK)
    qtbot.mouseClick(again.quiz_panel.start_page.resume_button, Qt.MouseButton.LeftButton)
    page = again.quiz_panel.test_page
    assert [q.id for q in again.quiz_panel.session.questions] == asked
    assert shown_list(page)[1][2] == "Question 3: not answered, flagged"
    click_question(qtbot, page, 3)
    assert page.flag_button.isChecked() and not page.flag_note.isHidden()  # (this window is not shown)
