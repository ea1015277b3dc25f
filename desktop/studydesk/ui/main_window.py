"""MainWindow: the article on the left, the quiz (and history) on the right.

It opens banks, wires the panes together (they never import each other) and
remembers its size, splitter, zoom, last bank and recent banks.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QTabWidget, QVBoxLayout, QWidget

from studydesk import __version__
from studydesk.core.bank import Bank
from studydesk.core.history import History
from studydesk.core.check import load_bank
from studydesk.core.words import plural

from .article_view import ArticleView
from .bank_watcher import BankWatcher
from .notice_bar import NoticeBar
from .plain import ask, message_box, plain_tooltip
from .quiz_panel import QuizPanel
from .style import use_style_sheet
from .teacher_actions import TeacherActions

MAX_RECENT = 8


class MainWindow(QMainWindow):
    # The history may report from a worker thread; this carries it to the UI thread.
    _history_problem = Signal(str)

    def __init__(self, settings: QSettings, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.settings = settings
        self.history = history
        self.bank: Bank | None = None
        self.errors_dialog = None

        self.article_view = ArticleView()
        self.quiz_panel = QuizPanel(history)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("side-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.quiz_panel, "&Quiz")
        # Other tabs start as empty stand-ins and are built when first opened.
        self._lazy_tabs: dict[QWidget, str] = {}
        self._reading_split: list[int] | None = None
        self._history_page = None
        self._charts_page = None
        self._editor_page = None
        self._add_lazy_tab("charts", "Ch&arts")
        self._add_lazy_tab("history", "Hi&story")
        self._add_lazy_tab("editor", "&Edit")
        self.tabs.currentChanged.connect(self._tab_opened)
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
        # Each page has the sheet, not the tab widget or the article: see use_style_sheet.
        use_style_sheet(self.quiz_panel)
        use_style_sheet(self.notice)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.watcher = BankWatcher(self)
        self.watcher.changed.connect(self._changed_on_disk)
        self._history_problem.connect(lambda message: self.notice.show_notice(message, level="warning"))
        history.problem_found.connect(self._history_problem.emit)

        self.quiz_panel.evidence_requested.connect(self.show_evidence)
        self.quiz_panel.attempt_saved.connect(self._history_changed)
        self.article_view.zoom_changed.connect(lambda z: self.settings.setValue("article/zoom", z))

        self._build_menus()
        self._restore()

    # Tabs built on first use

    def _add_lazy_tab(self, name: str, label: str) -> None:
        stand_in = QWidget()
        stand_in.setObjectName(f"{name}-stand-in")
        self._lazy_tabs[stand_in] = name
        self.tabs.addTab(stand_in, label)

    def _tab_opened(self, index: int) -> None:
        widget = self.tabs.widget(index)
        name = self._lazy_tabs.get(widget)
        if name is not None:
            getattr(self, f"{name}_page")  # builds it in place of the stand-in
        self._fit_split_to(self.tabs.currentWidget())

    def _fit_split_to(self, page: QWidget) -> None:
        """Editing wants the wider pane; reading and quizzing want the article."""
        editing = page is not None and page is self._editor_page
        if editing and self._reading_split is None:
            self._reading_split = self.splitter.sizes()
            total = sum(self._reading_split)
            self.splitter.setSizes([total * 7 // 20, total * 13 // 20])
        elif not editing and self._reading_split is not None:
            self.splitter.setSizes(self._reading_split)
            self._reading_split = None

    def _replace_stand_in(self, name: str, page: QWidget) -> None:
        stand_in = next(w for w, n in self._lazy_tabs.items() if n == name)
        index = self.tabs.indexOf(stand_in)
        label = self.tabs.tabText(index)
        current = self.tabs.currentIndex() == index
        del self._lazy_tabs[stand_in]
        use_style_sheet(page)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, label)
        if current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        stand_in.deleteLater()
        if current:
            self._fit_split_to(page)

    @property
    def history_page(self):
        if self._history_page is None:
            from .history_page import HistoryPage

            page = HistoryPage(self.history)
            page.resume_requested.connect(self._resume)
            if self.bank is not None:
                page.set_bank(self.bank)
            self._history_page = page
            self._replace_stand_in("history", page)
        return self._history_page

    @property
    def charts_page(self):
        """The chart view; pyqtgraph and numpy are imported here, on first use."""
        if self._charts_page is None:
            from .charts_view import ChartsView

            page = ChartsView(self.history)
            page.evidence_requested.connect(self.show_evidence)
            if self.bank is not None:
                page.set_bank(self.bank)
            self._charts_page = page
            self._replace_stand_in("charts", page)
        return self._charts_page

    @property
    def editor_page(self):
        if self._editor_page is None:
            from .bank_editor import BankEditor

            page = BankEditor(dark=bool(self.palette().color(self.backgroundRole()).lightness() < 128))
            page.good_bank.connect(self._apply_edited)
            page.saved.connect(self.watcher.expect)
            if self.bank is not None and self.bank.path is not None:
                page.open(self.bank.path)
            self._editor_page = page
            self._replace_stand_in("editor", page)
        return self._editor_page

    def show_editor(self) -> None:
        self.tabs.setCurrentWidget(self.editor_page)

    def _apply_edited(self, bank: Bank) -> None:
        """The editor saved a bank that checks out: the quiz and charts use it."""
        self.set_bank(bank, from_editor=True)
        self.statusBar().showMessage("Saved; the quiz uses the new version.", 5000)

    def _changed_on_disk(self, path: Path) -> None:
        result = load_bank(path)
        if self._editor_page is not None:
            try:
                self._editor_page.disk_changed(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError):
                pass
        if result.bank is not None:
            self.set_bank(result.bank, from_editor=True)
            self.notice.show_notice(f"{path.name} changed on disk and was reloaded.")
            return
        n = len(result.errors)
        self.notice.show_notice(
            f"{path.name} changed on disk but has {plural(n, 'problem')}"
            + "; the quiz keeps the last version that checked out.",
            [("Show problems", lambda: self.show_errors(str(path), result.problems,
                                                        "The last good version stays open."))],
            level="warning")

    def show_charts(self) -> None:
        self.tabs.setCurrentWidget(self.charts_page)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history_page)

    def _export_chart(self, kind: str) -> None:
        self.show_charts()
        self.charts_page.choose_export(kind)

    # Menus

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self.view_menu = bar.addMenu("&View")
        self.help_menu = bar.addMenu("&Help")
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.setObjectName("recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._update_recent_menu()
        file_menu = self.file_menu
        self.open_action = self._action(file_menu, "&Open Bank\u2026", self.choose_bank, QKeySequence.StandardKey.Open)
        file_menu.addMenu(self.recent_menu)
        self.reload_action = self._action(file_menu, "Re&load Bank", self.reload_bank, QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self._action(file_menu, "Export Chart as &PNG\u2026", lambda: self._export_chart("png"))
        self._action(file_menu, "Export Chart as S&VG\u2026", lambda: self._export_chart("svg"))
        file_menu.addSeparator()
        self._file_end = file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        view = self.view_menu
        self._action(view, "Zoom &In", self.article_view.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
        self._action(view, "Zoom &Out", self.article_view.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self._action(view, "&Actual Size", self.article_view.zoom_reset, "Ctrl+0")
        view.addSeparator()
        self._action(view, "&Quiz", lambda: self.tabs.setCurrentWidget(self.quiz_panel), "Ctrl+1")
        self._action(view, "&Charts", self.show_charts, "Ctrl+2")
        self._action(view, "&History", self.show_history, "Ctrl+3")
        self._action(view, "&Edit Bank", self.show_editor, "Ctrl+4")

        self._action(self.help_menu, "&About Study Desk", self._about)
        self.teacher = TeacherActions(self)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = _new_action(self, text, slot, shortcut)
        menu.addAction(action)
        return action

    def add_file_action(self, text: str, slot, shortcut=None, *, before_open: bool = False) -> QAction:
        """For features that add their own entries to the File menu (they are
        placed among the window's own)."""
        action = _new_action(self, text, slot, shortcut)
        self.file_menu.insertAction(self.open_action if before_open else self._file_end, action)
        return action

    # Banks

    def open_bank(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Open a bank; on problems show them and keep the bank already open."""
        path = Path(path)
        if not self._may_leave_editor():
            return False
        result = load_bank(path)
        if result.bank is None:
            if not quiet:
                kept = "The bank already open stays open." if self.bank is not None else ""
                self.show_errors(str(path), result.problems, kept)
            return False
        self.set_bank(result.bank)
        return True

    def set_bank(self, bank: Bank, *, from_editor: bool = False) -> None:
        """Show a bank. `from_editor`: a new version of the bank already open
        (saved in the editor or changed on disk), so a quiz in progress goes on."""
        self.bank = bank
        self.article_view.set_article(bank.article, bank.title)
        self.quiz_panel.set_bank(bank, keep_session=from_editor)
        for page in (self._history_page, self._charts_page):
            if page is not None:
                page.set_bank(bank)
        if not from_editor:
            # Watching starts on the next turn of the event loop, after the first paint.
            QTimer.singleShot(0, partial(self._start_watching, bank.path))
            self.notice.hide()
            if self._editor_page is not None and bank.path is not None:
                self._editor_page.open(bank.path)
        self.setWindowTitle(f"{bank.title} \u2014 Study Desk")
        if bank.path is not None:
            self._remember(bank.path)

    def _start_watching(self, path: Path | None) -> None:
        if self.bank is not None and self.bank.path == path:
            self.watcher.watch(path)

    def show_errors(self, path: str, problems, kept: str = ""):
        from .bank_errors_dialog import BankErrorsDialog

        dialog = BankErrorsDialog(path, problems, kept=kept, parent=self)
        self.errors_dialog = dialog
        dialog.open()
        return dialog

    def choose_bank(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.bank.path.parent) if self.bank and self.bank.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, "Open a question bank", start, "Question banks (*.toml);;All files (*)")
        if path:
            self.open_bank(path)

    def reload_bank(self) -> None:
        if self.bank is not None and self.bank.path is not None:
            self.open_bank(self.bank.path)

    def _remember(self, path: Path) -> None:
        path = str(path.resolve())
        recent = [path, *(p for p in self._recent() if p != path)][:MAX_RECENT]
        # Only what changed: after any setValue, same value or not, QSettings
        # rewrites its file and syncs it to disk on the event loop's next turn,
        # which at start-up comes before the first paint.
        if self.settings.value("bank/last") != path:
            self.settings.setValue("bank/last", path)
        if self._recent() != recent:
            self.settings.setValue("bank/recent", recent)
        self._update_recent_menu()

    def _recent(self) -> list[str]:
        value = self.settings.value("bank/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def _update_recent_menu(self) -> None:
        # Filled as it opens (_fill_recent_menu): always current, and no work at start-up.
        self.recent_menu.setEnabled(bool(self._recent()))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for i, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{i + 1}  {Path(path).name.replace('&', '&&')}")
            action.setToolTip(plain_tooltip(path))
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_bank(p))

    # Panes

    def show_evidence(self, quotes: tuple[str, ...]) -> None:
        self.article_view.show_evidence(quotes)

    def _resume(self, record) -> None:
        self.quiz_panel.resume(record)
        self.tabs.setCurrentWidget(self.quiz_panel)

    def _history_changed(self) -> None:
        if self._history_page is not None:
            self._history_page.stale()
        if self._charts_page is not None:
            self._charts_page.refresh_progress()

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

    def _may_leave_editor(self) -> bool:
        """Ask about unsaved edits before they would be lost; False to stay."""
        editor = self._editor_page
        if editor is None or not editor.modified:
            return True
        from PySide6.QtWidgets import QMessageBox

        buttons = (QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                   | QMessageBox.StandardButton.Cancel)
        answer = ask(self, "Unsaved changes",
                     f"Save your changes to {editor.path.name if editor.path else 'the bank'}?",
                     buttons, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return editor.save()
        if answer == QMessageBox.StandardButton.Discard:
            editor.editor.document().setModified(False)
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        from PySide6.QtWidgets import QMessageBox

        if not self._may_leave_editor():
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
        super().closeEvent(event)


def _new_action(parent: QWidget, text: str, slot, shortcut=None) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action
