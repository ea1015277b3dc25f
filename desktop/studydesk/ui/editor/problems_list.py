"""ProblemsList: what the last check found, one line each; activate one to
go to its line. A bank can have tens of thousands of problems at once (its
article renamed, and every quote is missing): the first MAX_LISTED are
listed, and a last line says how many more there are; every one is still
underlined where it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from studydesk.core.check import BankError

from ..plain import plain_tooltip

MAX_LISTED = 1000


class ProblemsList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setAccessibleName("Problems found by the check; activate one to go to its line")
        self.setWordWrap(True)

    def show_problems(self, problems: tuple[BankError, ...]) -> None:
        self.clear()
        for p in problems[:MAX_LISTED]:
            where = f"{p.line}:{p.column}  " if p.line else ""
            text = f"{where}{p.where}: {p.message}" + (f" ({p.hint})" if p.hint else "")
            item = QListWidgetItem(("\u26a0 " if p.severity == "warning" else "\u2717 ") + text)
            item.setData(Qt.ItemDataRole.UserRole, (p.line, p.column))
            item.setToolTip(plain_tooltip(text))
            self.addItem(item)
        if len(problems) > MAX_LISTED:
            self.add_note(f"\u2026 and {len(problems) - MAX_LISTED:,} more, each underlined at its line.")
        if not problems:
            self.add_note("\u2713 No problems found.")

    def add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (0, 0))
        self.addItem(item)
