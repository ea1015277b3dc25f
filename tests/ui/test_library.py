"""The Library as a student meets it: the seed bank copied to their own
folder on the first start; every bank listed, a missing or broken one with
its reason and never a crash; open, remove, and the daily limits kept."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from studydesk.core.check import load_bank
from studydesk.ui.app import open_window
from studydesk.ui.library_list import Library
from studydesk.ui.library_page import limits
from tests.support import SEED_BANK, copy_seed


def cells(page):
    model = page.model
    return [[model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())]


def row_of(page, name):
    return next(r for r, row in enumerate(cells(page)) if name in row[0])


def test_first_start_copies_the_seed_bank_and_opens_the_copy(qtbot, settings, history, tmp_path):
    folder = tmp_path / "Documents" / "Study Desk"
    library = Library(settings, folder)
    window = open_window(None, settings, history, library=library)
    qtbot.addWidget(window)
    bank = window.open_bank.bank
    assert bank.path == folder / "pokrovsk.toml" and bank.article_path == folder / "pokrovsk.txt"
    assert bank.questions == load_bank(SEED_BANK).bank.questions
    assert library.folders() == [str(folder.resolve())]
    assert window.pages.currentWidget() is window.splitter  # one bank: straight to it
    # An edit goes to the student's copy; the installed seed bank is never written.
    seed_text = SEED_BANK.read_text(encoding="utf-8")
    window.show_editor()
    editor = window.editor_page
    assert editor.path == folder / "pokrovsk.toml"
    assert SEED_BANK.read_text(encoding="utf-8") == seed_text


def test_missing_and_broken_banks_are_listed_with_their_reasons(qtbot, window, tmp_path):
    library = window.library
    mine = copy_seed(tmp_path)
    broken = tmp_path / "banks" / "broken.toml"
    broken.write_text('[bank]\ntitle = "Broken"\n\n[[question]]\nid = "q"\nkind = "choice"\nprompt = "?"\n'
                      'choices = ["a", "b"]\nanswer = "c"\n', encoding="utf-8")
    gone = tmp_path / "banks" / "gone.toml"
    gone.write_text(mine.read_text(encoding="utf-8"), encoding="utf-8")
    library.add_bank(gone)
    gone.unlink()  # moved away since it was opened
    library.add_folder(tmp_path / "banks")  # mine.toml and broken.toml
    window.show_library()
    page = window.pages.library_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)  # and the seed bank the window opened
    rows = cells(page)
    assert rows[row_of(page, "gone.toml")][:2] == ["\u26a0 gone.toml", "file not found: moved, renamed or deleted"]
    assert rows[row_of(page, "broken.toml")][:2] == [
        "\u26a0 broken.toml", '1 problem; the first: line 9: answer "c" is not one of its choices']
    assert "2 cannot be opened" in page.status.text()
    tooltip = page.model.data(page.model.index(row_of(page, "broken.toml"), 0), Qt.ItemDataRole.ToolTipRole)
    assert str(broken.resolve()) in tooltip

    # A broken bank cannot be opened, even by Enter or a double-click; it can be taken off the list.
    page.table.selectRow(row_of(page, "broken.toml"))
    assert not page.open_button.isEnabled() and page.remove_button.isEnabled()
    before = window.open_bank.bank
    page.table.activated.emit(page.table.currentIndex())
    assert window.open_bank.bank is before and window.pages.currentWidget() is page
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    assert not any("broken.toml" in row[0] for row in cells(page)) and broken.exists()  # off the list, not the disk

    # A good one opens, and the window goes to it.
    page.select(mine.resolve())
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.open_bank.bank.path == mine and window.pages.currentWidget() is window.splitter


def test_the_library_comes_first_with_two_banks_and_keeps_the_daily_limits(qtbot, settings, history, tmp_path):
    library = Library(settings, tmp_path / "Study Desk")
    library.add_bank(copy_seed(tmp_path))
    window = open_window(None, settings, history, library=library)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.pages.library_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    page.new_limit.setValue(3)
    page.review_limit.setValue(40)
    assert limits(settings).new_per_day == 3 and limits(settings).reviews_per_day == 40
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is page
    assert isinstance(page.model.index(0, 0), QModelIndex) and Path(library.folder).exists()


def test_a_large_bank_is_listed_from_a_checker_process_not_parsed_in_the_window(qtbot, window, tmp_path, monkeypatch):
    import studydesk.ui.library_page as library_page
    from tests.support import large_seed

    big = large_seed(tmp_path)
    parsed_here = []
    real_load = library_page.load_bank
    monkeypatch.setattr(library_page, "load_bank", lambda path: (parsed_here.append(path), real_load(path))[1])
    window.library.add_bank(big)
    window.show_library()
    page = window.pages.library_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and "Reading" not in page.status.text(), timeout=30_000)
    questions = sorted(row[2] for row in cells(page))
    assert questions == sorted([str(len(load_bank(big).bank.questions)), str(len(window.open_bank.bank.questions))])
    assert big not in parsed_here and window.open_bank.bank.path in parsed_here  # the small one read here
