"""The main window's menu bar: File, View and Help, each action calling what
the window, its open bank or its teacher's tools already do."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from studydesk import __version__

from .menus import RecentMenu, new_action
from .plain import message_box


def build_menus(window: QMainWindow) -> None:
    """The menus of `window`, a MainWindow (not imported here: it imports this)."""
    bar = window.menuBar()
    window.file_menu = file_menu = bar.addMenu("&File")
    window.view_menu = view = bar.addMenu("&View")
    window.help_menu = help_menu = bar.addMenu("&Help")
    window.recent_menu = RecentMenu(window.open_bank, window)

    def add(menu, text: str, slot, shortcut=None) -> None:
        menu.addAction(new_action(window, text, slot, shortcut))

    file_menu.addAction(window.teacher.new_quiz)
    add(file_menu, "&Open Bank\u2026", window.choose_bank, QKeySequence.StandardKey.Open)
    file_menu.addMenu(window.recent_menu)
    add(file_menu, "Re&load Bank", window.open_bank.reload, QKeySequence.StandardKey.Refresh)
    file_menu.addSeparator()
    add(file_menu, "Export Chart as &PNG\u2026", lambda: _export_chart(window, "png"))
    add(file_menu, "Export Chart as S&VG\u2026", lambda: _export_chart(window, "svg"))
    file_menu.addSeparator()
    file_menu.addActions(window.teacher.tools)
    file_menu.addSeparator()
    add(file_menu, "&Quit", window.close, QKeySequence.StandardKey.Quit)

    article = window.article_view
    add(view, "Zoom &In", article.zoom_in, [QKeySequence.StandardKey.ZoomIn, "Ctrl+="])
    add(view, "Zoom &Out", article.zoom_out, QKeySequence.StandardKey.ZoomOut)
    add(view, "&Actual Size", article.zoom_reset, "Ctrl+0")
    view.addSeparator()
    add(view, "&Library", window.show_library, "Ctrl+L")
    add(view, "&Review Due", window.reviews.start, "Ctrl+Shift+R")
    view.addSeparator()
    add(view, "&Quiz", lambda: window.go_to_tab(window.quiz_panel), "Ctrl+1")
    add(view, "&Charts", lambda: window.go_to_tab(window.charts_page), "Ctrl+2")
    add(view, "&History", lambda: window.go_to_tab(window.history_page), "Ctrl+3")
    add(view, "&Edit Bank", lambda: window.go_to_tab(window.editor_page), "Ctrl+4")
    add(help_menu, "&Keyboard Shortcuts", window.show_shortcuts, QKeySequence.StandardKey.HelpContents)
    add(help_menu, "&About Study Desk", lambda: _about(window))


def _export_chart(window: QMainWindow, kind: str) -> None:
    window.show_charts()
    window.charts_page.choose_export(kind)


def _about(window: QMainWindow) -> None:
    message_box(window, "NoIcon", "About Study Desk",
                f"Study Desk {__version__}\n\nStudy a news article beside quizzes on it, "
                "each question tied to the sentence it comes from.",
                pixmap=window.windowIcon().pixmap(64))
