"""TextInput: a short typed answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from studydesk.core.bank import TextQuestion

from .answer_input import AnswerInput
from .plain import plain_label


class TextInput(AnswerInput):
    def __init__(self, question: TextQuestion, parent: QWidget | None = None) -> None:
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

    def response(self) -> Any:
        text = self.field.text()
        return text if text.strip() else None

    def set_response(self, response: Any) -> None:
        self.field.setText("" if response is None else str(response))

    def set_locked(self, locked: bool) -> None:
        self.field.setReadOnly(locked)

    def focus_first(self) -> None:
        self.field.setFocus()
