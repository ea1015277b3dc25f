"""The Edit tab and the dialogs around it, as a teacher meets them: the
"saved with problems" notice, the Add Question form's labels, counts in the
window, a broken bank fixed in the editor, and a reload that keeps the seed."""

import re

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFormLayout

from studydesk.ui.add_question_dialog import AddQuestionDialog
from tests.support import copy_seed
from tests.ui.test_bank_editor import open_editor, settle, type_at


def test_the_saved_with_problems_notice_goes_once_a_fixed_version_is_saved(qtbot, window, tmp_path):
    bank, editor = open_editor(qtbot, window, tmp_path)
    type_at(qtbot, editor, 'kind = "numeric', "x")
    editor.save()
    settle(qtbot, editor)
    assert editor.notice.isVisible() and editor.notice.message.text().startswith("Saved with 1 problem;")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Backspace)  # fixed
    settle(qtbot, editor)
    assert editor.notice.isVisible()  # not saved yet: still true
    editor.save()
    settle(qtbot, editor)
    assert not editor.notice.isVisible()
    assert window.open_bank.bank.question("population-before").kind == "numeric"


def form_labels(dialog):
    return [item.widget() for form in dialog.findChildren(QFormLayout) for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget()]


def test_add_question_labels_have_no_stray_ampersand_and_line_up(qtbot, window, tmp_path):
    _, editor = open_editor(qtbot, window, tmp_path)
    editor.add_question()
    dialog = editor.add_dialog
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, AddQuestionDialog)
    # A label shows "&" literally only when it has no buddy to give the key to.
    for label in form_labels(dialog):
        if "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, label.text()
    points = next(label for label in form_labels(dialog) if label.text() == "Poi&nts:")
    assert points.buddy() is dialog.points
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.points
    # The fields of the three parts start at one x, whatever the kind.
    for kind in ("choice", "numeric", "match"):
        dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
        qtbot.wait(1)
        first_field = dialog.form.form.itemAt(0, QFormLayout.ItemRole.FieldRole).widget()
        xs = {w.mapTo(dialog, QPoint(0, 0)).x() for w in (dialog.prompt, first_field, dialog.evidence)}
        assert len(xs) == 1, (kind, xs)
    dialog.reject()


def one_chart(text: str) -> str:
    """The bank's text with only its first chart."""
    head, *charts = re.split(r"(?m)^\[\[chart\]\]\n", text)
    return head + "[[chart]]\n" + charts[0]


def test_counts_of_one_read_in_the_singular(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    bank.write_text(one_chart(bank.read_text(encoding="utf-8")), encoding="utf-8")
    assert window.open_bank.open(bank)
    window.show_editor()
    editor = window.editor_page
    settle(qtbot, editor)
    assert re.fullmatch(r"\u2713 ok: \d+ questions, 1 chart", editor.status.text())


def test_a_broken_bank_opens_in_the_editor_and_opens_once_fixed(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path, "broken.toml")
    text = bank.read_text(encoding="utf-8")
    bank.write_text(text.replace('answer = "Eight to one"', 'answer = "Nine to one"'), encoding="utf-8")
    assert not window.open_bank.open(bank)
    dialog = window.errors_dialog
    assert dialog.isVisible() and dialog.edit_button.isVisible()
    assert dialog.edit_button.text() == "Open in &Editor"
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    editor = window.editor_page
    assert window.tabs.currentWidget() is editor and editor.path == bank
    settle(qtbot, editor)
    assert "Nine to one" in editor.text() and editor.status.text() == "\u2717 1 problem"
    assert "broken.toml has problems" in editor.notice.message.text()
    assert window.open_bank.bank.path != bank  # the quiz keeps the bank it had
    doc = editor.editor.document()
    cursor = doc.find("Nine")
    cursor.insertText("Eight")
    editor.save()
    settle(qtbot, editor)
    assert window.open_bank.bank.path == bank and not editor.notice.isVisible()
    assert window.quiz_panel.start_page.title.text() == "Pokrovsk: the gateway to Donetsk"


def test_a_reload_after_an_outside_edit_keeps_the_seed_and_choices(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    assert window.open_bank.open(bank)
    start = window.quiz_panel.start_page
    start.seed.setValue(4242)
    start.topic_boxes["losses"].setChecked(False)
    start.length.setValue(7)
    bank.write_text(bank.read_text(encoding="utf-8").replace("gateway to Donetsk", "door to Donetsk", 1),
                    encoding="utf-8")
    qtbot.waitUntil(lambda: window.open_bank.bank.title == "Pokrovsk: the door to Donetsk", timeout=5000)
    assert start.title.text() == "Pokrovsk: the door to Donetsk"
    assert start.seed.value() == 4242 and start.length.value() == 7
    assert not start.topic_boxes["losses"].isChecked() and start.topic_boxes["places"].isChecked()
    window.open_bank.reload()  # File > Reload Bank
    assert start.seed.value() == 4242 and not start.topic_boxes["losses"].isChecked()
    # Another bank is another quiz: a new seed.
    other = copy_seed(tmp_path, "other.toml")
    assert window.open_bank.open(other)
    assert start.topic_boxes["losses"].isChecked()


def test_the_dialog_for_a_missing_file_offers_nothing_to_edit(qtbot, window, tmp_path):
    assert not window.open_bank.open(tmp_path / "gone.toml")
    assert window.errors_dialog.isVisible() and not window.errors_dialog.edit_button.isVisible()
