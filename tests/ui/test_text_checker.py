"""The editor's checker process is asked one thing at a time, in the order
asked. Two requests on the thread pool at once could reach it out of order:
the editor opened a broken bank's text while the first bank's was still on
its way, the first bank's arrived last, and the editor said "ok" of a text
with a problem (a test of the Edit tab failed about one run in five)."""

import threading
import time

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from studydesk.ui.background import wait_for_background
from studydesk.ui.editor.text_checker import TextChecker


class SlowFirstProcess:
    """Stands for the checker process: the first text it is given is slow to take."""

    def __init__(self) -> None:
        self.taken: list[str] = []
        self.text = ""
        self._lock = threading.Lock()

    def open_text(self, path, text):
        if not self.taken:
            time.sleep(0.3)  # a large first text, still being sent
        with self._lock:
            self.taken.append(text)
            self.text = text
        return ("tables", f"checked {text}")

    def check(self, edits):
        with self._lock:
            return ("tables", f"checked {self.text}")

    def close(self) -> None:
        pass


def test_requests_reach_the_process_in_the_order_asked(qtbot, tmp_path):
    parent = QObject()
    checker = TextChecker(QTextDocument(), parent)
    checker._process = SlowFirstProcess()  # noqa: SLF001 - the process stood in for
    announced = []
    checker.checked.connect(lambda _tables, result: announced.append(result))

    checker.open(tmp_path / "first.toml", "first")
    checker.open(tmp_path / "second.toml", "second")
    checker.check()
    qtbot.waitUntil(lambda: not checker.busy, timeout=5000)
    wait_for_background()

    assert checker._process.taken == ["first", "second"]  # noqa: SLF001
    assert announced == ["checked second"]  # only the newest check's result, of the text the editor shows
