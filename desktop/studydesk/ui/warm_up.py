"""Behind the window, once it is up: import what the panes built on first use
need, then set aside what Python holds, so that neither costs a pause later."""

from __future__ import annotations

import gc
import importlib

from PySide6.QtCore import QObject, QTimer

from .background import run_in_background

# pyqtgraph and numpy for Charts, the answer inputs and the number reader for a
# question and the editor's preview. A thread will do: importing is mostly Python.
PANE_MODULES = ("studydesk.ui.quiz.question_page", "studydesk.ui.history_page", "studydesk.ui.editor.bank_editor",
                "studydesk.ui.charts.charts_view")
WARM_UP_AFTER_MS = 300


def warm_up_later(context: QObject) -> None:
    QTimer.singleShot(WARM_UP_AFTER_MS, context, lambda: _warm_up(context))


def _warm_up(context: QObject) -> None:
    def work() -> None:
        for name in PANE_MODULES:
            importlib.import_module(name)

    # A failure is not shown: the pane imports its module again when it opens, and says so there.
    run_in_background(work, lambda _none: set_aside(), lambda _exc: set_aside(), context=context)


def set_aside() -> None:
    """The window is up: what Python holds now (modules, classes, the panes, the open
    bank) will mostly last as long as the window. Set aside, the cyclic collector's
    full passes no longer go over it all; in a window this size each such pass took
    30 to 70 ms, at any moment, a stall. (What is set aside is still freed when no
    longer used; only a cycle of it that falls out of use would stay.)"""
    gc.freeze()
