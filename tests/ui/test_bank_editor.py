"""The bank editor: live checking, jump to a problem, adding questions,
atomic saves with a backup, and banks changed outside the app."""

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studydesk.ui.background import wait_for_background
from tests.support import copy_seed, seed_ok


def settle(qtbot, editor):
    """Wait for the debounced check of the latest text to report."""
    qtbot.waitUntil(lambda: not editor._timer.isActive() and not editor.checking, timeout=5000)
    wait_for_background()


def open_editor(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    assert window.open_bank.open(bank)
    window.show_editor()
    editor = window.editor_page
    settle(qtbot, editor)
    return bank, editor


def type_at(qtbot, editor, needle, text):
    """Put the cursor after `needle` and type, as a teacher would."""
    doc = editor.editor.document()
    cursor = doc.find(needle)
    assert not cursor.isNull(), needle
    cursor.clearSelection()  # the cursor stays just after the needle
    editor.editor.setTextCursor(cursor)
    qtbot.keyClicks(editor.editor, text)


def test_typing_a_mistake_is_checked_underlined_and_listed(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    assert editor.status.text() == "\u2713 " + seed_ok()
    assert editor.problems.item(0).text() == "\u2713 No problems found."
    type_at(qtbot, editor, 'answer = "Eight to one', "!")  # no longer one of the choices
    settle(qtbot, editor)
    assert editor.status.text() == "\u2717 1 problem"
    item = editor.problems.item(0)
    assert 'question "force-ratio": answer "Eight to one!" is not one of its choices' in item.text()
    line = item.data(Qt.ItemDataRole.UserRole)[0]
    assert editor.editor.underlined_lines() == [line]
    assert editor.text().splitlines()[line - 1] == 'answer = "Eight to one!"'
    # Click the problem: the cursor goes to its line.
    editor.editor.go_to(1)
    qtbot.mouseClick(editor.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.problems.visualItemRect(item).center())
    assert editor.editor.current_line() == line
    # The quiz still has the bank as it was on disk.
    assert window.open_bank.bank.question("force-ratio").answer == "Eight to one"


def test_preview_follows_the_cursor(qtbot, window, tmp_path):
    _, editor = open_editor(qtbot, window, tmp_path)
    text = editor.text()
    line = text[: text.index('id = "gray-zone"')].count("\n") + 1
    editor.editor.go_to(line)
    assert editor.preview.question.id == "gray-zone"
    assert editor.preview.prompt.text().startswith("What does the article call the rest of Pokrovsk")
    editor.editor.go_to(1)
    assert editor.preview.question is None


def test_save_is_atomic_keeps_a_backup_and_updates_the_quiz(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    before = bank.read_text(encoding="utf-8")
    type_at(qtbot, editor, 'title = "Pokrovsk: the gateway to Donetsk', " (edited)")
    assert editor.modified and "unsaved" in editor.file_label.text()
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert not editor.modified
    assert "(edited)" in bank.read_text(encoding="utf-8")
    assert (bank.parent / "mine.toml~").read_text(encoding="utf-8") == before
    assert not [p for p in bank.parent.iterdir() if p.name.endswith(".tmp")]
    qtbot.waitUntil(lambda: window.open_bank.bank.title == "Pokrovsk: the gateway to Donetsk (edited)", timeout=5000)
    assert window.quiz_panel.start_page.title.text().endswith("(edited)")


def test_a_bank_with_errors_is_saved_but_the_quiz_keeps_the_last_good_one(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    type_at(qtbot, editor, 'kind = "numeric', "x")  # "numericx": unknown kind
    editor.save()
    settle(qtbot, editor)
    assert 'kind = "numericx"' in bank.read_text(encoding="utf-8")  # the teacher's text is kept
    assert "the quiz keeps the last version" in editor.notice.message.text()
    assert window.open_bank.bank.question("population-before").kind == "numeric"


def test_add_question_form_keeps_comments(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    editor.add_question()
    dialog = editor.add_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("numeric"))
    qtbot.keyClicks(dialog.prompt, "How long is the front line in kilometres?")
    qtbot.keyClicks(dialog.form.number, "1200")
    qtbot.keyClicks(dialog.form.unit, "km")
    qtbot.keyClicks(dialog.evidence, "the 1,200-kilometre front lines")  # a typo: not in the article
    dialog.accept()
    assert dialog.isVisible()
    assert "evidence not found in the article" in dialog.problems.text()
    qtbot.keyClick(dialog.evidence, Qt.Key.Key_Backspace)
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: 'id = "how-long-is-the-front"' in editor.text(), timeout=5000)
    settle(qtbot, editor)
    text = editor.text()
    assert 'id = "how-long-is-the-front"' in text
    assert "# Study Desk question bank: the battle for Pokrovsk." in text
    assert 'tolerance = "5%"   # the article says "around"' in text
    assert text.index('id = "how-long-is-the-front"') < text.index("# ---------------------------------------------------------------- charts")
    assert editor.status.text() == "\u2713 " + seed_ok(questions_added=1)
    assert editor.modified
    # One undo takes it back out.
    editor.editor.undo()
    assert 'id = "how-long-is-the-front"' not in editor.text()


def test_outside_rename_style_save_is_reloaded(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    text = bank.read_text(encoding="utf-8").replace("Pokrovsk: the gateway to Donetsk", "Renamed elsewhere", 1)
    tmp = bank.with_name(".mine.toml.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, bank)  # as vim, gedit and many others save
    qtbot.waitUntil(lambda: window.open_bank.bank.title == "Renamed elsewhere", timeout=5000)
    assert "changed on disk and was reloaded" in window.notice.message.text()
    qtbot.waitUntil(lambda: 'title = "Renamed elsewhere"' in editor.text(), timeout=5000)
    assert not editor.modified
    # And it keeps watching the new file.
    bank.write_text(text.replace("Renamed elsewhere", "Renamed again"), encoding="utf-8")
    qtbot.waitUntil(lambda: window.open_bank.bank.title == "Renamed again", timeout=5000)


def test_invalid_outside_edit_keeps_the_last_good_bank(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    broken = bank.read_text(encoding="utf-8").replace('answer = "Eight to one"', 'answer = "Nine to one"')
    bank.write_text(broken, encoding="utf-8")
    qtbot.waitUntil(lambda: window.notice.isVisible() and "problem" in window.notice.message.text(), timeout=5000)
    assert "keeps the last version that checked out" in window.notice.message.text()
    assert window.open_bank.bank.question("force-ratio").answer == "Eight to one"
    assert bank.read_text(encoding="utf-8") == broken  # never rewritten
    # The editor shows the new text and its problem.
    settle(qtbot, editor)
    assert "Nine to one" in editor.text() and editor.status.text() == "\u2717 1 problem"


def test_outside_change_with_unsaved_edits_asks(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    type_at(qtbot, editor, 'title = "Pokrovsk: the gateway to Donetsk', " mine")
    bank.write_text(bank.read_text(encoding="utf-8").replace("gateway", "door", 1), encoding="utf-8")
    qtbot.waitUntil(lambda: "unsaved changes here" in editor.notice.message.text(), timeout=5000)
    assert " mine" in editor.text()  # nothing replaced behind the teacher's back
    reload_button = next(b for b in editor.notice.buttons if b.text() == "Reload from disk")
    reload_button.click()  # the file is read again behind the window
    qtbot.waitUntil(lambda: "door" in editor.text(), timeout=5000)
    assert not editor.modified


def test_unsaved_changes_are_asked_about_on_close(qtbot, window, tmp_path, message_boxes):
    bank, editor = open_editor(qtbot, window, tmp_path)
    type_at(qtbot, editor, 'title = "Pokrovsk: the gateway to Donetsk', " unsaved")
    message_boxes.reply = QMessageBox.StandardButton.Cancel
    assert not window.close()
    asked = message_boxes.texts("Question")
    assert asked and "Save your changes to mine.toml?" in asked[0]
    message_boxes.reply = QMessageBox.StandardButton.Save
    assert window.close()
    assert " unsaved" in bank.read_text(encoding="utf-8")


def test_add_question_refuses_a_used_id_and_a_broken_text_is_not_touched(qtbot, window, tmp_path):
    _, editor = open_editor(qtbot, window, tmp_path)
    editor.add_question()
    dialog = editor.add_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("truefalse"))
    qtbot.keyClicks(dialog.prompt, "Is it far?")
    qtbot.keyClicks(dialog.id, "force-ratio")
    qtbot.keyClicks(dialog.evidence, "outnumbered eight to one")
    dialog.accept()
    assert 'id "force-ratio" is already used' in dialog.problems.text()
    dialog.id.clear()
    dialog.accept()
    assert not dialog.isVisible()
    type_at(qtbot, editor, "[bank]", "")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.editor, "= broken")  # the text stops being TOML before the insertion lands
    qtbot.waitUntil(lambda: editor.notice.isVisible(), timeout=5000)
    assert "not valid TOML" in editor.notice.message.text()
    assert "= broken" in editor.text() and 'id = "is-it-far"' not in editor.text()
