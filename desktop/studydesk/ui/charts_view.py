"""ChartsView: the bank's [[chart]] tables drawn with pyqtgraph, each bar tied
to its sentence, and the student's scores per topic across attempts.

This module imports pyqtgraph (and with it numpy); the main window imports it
only when the Charts tab is first opened.
"""

from __future__ import annotations

import html
import math
import textwrap
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank, Chart
from studydesk.core.charts import ChartValue, amount_text, ratio_text, short_amount, values
from studydesk.core.history import History
from studydesk.core.words import plural

from .background import run_in_background
from .chart_items import COLOURS, BarItem, ReadableAxis, bar_brush, bar_pen
from .plain import plain_label

def rich(text: str, width: int = 0) -> str:
    """Bank text for pyqtgraph's titles, axis labels and legends, which read
    HTML: escaped so it shows literally, wrapped onto lines when long."""
    lines = textwrap.wrap(text, width) if width and len(text) > width else [text]
    return "<br>".join(html.escape(line) for line in lines)


PROGRESS = "progress"  # the combo entry for the student's own scores
BAR_WIDTH = 0.6
H_BAR = 0.45  # horizontal bars leave room above for their label


class ChartsView(QWidget):
    evidence_requested = Signal(tuple)

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self.history = history
        self.bank: Bank | None = None
        self.bars: list[BarItem] = []
        self.labels: list[pg.TextItem] = []
        self.markers: list[tuple[str, str]] = []  # (label, "upper" or "lower")
        self._progress: list | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setObjectName("chart-chooser")
        self.chooser.setAccessibleName("Chart")
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(12)
        self.chooser.currentIndexChanged.connect(self._draw_current)
        self.log_scale = QCheckBox("&Log scale")
        self.log_scale.setToolTip("A log scale shows both a large and a small figure clearly")
        self.log_scale.toggled.connect(self._draw_current)
        self.png_button = QPushButton("PNG\u2026")
        self.png_button.setAccessibleName("Export the chart as PNG")
        self.svg_button = QPushButton("SVG\u2026")
        self.svg_button.setAccessibleName("Export the chart as SVG")
        self.png_button.clicked.connect(lambda: self.choose_export("png"))
        self.svg_button.clicked.connect(lambda: self.choose_export("svg"))
        top.addWidget(self.chooser, 1)
        layout.addLayout(top)
        tools = QHBoxLayout()
        tools.addWidget(self.log_scale)
        tools.addStretch(1)
        tools.addWidget(plain_label("Export:", wrap=False))
        tools.addWidget(self.png_button)
        tools.addWidget(self.svg_button)
        layout.addLayout(tools)

        pg.setConfigOptions(antialias=True)
        self.axis_left = ReadableAxis("left")
        self.axis_bottom = ReadableAxis("bottom")
        self.plot = pg.PlotWidget(axisItems={"left": self.axis_left, "bottom": self.axis_bottom})
        self.plot.setObjectName("plot")
        self.plot.setAccessibleName("Chart of the article's figures")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(240)
        layout.addWidget(self.plot, 1)
        self.caption = plain_label("", name="caption")
        self.legend = plain_label("", name="note")
        layout.addWidget(self.caption)
        layout.addWidget(self.legend)
        self._apply_palette()

    # Content

    def set_bank(self, bank: Bank) -> None:
        self.bank = bank
        self._progress = None
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for chart in bank.charts:
            self.chooser.addItem(chart.title, chart.id)
        self.chooser.addItem("Your score per topic, attempt by attempt", PROGRESS)
        self.chooser.blockSignals(False)
        self.chooser.setCurrentIndex(0)
        self._draw_current()

    def show_chart(self, chart_id: str) -> None:
        index = self.chooser.findData(chart_id)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    def current_chart(self) -> Chart | None:
        chart_id = self.chooser.currentData()
        if self.bank is None or chart_id in (None, PROGRESS):
            return None
        return next((c for c in self.bank.charts if c.id == chart_id), None)

    def refresh_progress(self) -> None:
        """Attempts changed: the progress chart reloads when next drawn."""
        self._progress = None
        if self.chooser.currentData() == PROGRESS:
            self._draw_current()

    # Drawing

    def _apply_palette(self) -> None:
        palette = QApplication.palette()
        self._bg = palette.color(QPalette.ColorRole.Base)
        self._fg = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(self._bg)
        for axis in (self.axis_left, self.axis_bottom):
            axis.setPen(pg.mkPen(self._fg))
            axis.setTextPen(pg.mkPen(self._fg))

    def _clear(self) -> None:
        self.plot.clear()
        self.plot.setTitle(None)
        self.bars = []
        self.labels = []
        self.markers = []
        self.plot.setLogMode(False, False)
        for axis in (self.axis_left, self.axis_bottom):
            axis.setTicks(None)
            axis.setLogMode(False)
            axis.percent = False
            axis.setLabel(None)
        legend = self.plot.plotItem.legend
        if legend is not None:
            legend.clear()
            legend.setVisible(False)

    def _draw_current(self) -> None:
        self._clear()
        if self.chooser.currentData() == PROGRESS:
            self.log_scale.setVisible(False)
            self._draw_progress()
            return
        chart = self.current_chart()
        if chart is None:
            return
        self.log_scale.setVisible(chart.kind == "change")
        self.plot.setTitle(rich(chart.title, 40), color=self._fg, size="12pt")
        {
            "bar": self._draw_vertical,
            "compare": self._draw_vertical,
            "change": self._draw_vertical,
            "hbar": self._draw_horizontal,
            "share": self._draw_share,
        }[chart.kind](chart)
        self.caption.setText(chart.caption)
        self.caption.setVisible(bool(chart.caption))
        derived = any(chart.derived)
        loose = any(chart.qualifiers)
        notes = []
        if derived:
            notes.append("Hatched bars with dashed edges are worked out from the text, not stated in it.")
        if self.markers:
            notes.append("An arrowhead marks a bound: \u25b2 or \u25b6 the true figure is higher, "
                         "\u25bc or \u25c0 it is lower.")
        if loose:
            notes.append("Words like \u201cfewer than\u201d and \u201cnearly\u201d are the article's own.")
        self.legend.setText(" ".join(notes))
        self.legend.setVisible(bool(notes))

    def _text(self, text: str, x: float, y: float, anchor: tuple[float, float], bold: bool = False) -> pg.TextItem:
        item = pg.TextItem(text, color=self._fg, anchor=anchor)
        if bold:
            font = item.textItem.font()
            font.setBold(True)
            item.setFont(font)
        item.setPos(x, y)
        self.plot.addItem(item)
        self.labels.append(item)
        return item

    def _bar(self, v: ChartValue, unit: str, colour: str, **geometry) -> BarItem:
        bar = BarItem(v, unit, self._clicked, brush=bar_brush(colour, v.derived), pen=bar_pen(colour, v.derived),
                      **geometry)
        self.plot.addItem(bar)
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
        self.plot.addItem(marker)
        self.markers.append((v.label, v.bound))

    def _draw_vertical(self, chart: Chart) -> None:
        items = values(chart)
        log = chart.kind == "change" and self.log_scale.isChecked() and all(v.value > 0 for v in items)
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
        headroom = (top - base) * (0.32 if chart.kind in ("compare", "change") else 0.18)
        self.plot.setXRange(-0.6, len(items) - 0.4, padding=0)
        self.plot.setYRange(base, top + headroom, padding=0)
        ratio = ratio_text(chart)
        if ratio:
            self._text(ratio, (len(items) - 1) / 2, top + headroom * 0.92, anchor=(0.5, 0), bold=True)

    def _draw_horizontal(self, chart: Chart) -> None:
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
        self.plot.setYRange(-0.5, n - 0.2, padding=0)
        self.plot.setXRange(0, top * 1.15, padding=0)

    def _draw_share(self, chart: Chart) -> None:
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
            self.plot.addItem(outline)
            self._bar(v, chart.unit, colour, x0=[0], width=[v.value], y=[y], height=H_BAR)
            self._bound_marker(v, v.value, y - H_BAR / 2 - 0.06, vertical=True)
            self._text(amount_text(v, chart.unit), 0, y + H_BAR / 2, anchor=(0, 1))
        self.axis_left.setTicks([[(n - 1 - i, v.label) for i, v in enumerate(items)]])
        self.axis_bottom.percent = chart.unit == "%"
        whole_text = "100%" if chart.unit == "%" else f"{whole:,g}" + (f" {chart.unit}" if chart.unit else "")
        self.axis_bottom.setLabel(rich(f"share of the whole ({whole_text})"))
        self.plot.setYRange(-0.5, n - 0.2, padding=0)
        self.plot.setXRange(0, whole * 1.02, padding=0)

    def _draw_progress(self) -> None:
        self.caption.setVisible(False)
        self.legend.setVisible(True)
        if self.bank is None:
            return
        if self._progress is None:
            self.legend.setText("Loading your history\u2026")
            bank = self.bank

            def done(rows) -> None:
                if bank is not self.bank:
                    return  # another bank was opened meanwhile; its own load is on the way
                self._progress = rows
                if self.chooser.currentData() == PROGRESS:
                    self._draw_current()

            run_in_background(lambda: self.history.topic_scores(bank), done,
                              lambda exc: self.legend.setText(f"History could not be read: {exc}"), context=self)
            return
        self.plot.setTitle("Your score per topic", color=self._fg, size="12pt")
        rows = self._progress
        if not rows:
            self.legend.setText("Finish a quiz to see your score per topic here.")
            return
        topics = list(dict.fromkeys(t for _, scores in rows for t in scores))
        # The legend sits in a band above 100%, clear of the lines.
        legend = self.plot.addLegend(offset=(10, 4), labelTextColor=self._fg, colCount=4)
        legend.setVisible(True)
        for i, topic in enumerate(topics):
            xs = [n + 1 for n, (_, scores) in enumerate(rows) if topic in scores]
            ys = [100 * scores[topic] for _, scores in rows if topic in scores]
            colour = COLOURS[i % len(COLOURS)]
            symbols = ("o", "s", "t", "d", "+", "x", "star")
            self.plot.plot(xs, ys, pen=pg.mkPen(colour, width=2), symbol=symbols[i % len(symbols)],
                           symbolBrush=colour, symbolPen=colour, name=rich(topic))
        self.axis_bottom.setTicks([[(n + 1, str(n + 1)) for n in range(len(rows))]])
        self.axis_bottom.setLabel("attempt")
        self.axis_left.percent = True
        self.axis_left.setLabel("score")
        self.plot.setXRange(0.5, len(rows) + 0.5, padding=0)
        self.plot.setYRange(0, 100 + 12 * math.ceil(len(topics) / 4), padding=0)
        self.axis_left.setTicks([[(p, f"{p}%") for p in range(0, 101, 20)]])
        self.legend.setText(f"{plural(len(rows), 'attempt')} at this bank, oldest first; each line is a topic.")

    def _clicked(self, value: ChartValue) -> None:
        if value.evidence:
            self.evidence_requested.emit((value.evidence,))

    # Export

    def choose_export(self, kind: str) -> None:
        chart = self.current_chart()
        name = chart.id if chart else "progress"
        path, _ = QFileDialog.getSaveFileName(self, f"Export chart as {kind.upper()}", f"{name}.{kind}",
                                              f"{kind.upper()} files (*.{kind})")
        if path:
            (self.export_png if kind == "png" else self.export_svg)(Path(path))

    def _render(self, painter: QPainter, width: int, height: int) -> None:
        source = self.plot.mapToScene(self.plot.viewport().rect()).boundingRect()
        painter.fillRect(QRectF(0, 0, width, height), self._bg)
        self.plot.scene().render(painter, QRectF(0, 0, width, height), source)

    def export_png(self, path: Path, scale: float = 2.0) -> Path:
        size = self.plot.viewport().size()
        image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(self._bg)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._render(painter, image.width(), image.height())
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        return path

    def export_svg(self, path: Path) -> Path:
        # pyqtgraph's own SVGExporter fails with Qt 6 (pyqtgraph issue #3485);
        # QtSvg's generator renders the same scene as vector graphics.
        size = self.plot.viewport().size()
        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        chart = self.current_chart()
        generator.setTitle(chart.title if chart else "Score per topic")
        generator.setDescription("Exported from Study Desk")
        painter = QPainter(generator)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._render(painter, size.width(), size.height())
        painter.end()
        if not path.exists():
            raise OSError(f"could not write {path}")
        return path
