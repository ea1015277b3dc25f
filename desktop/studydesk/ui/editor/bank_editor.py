"""BankEditor: a bank's TOML in a code editor, checked as the teacher types.

Problems are underlined at their lines and listed beside the text (click one
to jump); a preview shows the question under the cursor as a student sees it.
Saving is atomic and keeps the previous version as NAME~. A bank with errors
can be saved, so no text is ever lost, but only a bank that checks out is
handed to the quiz. It follows the open bank (OpenBank), and holds its
unsaved edits: it asks to save them before another bank takes their place.

A bank may be 40,000 questions: its text goes into the editor a slice at a
time (TextFiller), only the lines on screen are coloured (TomlHighlighter),
and the text is checked, saved and added to in a checker process of its own
that keeps a copy of it, sent the document's changes as they come
(TextChecker): nothing here touches the whole text while the teacher works.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank
from studydesk.core.check import LoadResult, problem_count
from studydesk.core.edit import TableLines
from studydesk.core.words import plural

from ..notice_bar import NoticeBar
from ..open_bank import OpenBank
from ..plain import ask, plain_label
from .code_editor import CodeEditor
from .check_results import CheckResults
from .text_checker import Edit, TextChecker, document_text
from .text_filler import TextFiller, read_bank_text
from .toml_highlighter import TomlHighlighter

CHECK_DELAY_MS = 100  # after the last keystroke: the check itself takes about as long on 10,000 questions


class BankEditor(QWidget):
    good_bank = Signal(Bank)  # saved, and it checks out: the quiz uses it now
    checked = Signal()  # a check's result is shown

    def __init__(self, open_bank: OpenBank, *, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self._open_bank = open_bank
        self.path: Path | None = None
        self._after_save = False  # the check under way follows a save
        self._line_after_fill = 1
        self._reading = 0  # reads of the file under way: the newest counts
        self._writes_open_bank = False  # the save under way is of the open bank's file

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 12, 8)
        # Both wrap: in a narrow pane they take two lines rather than being cut.
        self.file_label = plain_label("", name="note")
        self.status = plain_label("", name="check-status")
        self.add_button = QPushButton("&Add Question\u2026")
        self.save_button = QPushButton("&Save")
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip("Save (Ctrl+S); the previous version is kept as a backup")
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add_question)
        names = QVBoxLayout()  # the file, and under it the check: each a line of its own beside the buttons
        names.setSpacing(2)
        names.addWidget(self.file_label)
        names.addWidget(self.status)
        bar.addLayout(names, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)

        self.editor = CodeEditor()
        self.editor.setObjectName("toml")
        self.editor.setAccessibleName("Bank text")
        self.highlighter = TomlHighlighter(self.editor, dark=dark)
        # The text takes the full width; problems and the preview sit below it.
        self.results = CheckResults()
        self.results.go_to.connect(self.editor.go_to)
        self.problems, self.preview = self.results.problems, self.results.preview
        split = QSplitter(Qt.Orientation.Vertical)
        text_column = QWidget()
        column = QVBoxLayout(text_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.editor, 1)
        self.keys_note = plain_label(CodeEditor.LEAVE_HINT, name="note")
        self.keys_note.setContentsMargins(12, 0, 12, 2)
        column.addWidget(self.keys_note)
        split.addWidget(text_column)
        split.addWidget(self.results)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._filler = TextFiller(self.editor)
        self._filler.progressed.connect(self._show_filling)
        self._filler.filled.connect(self._filled)
        self._checker = TextChecker(self.editor.document(), self)
        self._checker.checked.connect(self._checked)
        self._checker.check_failed.connect(self._check_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._typed)
        self.editor.document().modificationChanged.connect(self._show_file)
        self.editor.cursorPositionChanged.connect(lambda: self.results.preview_at(self.editor.current_line()))
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        open_bank.edits = self
        open_bank.bank_changed.connect(self._bank_changed)
        open_bank.changed_on_disk.connect(self._changed_on_disk)
        if open_bank.bank is not None and open_bank.bank.path is not None:
            self.open(open_bank.bank.path)

    # The file

    def _bank_changed(self, bank: Bank, new_version: bool) -> None:
        if not new_version and bank.path is not None:
            self.open(bank.path)

    def _changed_on_disk(self, path: Path, text: str | None, _result) -> None:
        # (text None: it cannot be read now; the editor keeps what it has)
        if text is not None and self.path is not None and _same_file(path, self.path):
            self.disk_changed()

    def edit_file(self, path: Path) -> bool:
        """Show a bank that could not be opened, to fix it here: saving a
        version that checks out opens it. Unsaved edits are settled first."""
        path = Path(path)
        if self.path is not None and _same_file(path, self.path):
            return True
        if not self._open_bank.may_leave():
            return False
        self.open(path)
        self.notice.show_notice(f"{path.name} has problems, so the quiz keeps the bank it had. Fix them "
                                "here; when a saved version checks out, it opens.", level="warning")
        return True

    def _editing_the_open_bank(self) -> bool:
        bank = self._open_bank.bank
        return None not in (bank and bank.path, self.path) and _same_file(bank.path, self.path)

    def open(self, path: Path) -> None:
        """Show a bank file's text (a notice says so when it cannot be read)."""
        path = Path(path)
        self._reading += 1
        reading = self._reading

        def done(text: str, lines: int) -> None:
            if reading == self._reading:  # else another file (or this one again) is being read
                self._reading = 0
                self.path = path
                self._show_text(text, lines)

        def failed(exc: Exception) -> None:
            if reading == self._reading:
                self._reading = 0
                self.notice.show_notice(str(exc), level="error")

        read_bank_text(path, done, failed, context=self)

    def text(self) -> str:
        return document_text(self.editor.document())

    def _show_text(self, text: str, lines: int) -> None:
        """Show a whole new text as read (a large one goes in a slice at a time), and check it."""
        self._timer.stop()
        self._line_after_fill = self.editor.current_line()
        self.editor.reserve_line_numbers(lines)
        self._checker.edits.paused = True  # the checker is sent the text whole
        self._filler.fill(text)
        self._show_checking()
        self._checker.open(self.path, text)

    @property
    def loading(self) -> bool:
        """Whether the text is still being read, or going into the editor."""
        return bool(self._reading) or self._filler.filling

    def _show_filling(self, done: int, of: int) -> None:
        self.file_label.setText(f"{self.path.name if self.path else ''}  \u2022 loading, {100 * done // of}%")

    def _filled(self) -> None:
        self._checker.edits.paused = False
        self._checker.edits.clear()
        self.editor.document().setModified(False)
        self.editor.go_to(min(self._line_after_fill, self.editor.blockCount()))
        self._show_file()

    @property
    def modified(self) -> bool:
        return self.editor.document().isModified()

    def _show_file(self, *_args) -> None:
        name = self.path.name if self.path else "(no file)"
        self.file_label.setText(name + ("  \u2022 unsaved changes" if self.modified else ""))

    def save(self) -> bool:
        """Save behind the window; False when there is nothing to save yet."""
        if self.path is None or self.loading:
            return False
        self._timer.stop()
        revision = self.editor.document().revision()
        self._writing()
        self._checker.save(True, lambda digest: self._saved(digest, revision), self._not_saved)
        return True

    def _writing(self) -> None:
        """Tell the open bank that its file is about to be written here, if this is its file."""
        self._writes_open_bank = self._editing_the_open_bank()
        if self._writes_open_bank:
            self._open_bank.writing()

    def _saved(self, digest: bytes, revision: int) -> None:
        if self._writes_open_bank:
            self._open_bank.expect_written(digest)
        if self.editor.document().revision() == revision:  # nothing typed since
            self.editor.document().setModified(False)
        self.check_now(after_save=True)

    def _not_saved(self, exc: Exception) -> None:
        if self._writes_open_bank:
            self._open_bank.expect_written(None)
        self.notice.show_notice(f"Could not save {self.path}: {exc}. Your text is still here.", level="error")

    def save_now(self) -> bool:
        """Save, waiting until it is written: before the window closes or another bank opens."""
        if self.path is None:
            return False
        self._writing()
        try:
            digest = self._checker.save_now(backup=True)
        except Exception as exc:  # noqa: BLE001 - shown; the text stays
            self._not_saved(exc)
            return False
        self._saved(digest, self.editor.document().revision())
        return True

    def settle(self) -> bool:
        """Before unsaved edits would be lost: ask to save or drop them; False to keep them and stay."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = ask(self.window(), "Unsaved changes",
                     f"Save your changes to {self.path.name if self.path else 'the bank'}?",
                     buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_now()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.document().setModified(False)
            return True
        return False

    def disk_changed(self) -> None:
        """The file changed outside Study Desk: read it again, or ask first when there are unsaved changes."""
        if self.path is None:
            return
        if not self.modified:
            self.open(self.path)
            self.notice.show_notice("The file changed on disk and was reloaded.")
            return
        path = self.path
        self.notice.show_notice(
            "The file changed on disk, and you have unsaved changes here.",
            [("Reload from disk", lambda: (self.open(path), self.notice.hide())),
             ("Keep mine", self.notice.hide)], level="warning")

    # Checking

    def _typed(self) -> None:
        if not self.loading:
            self._timer.start()

    def check_now(self, after_save: bool = False) -> None:
        """Check the text behind the window; the newest check wins."""
        if self.path is None or self.loading:
            return  # (the text going in is being checked whole)
        self._timer.stop()
        self._after_save = after_save
        self._show_checking()
        self._checker.check()

    @property
    def checking(self) -> bool:
        """Whether a check (or the text going in) is under way."""
        return self._checker.busy or self.loading

    def _show_checking(self) -> None:
        self.status.setText("Checking\u2026")

    def _checked(self, tables: TableLines, result: LoadResult) -> None:
        self.editor.set_problems([(p.line, p.column, p.severity) for p in result.problems])
        if result.bank is not None:
            b = result.bank
            self.status.setText(f"\u2713 ok: {plural(len(b.questions), 'question')}, {plural(len(b.charts), 'chart')}"
                                + (f", {plural(len(result.warnings), 'warning')}" if result.warnings else ""))
        else:
            self.status.setText(f"\u2717 {problem_count(result.problems)}")
        self.results.show_result(tables, result, self.editor.current_line())
        after_save, self._after_save = self._after_save, False
        if after_save and result.bank is not None:
            self.notice.hide()  # whatever it said of an earlier version is over
            # A new version of the open bank lets a quiz go on; a bank that
            # would not open before (see edit_file) is opened now.
            self._open_bank.take(result.bank, new_version=self._editing_the_open_bank())
            self.good_bank.emit(result.bank)
        elif after_save:
            self.notice.show_notice(
                f"Saved with {problem_count(result.problems)}"
                + "; the quiz keeps the last version that checked out.", level="warning")
        self.checked.emit()

    def _check_failed(self, message: str) -> None:
        self.status.setText("\u2717 the check failed")
        self.notice.show_notice(f"The bank could not be checked: {message}", level="error")

    def add_question(self) -> None:
        from ..add_question_dialog import AddQuestionDialog

        if self.path is None:
            return
        dialog = AddQuestionDialog(self.results.last_good, self.path, self)
        self.add_dialog = dialog
        dialog.accepted.connect(lambda: self.insert_question(dialog.question))
        dialog.open()

    def insert_question(self, question) -> None:
        """Add a question after the last, through tomlkit (keeping the rest as
        the teacher wrote it), in the checker process: a large bank takes
        tomlkit seconds. The change comes back as one undoable edit."""
        if self.loading:
            return
        revision = self.editor.document().revision()
        self.status.setText("Adding the question\u2026")

        def done(edit: Edit) -> None:
            if self.editor.document().revision() != revision:  # typed meanwhile: add it to the text as it is now
                self.insert_question(question)
                return
            self.editor.replace_lines(*edit)
            header = max((i for i, line in enumerate(edit[2]) if line.strip() == "[[question]]"), default=0)
            self.editor.go_to(edit[0] + header + 1)
            self.check_now()

        def failed(exc: Exception) -> None:
            self.notice.show_notice(str(exc), level="error")
            self.check_now()

        self._checker.add_question(question, done, failed)


def _same_file(a: Path, b: Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()
