"""BankErrorsDialog: why a bank could not be opened, every problem listed,
and a way to fix them in the editor."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from studydesk.core.check import BankError, problem_count

from .plain import plain_label
from .style import use_style_sheet


class BankErrorsDialog(QDialog):
    edit_requested = Signal(str)  # the bank's path, to open in the editor

    def __init__(self, path: str, problems: Sequence[BankError], *, kept: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle("The bank has problems")
        self.setObjectName("bank-errors")
        layout = QVBoxLayout(self)
        head = f"{path} could not be opened: {problem_count(problems)}."
        if kept:
            head += f" {kept}"
        self.heading = plain_label(head)
        layout.addWidget(self.heading)
        self.details = QPlainTextEdit()
        self.details.setObjectName("errors")
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Problems in the bank")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(font)
        self.details.setPlainText("\n".join(str(p) for p in problems))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = buttons.addButton("Open in &Editor", QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button.setAccessibleName("Open the bank in the editor to fix it")
        self.edit_button.clicked.connect(lambda: (self.edit_requested.emit(path), self.accept()))
        self.edit_button.setVisible(Path(path).is_file())  # a missing file has nothing to edit
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 360)
