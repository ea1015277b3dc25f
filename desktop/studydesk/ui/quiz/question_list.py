"""QuestionList: a test's questions as numbered boxes, as Moodle's quiz
navigation shows them: shaded and bold when answered, a flag when flagged,
the current one selected. Choosing one goes to it.

A list view in icon-like rows, wrapping to the width it is given, so forty
questions fit in two or three rows at 900 px and the keyboard moves through
them as through any list.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QListView, QListWidget, QListWidgetItem, QWidget

from studydesk.core.navigation import QuestionState

FLAG = "\u2691"  # black flag
CELL = QSize(46, 30)
MAX_ROWS = 3  # more scroll


class QuestionList(QListWidget):
    chosen = Signal(int)  # the index of the question chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question-list")
        self.setAccessibleName("Questions: choose one to go to it")
        self.setToolTip("Shaded and bold: answered. \u2691: flagged for review.")
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setGridSize(CELL)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemClicked.connect(lambda item: self.chosen.emit(self.row(item)))
        self.itemActivated.connect(lambda item: self.chosen.emit(self.row(item)))

    def show_states(self, states: list[QuestionState]) -> None:
        if self.count() != len(states):
            self.clear()
            for _ in states:
                item = QListWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setSizeHint(CELL - QSize(4, 4))
                self.addItem(item)
        palette = QApplication.palette()  # not the list's: its background is see-through
        shade = QColor(palette.color(QPalette.ColorRole.Highlight))
        shade.setAlpha(70)
        blank = palette.color(QPalette.ColorRole.Base)
        for state in states:
            item = self.item(state.number - 1)
            item.setText(f"{state.number}{FLAG}" if state.flagged else str(state.number))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, state.description)
            item.setToolTip(state.description)
            item.setBackground(shade if state.answered else blank)
            font = QFont(self.font())
            font.setBold(state.answered)
            item.setFont(font)
            if state.current:
                self.blockSignals(True)  # selecting the current one is no choice
                self.setCurrentRow(state.number - 1)
                self.blockSignals(False)
        self._fit_height()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its rows, up to MAX_ROWS; past that it scrolls (and the
        scroll bar takes some of the width)."""
        width = self.contentsRect().width()
        rows = math.ceil(self.count() / max(1, width // CELL.width()))
        if rows > MAX_ROWS:
            rows = MAX_ROWS
        height = max(1, rows) * CELL.height() + 2 * self.frameWidth() + 2
        if self.height() != height:
            self.setFixedHeight(height)
