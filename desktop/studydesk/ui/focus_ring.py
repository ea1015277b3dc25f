"""A focus ring for the views Fusion draws none on: the article and the chart.

A mixin for a QAbstractScrollArea (a text view, a graphics view): while it
has focus, a ring in the palette's focus colour, 3:1 or more against the
page (tests/ui/test_contrast.py), is drawn just inside its viewport.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from .style import colours

RING_WIDTH = 2


class FocusRing:
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self.hasFocus():
            return
        viewport = self.viewport()
        painter = QPainter(viewport)
        pen = QPen(QColor(colours()["focus"]), RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(viewport.rect()).adjusted(half, half, -half, -half))
        painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        super().scrollContentsBy(dx, dy)
        if self.hasFocus():  # the scrolled pixels carry the ring with them: draw it afresh
            self.viewport().update()
