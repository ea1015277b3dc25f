"""Shortcuts that work wherever focus is (issue 14, item 2), shown in Help >
Keyboard Shortcuts; the bank editor's Tab; zoom that reaches the quiz pane
(issue 19)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from studydesk.ui.keyboard_map import PAGES
from tests.ui.keyboard import mnemonics
from tests.ui.test_accessible_views import begin


def test_letters_typed_in_an_answer_field_stay_letters_and_alt_keys_still_work(window, qtbot):
    page = begin(window, "kramatorsk-distance")  # a number, with a hint
    field = page.input.field
    field.setFocus()
    qtbot.keyClicks(field, "h n")
    assert field.text() == "h n" and not page.hint.isVisible()  # H and N are letters here
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.hint.isVisible)
    assert field.text() == ""  # the shortcut typed nothing
    qtbot.keyClicks(field, "80")
    qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.feedback.isVisible)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.counter.text() == "Question 2 of 2")


def test_alt_and_a_number_picks_a_choice_from_anywhere(window, qtbot):
    page = begin(window, "force-ratio")
    page.hint_button.setFocus()
    qtbot.keyClick(page.hint_button, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.input.response() == page.input.options[2])


def test_help_lists_every_shortcut(window, qtbot):
    qtbot.keyClick(window.quiz_panel.start_page.start_button, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog.isVisible()
    rows = dialog.rows()
    menus = {keys: what for section, keys, what in rows if section == "Menus"}
    assert menus["Ctrl+3"] == "View > History" and menus["Ctrl+O"] == "File > Open Bank"
    # Every menu command with a shortcut is listed, from the menus themselves.
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            for keys in action.shortcuts():
                assert any(keys.toString() in k for k in menus), action.text()
    sections = [s for s, *_ in rows]
    assert [title for title, _ in PAGES] == list(dict.fromkeys(s for s in sections if s != "Menus"))
    dialog.close()


def test_the_map_names_each_pages_alt_letters(window):
    """What Help > Keyboard Shortcuts says of the Alt letters is what the pages have."""
    listed = {k.strip() for _, rows in PAGES for keys, _ in rows for k in keys.replace(",", " ").split()
              if k.startswith("Alt+") and len(k) == 5}
    from studydesk.core.session import TEST, QuizSettings, Session

    menus = {"Alt+F", "Alt+V", "Alt+H"}
    page = begin(window, "force-ratio")
    page.hint_button.setVisible(True)
    found = set(mnemonics(window)) - menus - {f"Alt+{n}" for n in range(1, 10)}
    page.input.set_response(page.session.current.answer)
    page.check()
    found |= set(mnemonics(window)) - menus - {f"Alt+{n}" for n in range(1, 10)}
    page.next()
    page.input.set_response(page.session.current.answer)
    page.check()
    page.next()  # the results
    found |= set(mnemonics(window)) - menus
    bank = window.open_bank.bank
    window.quiz_panel.begin(Session(bank, bank.questions[:2], QuizSettings(mode=TEST)))
    found |= set(mnemonics(window)) - menus - {f"Alt+{n}" for n in range(1, 10)}
    window.quiz_panel.test_page.show_summary()
    found |= set(mnemonics(window)) - menus
    window.quiz_panel.show_start()
    found |= set(mnemonics(window)) - menus
    for page in (window.history_page, window.charts_page, window.editor_page):
        window.go_to_tab(page)
        found |= set(mnemonics(window)) - menus
    assert found <= listed, found - listed


def test_tab_indents_in_the_bank_editor_and_ctrl_tab_leaves_it(window, qtbot):
    window.go_to_tab(window.editor_page)
    editor = window.editor_page
    code = editor.editor
    code.setFocus()
    code.moveCursor(code.textCursor().MoveOperation.End)
    qtbot.keyClick(code, Qt.Key.Key_Tab)
    assert code.toPlainText().endswith("\t") and code.hasFocus()
    assert editor.keys_note.isVisible() and "Ctrl+Tab" in editor.keys_note.text()
    qtbot.keyClick(code, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    after = QApplication.focusWidget()
    assert after is not code and editor.isAncestorOf(after) and window.tabs.currentWidget() is editor
    code.setFocus()
    qtbot.keyClick(code, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not code and window.tabs.currentWidget() is editor


def test_zoom_reaches_the_quiz_pane(window, qtbot):
    page = begin(window, "force-ratio")
    prompt, choice = page.prompt.font().pointSizeF(), page.input.buttons[0].font().pointSizeF()
    tab = window.tabs.tabBar().font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    zoom = window.article_view.zoom
    assert zoom > 1
    assert abs(page.prompt.font().pointSizeF() - prompt * zoom) < 0.2
    assert abs(page.input.buttons[0].font().pointSizeF() - choice * zoom) < 0.2
    assert window.tabs.tabBar().font().pointSizeF() > tab
    window.go_to_tab(window.charts_page)  # a page built after the zoom is zoomed too
    assert window.charts_page.legend.font().pointSizeF() > QApplication.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(page.prompt.font().pointSizeF() - prompt) < 0.2
    assert QKeySequence(QKeySequence.StandardKey.ZoomIn).toString()  # (the key this test pressed)


def test_docs_give_the_same_keyboard_map():
    from tests.support import ROOT

    doc = (ROOT / "docs" / "accessibility.md").read_text(encoding="utf-8")
    for title, rows in PAGES:
        assert f"### {title}" in doc
        for keys, what in rows:
            assert f"| {keys} | {what} |" in doc, (keys, what)
