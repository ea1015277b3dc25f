"""AnswerInput: what every question kind's input widget offers the question page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLineEdit, QWidget

from studydesk.core.bank import Question


class AnswerInput(QGroupBox):
    """Base of the inputs: a response (or None), locking after an answer, and
    marking what was right once feedback is shown.

    A group without a frame or title, named by the question: a screen reader
    says the question as focus enters the answer's controls.

    Enter is not handled here: a line edit passes it on, and the question page
    acts on it once (check, then go on)."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer")
        self.setFlat(True)
        self.setAccessibleName(question.prompt)
        self.question = question

    def response(self) -> Any:
        """The answer as grading takes it, or None when nothing is entered."""
        raise NotImplementedError

    def set_response(self, response: Any) -> None:
        """Show a saved answer (when reviewing or resuming)."""
        raise NotImplementedError

    def set_locked(self, locked: bool) -> None:
        self.setEnabled(not locked)

    def pick(self, number: int) -> bool:
        """Digit key `number` (1-9) picks an option; False when it means nothing here."""
        return False

    def asks_before_check(self) -> bool:
        """True when the input first asks the student something more before
        the answer is graded (a written answer's key points to confirm)."""
        return False

    def reveal(self) -> None:
        """Mark the right answer after the student has answered."""

    def missing(self) -> str:
        """Why there is nothing to check yet, in a sentence; "" once there is."""
        return "" if self.response() is not None else "Choose an answer first."

    def focus_first(self) -> None:
        self.focusNextChild()


class LineAnswerInput(AnswerInput):
    """An answer typed into one line: the number and text inputs."""

    field: QLineEdit

    def set_response(self, response: Any) -> None:
        self.field.setText("" if response is None else str(response))

    def set_locked(self, locked: bool) -> None:
        self.field.setReadOnly(locked)

    def focus_first(self) -> None:
        self.field.setFocus()
