"""StudyPages: what fills the window under its menus: the study view (the
article beside the quiz, charts, history and editor), or the Library of
every bank, which is built when first shown."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from studydesk.core.history import History
from studydesk.core.review import Schedule

from .library_list import Library
from .style import use_style_sheet


class StudyPages(QStackedWidget):
    open_requested = Signal(object)  # Path: a bank chosen in the Library
    review_requested = Signal()

    def __init__(self, study: QWidget, library: Library, history: History, schedule: Schedule,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.study = study
        self.addWidget(study)
        self._library_args = (library, history, schedule, settings)
        self._library_page = None

    @property
    def library_page(self):
        if self._library_page is None:
            from .library_page import LibraryPage

            page = LibraryPage(*self._library_args)
            use_style_sheet(page)
            page.open_requested.connect(self.open_requested)
            page.review_requested.connect(self.review_requested)
            page.study_requested.connect(self.show_study)
            self.addWidget(page)
            self._library_page = page
        return self._library_page

    def show_library(self) -> None:
        page = self.library_page
        page.refresh()
        self.setCurrentWidget(page)
        page.table.setFocus()

    def show_study(self) -> None:
        self.setCurrentWidget(self.study)
