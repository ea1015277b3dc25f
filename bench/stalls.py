"""What a user feels of the event loop: stalls (how long it went without
handling events) and the moment a widget's change is on screen.

A heartbeat timer fires every millisecond while the loop runs; the longest
gap between two beats is the worst stall. It beats in Python, so a
background thread that holds the interpreter's lock delays it just as it
delays every other Python call the window makes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class Heartbeat:
    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.worst = 0.0
        self.checks: list[Callable[[], None]] = []  # run at each beat

    def start(self) -> None:
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop, and give the worst stall in seconds since start()."""
        self._beat()
        self._timer.stop()
        return self.worst

    def _beat(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self._last)
        self._last = now
        for check in list(self.checks):
            check()


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, done: Callable[[float], None]) -> None:
        super().__init__(widget)
        self._done = done
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            # The paint is done, and the frame handed on, by the loop's next turn.
            QTimer.singleShot(0, lambda: self._done(time.perf_counter()))
        return False


def when_painted(widget: QWidget, done: Callable[[float], None]) -> None:
    """Call done(clock) once the widget's next paint is finished."""
    _PaintWatch(widget, done)


def run_until(condition: Callable[[], bool], timeout: float = 120.0) -> None:
    """Run the event loop (timers included) until `condition` holds."""
    start = time.perf_counter()
    while not condition():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("gave up waiting")
        QApplication.processEvents()
        time.sleep(0.0005)


def wait(seconds: float) -> None:
    end = time.perf_counter() + seconds
    run_until(lambda: time.perf_counter() >= end)
