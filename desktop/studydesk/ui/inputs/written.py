"""WrittenInput: an answer in the student's own words, then its key points.

Two steps. The student writes; on Check the answer is kept as written and
the key points appear, ticked where the matching found them, with the model
answer and each point's evidence. The student confirms or corrects the ticks
and checks again for the score: the matching helps, the student decides.
In a test, where no answer is shown before the end, the text alone is the
answer and the matching marks it (grading says so).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from studydesk.core.article import quoted
from studydesk.core.bank import WrittenQuestion
from studydesk.core.key_points import points_found

from ..plain import plain_label
from .base import AnswerInput

HELPER_NOTE = ("The ticks come from matching words, a helper, not a judge: "
               "tick each point your answer makes, untick any it does not, then Check for your score.")


class WrittenInput(AnswerInput):
    question: WrittenQuestion

    def __init__(self, question: WrittenQuestion, options: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.field = _AnswerField()
        self.field.setObjectName("written")
        self.field.setPlaceholderText("Write your answer in a few sentences (Shift+Enter starts a new line)")
        self.field.setAccessibleName("Your answer")
        self.field.setTabChangesFocus(True)
        # Room for a few sentences; it scrolls for more, and the key points follow close below.
        self.field.setFixedHeight(self.field.fontMetrics().lineSpacing() * 6 + 14)
        self.field.textChanged.connect(self.changed)
        layout.addWidget(self.field)
        self.note = plain_label("Then Check (Enter): the key points your answer seems to make are ticked, "
                                "and you confirm them.", name="note")
        layout.addWidget(self.note)

        self.points = QFrame()
        self.points.setObjectName("key-points")
        column = QVBoxLayout(self.points)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        heading = plain_label("Key points", name="key-points-heading")
        heading.setAccessibleName("Key points")
        column.addWidget(heading)
        self.helper = plain_label(HELPER_NOTE, name="note")
        column.addWidget(self.helper)
        # Each point's words in a label that wraps (a check box's own text
        # cannot), beside a box named by them; a click on the words ticks it.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setColumnStretch(1, 1)
        self.boxes: list[QCheckBox] = []
        for i, point in enumerate(question.key_points):
            box = QCheckBox()
            box.setObjectName(f"key-point-{i + 1}")
            box.setAccessibleName(point.point)
            box.toggled.connect(self.changed)
            words = _Words(point.point, box)
            grid.addWidget(box, 2 * i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, 2 * i, 1)
            if point.evidence:
                quote = plain_label("From the article: " + " \u2026 ".join(quoted(q) for q in point.evidence),
                                    name="evidence", selectable=True)
                grid.addWidget(quote, 2 * i + 1, 1)
            self.boxes.append(box)
        column.addLayout(grid)
        self.model = plain_label(f"Model answer: {question.model_answer}", name="model-answer", selectable=True)
        self.model.setAccessibleName("Model answer")
        column.addWidget(self.model)
        self.points.hide()
        layout.addWidget(self.points)

    @property
    def confirming(self) -> bool:
        """The key points are shown, for the student to confirm."""
        return not self.points.isHidden()

    def asks_before_check(self) -> bool:
        if self.confirming or not self.field.toPlainText().strip():
            return False
        self._confirm(points_found(self.question, self.field.toPlainText()))
        return True

    def _confirm(self, made: tuple[bool, ...] | list[bool]) -> None:
        for box, ticked in zip(self.boxes, made, strict=True):
            box.setChecked(ticked)
        self.field.setReadOnly(True)  # the answer stays as written once its points are shown
        self.note.hide()
        self.points.show()
        self.changed.emit()
        (self.boxes[0] if self.boxes else self.field).setFocus()

    def missing(self) -> str:
        return "" if self.response() is not None else "Write your answer first."

    def response(self) -> Any:
        text = self.field.toPlainText()
        if not text.strip():
            return None
        if not self.confirming:
            return text
        return {"text": text, "made": [box.isChecked() for box in self.boxes]}

    def set_response(self, response: Any) -> None:
        made = response.get("made") if isinstance(response, dict) else None
        text = response.get("text", "") if isinstance(response, dict) else response
        self.field.setPlainText("" if text is None else str(text))
        if isinstance(made, list) and len(made) == len(self.boxes):
            self._confirm([bool(m) for m in made])

    def set_locked(self, locked: bool) -> None:
        self.field.setReadOnly(locked or self.confirming)
        for box in self.boxes:
            box.setEnabled(not locked)

    def reveal(self) -> None:
        self.model.hide()  # the feedback gives the model answer now, with the score

    def focus_first(self) -> None:
        self.field.setFocus()


class _Words(QLabel):
    """A key point's words: they wrap, and a click on them ticks its box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        self.setObjectName("key-point")
        self.setBuddy(box)
        self._box = box

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self._box.isEnabled():
            self._box.toggle()
            self._box.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mouseReleaseEvent(event)


class _AnswerField(QPlainTextEdit):
    """Enter checks, as in every answer (the page acts on it); Shift+Enter starts a new line."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
                Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            event.ignore()
            return
        super().keyPressEvent(event)
