"""NumberInput: a field that takes "80", "80 km", "1,200", "1.2k", "eighty" or
"50 miles", and says as you type how it reads the number in the question's unit."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from studydesk.core.bank import NumericQuestion
from studydesk.core.numbers import NumberError, read_answer

from ..plain import plain_label
from .base import LineAnswerInput


class NumberInput(LineAnswerInput):
    def __init__(self, question: NumericQuestion, options: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("number")
        self.field.setPlaceholderText("Type a number")
        self.field.setAccessibleName("Your answer (a number)")
        self.field.setMaxLength(200)
        self.field.setClearButtonEnabled(True)
        for button in self.field.findChildren(QToolButton):  # the clear button Qt adds, else unnamed
            button.setAccessibleName("Clear")
            button.setToolTip("Clear")
        row.addWidget(self.field, 1)
        if question.unit:
            unit = plain_label(question.unit, name="unit", wrap=False)
            row.addWidget(unit)
        outer.addLayout(row)
        self.reading = plain_label("", name="note")
        outer.addWidget(self.reading)
        self.field.textChanged.connect(self._on_text)

    def _on_text(self, text: str) -> None:
        if not text.strip():
            self.reading.setText("")
        else:
            try:
                self.reading.setText(f"Reads as {read_answer(text, self.question.unit).shown(self.question.unit)}")
            except NumberError as exc:
                self.reading.setText(str(exc))
        self.changed.emit()

    def missing(self) -> str:
        if self.response() is not None:
            return ""
        return self.reading.text() or "Type a number first."

    def response(self) -> Any:
        text = self.field.text()
        if not text.strip():
            return None
        try:
            read_answer(text, self.question.unit)
        except NumberError:
            return None  # not submittable until it reads as a number
        return text
