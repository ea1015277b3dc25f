"""BankEditor: a bank's TOML in a code editor, checked as the teacher types.

Problems are underlined at their lines and listed beside the text (click one
to jump); a preview shows the question under the cursor as a student sees it.
Saving is atomic and keeps the previous version as NAME~. A bank with errors
can be saved, so no text is ever lost, but only a bank that checks out is
handed to the quiz. It follows the open bank (OpenBank), and holds its
unsaved edits: it asks to save them before another bank takes their place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.article import Article
from studydesk.core.bank import Bank
from studydesk.core.check import LoadResult, load_bank_text
from studydesk.core.edit import EditError, TableLines, add_question, table_lines
from studydesk.core.files import MAX_BANK_BYTES, content_digest, read_text_file
from studydesk.core.words import plural
from studydesk.core.write import write_atomic

from ..background import run_in_background
from ..notice_bar import NoticeBar
from ..open_bank import OpenBank
from ..plain import ask, plain_label, plain_tooltip
from ..question_preview import QuestionPreview
from .code_editor import CodeEditor
from .toml_highlighter import TomlHighlighter

CHECK_DELAY_MS = 400  # after the last keystroke


class BankEditor(QWidget):
    good_bank = Signal(Bank)  # saved, and it checks out: the quiz uses it now

    def __init__(self, open_bank: OpenBank, *, dark: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self._open_bank = open_bank
        self.path: Path | None = None
        self.result: LoadResult | None = None  # of the text as it is now
        self._lines = TableLines()  # where its questions start, from the last check
        self._previewed: tuple = ()
        self.last_good: Bank | None = None
        self._articles: dict[Path, Article] = {}
        self._generation = 0
        self._checking = False

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
        self.highlighter = TomlHighlighter(self.editor.document(), dark=dark)
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        self.problems.setAccessibleName("Problems found by the check; activate one to go to its line")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._jump)
        self.problems.itemClicked.connect(self._jump)
        self.preview = QuestionPreview()
        # The text takes the full width; problems and the preview sit below it.
        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(self.problems)
        preview_area = QScrollArea()  # a long question scrolls instead of being squeezed
        preview_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        preview_area.setWidgetResizable(True)
        preview_area.setFrameShape(QScrollArea.Shape.NoFrame)
        preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_area.setWidget(self.preview)
        below.addWidget(preview_area)
        below.setSizes([300, 300])
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
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.check_now)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.document().modificationChanged.connect(self._show_file)
        self.editor.cursorPositionChanged.connect(self._update_preview)
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
        if text is not None and self.path is not None and _same_file(path, self.path):
            self.disk_changed(text)

    def edit_file(self, path: Path) -> bool:
        """Show a bank that could not be opened, to fix it here: saving a
        version that checks out opens it. Unsaved edits are settled first."""
        path = Path(path)
        if self.path is not None and _same_file(path, self.path):
            return True
        if not self._open_bank.may_leave() or not self.open(path):
            return False
        self.notice.show_notice(f"{path.name} has problems, so the quiz keeps the bank it had. Fix them "
                                "here; when a saved version checks out, it opens.", level="warning")
        return True

    def _editing_the_open_bank(self) -> bool:
        bank = self._open_bank.bank
        return None not in (bank and bank.path, self.path) and _same_file(bank.path, self.path)

    def open(self, path: Path) -> bool:
        """Show a bank file's text; False (and a notice) when it cannot be read."""
        try:
            text = read_text_file(Path(path), limit=MAX_BANK_BYTES, what="bank")
        except Exception as exc:  # noqa: BLE001 - shown, never raised into the window
            self.notice.show_notice(str(exc), level="error")
            return False
        self.path = Path(path)
        self._articles.clear()
        self.set_text(text, modified=False)
        return True

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str, *, modified: bool) -> None:
        line = self.editor.current_line()
        self.editor.setPlainText(text)
        self.editor.document().setModified(modified)
        self.editor.go_to(min(line, self.editor.blockCount()))
        self._show_file()
        self.check_now()

    @property
    def modified(self) -> bool:
        return self.editor.document().isModified()

    def _show_file(self, *_args) -> None:
        name = self.path.name if self.path else "(no file)"
        self.file_label.setText(name + ("  \u2022 unsaved changes" if self.modified else ""))

    def save(self) -> bool:
        if self.path is None:
            return False
        text = self.text()
        try:
            write_atomic(self.path, text, backup=True)
        except OSError as exc:
            self.notice.show_notice(f"Could not save {self.path}: {exc.strerror or exc}. "
                                    "Your text is still here.", level="error")
            return False
        self.editor.document().setModified(False)
        self._open_bank.expect_written(content_digest(text.encode("utf-8")))
        self._articles.clear()
        self._timer.stop()
        self.check_now(after_save=True)
        return True

    def settle(self) -> bool:
        """Before unsaved edits would be lost: ask to save or drop them; False to keep them and stay."""
        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = ask(self.window(), "Unsaved changes",
                     f"Save your changes to {self.path.name if self.path else 'the bank'}?",
                     buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.editor.document().setModified(False)
            return True
        return False

    def disk_changed(self, text: str) -> None:
        """The file changed outside Study Desk."""
        if text == self.text():
            return
        if not self.modified:
            self.set_text(text, modified=False)
            self.notice.show_notice("The file changed on disk and was reloaded.")
            return
        self.notice.show_notice(
            "The file changed on disk, and you have unsaved changes here.",
            [("Reload from disk", lambda: (self.set_text(text, modified=False), self.notice.hide())),
             ("Keep mine", self.notice.hide)], level="warning")

    # Checking

    def check_now(self, after_save: bool = False) -> None:
        """Check the text in the background; the newest check wins."""
        if self.path is None:
            return
        self._generation += 1
        generation = self._generation
        text, path, articles = self.text(), self.path, self._articles
        self._checking = True
        self.status.setText("Checking\u2026")

        def done(checked: tuple[LoadResult, TableLines]) -> None:
            if generation != self._generation:
                return
            self._checking = False
            result, self._lines = checked
            self._show_result(result)
            if after_save and result.bank is not None:
                self.notice.hide()  # whatever it said of an earlier version is over
                # A new version of the open bank lets a quiz go on; a bank that
                # would not open before (see edit_file) is opened now.
                self._open_bank.take(result.bank, new_version=self._editing_the_open_bank())
                self.good_bank.emit(result.bank)
            elif after_save:
                self.notice.show_notice(
                    f"Saved with {plural(len(result.errors), 'problem')}"
                    + "; the quiz keeps the last version that checked out.", level="warning")

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self._checking = False
                self.status.setText("\u2717 the check failed")
                self.notice.show_notice(f"The bank could not be checked: {exc}", level="error")

        def work() -> tuple[LoadResult, TableLines]:
            return load_bank_text(text, path, articles=articles), table_lines(text)

        run_in_background(work, done, failed, context=self)

    @property
    def checking(self) -> bool:
        return self._checking

    def _show_result(self, result: LoadResult) -> None:
        self.result = result
        if result.bank is not None:
            self.last_good = result.bank
        self.editor.set_problems([(p.line, p.column, p.severity) for p in result.problems])
        self.problems.clear()
        for p in result.problems:
            where = f"{p.line}:{p.column}  " if p.line else ""
            text = f"{where}{p.where}: {p.message}" + (f" ({p.hint})" if p.hint else "")
            item = QListWidgetItem(("\u26a0 " if p.severity == "warning" else "\u2717 ") + text)
            item.setData(Qt.ItemDataRole.UserRole, (p.line, p.column))
            item.setToolTip(plain_tooltip(text))
            self.problems.addItem(item)
        if not result.problems:
            item = QListWidgetItem("\u2713 No problems found.")
            item.setData(Qt.ItemDataRole.UserRole, (0, 0))
            self.problems.addItem(item)
        if result.bank is not None:
            b = result.bank
            self.status.setText(f"\u2713 ok: {plural(len(b.questions), 'question')}, {plural(len(b.charts), 'chart')}"
                                + (f", {plural(len(result.warnings), 'warning')}" if result.warnings else ""))
        else:
            n = len(result.errors)
            self.status.setText(f"\u2717 {plural(n, 'problem')}")
        self._update_preview()

    def _jump(self, item: QListWidgetItem) -> None:
        line, column = item.data(Qt.ItemDataRole.UserRole)
        if line:
            self.editor.go_to(line, column)

    def _update_preview(self) -> None:
        """Show the question under the cursor; cheap enough for every cursor move."""
        index = self._lines.question_at(self.editor.current_line())
        bank = self.result.bank if self.result is not None else None
        note = ""
        if bank is None:
            bank, note = self.last_good, "the last version that checked out"
        key = (index, id(bank))
        if key == self._previewed:
            return
        self._previewed = key
        if index is None:
            self.preview.show_question(None)
        elif bank is None or index >= len(bank.questions):
            self.preview.show_question(None, "Fix the problems to see a preview.")
        else:
            self.preview.show_question(bank.questions[index], note)

    def add_question(self) -> None:
        from ..add_question_dialog import AddQuestionDialog

        if self.path is None:
            return
        dialog = AddQuestionDialog(self.last_good, self.path, self)
        self.add_dialog = dialog
        dialog.accepted.connect(lambda: self.insert_question(dialog.question))
        dialog.open()

    def insert_question(self, question) -> None:
        """Add a question after the last one, through tomlkit, off the UI thread
        (a large bank takes tomlkit seconds); the text is then replaced in one
        undoable step."""
        text = self.text()
        self.status.setText("Adding the question\u2026")

        def done(new_text: str) -> None:
            if self.text() != text:  # typed meanwhile: add it to the text as it is now
                self.insert_question(question)
                return
            self._insert(new_text)

        def failed(exc: Exception) -> None:
            self.notice.show_notice(str(exc) if isinstance(exc, EditError) else f"The question could not be added: "
                                    f"{exc}", level="error")
            self.check_now()

        run_in_background(lambda: add_question(text, question), done, failed, context=self)

    def _insert(self, text: str) -> None:
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        cursor.select(cursor.SelectionType.Document)
        cursor.insertText(text)  # one undoable step, so Ctrl+Z takes the question back out
        cursor.endEditBlock()
        lines = text.splitlines()
        last = max(i for i, line in enumerate(lines) if line.strip() == "[[question]]") + 1
        self.editor.go_to(last)
        self.check_now()


def _same_file(a: Path, b: Path) -> bool:
    return Path(a).resolve() == Path(b).resolve()
