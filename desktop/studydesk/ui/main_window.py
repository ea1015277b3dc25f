"""MainWindow: the article on the left, the quiz, charts, history and editor
on the right; or the Library of every bank, across the whole window.

It makes the panes and wires them: each pane that shows the open bank
follows the OpenBank itself; the window connects what one pane asks of
another (evidence to highlight, an attempt to resume), places the menus,
and remembers its size, split and zoom.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from studydesk import __version__
from studydesk.core.bank import Bank
from studydesk.core.check import LoadResult
from studydesk.core.history import History, bank_key
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from studydesk.core.words import plural

from .article_view import ArticleView
from .background import run_in_background
from .file_dialogs import ask_open_path
from .lazy_tabs import LazyTabs
from .library_list import Library
from .loading_bar import LoadingBar
from .menus import RecentMenu, new_action
from .notice_bar import NoticeBar
from .open_bank import OpenBank
from .plain import ask, message_box
from .quiz.quiz_panel import QuizPanel
from .review_launcher import ReviewLauncher
from .study_pages import StudyPages
from .style import set_zoom, use_style_sheet
from .teacher.actions import TeacherActions


# What the panes built on first use import (pyqtgraph and numpy for Charts,
# the answer inputs and the number reader for a question and the editor's
# preview): imported behind the window once it is up, so that a pane opens
# without a pause for them. A thread will do: importing is mostly Python.
PANE_MODULES = ("studydesk.ui.quiz.question_page", "studydesk.ui.history_page", "studydesk.ui.editor.bank_editor",
                "studydesk.ui.charts.charts_view")
WARM_UP_AFTER_MS = 300


class MainWindow(QMainWindow):
    # The history may report from a worker thread; this carries it to the UI thread.
    _history_problem = Signal(str)

    def __init__(self, settings: QSettings, history: History, parent: QWidget | None = None, *,
                 schedule: Schedule | None = None, library: Library | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.settings = settings
        self.history = history
        self.errors_dialog = None
        self._reading_split: list[int] | None = None
        self._kept_focus: dict[QWidget, QWidget] = {}  # each tab's page: where focus was in it
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
        self.tabs.currentChanged.connect(lambda _index: self._fit_split_to(self.tabs.currentWidget()))
        self.splitter = QSplitter()  # side by side, Qt.Orientation.Horizontal
        self.splitter.setObjectName("splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.article_view)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 11)
        self.splitter.setStretchFactor(1, 9)
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
        self.open_bank.problems_found.connect(self.show_errors)
        self.open_bank.changed_on_disk.connect(self._changed_on_disk)
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
        self._build_menus()
        self._restore()
        self._warmed_up = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed_up:
            self._warmed_up = True
            QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)

    def _warm_up(self) -> None:
        def work() -> None:
            for name in PANE_MODULES:
                importlib.import_module(name)

        # A failure is not shown: the pane imports its module again when it opens, and says so there.
        run_in_background(work, lambda _none: self._set_aside(), lambda _exc: self._set_aside(), context=self)

    @staticmethod
    def _set_aside() -> None:
        """The window is up: what Python holds now (modules, classes, the panes, the open
        bank) will mostly last as long as the window. Set aside, the cyclic collector's
        full passes no longer go over it all; in a window this size each such pass took
        30 to 70 ms, at any moment, a stall. (What is set aside is still freed when no
        longer used; only a cycle of it that falls out of use would stay.)"""
        gc.freeze()

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
        self.show_study()
        self.tabs.setCurrentWidget(self.charts_page)

    def show_history(self) -> None:
        self.show_study()
        self.tabs.setCurrentWidget(self.history_page)

    def show_editor(self) -> None:
        self.show_study()
        self.tabs.setCurrentWidget(self.editor_page)

    def go_to_tab(self, page: QWidget) -> None:
        """Show a page and put focus in it (Ctrl+1 to Ctrl+4), where it was
        when last left, else on its first control."""
        self.show_study()
        before = QApplication.focusWidget()
        if before is not None and not page.isAncestorOf(before):
            before.clearFocus()  # else, as its page hides, focus stops on the article on its way
        self.tabs.setCurrentWidget(page)
        kept = self._kept_focus.get(page)
        usable = kept is not None and shiboken6.isValid(kept) and kept.isVisible() and page.isAncestorOf(kept)
        target = kept if usable else _first_control(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if new is not None and page.isAncestorOf(new):
                self._kept_focus[page] = new

    def _fit_split_to(self, page: QWidget | None) -> None:
        """Editing wants the wider pane; reading and quizzing want the article."""
        editing = page is not None and page is self.tabs.built("editor")
        if editing and self._reading_split is None:
            self._reading_split = self.splitter.sizes()
            total = sum(self._reading_split)
            self.splitter.setSizes([total * 7 // 20, total * 13 // 20])
        elif not editing and self._reading_split is not None:
            self.splitter.setSizes(self._reading_split)
            self._reading_split = None

    # The Library, and a day's review across its banks

    def show_library(self) -> None:
        self.pages.show_library()

    def show_study(self) -> None:
        self.pages.show_study()

    def _start_review(self, review) -> None:
        self.show_study()
        self.tabs.setCurrentWidget(self.quiz_panel)
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

    def show_errors(self, path: str, problems, kept: str = ""):
        from .bank_errors_dialog import BankErrorsDialog

        dialog = BankErrorsDialog(path, problems, kept=kept, parent=self)
        dialog.edit_requested.connect(self.edit_file)
        self.errors_dialog = dialog
        dialog.open()
        return dialog

    def edit_file(self, path: str) -> None:
        """A bank file in the Edit tab, to fix it there."""
        self.show_editor()
        self.editor_page.edit_file(Path(path))

    def _changed_on_disk(self, path: Path, _text: str | None, result: LoadResult) -> None:
        if result.bank is not None:
            self.notice.show_notice(f"{path.name} changed on disk and was reloaded.")
            return
        self.notice.show_notice(
            f"{path.name} changed on disk but has {plural(len(result.errors), 'problem')}"
            + "; the quiz keeps the last version that checked out.",
            [("Show problems", lambda: self.show_errors(str(path), result.problems,
                                                        "The last good version stays open."))],
            level="warning")

    def choose_bank(self) -> None:
        bank = self.open_bank.bank
        start = str(bank.path.parent) if bank and bank.path else str(Path.home())
        path = ask_open_path(self, "Open a question bank", start, "Question banks (*.toml);;All files (*)")
        if path:
            self.open_bank.open(path)

    # Menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.view_menu = bar.addMenu("&View")
        self.help_menu = bar.addMenu("&Help")
        self.recent_menu = RecentMenu(self.open_bank, self)
        file_menu = self.file_menu
        file_menu.addAction(self.teacher.new_quiz)
        self._action(file_menu, "&Open Bank\u2026", self.choose_bank, QKeySequence.StandardKey.Open)
        file_menu.addMenu(self.recent_menu)
        self._action(file_menu, "Re&load Bank", self.open_bank.reload, QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self._action(file_menu, "Export Chart as &PNG\u2026", lambda: self._export_chart("png"))
        self._action(file_menu, "Export Chart as S&VG\u2026", lambda: self._export_chart("svg"))
        file_menu.addSeparator()
        file_menu.addActions(self.teacher.tools)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        view = self.view_menu
        self._action(view, "Zoom &In", self.article_view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self._action(view, "Zoom &Out", self.article_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._action(view, "&Actual Size", self.article_view.zoom_reset, "Ctrl+0")
        view.addSeparator()
        self._action(view, "&Library", self.show_library, "Ctrl+L")
        self._action(view, "&Review Due", self.reviews.start, "Ctrl+Shift+R")
        view.addSeparator()
        self._action(view, "&Quiz", lambda: self.go_to_tab(self.quiz_panel), "Ctrl+1")
        self._action(view, "&Charts", lambda: self.go_to_tab(self.charts_page), "Ctrl+2")
        self._action(view, "&History", lambda: self.go_to_tab(self.history_page), "Ctrl+3")
        self._action(view, "&Edit Bank", lambda: self.go_to_tab(self.editor_page), "Ctrl+4")
        self._action(self.help_menu, "&Keyboard Shortcuts", self.show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self._action(self.help_menu, "&About Study Desk", self._about)
        QApplication.instance().focusChanged.connect(self._keep_focus)

    def _action(self, menu, text: str, slot, shortcut=None) -> None:
        menu.addAction(new_action(self, text, slot, shortcut))

    def _export_chart(self, kind: str) -> None:
        self.show_charts()
        self.charts_page.choose_export(kind)

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

    def _about(self) -> None:
        message_box(self, "NoIcon", "About Study Desk",
                    f"Study Desk {__version__}\n\nStudy a news article beside quizzes on it, "
                    "each question tied to the sentence it comes from.",
                    pixmap=self.windowIcon().pixmap(64))

    # State

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:  # the article a little wider (11:9); Qt scales these to the width the splitter gets
            self.splitter.setSizes([1100, 900])
        try:
            zoom = float(self.settings.value("article/zoom", 1.0))
        except (TypeError, ValueError):
            zoom = 1.0
        self.article_view.set_zoom(zoom)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._reading_split is not None:  # remember the reading split, not the editing one
            self.splitter.setSizes(self._reading_split)
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("article/zoom", self.article_view.zoom)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.open_bank.may_leave():
            event.ignore()
            return
        if not self.history.flush():
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


def _first_control(page: QWidget) -> QWidget | None:
    """The first widget in Tab order inside `page` that takes focus by Tab."""
    widget = page.nextInFocusChain()
    while widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            return widget
        widget = widget.nextInFocusChain()
    return None
