"""A past attempt opened from History by a double-click: every question, the
answer given, the right one, and the evidence highlighted in the article."""

from PySide6.QtCore import Qt

from studydesk.core.article import forgive
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session
from tests.support import copy_seed


def take(window, ids, responses, mode=TEST):
    """An attempt taken and finished, as the quiz records it."""
    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(i) for i in ids), QuizSettings(mode=mode, seed=2))
    window.quiz_panel.begin(session)
    for qid, response in responses.items():
        session.answer(response, bank.question(qid))
    if mode == TEST:
        session.submit()
    return session


def history_rows(qtbot, window, count):
    window.show_history()
    page = window.history_page
    page.stale()
    qtbot.waitUntil(lambda: page.model.rowCount() == count, timeout=5000)
    return page


def double_click_row(qtbot, page, row):
    table = page.table
    rect = table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def highlighted(window):
    return forgive(" ".join(window.article_view.highlighted_text()))


def test_double_click_opens_a_finished_attempt_for_review(qtbot, window):
    bank = window.open_bank.bank
    take(window, ("force-ratio", "kramatorsk-distance", "front-length"),
         {"force-ratio": "Two to one", "kramatorsk-distance": "80 km"})
    window.quiz_panel.show_start()
    page = history_rows(qtbot, window, 1)
    double_click_row(qtbot, page, 0)

    panel = window.quiz_panel
    review = panel.review_page
    assert window.tabs.currentWidget() is panel and panel.currentWidget() is review
    assert review.isVisible() and review.headline.text() == "Score 1 of 3  \u00b7  33%"
    assert review.note.text().startswith("Test taken ")
    assert not review.retry_button.isVisible() and review.close_button.isVisible()
    rows = [review.list.item(i).text() for i in range(review.list.count())]
    assert rows[0].startswith("\u2717  1. ") and "Your answer: Two to one" in rows[0]
    assert "Right answer: Eight to one" in rows[0] and "Points: 0 of 1" in rows[0]
    assert rows[1].startswith("\u2713  2. ") and "Your answer: 80 km" in rows[1] and "Right answer" not in rows[1]
    assert "Your answer: (no answer)" in rows[2] and "Right answer: 1,200 km" in rows[2]
    # The first missed question is selected and its evidence highlighted in the article.
    assert review.list.currentRow() == 0
    assert forgive(bank.question("force-ratio").evidence[0]) in highlighted(window)
    assert review.detail.text().startswith("Wrong.")
    # Another question, chosen by click: its evidence now.
    rect = review.list.visualItemRect(review.list.item(1))
    qtbot.mouseClick(review.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert forgive(bank.question("kramatorsk-distance").evidence[0]) in highlighted(window)
    assert review.detail.text().startswith("Right.")

    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    assert panel.currentWidget() is panel.start_page and highlighted(window) == ""


def test_a_quiz_in_progress_goes_on_after_a_review(qtbot, window):
    take(window, ("force-ratio",), {"force-ratio": "Eight to one"}, mode=PRACTICE)
    bank = window.open_bank.bank
    going = Session(bank, (bank.question("kramatorsk-distance"), bank.question("front-length")),
                    QuizSettings(mode=PRACTICE))
    window.quiz_panel.begin(going)
    page = history_rows(qtbot, window, 2)
    # Newest first: the attempt under way is resumed, not reviewed, and Review is off for it.
    page.table.selectRow(0)
    assert not page.review_button.isEnabled() and page.resume_button.isEnabled()
    page.table.selectRow(1)
    assert page.review_button.isEnabled() and not page.resume_button.isEnabled()
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    review = window.quiz_panel.review_page
    assert review.isVisible() and review.headline.text() == "Score 1 of 1  \u00b7  100%"
    assert review.note.text().startswith("Practice taken ")
    qtbot.mouseClick(review.close_button, Qt.MouseButton.LeftButton)
    assert window.quiz_panel.currentWidget() is window.quiz_panel.question_page
    assert window.quiz_panel.question_page.counter.text() == "Question 1 of 2"


def test_an_attempt_at_another_bank_opens_that_bank_first(qtbot, window, tmp_path):
    other = copy_seed(tmp_path, "other.toml")
    take(window, ("force-ratio",), {"force-ratio": "Two to one"})
    assert window.open_bank.open(other)
    page = history_rows(qtbot, window, 0)
    page.only_this_bank.setChecked(False)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    double_click_row(qtbot, page, 0)
    assert window.open_bank.bank.path != other  # the attempt's own bank, beside its article
    review = window.quiz_panel.review_page
    assert review.isVisible() and "Your answer: Two to one" in review.list.item(0).text()
    assert "outnumbered eight to one" in highlighted(window)
