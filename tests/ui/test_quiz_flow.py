"""A whole quiz from the start page to the results, retry and resume."""

from PySide6.QtCore import Qt

from studydesk.core.grading import right_response, wrong_response
from studydesk.ui.main_window import MainWindow
from tests.support import SEED_BANK


def answer_current(qtbot, page, right=True):
    q = page.session.current
    if right:
        page.input.set_response(right_response(q))
    else:
        page.input.set_response(wrong_response(q))
    qtbot.keyClick(page, Qt.Key.Key_Return)


def test_practice_quiz_to_results_and_retry_missed(qtbot, window, history):
    panel = window.quiz_panel
    start = panel.start_page
    start.none_button.click()
    assert not start.start_button.isEnabled()
    start.topic_boxes["distances"].setChecked(True)
    start.topic_boxes["ratios"].setChecked(True)
    start.length.setValue(4)
    start.seed.setValue(123)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = panel.question_page
    assert panel.currentWidget() is page
    session = panel.session
    assert len(session.questions) == 4 and {q.topic for q in session.questions} <= {"distances", "ratios"}
    for i in range(4):
        assert page.counter.text() == f"Question {i + 1} of 4"
        assert page.progress.value() == i
        answer_current(qtbot, page, right=i != 2)
        assert page.feedback.isVisible()
        qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter again goes on
    results = panel.results_page
    assert panel.currentWidget() is results
    assert results.headline.text() == "Score 3 of 4  \u00b7  75%"
    assert results.list.count() == 4
    third = results.list.item(2).text()
    assert third.startswith("\u2717  3. ") and "Right answer: " in third and "Points: 0 of 1" in third
    assert "Right answer" not in results.list.item(0).text()
    # The missed question is selected, its evidence shown in the text.
    missed = session.questions[2]
    assert results.selected().question is missed
    assert window.article_view.highlighted_text()
    assert results.retry_button.text() == "&Retry missed (1)"
    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    assert panel.currentWidget() is page
    assert [q.id for q in panel.session.questions] == [missed.id]
    records = history.attempts(window.open_bank.bank)
    assert records[0].parent_id == records[1].id and records[1].answered == 4 and records[1].finished


def test_same_seed_same_quiz(qtbot, window):
    start = window.quiz_panel.start_page
    start.seed.setValue(777)
    start.start_button.click()
    first = [q.id for q in window.quiz_panel.session.questions]
    options = window.quiz_panel.session.options(window.quiz_panel.session.questions[0])
    window.quiz_panel.show_start()
    start.seed.setValue(777)
    start.start_button.click()
    assert [q.id for q in window.quiz_panel.session.questions] == first
    assert window.quiz_panel.session.options(window.quiz_panel.session.questions[0]) == options


def test_results_show_in_text_goes_to_a_missed_question(qtbot, window):
    start = window.quiz_panel.start_page
    start.test.setChecked(True)
    start.length.setValue(3)
    start.start_button.click()
    page = window.quiz_panel.test_page
    for q in window.quiz_panel.session.questions:
        page.input.set_response(wrong_response(q))
        qtbot.keyClick(page, Qt.Key.Key_Return)  # on to the next, and from the last to the summary
    qtbot.keyClick(page, Qt.Key.Key_Return)  # submits
    results = window.quiz_panel.results_page
    results.list.setCurrentRow(1)
    window.article_view.clear_evidence()
    qtbot.mouseClick(results.text_button, Qt.MouseButton.LeftButton)
    q = window.quiz_panel.session.questions[1]
    highlighted = " ".join(window.article_view.highlighted_text())
    from studydesk.core.article import forgive

    assert forgive(q.evidence[0]) in forgive(highlighted)


def test_unfinished_attempt_is_resumed_in_a_new_window(qtbot, window, settings, history):
    start = window.quiz_panel.start_page
    start.length.setValue(5)
    start.start_button.click()
    page = window.quiz_panel.question_page
    asked = [q.id for q in window.quiz_panel.session.questions]
    answer_current(qtbot, page)
    qtbot.keyClick(page.next_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.counter.text() == "Question 2 of 5")
    answer_current(qtbot, page)
    window.close()

    again = MainWindow(settings, history)
    qtbot.addWidget(again)
    assert again.open_bank.open(SEED_BANK)
    start = again.quiz_panel.start_page
    assert not start.resume_button.isHidden()
    assert "2 of 5 answered" in start.resume_button.text()
    start.resume_button.click()
    session = again.quiz_panel.session
    assert [q.id for q in session.questions] == asked
    assert again.quiz_panel.question_page.counter.text() == "Question 3 of 5"
    assert len(session.grades) == 2


def test_history_page_lists_attempts_and_resumes(qtbot, window, history):
    start = window.quiz_panel.start_page
    start.length.setValue(3)
    start.start_button.click()
    answer_current(qtbot, window.quiz_panel.question_page)
    window.tabs.setCurrentWidget(window.history_page)
    page = window.history_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.model.data(page.model.index(0, 3)) == "1 of 3, unfinished"
    assert page.model.data(page.model.index(0, 4)) == "33% so far"
    page.table.selectRow(0)
    assert page.resume_button.isEnabled()
    qtbot.mouseClick(page.resume_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.quiz_panel
    assert window.quiz_panel.question_page.counter.text() == "Question 2 of 3"


def test_unticking_and_ticking_topics_keeps_the_chosen_length(qtbot, window):
    start = window.quiz_panel.start_page
    assert start.length.value() == 10
    qtbot.mouseClick(start.none_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(start.all_button, Qt.MouseButton.LeftButton)
    assert start.length.value() == 10
    start.length.setValue(25)
    start.none_button.click()
    start.topic_boxes["ratios"].setChecked(True)  # 4 questions: the length follows the maximum
    assert start.length.value() == 4
    start.all_button.click()
    assert start.length.value() == 25  # and comes back to what the student chose
    start.start_button.click()
    assert len(window.quiz_panel.session.questions) == 25
