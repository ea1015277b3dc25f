"""OrderInput: put items in order by dragging, or with Alt+Up / Alt+Down."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import OrderQuestion

from ..marks import RIGHT, WRONG
from ..plain import plain_label
from .base import AnswerInput


class _OrderList(QListWidget):
    def __init__(self, owner: OrderInput) -> None:
        super().__init__()
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._owner.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class OrderInput(AnswerInput):
    def __init__(self, question: OrderQuestion, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        note = plain_label("Drag the items into order, or select one and press Alt+Up / Alt+Down.", name="note")
        layout.addWidget(note)
        row = QHBoxLayout()
        self.list = _OrderList(self)
        self.list.setObjectName("order")
        self.list.setAccessibleName("Items to put in order, first at the top")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        for text in options:
            self.list.addItem(QListWidgetItem(text))
        self.list.setCurrentRow(0)
        self.list.model().rowsMoved.connect(self.changed)
        row.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton("Move up")
        self.up.setToolTip("Move the selected item up (Alt+Up)")
        self.down = QPushButton("Move down")
        self.down.setToolTip("Move the selected item down (Alt+Down)")
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down.clicked.connect(lambda: self.move_current(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        row.addLayout(buttons)
        layout.addLayout(row)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = sum(self.list.sizeHintForRow(i) for i in range(self.list.count()))
        self.list.setMinimumHeight(min(360, rows + 2 * self.list.frameWidth() + 8))

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() or not self.isEnabled():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def items(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.ItemDataRole.UserRole) or self.list.item(i).text()
                     for i in range(self.list.count()))

    def response(self) -> Any:
        return self.items()

    def set_response(self, response: Any) -> None:
        if response and sorted(response) == sorted(self.items()):
            self.list.clear()
            for text in response:
                self.list.addItem(QListWidgetItem(text))

    def set_locked(self, locked: bool) -> None:
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if locked
                                  else QAbstractItemView.DragDropMode.InternalMove)
        self.up.setEnabled(not locked)
        self.down.setEnabled(not locked)

    def reveal(self) -> None:
        right = self.question.items
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.data(Qt.ItemDataRole.UserRole) or item.text()
            item.setData(Qt.ItemDataRole.UserRole, text)
            ok = i < len(right) and right[i] == text
            item.setText(f"{text}   {RIGHT}" if ok else f"{text}   {WRONG} belongs at {right.index(text) + 1}")

    def focus_first(self) -> None:
        self.list.setFocus()
