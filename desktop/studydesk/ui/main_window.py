"""MainWindow: the article on the left, the quiz, charts, history and editor
on the right; or the Library of every bank, across the whole window.

It makes the panes and wires them: each pane that shows the open bank
follows the OpenBank itself; the window connects what one pane asks of
another (evidence to highlight, an attempt to resume), places the menus,
and remembers its size, split and zoom.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from studydesk.core.bank import Bank
from studydesk.core.history import History, bank_key
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from studydesk.core.words import plural

from .article_view import ArticleView
from .background import run_in_background
from .bank_notices import BankNotices
from .file_dialogs import ask_open_path
from .lazy_tabs import LazyTabs
from .library_list import Library
from .loading_bar import LoadingBar
from .notice_bar import NoticeBar
from .open_bank import OpenBank
from .plain import ask
from .quiz.quiz_panel import QuizPanel
from .review_launcher import ReviewLauncher
from .study_pages import StudyPages
from .style import set_zoom, use_style_sheet
from .tab_focus import TabFocus
from .teacher.actions import TeacherActions
from .warm_up import warm_up_later
from .window_menus import build_menus
from .window_state import Split, restore, save



class MainWindow(QMainWindow):
    # The history may report from a worker thread; this carries it to the UI thread.
    _history_problem = Signal(str)

    def __init__(self, settings: QSettings, history: History, parent: QWidget | None = None, *,
                 schedule: Schedule | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.settings = settings
        self.history = history
        self.open_bank = OpenBank(settings, self)
        self.schedule = schedule or Schedule(ReviewStore.open(history.path))
        self.library = library or Library(settings, parent=self)
        self.reviews = ReviewLauncher(self.library, self.schedule, settings, self)

        self.article_view = ArticleView()
        self.quiz_panel = QuizPanel(history, self.open_bank, schedule=self.schedule)
        self.tabs = LazyTabs()
        self.tabs.setObjectName("side-tabs")
        self.tabs.setDocumentMode(True)
        # No Alt+letter on the tabs: the pages' buttons have them (Ctrl+1 to Ctrl+4 switch tabs).
        self.tabs.add_page("quiz", self.quiz_panel, "Quiz")
        self.tabs.add_lazy("charts", "Charts", self._make_charts)
        self.tabs.add_lazy("history", "History", self._make_history)
        self.tabs.add_lazy("editor", "Edit", self._make_editor)
        self.tabs.currentChanged.connect(
            lambda _index: self.split.fit(self.tabs.currentWidget() is self.tabs.built("editor")))
        self.tab_focus = TabFocus(self.tabs, self)
        self.splitter = QSplitter()  # side by side, Qt.Orientation.Horizontal
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
        self.split = Split(self.splitter)
        self.article_view.setMinimumWidth(260)
        self.tabs.setMinimumWidth(340)
        self.notice = NoticeBar()
        use_style_sheet(self.notice)
        self.loading_bar = LoadingBar(self.open_bank)
        use_style_sheet(self.loading_bar)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.loading_bar)
        column.addWidget(self.notice)
        self.pages = StudyPages(self.splitter, self.library, history, self.schedule, settings)
        self.pages.open_requested.connect(lambda path: self.open_bank.open(path) and self.show_study())
        self.pages.review_requested.connect(self.reviews.start)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.open_bank.bank_changed.connect(self._bank_changed)
        self.bank_notices = BankNotices(self.open_bank, self.notice, self.edit_file, self)
        self._history_problem.connect(lambda message: self.notice.show_notice(message, level="warning"))
        history.problem_found.connect(self._history_problem.emit)
        self.quiz_panel.evidence_requested.connect(self.article_view.show_evidence)
        self.quiz_panel.attempt_saved.connect(self._history_changed)
        self.article_view.zoom_changed.connect(self._zoom_changed)
        self.quiz_panel.article_requested.connect(self._show_article)  # a review's card, beside its own article
        self.quiz_panel.review_ended.connect(lambda: self._show_article(self.open_bank.bank))
        self.quiz_panel.library_requested.connect(self.show_library)
        self.reviews.review_ready.connect(self._start_review)
        self.reviews.nothing_due.connect(lambda message: self.say(message, 8000))
        self.reviews.due_changed.connect(self._update_title)
        self.teacher = TeacherActions(self.open_bank, history, self, self.say)
        build_menus(self)
        restore(self, settings, self.split, self.article_view)
        self._warmed_up = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed_up:
            self._warmed_up = True
            warm_up_later(self)

    # The panes on the right, built when first shown

    def _make_charts(self) -> QWidget:
        from .charts.charts_view import ChartsView  # pyqtgraph and numpy load here, on first use

        page = ChartsView(self.history, self.open_bank)
        page.evidence_requested.connect(self.article_view.show_evidence)
        return page

    def _make_history(self) -> QWidget:
        from .history_page import HistoryPage

        page = HistoryPage(self.history, self.open_bank)
        page.resume_requested.connect(self._resume)
        page.review_requested.connect(self._review)
        return page

    def _make_editor(self) -> QWidget:
        from .editor.bank_editor import BankEditor

        page = BankEditor(self.open_bank, dark=self.palette().color(self.backgroundRole()).lightness() < 128)
        page.good_bank.connect(lambda _bank: self.say("Saved; the quiz uses the new version.", 5000))
        return page

    def say(self, message: str, milliseconds: int = 0) -> None:
        """A message in the status bar, which is made with the first one."""
        self.statusBar().showMessage(message, milliseconds)

    @property
    def charts_page(self):
        return self.tabs.page("charts")

    @property
    def history_page(self):
        return self.tabs.page("history")

    @property
    def editor_page(self):
        return self.tabs.page("editor")

    def show_charts(self) -> None:
        self._show_page(self.charts_page)

    def show_history(self) -> None:
        self._show_page(self.history_page)

    def show_editor(self) -> None:
        self._show_page(self.editor_page)

    def _show_page(self, page: QWidget) -> None:
        self.show_study()
        self.tabs.setCurrentWidget(page)

    def go_to_tab(self, page: QWidget) -> None:
        """Show a page and put focus in it (Ctrl+1 to Ctrl+4), where it was
        when last left, else on its first control."""
        self.show_study()
        self.tab_focus.go_to(page)

    # The Library, and a day's review across its banks

    def show_library(self) -> None:
        self.pages.show_library()

    def show_study(self) -> None:
        self.pages.show_study()

    def _start_review(self, review) -> None:
        self._show_page(self.quiz_panel)
        self.quiz_panel.start_review(review)

    def _show_article(self, bank: Bank | None) -> None:
        if bank is not None:
            self.article_view.set_article(bank.article, bank.title)

    def _update_title(self) -> None:
        bank = self.open_bank.bank
        self.setWindowTitle((f"{bank.title} \u2014 " if bank else "") + "Study Desk" + self.reviews.due_note())

    def _resume(self, record) -> None:
        self.quiz_panel.resume(record)
        self.tabs.setCurrentWidget(self.quiz_panel)

    def _review(self, record) -> None:
        """A past attempt, beside its article: another bank's is opened first
        (a large one loads behind the window, and the review follows it)."""
        bank = self.open_bank.bank
        if bank is None or bank_key(bank) != record.bank_path:
            if not self.open_bank.open(record.bank_path):
                return
            if self.open_bank.loading is not None:
                self.open_bank.bank_changed.connect(lambda bank, _new: self._show_review(bank, record),
                                                    Qt.ConnectionType.SingleShotConnection)
                return
        self._show_review(self.open_bank.bank, record)

    def _show_review(self, bank: Bank, record) -> None:
        if bank_key(bank) == record.bank_path:  # (not another bank opened meanwhile)
            self.quiz_panel.review(record)
            self.tabs.setCurrentWidget(self.quiz_panel)

    def _history_changed(self) -> None:
        history_page, charts_page = self.tabs.built("history"), self.tabs.built("charts")
        if history_page is not None:
            history_page.stale()
        if charts_page is not None:
            charts_page.refresh_progress()

    # The open bank

    def _bank_changed(self, bank: Bank, new_version: bool) -> None:
        self.article_view.set_article(bank.article, bank.title)
        if bank.path is not None:
            self.library.add_bank(bank.path)
        run_in_background(lambda: self.schedule.sync(bank), lambda _none: None, context=self)  # cards follow edits
        self._update_title()
        if not new_version:
            self.notice.hide()

    @property
    def errors_dialog(self):
        return self.bank_notices.errors_dialog

    def edit_file(self, path: str) -> None:
        """A bank file in the Edit tab, to fix it there."""
        self.show_editor()
        self.editor_page.edit_file(Path(path))

    def choose_bank(self) -> None:
        bank = self.open_bank.bank
        start = str(bank.path.parent) if bank and bank.path else str(Path.home())
        path = ask_open_path(self, "Open a question bank", start, "Question banks (*.toml);;All files (*)")
        if path:
            self.open_bank.open(path)

    # Menus, zoom and state

    def show_shortcuts(self):
        from .shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def _zoom_changed(self, zoom: float) -> None:
        """The side pane follows the article's zoom."""
        self.settings.setValue("article/zoom", zoom)
        set_zoom(zoom)
        self.tabs.restyle()
        use_style_sheet(self.notice)
        font = QApplication.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * zoom)
        self.tabs.tabBar().setFont(font)

    def save_state(self) -> None:
        save(self, self.settings, self.split, self.article_view)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.open_bank.may_leave():
            event.ignore()
            return
        if not self.history.flush() and self.history.unsaved:
            answer = ask(self, "Answers not saved",
                         f"{plural(self.history.unsaved, 'answer')} could not be written to the history "
                         f"({self.history.problem}). Quit anyway and lose them?",
                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                         QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_state()
        self.open_bank.stop_loading()  # (else quitting waits for a large bank to finish loading)
        super().closeEvent(event)

