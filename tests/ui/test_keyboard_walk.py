"""The keyboard alone, from launch through a quiz of every kind, the results,
Charts, History, Edit and a file dialog: every Tab stop visible, named, and
its focus shown by a 3:1 change; no Alt+letter claimed twice (issue 19)."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from studydesk.core.bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)
from studydesk.core.grading import right_response
from studydesk.core.session import PRACTICE, QuizSettings, Session
from studydesk.ui.background import wait_for_background
from tests.ui.keyboard import clashes, stop_problems, tab_stops
from tests.ui.test_accessible_views import KINDS


def walk_view(qtbot, window, start=None):
    """Tab round the whole window from the focus (or `start`); what is wrong at its stops."""
    stops = tab_stops(qtbot, start or QApplication.focusWidget())
    assert window.article_view in stops and window.tabs.tabBar() in stops
    return stop_problems(stops) + [f"Alt letter {k} is {v}" for k, v in clashes(window).items()]


def answer_by_keys(qtbot, page):
    """Give the right answer to the question shown with keys only."""
    q = page.session.current
    focus = QApplication.focusWidget
    if isinstance(q, ChoiceQuestion | TrueFalseQuestion):
        qtbot.keyClick(focus(), str(page.input._values.index(q.answer) + 1))
    elif isinstance(q, MultiQuestion):
        for option in q.answer:
            qtbot.keyClick(focus(), str(page.input.options.index(option) + 1))
    elif isinstance(q, NumericQuestion | TextQuestion):
        qtbot.keyClicks(focus(), right_response(q))
    elif isinstance(q, OrderQuestion):
        for target, item in enumerate(q.items):
            row = page.input.items().index(item)
            while page.input.list.currentRow() != row:  # select it with the arrows
                qtbot.keyClick(focus(), Qt.Key.Key_Down if page.input.list.currentRow() < row else Qt.Key.Key_Up)
            for _ in range(row - target):
                qtbot.keyClick(focus(), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif isinstance(q, MatchQuestion):
        for i, (left, right) in enumerate(q.pairs):
            combo = page.input.combos[left]
            assert focus() is combo
            while combo.currentData() != right:
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            if i < len(q.pairs) - 1:
                qtbot.keyClick(combo, Qt.Key.Key_Tab)
    elif isinstance(q, WrittenQuestion):
        qtbot.keyClicks(focus(), q.model_answer)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)  # the key points come, ticked where the matching found them
        assert focus() is page.input.boxes[0]
        for i, box in enumerate(page.input.boxes):  # the student ticks any it left, Tab to each
            if not box.isChecked():
                qtbot.keyClick(box, Qt.Key.Key_Space)
            if i < len(page.input.boxes) - 1:
                qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert all(box.isChecked() for box in page.input.boxes)
    else:
        raise AssertionError(f"no keys for {q.kind}")


def test_launch_start_page(window, qtbot):
    start = window.quiz_panel.start_page
    assert QApplication.focusWidget() is start.start_button
    stops = tab_stops(qtbot, window.article_view)
    pane = [w for w in stops if start.isAncestorOf(w)]
    # Down the page as it reads: the topics, All and None, the options, then Start.
    assert pane[:len(start.topic_boxes)] == list(start.topic_boxes.values())
    assert pane[-1] is start.start_button
    assert walk_view(qtbot, window, start.start_button) == []
    qtbot.keyClick(start.start_button, Qt.Key.Key_Return)
    assert window.quiz_panel.currentWidget() is window.quiz_panel.question_page


@pytest.fixture
def every_kind(window):
    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(q) for q in KINDS.values()), QuizSettings(mode=PRACTICE, seed=2))
    window.quiz_panel.begin(session)
    return window.quiz_panel.question_page


def test_a_quiz_of_every_kind_by_keys_alone(window, qtbot, every_kind):
    page = every_kind
    for i in range(len(KINDS)):
        kind = page.session.current.kind
        assert page.input.isAncestorOf(QApplication.focusWidget()), kind  # focus starts in the answer
        assert walk_view(qtbot, window, page.input.focusWidget() or QApplication.focusWidget()) == [], kind
        page.input.focus_first()
        answer_by_keys(qtbot, page)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert page.feedback.isVisible() and page.feedback.verdict.text().startswith("\u2713"), kind
        assert QApplication.focusWidget() is page.next_button
        assert walk_view(qtbot, window, page.next_button) == [], f"{kind}, after Check"
        qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    results = window.quiz_panel.results_page
    assert window.quiz_panel.currentWidget() is results
    assert QApplication.focusWidget() is results.list
    assert not (found := walk_view(qtbot, window)), "\n".join(found)


def test_charts_history_and_edit_by_keys(window, qtbot):
    for key, page in ((Qt.Key.Key_2, "charts"), (Qt.Key.Key_3, "history"), (Qt.Key.Key_4, "editor")):
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
        shown = window.tabs.page(page)
        assert window.tabs.currentWidget() is shown
        wait_for_background()
        assert shown.isAncestorOf(QApplication.focusWidget()), page  # Ctrl+3 goes to History, not the article
        assert walk_view(qtbot, window) == [], page


def test_ctrl_2_takes_focus_straight_to_the_charts(window, qtbot, every_kind):
    stops = []

    def note(_old, new):
        stops.append(new)

    QApplication.instance().focusChanged.connect(note)
    try:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    finally:
        QApplication.instance().focusChanged.disconnect(note)
    assert [w for w in stops if w is not None] == [window.charts_page.chooser]  # not by way of the article


def test_ctrl_1_goes_back_to_where_focus_was(window, qtbot, every_kind):
    qtbot.keyClick(every_kind.input.focusWidget(), Qt.Key.Key_2)
    second = QApplication.focusWidget()
    qtbot.keyClick(second, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.history_page.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is second


def test_a_file_dialog_by_keys(window, qtbot):
    """File > Open Bank (Ctrl+O): Qt's own dialog where the desktop has none, walked with Tab."""
    seen = {}

    def walk_dialog():
        dialog = QApplication.activeModalWidget()
        try:
            assert isinstance(dialog, QFileDialog)
            seen["problems"] = stop_problems(tab_stops(qtbot, dialog.focusWidget()))
        finally:
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)

    QTimer.singleShot(200, walk_dialog)
    qtbot.keyClick(window.quiz_panel.start_page.start_button, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert not seen["problems"], "\n".join(seen["problems"])
    assert window.open_bank.bank.title == "Pokrovsk: the gateway to Donetsk"  # Escape opened nothing


def test_shift_tab_from_next_meets_no_invisible_stop(window, qtbot, every_kind):
    page = every_kind
    page.input.set_response(right_response(page.session.current))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    stops = tab_stops(qtbot, page.next_button, backward=True)
    assert stops[1] is page.feedback.evidence_button  # the feedback card is reached at once
    assert stop_problems(stops) == []


@pytest.fixture
def dark(qapp):
    from studydesk.ui.style import apply_style

    apply_style(qapp, True)
    yield
    apply_style(qapp, False)


def test_focus_shows_in_the_dark_palette_too(dark, qtbot, settings, history):
    from studydesk.ui.main_window import MainWindow
    from tests.support import SEED_BANK

    window = MainWindow(settings, history)
    qtbot.addWidget(window)
    assert window.open_bank.open(SEED_BANK)
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert walk_view(qtbot, window, window.quiz_panel.start_page.start_button) == []
    bank = window.open_bank.bank
    window.quiz_panel.begin(Session(bank, (bank.question("places-match"),), QuizSettings(mode=PRACTICE)))
    page = window.quiz_panel.question_page
    assert walk_view(qtbot, window, QApplication.focusWidget()) == []
    page.input.set_response(right_response(page.session.current))
    page.check()
    assert walk_view(qtbot, window, page.next_button) == []


def test_building_a_page_opens_no_window_of_its_own(window, qtbot):
    """A button shown before it had a parent opened as a window for a moment,
    and the study window lost focus to it (the results page did)."""
    shown = []
    for build in (lambda: window.quiz_panel.results_page, lambda: window.quiz_panel.question_page,
                  lambda: window.charts_page, lambda: window.history_page, lambda: window.editor_page):
        build()
        QApplication.processEvents()
        shown += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
        assert QApplication.activeWindow() is window
    assert shown == []


def test_a_test_by_keys(window, qtbot):
    """Test mode: the question list, Back, Next, Flag and Submit are all reached and shown."""
    from studydesk.core.session import TEST

    bank = window.open_bank.bank
    window.quiz_panel.begin(Session(bank, tuple(bank.question(q) for q in KINDS.values()),
                                    QuizSettings(mode=TEST, seed=2)))
    page = window.quiz_panel.test_page
    assert page.input.isAncestorOf(QApplication.focusWidget())
    stops = tab_stops(qtbot, QApplication.focusWidget())
    for control in (page.questions, page.flag_button, page.next_button, page.submit_button):
        assert control in stops
    assert not (found := walk_view(qtbot, window)), "\n".join(found)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.summary_shown)
    assert not (found := walk_view(qtbot, window, page.confirm_button)), "\n".join(found)
