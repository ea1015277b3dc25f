"""ChartsView: the Charts tab. A chooser of the bank's charts and the
student's own progress, the plot (chart_plot.py), its values as a table
under it (chart_table.py, the plot's text alternative, in step with the
plot's selected bar), what the plot's marks mean, and export to PNG or SVG.

This module imports pyqtgraph (and with it numpy); the main window imports
it only when the Charts tab is first opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QFrame,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank, Chart
from studydesk.core.chart_words import ChartValue, values
from studydesk.core.history import History
from studydesk.core.words import plural
from studydesk.render.chart_image import write_png, write_svg

from ..background import run_in_background
from ..file_dialogs import ask_save_path
from ..open_bank import OpenBank
from ..plain import plain_label
from .chart_plot import ChartPlot
from .chart_table import ChartTable

PROGRESS = "progress"  # the chooser's entry for the student's own scores


class ChartsView(QWidget):
    evidence_requested = Signal(tuple)

    def __init__(self, history: History, open_bank: OpenBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self.history = history
        self.bank: Bank | None = None
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
        self.png_button.setToolTip("Export the chart as PNG")
        self.svg_button = QPushButton("SVG\u2026")
        self.svg_button.setToolTip("Export the chart as SVG")
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
        self.plot = ChartPlot()
        self.plot.bar_clicked.connect(self._clicked)
        self.table = ChartTable()
        self.plot.bar_selected.connect(self._bar_selected)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.row_chosen.connect(self._row_chosen)
        self.caption = plain_label("", name="caption")
        self.legend = plain_label("", name="note")
        # The plot, its table, caption and key scroll together: a small window
        # scrolls to the table rather than squeezing it.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.plot, 1)
        column.addWidget(self.table)
        column.addWidget(self.caption)
        column.addWidget(self.legend)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        open_bank.bank_changed.connect(self._bank_changed)
        if open_bank.bank is not None:
            self.set_bank(open_bank.bank)

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

    def _bank_changed(self, bank: Bank, _new_version: bool) -> None:
        self.set_bank(bank)

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

    def _draw_current(self) -> None:
        if self.chooser.currentData() == PROGRESS:
            self.log_scale.setVisible(False)
            self._draw_progress()
            return
        chart = self.current_chart()
        if chart is None:
            self.plot.clear_chart()
            self.table.setRowCount(0)
            return
        self.log_scale.setVisible(chart.kind == "change")
        self.plot.draw_chart(chart, log=self.log_scale.isChecked())
        self.table.show_chart(chart)
        self.caption.setText(chart.caption)
        self.caption.setVisible(bool(chart.caption))
        notes = []
        if any(chart.derived):
            notes.append("Hatched bars with dashed edges are worked out from the text, not stated in it.")
        if self.plot.markers:
            notes.append("An arrowhead marks a bound: \u25b2 or \u25b6 the true figure is higher, "
                         "\u25bc or \u25c0 it is lower.")
        if any(chart.qualifiers):
            notes.append("Words like \u201cfewer than\u201d and \u201cnearly\u201d are the article's own.")
        self.legend.setText(" ".join(notes))
        self.legend.setVisible(bool(notes))

    def _draw_progress(self) -> None:
        self.caption.setVisible(False)
        self.legend.setVisible(True)
        if self.bank is None:
            self.plot.clear_chart()
            return
        if self._progress is None:
            self.plot.clear_chart()
            self.table.setRowCount(0)
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
        rows = self._progress
        self.plot.draw_progress(rows)
        self.table.show_progress(rows)
        self.legend.setText(f"{plural(len(rows), 'attempt')} at this bank, oldest first; each line is a topic."
                            if rows else "Finish a quiz to see your score per topic here.")

    def _clicked(self, value: ChartValue) -> None:
        index = next((i for i, bar in enumerate(self.plot.bars) if bar.value is value), None)
        if index is not None and index != self.plot.selected:
            self.plot.select_bar(index, say=False)
        if value.evidence:
            self.evidence_requested.emit((value.evidence,))

    def _bar_selected(self, index: int) -> None:
        if self.table.currentRow() != index:
            self.table.selectRow(index)

    def _row_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and self.plot.bars and rows[0].row() != self.plot.selected:
            self.plot.select_bar(rows[0].row(), say=False)  # the table's own row is what is read out

    def _row_chosen(self, row: int) -> None:
        chart = self.current_chart()
        if chart is not None and 0 <= row < len(values(chart)):
            self._clicked(self.plot.bars[row].value if row < len(self.plot.bars) else values(chart)[row])

    # Export

    def choose_export(self, kind: str) -> None:
        chart = self.current_chart()
        name = chart.id if chart else "progress"
        path = ask_save_path(self, f"Export chart as {kind.upper()}", f"{name}.{kind}",
                             f"{kind.upper()} files (*.{kind})", f".{kind}")
        if path:
            (self.export_png if kind == "png" else self.export_svg)(path)

    def export_png(self, path: Path, scale: float = 2.0) -> Path:
        return write_png(self.plot.scene(), self._shown(), self.plot.viewport().size(),
                         self.plot.background_colour, path, scale=scale)

    def export_svg(self, path: Path) -> Path:
        chart = self.current_chart()
        return write_svg(self.plot.scene(), self._shown(), self.plot.viewport().size(),
                         self.plot.background_colour, path, title=chart.title if chart else "Score per topic")

    def _shown(self):
        """The part of the plot's scene on screen."""
        return self.plot.mapToScene(self.plot.viewport().rect()).boundingRect()
