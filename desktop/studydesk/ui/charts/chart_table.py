"""ChartTable: a chart's values as a table, the plot's text alternative.

One row a figure: its label, the amount in the article's own words
("fewer than 1,300", "(implied)"), and the sentence it comes from; or, for
the progress chart, one row an attempt and one column a topic. A screen
reader reads it cell by cell; the keyboard selects a row (and so its bar)
and Enter highlights the figure's sentence in the article.

It is as tall as its rows, wrapped to its width: the page around it
scrolls, so no row is ever cut short.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from studydesk.core.article import quoted
from studydesk.core.bank import Chart
from studydesk.core.chart_words import amount_text, values

from ..columns import share_width, wrap_columns


class ChartTable(QTableWidget):
    row_chosen = Signal(int)  # Enter or a double-click on a figure's row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-table")
        self.setAccessibleName("The chart's values")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab moves on; the arrows move between cells
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wrap_columns(self)
        self._weights: tuple[int, ...] = ()
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.activated.connect(lambda index: self.row_chosen.emit(index.row()))

    def show_chart(self, chart: Chart) -> None:
        rows = []
        for v in values(chart):
            amount = amount_text(v, chart.unit)
            if v.derived and "implied" not in amount:
                amount += " (worked out from the text)"
            rows.append((v.label, amount, quoted(v.evidence) if v.evidence else ""))
        self._fill(("Figure", "Amount", "From the article"), rows, (3, 3, 5))

    def show_progress(self, rows: list) -> None:
        """History.topic_scores rows, oldest first: (attempt, {topic: share})."""
        topics = list(dict.fromkeys(t for _, scores in rows for t in scores))
        table = [(str(n + 1), *(f"{round(100 * scores[t])}%" if t in scores else "not asked" for t in topics))
                 for n, (_, scores) in enumerate(rows)]
        self._fill(("Attempt", *topics), table, (1, *(2 for _ in topics)))

    def _fill(self, headers: tuple[str, ...], rows: list[tuple[str, ...]], weights: tuple[int, ...]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(r, c, item)
        self._weights = weights
        self._fit()

    def _fit(self) -> None:
        """Columns share the width by their weights; rows take the height their wrapped words need."""
        share_width(self, self._weights)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
