"""ReportsDialog: what an import or export changed, skipped or noted."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from ..plain import plain_label
from ..style import use_style_sheet


class ReportsDialog(QDialog):
    def __init__(self, title: str, summary: str, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(title)
        self.setObjectName("reports")
        layout = QVBoxLayout(self)
        self.summary = plain_label(summary)
        layout.addWidget(self.summary)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Details")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(font)
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 380 if lines else 140)
