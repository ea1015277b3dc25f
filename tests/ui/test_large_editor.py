"""The Edit tab on a large bank: the text goes in a slice at a time while
the window answers, the lines on screen are coloured first, the checker
keeps the very text on screen through any edit (what is saved is what is
shown), a long list of problems is cut short, and a checker that dies is
replaced without the teacher losing anything."""

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from studydesk.ui.background import wait_for_background
from studydesk.core.check.problems import MAX_ERRORS
from tests.support import copy_seed, large_seed


def settle(qtbot, editor):
    qtbot.waitUntil(lambda: not editor._timer.isActive() and not editor.checking, timeout=30_000)
    wait_for_background()


def editor_on(qtbot, window, bank):
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        window.open_bank.open(bank)
    window.show_editor()
    editor = window.editor_page
    settle(qtbot, editor)
    return editor


def test_a_large_text_goes_in_a_slice_at_a_time_and_read_only_until_all_is_in(qtbot, window, tmp_path):
    bank = large_seed(tmp_path)
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        window.open_bank.open(bank)
    window.show_editor()
    editor = window.editor_page
    qtbot.waitUntil(lambda: editor.editor.blockCount() > 1, timeout=10_000)
    assert editor.loading and editor.editor.isReadOnly()
    assert editor.editor.blockCount() < bank.read_text(encoding="utf-8").count("\n")  # not all in yet
    qtbot.waitUntil(lambda: "loading" in editor.file_label.text(), timeout=10_000)
    settle(qtbot, editor)
    assert not editor.editor.isReadOnly() and not editor.modified
    assert editor.text() == bank.read_text(encoding="utf-8")
    assert editor.status.text().startswith("\u2713 ok: 15")  # the seed's and 1,500 more


def test_the_lines_on_screen_are_coloured_first_and_the_rest_as_they_come_into_view(qtbot, window, tmp_path):
    editor = editor_on(qtbot, window, large_seed(tmp_path))
    doc = editor.editor.document()
    qtbot.wait(50)
    top, far = doc.findBlockByNumber(6), doc.lastBlock().previous()
    assert editor.highlighter.is_coloured(top) and top.layout().formats()
    assert not editor.highlighter.is_coloured(far) and not far.layout().formats()
    editor.editor.go_to(doc.blockCount() - 1)
    qtbot.waitUntil(lambda: editor.highlighter.is_coloured(far), timeout=5000)
    kinds = {r.format.foreground().color().name() for r in far.layout().formats()}
    assert kinds  # a key and a string, at least


def test_lines_inside_a_multi_line_string_are_coloured_as_a_string(qtbot, window, tmp_path):
    bank = large_seed(tmp_path)
    text = bank.read_text(encoding="utf-8")
    bank.write_text(text.replace('explain = "', 'explain = """\n[not a table]\nid = "not a key"\n"""\nhint = "', 1),
                    encoding="utf-8")
    editor = editor_on(qtbot, window, bank)
    doc = editor.editor.document()
    inside = doc.find("[not a table]").block()
    editor.editor.go_to(inside.blockNumber() + 1)
    qtbot.waitUntil(lambda: editor.highlighter.is_coloured(inside), timeout=5000)
    string = editor.highlighter.formats["str"].foreground().color().name()
    table = editor.highlighter.formats["table"].foreground().color().name()
    qtbot.waitUntil(lambda: [r.format.foreground().color().name() for r in inside.layout().formats()] == [string],
                    timeout=5000)
    assert table != string
    # Close the string above it: the line below is a table header again.
    cursor = doc.find('explain = """')
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText('"""')
    qtbot.waitUntil(lambda: [r.format.foreground().color().name() for r in inside.layout().formats()] == [table],
                    timeout=5000)


def test_what_is_checked_and_saved_is_the_text_on_screen_through_any_edit(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    editor = editor_on(qtbot, window, bank)
    doc = editor.editor.document()
    rng = random.Random(4)
    pieces = ["x", "\n", "é", '"""', "\u2028", "[[question]]\n", "\n\n", "ab\ncd", "\u00a0"]
    for _ in range(60):
        cursor = QTextCursor(doc)
        cursor.setPosition(rng.randrange(doc.characterCount()))
        if rng.random() < 0.4:
            cursor.setPosition(min(doc.characterCount() - 1, cursor.position() + rng.randrange(40)),
                               QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(rng.choice(pieces) if rng.random() < 0.7 else "")
        if rng.random() < 0.1:
            editor.editor.undo()
    editor.check_now()
    settle(qtbot, editor)
    assert editor.save()
    settle(qtbot, editor)
    assert bank.read_text(encoding="utf-8") == editor.text()
    assert not editor.modified


def test_a_check_with_thousands_of_problems_lists_the_first_and_underlines_each_listed(qtbot, window, tmp_path):
    bank = large_seed(tmp_path)
    (bank.parent / "other.txt").write_text("Another article altogether.\n", encoding="utf-8")
    editor = editor_on(qtbot, window, bank)
    cursor = editor.editor.document().find(bank.read_text(encoding="utf-8").split('article = "')[1].split('"')[0])
    cursor.insertText("other.txt")  # another article: no quote is found in it
    editor.check_now()
    settle(qtbot, editor)
    lines = editor.editor.problem_lines()
    listed = editor.results.result.problems
    assert len(listed) == MAX_ERRORS + 1  # of some 10,000 quotes not found
    assert lines == sorted({p.line for p in listed if p.line})
    assert editor.problems.count() == MAX_ERRORS + 1
    assert editor.problems.item(MAX_ERRORS).text().startswith(f"\u2717 check: stopped after {MAX_ERRORS:,} errors")
    assert editor.status.text() == f"\u2717 {MAX_ERRORS} problems or more"
    editor.editor.go_to(lines[-1])
    qtbot.waitUntil(lambda: lines[-1] in editor.editor.underlined_lines(), timeout=5000)
    assert len(editor.editor.underlined_lines()) < 100  # only those on screen


def test_a_checker_that_dies_is_replaced_and_nothing_is_lost(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    editor = editor_on(qtbot, window, bank)
    editor._checker._process.close()  # noqa: SLF001 - as if it had crashed
    editor._checker._process._closed = False  # noqa: SLF001 - (closed by hand here, not by the editor)
    cursor = editor.editor.document().find('answer = "Eight to one')
    cursor.insertText("!")
    editor.check_now()
    settle(qtbot, editor)
    assert editor.status.text() == "\u2717 1 problem"
    qtbot.keyClick(editor.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, editor)
    assert bank.read_text(encoding="utf-8") == editor.text()
