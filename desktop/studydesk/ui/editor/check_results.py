"""CheckResults: below the editor's text, what the last check found and a
preview of the question under the cursor.

ProblemsList: one line each; activate one to go to its line. A bank can
have tens of thousands of problems at once (its article renamed, and every
quote is missing): the check lists the first thousand and says what it left
out (core/check/problems.py, MAX_ERRORS), and each listed is underlined.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QSplitter, QWidget

from studydesk.core.bank import Bank
from studydesk.core.check import BankError, LoadResult
from studydesk.core.edit import TableLines

from ..plain import plain_tooltip
from ..question_preview import QuestionPreview


class CheckResults(QSplitter):
    """The problems beside the preview; `go_to(line, column)` when a problem is activated."""

    go_to = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.result: LoadResult | None = None  # of the text as it is now
        self.last_good: Bank | None = None
        self.tables = TableLines()  # where its questions start, from the last check
        self._previewed: tuple = ()
        self.problems = ProblemsList()
        self.problems.itemActivated.connect(self._jump)
        self.problems.itemClicked.connect(self._jump)
        self.preview = QuestionPreview()
        self.addWidget(self.problems)
        preview_area = QScrollArea()  # a long question scrolls instead of being squeezed
        preview_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        preview_area.setWidgetResizable(True)
        preview_area.setFrameShape(QScrollArea.Shape.NoFrame)
        preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        preview_area.setWidget(self.preview)
        self.addWidget(preview_area)
        self.setSizes([300, 300])

    def show_result(self, tables: TableLines, result: LoadResult, line: int) -> None:
        self.tables, self.result = tables, result
        if result.bank is not None:
            self.last_good = result.bank
        self.problems.show_problems(result.problems)
        self.preview_at(line)

    def preview_at(self, line: int) -> None:
        """Show the question the line is in; cheap enough for every cursor move."""
        index = self.tables.question_at(line)
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

    def _jump(self, item: QListWidgetItem) -> None:
        line, column = item.data(Qt.ItemDataRole.UserRole)
        if line:
            self.go_to.emit(line, column)


class ProblemsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setAccessibleName("Problems found by the check; activate one to go to its line")
        self.setWordWrap(True)

    def show_problems(self, problems: tuple[BankError, ...]) -> None:
        self.clear()
        for p in problems:
            where = f"{p.line}:{p.column}  " if p.line else ""
            text = f"{where}{p.where}: {p.message}" + (f" ({p.hint})" if p.hint else "")
            item = QListWidgetItem(("\u26a0 " if p.severity == "warning" else "\u2717 ") + text)
            item.setData(Qt.ItemDataRole.UserRole, (p.line, p.column))
            item.setToolTip(plain_tooltip(text))
            self.addItem(item)
        if not problems:
            self.add_note("\u2713 No problems found.")

    def add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (0, 0))
        self.addItem(item)
