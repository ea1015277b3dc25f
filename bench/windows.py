"""The Study Desk window as benchmarks drive it: on a bank of a given size,
settled (nothing loading, checking or waiting in the background), with
every tab open."""

from __future__ import annotations

import os
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from bench.common import ROOT
    from bench.load_bank import make_bank
except ImportError:  # run as a script
    from common import ROOT
    from load_bank import make_bank

SEED_BANK = ROOT / "resources" / "banks" / "pokrovsk.toml"


def bank_file(questions: int | None, folder: Path) -> Path:
    """The seed bank (None), or a generated bank of that many questions in `folder`."""
    if questions is None:
        return SEED_BANK
    sub = folder / f"bank{questions}"
    sub.mkdir(exist_ok=True)
    return make_bank(sub, questions)


def make_window(folder: Path, bank: Path | None = None):
    """A shown 1280x800 main window with its own settings and history in
    `folder`; `bank` opened and settled when given."""
    from PySide6.QtCore import QSettings

    from studydesk.core.history import History
    from studydesk.ui.app import make_application
    from studydesk.ui.main_window import MainWindow

    make_application()
    history, _ = History.open(folder / "history.sqlite")
    window = MainWindow(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat), history)
    window.resize(1280, 800)
    window.show()
    if bank is not None:
        window.open_bank.open(bank)
        settle(window)
    return window


def busy(window) -> bool:
    """Whether the window still has work under way: a bank loading, the
    editor filling or checking its text, the history list loading."""
    from PySide6.QtCore import QThreadPool

    if QThreadPool.globalInstance().activeThreadCount():
        return True
    if getattr(window.open_bank, "loading", False):
        return True
    editor = window.tabs.built("editor")
    if editor is not None and (editor.checking or getattr(editor, "loading", False)):
        return True
    history = window.tabs.built("history")
    return history is not None and history.status.text().startswith("Loading")


def settle(window, quiet: float = 0.2, timeout: float = 120.0) -> None:
    """Run the event loop until the window has had nothing under way for `quiet` seconds."""
    from PySide6.QtWidgets import QApplication

    start = time.perf_counter()
    calm_since = None
    while time.perf_counter() - start < timeout:
        QApplication.processEvents()
        if busy(window):
            calm_since = None
        elif calm_since is None:
            calm_since = time.perf_counter()
        elif time.perf_counter() - calm_since >= quiet:
            return
        time.sleep(0.002)
    raise TimeoutError("the window did not settle")


def every_tab_open(questions: int | None, folder: Path):
    """The window on a bank with a quiz question shown and the Charts,
    History and Edit tabs opened in turn, each settled."""
    window = make_window(folder, bank_file(questions, folder))
    panel = window.quiz_panel
    panel.start_page.start_button.click()
    settle(window)
    for show in (window.show_charts, window.show_history, window.show_editor):
        show()
        settle(window)
    return window
