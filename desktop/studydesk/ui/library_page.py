"""LibraryPage: every bank the student has, with its article, its number of
questions, the last score and the reviews due; open one, review what is due
across all of them, remove one from the list or show it in the file manager.

A bank that is missing or does not check out is listed with its reason. The
banks are read off the UI thread; the list and the daily limits are the
Library's and QSettings'.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.check import LoadResult, load_bank
from studydesk.core.history import History
from studydesk.core.library import LibraryEntry, read_entry
from studydesk.core.review import Limits, Schedule
from studydesk.core.words import plural

from .background import run_in_background
from .file_dialogs import ask_folder
from .library_list import Library
from .open_bank import loads_here, not_loaded
from .plain import plain_label, plain_tooltip
from .rows_model import Index, RowsModel

WARNING = "\u26a0"


def limits(settings: QSettings) -> Limits:
    """The daily limits as the student set them on the Library page."""
    default = Limits()

    def number(key: str, fallback: int) -> int:
        try:
            return max(0, int(settings.value(key, fallback)))
        except (TypeError, ValueError):
            return fallback

    return Limits(number("review/new_per_day", default.new_per_day),
                  number("review/reviews_per_day", default.reviews_per_day))


class EntriesModel(RowsModel[LibraryEntry]):
    HEADERS = ("Bank", "Article", "Questions", "Last score", "Due")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(str(e.path) + (f"\n{e.problem}" if e.problem else ""))
        if role == Qt.ItemDataRole.ForegroundRole and not e.ok:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return e.title if e.ok else f"{WARNING} {e.title}"
        if col == 1:
            return e.article if e.ok else e.problem
        if not e.ok:
            return ""
        if col == 2:
            return str(e.questions)
        if col == 3:
            return "\u2014" if e.last_score is None else f"{round(e.last_score * 100)}%"
        return f"{e.due}" + (f" + {e.new} new" if e.new else "")


class LibraryPage(QWidget):
    open_requested = Signal(object)  # Path
    review_requested = Signal()
    study_requested = Signal()  # back to the open bank

    def __init__(self, library: Library, history: History, schedule: Schedule, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-page")
        self.library, self.history, self.schedule, self.settings = library, history, schedule, settings
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(plain_label("Library", name="bank-title", wrap=False))
        top.addStretch(1)
        self.review_button = QPushButton("&Review due")
        self.review_button.setObjectName("primary")
        self.review_button.setToolTip("Today's due cards from every bank, each beside its article")
        self.review_button.clicked.connect(self.review_requested)
        self.back_button = QPushButton("&Back to the bank")
        self.back_button.clicked.connect(self.study_requested)
        top.addWidget(self.back_button)
        top.addWidget(self.review_button)
        layout.addLayout(top)
        self.status = plain_label("", name="note")
        layout.addWidget(self.status)

        self.model = EntriesModel()
        self.table = QTableView()
        self.table.setObjectName("library-table")
        self.table.setAccessibleName("Banks in the library")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.activated.connect(lambda _i: self.open_selected())  # Enter, or a double-click
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton("&Open")
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton("Re&move from list")
        self.remove_button.setToolTip("Takes the bank off this list; the file is not deleted")
        self.remove_button.clicked.connect(self.remove_selected)
        self.show_button = QPushButton("Sho&w in folder")
        self.show_button.clicked.connect(self.show_selected)
        self.add_button = QPushButton("&Add folder\u2026")
        self.add_button.setToolTip("List every bank in a folder, and those added to it later")
        self.add_button.clicked.connect(self.choose_folder)
        for button in (self.open_button, self.show_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout.addLayout(row)

        limits_row = QHBoxLayout()
        current = limits(settings)
        self.new_limit = self._limit_box("review/new_per_day", current.new_per_day, "New questions a day")
        self.review_limit = self._limit_box("review/reviews_per_day", current.reviews_per_day, "Reviews a day")
        limits_row.addWidget(plain_label("Each day's review takes at most", name="note", wrap=False))
        limits_row.addWidget(self.new_limit)
        limits_row.addWidget(plain_label("new questions and", name="note", wrap=False))
        limits_row.addWidget(self.review_limit)
        limits_row.addWidget(plain_label("due cards.", name="note", wrap=False))
        limits_row.addStretch(1)
        layout.addLayout(limits_row)
        library.changed.connect(self.refresh)
        self._update_buttons()

    def _limit_box(self, key: str, value: int, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 9999)
        box.setValue(value)
        box.setAccessibleName(name)
        box.valueChanged.connect(lambda v: self.settings.setValue(key, v))
        return box

    # Loading

    def refresh(self) -> None:
        """Read every bank again, off the UI thread."""
        self._generation += 1
        generation = self._generation
        paths = self.library.listed()
        self.status.setText(f"Reading {plural(len(paths), 'bank')}\u2026")

        def read() -> list[LibraryEntry]:
            # A large bank is read in a checker process: parsed in this thread, it
            # would hold the interpreter's lock, and the window would wait on it.
            checker = None

            def load(path: Path) -> LoadResult:
                nonlocal checker
                if loads_here(path):
                    return load_bank(path)
                if checker is None:
                    # Imported here, as OpenBank does: a library of small banks has no use for processes.
                    from studydesk.core.check.process import CheckerProcess

                    checker = CheckerProcess()
                try:
                    return checker.load(path)
                except Exception as exc:  # noqa: BLE001 - listed as the bank's problem
                    return not_loaded(path, exc)

            try:
                return [read_entry(path, self.history, self.schedule, load) for path in paths]
            finally:
                if checker is not None:
                    checker.close()

        run_in_background(read, lambda entries: self._show(generation, entries), context=self)

    def _show(self, generation: int, entries: list[LibraryEntry]) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        selected = self.selected()
        self.model.set_rows(entries)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), max(180, self.table.width() * 2 // 5)))
        due = sum(e.due for e in entries)
        broken = sum(not e.ok for e in entries)
        self.status.setText(f"{plural(len(entries), 'bank')}, {plural(due, 'review')} due today"
                            + (f"; {broken} cannot be opened (see why in the list)" if broken else ""))
        self.review_button.setText(f"&Review due ({due})")
        if selected is not None:
            self.select(selected)
        self._update_buttons()

    # The selection

    def selected(self) -> LibraryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select(self, entry_or_path: LibraryEntry | Path) -> None:
        path = entry_or_path.path if isinstance(entry_or_path, LibraryEntry) else Path(entry_or_path)
        for row, entry in enumerate(self.model.rows):
            if entry.path == path:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None and entry.ok)
        self.remove_button.setEnabled(entry is not None)
        self.show_button.setEnabled(entry is not None and entry.path.parent.exists())

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None and entry.ok:
            self.open_requested.emit(entry.path)

    def remove_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.library.remove_bank(entry.path)

    def show_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            target = entry.path.parent if entry.path.parent.exists() else entry.path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def choose_folder(self) -> None:
        folder = ask_folder(self, "Add a folder of banks", self.library.folder)
        if folder:
            self.library.add_folder(folder)
