"""ChartPlot: one chart of the bank drawn with pyqtgraph, each bar tied to its
sentence, or the student's scores per topic across attempts.

Honest about loose figures: a bound carries an arrowhead, a value worked
out from the text is hatched, and qualifiers are the article's own words
(core/chart_words.py says them).

The keyboard reaches every bar: Left and Right (or Up and Down) select one,
outlined and announced to a screen reader, and Enter highlights its
sentence, as a click does. This module imports pyqtgraph (and with it
numpy); the Charts tab imports it only when first opened.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication

from studydesk.core.bank import Chart
from studydesk.core.chart_words import ChartValue, amount_text, hover_text, ratio_text, short_amount, values

from ..announce import announce
from ..focus_ring import FocusRing
from ..plain import plain_tooltip

BAR_WIDTH = 0.6
TITLE_POINTS = 12
H_BAR = 0.45  # horizontal bars leave room above for their label


def rich(text: str, width: int = 0) -> str:
    """Bank text for pyqtgraph's titles, axis labels and legends, which read
    HTML: escaped so it shows literally, wrapped onto lines when long."""
    lines = textwrap.wrap(text, width) if width and len(text) > width else [text]
    return "<br>".join(html.escape(line) for line in lines)


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


class ChartPlot(FocusRing, pg.PlotWidget):
    bar_clicked = Signal(object)  # the ChartValue of a bar clicked, or chosen with Enter
    bar_selected = Signal(int)  # the bar selected with the keyboard (or from the table), by index

    def __init__(self) -> None:
        pg.setConfigOptions(antialias=True)
        self.axis_left = ReadableAxis("left")
        self.axis_bottom = ReadableAxis("bottom")
        super().__init__(axisItems={"left": self.axis_left, "bottom": self.axis_bottom})
        self.setObjectName("plot")
        self.setAccessibleName("Chart of the article's figures")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.selected: int | None = None
        self._title = ""
        self._axis_width = 0.0
        # The axis takes its width from its labels as it paints: the title is wrapped to what is left.
        self.axis_left.geometryChanged.connect(self._axis_resized)
        self.bars: list[BarItem] = []
        self.labels: list[pg.TextItem] = []
        self.markers: list[tuple[str, str]] = []  # (label, "upper" or "lower")
        self._apply_palette()

    @property
    def background_colour(self) -> QColor:
        return self._bg

    def _apply_palette(self) -> None:
        palette = QApplication.palette()
        self._bg = palette.color(QPalette.ColorRole.Base)
        self._fg = palette.color(QPalette.ColorRole.Text)
        self.setBackground(self._bg)
        for axis in (self.axis_left, self.axis_bottom):
            axis.setPen(pg.mkPen(self._fg))
            axis.setTextPen(pg.mkPen(self._fg))

    def sizeHint(self) -> QSize:  # noqa: N802
        """Modest: the Charts page fits the plot and its table in the pane when it can."""
        return QSize(420, 280)

    def _show_title(self, title: str) -> None:
        """The title wrapped to the plot's width, never cut at its edge."""
        self._title = title
        if not title:
            self.setTitle(None)
            return
        font = QFont(self.font())
        font.setPointSizeF(TITLE_POINTS)
        # The title is centred over the plot area, right of the axis: wrap it to that width.
        room = self.width() - self.axis_left.width() - 16
        per_line = max(16, int(room / (QFontMetrics(font).averageCharWidth() * 1.15)))
        self.setTitle(rich(title, per_line), color=self._fg, size=f"{TITLE_POINTS}pt")
        # pyqtgraph gives a title one 30-pixel line: give a wrapped one the height of its lines.
        label = self.plotItem.titleLabel
        height = max(30, math.ceil(label.item.boundingRect().height()))
        label.setMaximumHeight(height)
        self.plotItem.layout.setRowFixedHeight(0, height)

    def resizeEvent(self, event) -> None:  # noqa: N802
        # The title is wrapped to the new width first: pyqtgraph then fits the plot to the view, and
        # a title still wrapped for a wider view would hold the plot that wide (its edge cut off).
        title = self.__dict__.get("_title")  # pyqtgraph resizes once before __init__ is through
        if title:
            self._show_title(title)
        super().resizeEvent(event)

    def _axis_resized(self) -> None:
        width = self.axis_left.width()
        if self._title and width != self._axis_width:
            self._axis_width = width
            self._show_title(self._title)
            # A title wrapped for a narrower axis held the plot wider than the view: fit it back.
            self.plotItem.setGeometry(self.sceneRect())

    def clear_chart(self) -> None:
        self.clear()
        self._show_title("")
        self.selected = None
        self.bars = []
        self.labels = []
        self.markers = []
        self.setLogMode(False, False)
        for axis in (self.axis_left, self.axis_bottom):
            axis.setTicks(None)
            axis.setLogMode(False)
            axis.percent = False
            axis.setLabel(None)
        legend = self.plotItem.legend
        if legend is not None:
            legend.clear()
            legend.setVisible(False)

    def draw_chart(self, chart: Chart, *, log: bool = False) -> None:
        """Draw a bank's chart; `log` draws a change chart on a log scale."""
        self.clear_chart()
        {
            "bar": self._draw_vertical,
            "compare": self._draw_vertical,
            "change": self._draw_vertical,
            "hbar": self._draw_horizontal,
            "share": self._draw_share,
        }[chart.kind](chart, log)
        self._show_title(chart.title)  # wrapped to what the axis's new labels leave of the width

    def draw_progress(self, rows: list) -> None:
        """The student's score per topic, attempt by attempt (rows from
        History.topic_scores, oldest first)."""
        self.clear_chart()
        self._show_title("Your score per topic")
        if not rows:
            return
        topics = list(dict.fromkeys(t for _, scores in rows for t in scores))
        # The legend sits in a band above 100%, clear of the lines.
        legend = self.addLegend(offset=(10, 4), labelTextColor=self._fg, colCount=4)
        legend.setVisible(True)
        for i, topic in enumerate(topics):
            xs = [n + 1 for n, (_, scores) in enumerate(rows) if topic in scores]
            ys = [100 * scores[topic] for _, scores in rows if topic in scores]
            colour = COLOURS[i % len(COLOURS)]
            symbols = ("o", "s", "t", "d", "+", "x", "star")
            self.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol=symbols[i % len(symbols)],
                      symbolBrush=colour, symbolPen=colour, name=rich(topic))
        self.axis_bottom.setTicks([[(n + 1, str(n + 1)) for n in range(len(rows))]])
        self.axis_bottom.setLabel("attempt")
        self.axis_left.percent = True
        self.axis_left.setLabel("score")
        self.setXRange(0.5, len(rows) + 0.5, padding=0)
        self.setYRange(0, 100 + 12 * math.ceil(len(topics) / 4), padding=0)
        self.axis_left.setTicks([[(p, f"{p}%") for p in range(0, 101, 20)]])

    # The keyboard

    def select_bar(self, index: int, *, say: bool = True) -> None:
        """Outline bar `index` (the others plain) and, with `say`, announce what it shows."""
        if not 0 <= index < len(self.bars):
            return
        self.selected = index
        for i, bar in enumerate(self.bars):
            pen = bar_pen(bar.colour, bar.value.derived)
            if i == index:
                pen = QPen(self._fg, 3)
                pen.setCosmetic(True)
            bar.setOpts(pen=pen)
        bar = self.bars[index]
        self.setAccessibleDescription(bar.hover_text)
        if say:
            announce(self, bar.hover_text)
        self.bar_selected.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1}.get(key)
        if self.bars and step is not None:
            current = -1 if self.selected is None and step > 0 else (len(self.bars) if self.selected is None
                                                                       else self.selected)
            self.select_bar(min(len(self.bars) - 1, max(0, current + step)))
        elif self.bars and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self.select_bar(0 if key == Qt.Key.Key_Home else len(self.bars) - 1)
        elif self.bars and self.selected is not None and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                                Qt.Key.Key_Space):
            self.bar_clicked.emit(self.bars[self.selected].value)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _text(self, text: str, x: float, y: float, anchor: tuple[float, float], bold: bool = False) -> pg.TextItem:
        item = pg.TextItem(text, color=self._fg, anchor=anchor)
        if bold:
            font = item.textItem.font()
            font.setBold(True)
            item.setFont(font)
        item.setPos(x, y)
        self.addItem(item)
        self.labels.append(item)
        return item

    def _bar(self, v: ChartValue, unit: str, colour: str, **geometry) -> BarItem:
        bar = BarItem(v, unit, self.bar_clicked.emit, brush=bar_brush(colour, v.derived),
                      pen=bar_pen(colour, v.derived), **geometry)
        bar.colour = colour
        self.addItem(bar)
        self.bars.append(bar)
        return bar

    def _bound_marker(self, v: ChartValue, x: float, y: float, vertical: bool) -> None:
        """An arrowhead at the end of a bar whose figure is a bound: the true
        value lies beyond it (lower bound) or short of it (upper bound)."""
        if not v.bound:
            return
        if vertical:
            symbol = "t1" if v.bound == "lower" else "t"
        else:
            symbol = "t2" if v.bound == "lower" else "t3"
        marker = pg.ScatterPlotItem([x], [y], symbol=symbol, size=14, brush=pg.mkBrush(self._fg),
                                    pen=pg.mkPen(self._fg))
        self.addItem(marker)
        self.markers.append((v.label, v.bound))

    def _draw_vertical(self, chart: Chart, log: bool) -> None:
        items = values(chart)
        log = log and chart.kind == "change" and all(v.value > 0 for v in items)
        heights = [math.log10(v.value) if log else v.value for v in items]
        base = math.floor(min(heights)) - 1 if log else 0.0
        top = max(heights) if heights else 1.0
        for i, (v, h) in enumerate(zip(items, heights)):
            colour = COLOURS[i % len(COLOURS)]
            self._bar(v, chart.unit, colour, x=[i], height=[h - base], y0=[base], width=BAR_WIDTH)
            self._bound_marker(v, i + BAR_WIDTH / 2 + 0.06, h, vertical=True)
            self._text(short_amount(v, chart.unit), i, h, anchor=(0.5, 1.05))
        self.axis_bottom.setTicks([[(i, v.label) for i, v in enumerate(items)]])
        self.axis_left.setLogMode(log)
        self.axis_left.percent = chart.unit == "%"
        self.axis_left.setLabel(rich(chart.unit if chart.unit != "%" else "percent"))
        # Room above the tallest bar for its label (two lines when qualified) and the ratio line.
        two_lines = any("\n" in short_amount(v, chart.unit) for v in items)
        headroom = (top - base) * ((0.32 if chart.kind in ("compare", "change") else 0.18) + (0.14 if two_lines else 0))
        self.setXRange(-0.6, len(items) - 0.4, padding=0)
        self.setYRange(base, top + headroom, padding=0)
        ratio = ratio_text(chart)
        if ratio:
            self._text(ratio, (len(items) - 1) / 2, top + headroom * 0.92, anchor=(0.5, 0), bold=True)

    def _draw_horizontal(self, chart: Chart, log: bool) -> None:
        items = values(chart)
        n = len(items)
        top = max((v.value for v in items), default=1.0)
        for i, v in enumerate(items):
            y = n - 1 - i  # the first label at the top
            colour = COLOURS[i % len(COLOURS)]
            self._bar(v, chart.unit, colour, x0=[0], width=[v.value], y=[y], height=H_BAR)
            self._bound_marker(v, v.value + top * 0.03, y, vertical=False)
            # Above the bar, from its start: long qualified labels always fit.
            self._text(amount_text(v, chart.unit), 0, y + H_BAR / 2, anchor=(0, 1))
        self.axis_left.setTicks([[(n - 1 - i, v.label) for i, v in enumerate(items)]])
        self.axis_bottom.percent = chart.unit == "%"
        self.axis_bottom.setLabel(rich(chart.unit if chart.unit != "%" else "percent"))
        self.setYRange(-0.5, n - 0.2, padding=0)
        self.setXRange(0, top * 1.15, padding=0)

    def _draw_share(self, chart: Chart, log: bool) -> None:
        items = values(chart)
        n = len(items)
        whole = chart.total or 100.0
        muted = QColor(self._fg)
        muted.setAlpha(40)
        for i, v in enumerate(items):
            y = n - 1 - i
            colour = COLOURS[i % len(COLOURS)]
            outline = pg.BarGraphItem(x0=[0], width=[whole], y=[y], height=H_BAR, brush=muted,
                                      pen=pg.mkPen(self._fg, width=1))
            self.addItem(outline)
            self._bar(v, chart.unit, colour, x0=[0], width=[v.value], y=[y], height=H_BAR)
            self._bound_marker(v, v.value, y - H_BAR / 2 - 0.06, vertical=True)
            self._text(amount_text(v, chart.unit), 0, y + H_BAR / 2, anchor=(0, 1))
        self.axis_left.setTicks([[(n - 1 - i, v.label) for i, v in enumerate(items)]])
        self.axis_bottom.percent = chart.unit == "%"
        whole_text = "100%" if chart.unit == "%" else f"{whole:,g}" + (f" {chart.unit}" if chart.unit else "")
        self.axis_bottom.setLabel(rich(f"share of the whole ({whole_text})"))
        self.setYRange(-0.5, n - 0.2, padding=0)
        self.setXRange(0, whole * 1.02, padding=0)
