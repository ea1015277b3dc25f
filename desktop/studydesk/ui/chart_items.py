"""pyqtgraph pieces for the charts: a bar that knows its figure and evidence,
and an axis that writes thousands the way readers do.

Imported only by the chart view, which itself loads on first use.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from studydesk.core.charts import ChartValue, hover_text

from .plain import plain_tooltip

# Okabe-Ito: distinguishable for colour-blind readers, on light and dark.
COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")


def bar_brush(colour: str, derived: bool) -> QBrush:
    """Stated values are solid; derived ones hatched, so they never pass for stated."""
    if derived:
        return QBrush(QColor(colour), Qt.BrushStyle.BDiagPattern)
    return QBrush(QColor(colour))


def bar_pen(colour: str, derived: bool) -> QPen:
    pen = QPen(QColor(colour))
    pen.setWidthF(2.0 if derived else 1.0)
    pen.setCosmetic(True)
    if derived:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


class BarItem(pg.BarGraphItem):
    """One bar: hover shows its value, unit and evidence; a click asks for the evidence."""

    def __init__(self, value: ChartValue, unit: str, on_click: Callable[[ChartValue], None], **opts) -> None:
        super().__init__(**opts)
        self.value = value
        self.unit = unit
        self._on_click = on_click
        self.hover_text = hover_text(value, unit)
        self.setToolTip(plain_tooltip(self.hover_text))
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseClickEvent(self, event) -> None:  # noqa: N802 (pyqtgraph hook)
        if event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self._on_click(self.value)

    def hoverEvent(self, event) -> None:  # noqa: N802 (pyqtgraph hook)
        if not event.isExit():
            event.acceptClicks(Qt.MouseButton.LeftButton)


class ReadableAxis(pg.AxisItem):
    """Tick labels with thousands separators, in log mode too; no SI prefixes."""

    def __init__(self, orientation: str, percent: bool = False) -> None:
        super().__init__(orientation)
        self.enableAutoSIPrefix(False)
        self.percent = percent

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph hook)
        out = []
        for v in values:
            real = 10**v if self.logMode else v * scale
            if not math.isfinite(real):
                out.append("")
                continue
            if abs(real) >= 100 or real == int(real):
                text = f"{real:,.0f}"
            else:
                text = f"{real:,.2g}"
            out.append(text + ("%" if self.percent else ""))
        return out
