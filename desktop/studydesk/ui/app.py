"""The application: QApplication, palette, settings and history, the window.

Start-up does only what the first paint needs; charts, generation and the
history list load later, when asked for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from studydesk import __version__
from studydesk.core.history import History
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from studydesk.paths import APP_NAME, ORG_NAME, history_path, window_icon_files

from .library_list import Library
from .main_window import MainWindow
from .plain import warn
from .style import apply_style, system_prefers_dark


def make_application(argv: list[str] | None = None) -> QApplication:
    # Fusion, so the app looks alike on every desktop; asked for on Qt's own
    # command line, so no other style is made first.
    app = QApplication.instance() or QApplication([*(argv or sys.argv[:1]), "-style", "fusion"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationDisplayName("Study Desk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studydesk")
    return app


def set_window_icon(app: QApplication) -> None:
    """The application's icon, for every window. From PNGs rendered from the
    SVG, so that QtSvg need not be loaded to draw it at each size."""
    icon = QIcon()
    for path in window_icon_files():
        icon.addFile(str(path))
    if not icon.isNull():
        app.setWindowIcon(icon)


def open_window(bank: Path | None, settings: QSettings, history: History, schedule: Schedule | None = None,
                library: Library | None = None) -> MainWindow:
    """The window on the bank asked for, else the last one, else the student's
    copy of the seed bank; the Library first when there is more than one bank."""
    set_window_icon(QApplication.instance())
    library = library or Library(settings)
    starter = library.starter_bank()  # on the first start, the seed bank copied into Documents/Study Desk
    window = MainWindow(settings, history, schedule=schedule, library=library)
    if bank is not None:
        window.open_bank.open(bank, fallback=starter)
        return window
    last = window.open_bank.last()
    if last and Path(last).exists():
        window.open_bank.open(last, quiet=True, fallback=starter)  # a large one loads behind the window
    else:
        window.open_bank.open(starter)
    if len(library.listed()) > 1:
        window.show_library()
    return window


def run(args: argparse.Namespace) -> int:
    app = make_application()
    apply_style(app, dark=args.dark or system_prefers_dark())
    settings = QSettings()
    history, message = History.open(history_path())
    store = ReviewStore.open(history.path)
    schedule = Schedule(store)
    schedule.rebuild()  # once after the history gained the schedule: cards from the answers kept before
    window = open_window(args.bank, settings, history, schedule)
    window.show()
    if message:
        warn(window, "History", message)
    code = app.exec()
    if history.close():  # answers the file never took, though the window asked
        print(f"Study Desk: {history.problem}", file=sys.stderr)
    store.close()
    return code
