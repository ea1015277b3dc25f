"""Every view as a screen reader gets it, through Qt's own accessibility
interface (no screen reader needed): no interactive control without a name,
and every visible text in the tree as the text it is (issue 19)."""

import pytest
from PySide6.QtWidgets import QFileDialog

from studydesk.core.grading import right_response, wrong_response
from studydesk.core.session import PRACTICE, QuizSettings, Session
from studydesk.ui.background import wait_for_background
from tests.ui.accessible_tree import problems


def assert_readable(root, context=""):
    found = problems(root)
    assert not found, "\n".join([context, *found])

# One question of each kind in the seed bank.
KINDS = {
    "choice": "force-ratio",
    "multi": "cities-beyond",
    "truefalse": "sloviansk-position",
    "numeric": "kramatorsk-distance",
    "text": "gray-zone",
    "order": "events-in-order",
    "match": "places-match",
    "written": "stakes-if-it-falls",
}


def begin(window, qid):
    bank = window.open_bank.bank
    session = Session(bank, (bank.question(qid), bank.questions[0]), QuizSettings(mode=PRACTICE, seed=1))
    window.quiz_panel.begin(session)
    return window.quiz_panel.question_page


def test_the_kinds_cover_every_kind_of_question(seed_bank):
    assert {seed_bank.question(q).kind for q in KINDS.values()} == set(KINDS) == {q.kind for q in seed_bank.questions}


def test_start_page(window):
    assert_readable(window)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("answer", ["before", "right", "wrong"])
def test_question_of_every_kind(window, kind, answer):
    page = begin(window, KINDS[kind])
    if answer != "before":
        q = page.session.current
        page.input.set_response(right_response(q) if answer == "right" else wrong_response(q))
        page.check()
        assert page.feedback.isVisible()
    assert_readable(window)


def test_results(window):
    page = begin(window, "force-ratio")
    for respond in (right_response, wrong_response):
        page.input.set_response(respond(page.session.current))
        page.check()
        page.next()
    assert window.quiz_panel.currentWidget() is window.quiz_panel.results_page
    assert_readable(window)


def test_every_chart(window, qtbot):
    window.show_charts()
    charts = window.charts_page
    for i in range(charts.chooser.count()):
        charts.chooser.setCurrentIndex(i)
        wait_for_background()
        qtbot.waitUntil(lambda: "Loading" not in charts.legend.text())
        assert_readable(window, charts.chooser.currentText())


def test_history(window, qtbot):
    page = begin(window, "force-ratio")
    page.input.set_response(right_response(page.session.current))
    page.check()
    window.show_history()
    qtbot.waitUntil(lambda: window.history_page.model.rowCount() == 1)
    window.history_page.table.selectRow(0)
    assert_readable(window)


def test_edit(window, qtbot):
    window.show_editor()
    editor = window.editor_page
    qtbot.waitUntil(lambda: not editor.checking)
    editor.editor.go_to(editor.text().index('id = "force-ratio"') and
                        editor.text()[: editor.text().index('id = "force-ratio"')].count("\n") + 2)
    assert editor.preview.question is not None
    assert_readable(window)


def test_a_file_dialog(window, qtbot):
    dialog = QFileDialog(window, "Open a question bank", "", "Question banks (*.toml);;All files (*)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what offscreen shows; native ones are the desktop's
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert_readable(dialog)
    dialog.reject()


def test_a_test_and_its_summary(window):
    from studydesk.core.session import TEST

    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(q) for q in KINDS.values()), QuizSettings(mode=TEST, seed=1))
    window.quiz_panel.begin(session)
    page = window.quiz_panel.test_page
    for _ in KINDS:
        assert_readable(window, page.session.current.kind if hasattr(page, "session") else "")
        page.next()
    page.show_summary()
    assert_readable(window, "summary")


def test_the_review_of_a_past_attempt(window, qtbot):
    page = begin(window, "force-ratio")
    for respond in (wrong_response, right_response):
        page.input.set_response(respond(page.session.current))
        page.check()
        page.next()
    window.show_history()
    history = window.history_page
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    history.table.selectRow(0)
    history.review_button.click()
    assert window.quiz_panel.currentWidget().objectName() == "review-page"
    assert_readable(window)


def test_the_worksheet_dialog(window, qtbot):
    export = next(a for a in window.file_menu.actions() if a.text() == "Export &Worksheet as PDF\u2026")
    export.trigger()
    dialog = window.teacher.worksheet_dialog
    qtbot.waitExposed(dialog)
    assert_readable(dialog)
    dialog.reject()
