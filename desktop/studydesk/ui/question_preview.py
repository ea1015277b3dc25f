"""QuestionPreview: a question as a student will see it, for the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from studydesk.core.bank import Question
from studydesk.core.session import presented_options

from .plain import plain_label
from .inputs import make_input


class QuestionPreview(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.question: Question | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self.heading = plain_label("Preview", name="note")
        self.prompt = plain_label("", name="prompt")
        self.hint = plain_label("", name="hint")
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.prompt)
        self._input: QWidget | None = None
        self._layout.addWidget(self.hint)
        self._layout.addStretch(1)
        self.show_question(None)

    def show_question(self, question: Question | None, note: str = "") -> None:
        self.question = question
        if self._input is not None:
            self._layout.removeWidget(self._input)  # now, not when the deletion comes round
            self._input.hide()
            self._input.deleteLater()
            self._input = None
        if question is None:
            self.heading.setText(note or "Put the cursor in a question to preview it.")
            self.prompt.setText("")
            self.hint.hide()
            return
        self.heading.setText(f"Preview of \u201c{question.id}\u201d ({question.kind}, {question.topic})"
                             + (f" \u2014 {note}" if note else ""))
        self.prompt.setText(question.prompt)
        self._input = make_input(question, presented_options(question, 0))
        self._layout.insertWidget(2, self._input)
        self.hint.setText(f"Hint: {question.hint}" if question.hint else "")
        self.hint.setVisible(bool(question.hint))
