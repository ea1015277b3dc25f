"""TextInput: a short typed answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from studydesk.core.bank import TextQuestion

from ..plain import plain_label
from .base import LineAnswerInput


class TextInput(LineAnswerInput):
    def __init__(self, question: TextQuestion, options: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = QLineEdit()
        self.field.setObjectName("text")
        self.field.setPlaceholderText("Type your answer")
        self.field.setAccessibleName("Your answer")
        self.field.setMaxLength(500)
        layout.addWidget(self.field)
        note = plain_label("Capitals, punctuation, accents and “the” or “a” do not matter.", name="note")
        layout.addWidget(note)
        self.field.textChanged.connect(self.changed)

    def missing(self) -> str:
        return "" if self.response() is not None else "Type your answer first."

    def response(self) -> Any:
        text = self.field.text()
        return text if text.strip() else None
