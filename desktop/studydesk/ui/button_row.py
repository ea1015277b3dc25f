"""ButtonRow: buttons at the left and at the right of one row; in a pane too
narrow for both groups, the right-hand group goes under the left-hand one,
so that no button is ever squeezed until its words are cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QWidget


class ButtonRow(QWidget):
    def __init__(self, left: list[QWidget], right: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._left, self._right = QHBoxLayout(), QHBoxLayout()
        for w in left:
            self._left.addWidget(w)
        self._left.addStretch(1)
        self._right.addStretch(1)
        for w in right:
            self._right.addWidget(w)
        self.box.addLayout(self._left)
        self.box.addLayout(self._right)

    def _needed(self) -> int:
        margins = self.box.contentsMargins()
        return (self._left.sizeHint().width() + self._right.sizeHint().width() + self.box.spacing()
                + margins.left() + margins.right())

    def event(self, event) -> bool:
        # On a resize, and when a button is shown or hidden (a layout request).
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._arrange()
        return super().event(event)

    def _arrange(self) -> None:
        wide = self.width() >= self._needed()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.updateGeometry()  # one row's height, or two
