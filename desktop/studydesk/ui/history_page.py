"""HistoryPage: past attempts and their scores; review one (double-click),
or resume one left unfinished.

The list loads off the UI thread, so thousands of attempts never delay the
window; rows come from a model, not a widget per attempt.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank
from studydesk.core.history import AttemptRecord, History, bank_key
from studydesk.core.points import score_parts
from studydesk.core.words import date_time, plural

from .background import run_in_background
from .columns import share_width, wrap_columns
from .open_bank import OpenBank
from .plain import plain_label, plain_tooltip
from .rows_model import Index, RowsModel


class AttemptsModel(RowsModel[AttemptRecord]):
    HEADERS = ("Date", "Bank", "Mode", "Answered", "Score")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 2 and r.is_retry:
                return plain_tooltip("A retry of the questions missed in an earlier attempt, their choices "
                                     "shuffled anew. The progress chart leaves it out.")
            return plain_tooltip(self.data(index, Qt.ItemDataRole.DisplayRole))
        col = index.column()
        if col == 0:
            return date_time(r.started)
        if col == 1:
            return r.bank_title
        if col == 2:  # a retry is marked where the kind of attempt is said, not in the bank's (elided) name
            return r.mode.capitalize() + (", retry" if r.is_retry else "")
        if col == 3:
            total = len(r.question_ids)
            return f"{r.answered} of {total}" + ("" if r.finished else ", unfinished")
        return f"{score_parts(r.earned, r.possible)[2]}%" + ("" if r.finished else " so far")


class HistoryPage(QWidget):
    resume_requested = Signal(AttemptRecord)
    review_requested = Signal(AttemptRecord)  # a finished attempt, to look back on

    def __init__(self, history: History, open_bank: OpenBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history-page")
        self.history = history
        self.bank: Bank | None = None
        self._loaded = False
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        top = QHBoxLayout()
        self.heading = plain_label("Past attempts", name="bank-title", wrap=False)
        self.only_this_bank = QCheckBox("Only this &bank")
        self.only_this_bank.setChecked(True)
        self.only_this_bank.toggled.connect(self.reload)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.only_this_bank)
        layout.addLayout(top)
        self.status = plain_label("", name="note")
        layout.addWidget(self.status)
        self.model = AttemptsModel()
        self.table = QTableView()
        self.table.setObjectName("history-table")
        self.table.setAccessibleName("Past attempts")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move between rows
        wrap_columns(self.table)  # a narrow pane wraps a cell's words, rather than cutting them
        self.table.viewport().installEventFilter(self)  # the columns follow its width
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _i: self._open())  # a double-click, or Enter
        layout.addWidget(self.table, 1)
        self.extra = QVBoxLayout()  # the chart of scores per topic goes here when charts load
        layout.addLayout(self.extra)
        buttons = QHBoxLayout()
        self.review_button = QPushButton("Re&view")
        self.review_button.setAccessibleName("Review the selected attempt: each question, your answer, the right one")
        self.review_button.clicked.connect(self._review)
        self.resume_button = QPushButton("&Resume")
        self.resume_button.setAccessibleName("Resume the selected unfinished attempt")
        self.resume_button.clicked.connect(self._resume)
        buttons.addWidget(self.review_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()
        open_bank.bank_changed.connect(self._bank_changed)
        if open_bank.bank is not None:
            self.set_bank(open_bank.bank)

    COLUMN_WEIGHTS = (3, 4, 3, 3, 2)  # date, bank, mode, answered, score: "Practice" whole at 900 px

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            share_width(self.table, self.COLUMN_WEIGHTS)
        return super().eventFilter(watched, event)

    def set_bank(self, bank: Bank) -> None:
        self.bank = bank
        if self._loaded or self.isVisible():
            self.reload()

    def _bank_changed(self, bank: Bank, _new_version: bool) -> None:
        self.set_bank(bank)

    def stale(self) -> None:
        """The history changed: reload now if shown, else when next shown."""
        if self.isVisible():
            self.reload()
        else:
            self._loaded = False

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Load the list in the background; a newer reload wins over an older one."""
        self._loaded = True
        self._generation += 1
        generation = self._generation
        bank = self.bank if self.only_this_bank.isChecked() else None
        self.status.setText("Loading\u2026")

        def done(records: list[AttemptRecord]) -> None:
            if generation == self._generation:
                self.model.set_rows(records)
                self.status.setText(plural(len(records), "attempt") if records else "No attempts yet.")
                self._update_buttons()

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.status.setText(f"History could not be read: {exc}")

        run_in_background(lambda: self.history.attempts(bank), done, failed, context=self)

    def selected(self) -> AttemptRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _resumable(self, record: AttemptRecord | None) -> bool:
        return (record is not None and record.resumable and self.bank is not None
                and record.bank_path == bank_key(self.bank))

    def _update_buttons(self) -> None:
        record = self.selected()
        self.resume_button.setEnabled(self._resumable(record))
        # An attempt still under way is resumed, not reviewed: its right answers stay hidden.
        self.review_button.setEnabled(record is not None and record.finished is not None)

    def _open(self) -> None:
        """Double-click: review a finished attempt, resume one left before the end."""
        record = self.selected()
        if record is not None and record.finished is not None:
            self._review()
        else:
            self._resume()

    def _review(self) -> None:
        record = self.selected()
        if record is not None and record.finished is not None:
            self.review_requested.emit(record)

    def _resume(self) -> None:
        record = self.selected()
        if self._resumable(record):
            self.resume_requested.emit(record)
