"""QuizHeader: the band above a question, for practice and for a test: which
question of how many, its topic, and on the right the score or the count
answered. The page adds what follows it (a progress bar, the question list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ..plain import plain_label


class QuizHeader(QWidget):
    def __init__(self, tally_name: str, parent: QWidget | None = None) -> None:
        """`tally_name`: what the right-hand figure is, for screen readers (its
        description: its name is the words it shows)."""
        super().__init__(parent)
        self.setObjectName("quiz-header")
        # A QWidget subclass paints its style sheet's border (the rule below it) only when asked to.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(20, 14, 20, 10)
        row = QHBoxLayout()
        self.counter = plain_label("", name="counter", wrap=False)
        self.topic = plain_label("", name="topic", wrap=False)
        self.tally = plain_label("", name="score", wrap=False)
        self.tally.setAccessibleDescription(tally_name)
        row.addWidget(self.counter)
        row.addWidget(self.topic)
        row.addStretch(1)
        row.addWidget(self.tally)
        self.column.addLayout(row)
