"""Run slow work off the UI thread, then hand the result back to it.

As Anki's QueryOp: the work gets no widgets; success and failure callbacks
run on the UI thread, because the signals' sender lives there. A callback
whose widget (its context) was deleted meanwhile is not called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_running: set[_Signals] = set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI to be shown
            self._signals.failed.emit(exc)
        else:
            self._signals.done.emit(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_failed: Callable[[Exception], None] | None = None, *,
                      context: QObject | None = None) -> None:
    signals = _Signals()
    _running.add(signals)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _running.discard(signals)
        if context is not None and not shiboken6.isValid(context):
            return  # the widget that asked is gone
        if callback is not None:
            callback(value)

    signals.done.connect(lambda result: finish(on_done, result))
    signals.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Task(work, signals))


def wait_for_background(timeout_ms: int = 10_000) -> bool:
    """For tests and shutdown: wait until queued work has run."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
