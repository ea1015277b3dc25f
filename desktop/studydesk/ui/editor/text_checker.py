"""TextChecker: the editor's text, kept and checked in a checker process
(core/check/process.py) as the teacher types.

The process holds its own copy of the text, kept up to date with the
document's changes as line edits (EditLog): the window never gathers a
large bank's text to send it (that alone takes a frame or more), and the
parse, which keeps the interpreter's lock for all it takes, holds none of
the window's. Each request runs behind the window, one at a time and in the
order asked (two at once on the thread pool could reach the process out of
order: a new file's text, then the old one's over it); only the newest
check's result is announced. Should the process end, the text is sent again.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from studydesk.core.check.process import CheckerProcess
from studydesk.core.check.transfer import CheckerGone

from ..background import run_in_background

Edit = tuple[int, int, list[str]]


class EditLog(QObject):
    """The document's changes since last taken, as (first, end, lines):
    lines[first:end] of the text before became `lines`."""

    def __init__(self, document: QTextDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._edits: list[Edit] = []
        self._lines = document.blockCount()
        self.paused = False  # while the text is being put in whole
        document.contentsChange.connect(self._changed)

    def _changed(self, position: int, _removed: int, added: int) -> None:
        doc = self._document
        count = doc.blockCount()
        if not self.paused:
            first = doc.findBlock(position)
            last = doc.findBlock(position + added)
            if not last.isValid():
                last = doc.lastBlock()
            lines = []
            block = first
            while block.isValid():
                lines.append(block.text())
                if block == last:
                    break
                block = block.next()
            end = last.blockNumber() + 1 - (count - self._lines)
            self._edits.append((first.blockNumber(), end, lines))
        self._lines = count

    def take(self) -> list[Edit]:
        edits, self._edits = self._edits, []
        return edits

    def clear(self) -> None:
        """Forget the changes: the text as it is now has been sent whole."""
        self._edits = []
        self._lines = self._document.blockCount()


def document_text(document: QTextDocument) -> str:
    """The text as the checker holds it: the blocks' own text, lines joined
    with "\\n" (toPlainText() would also turn no-break spaces into spaces)."""
    lines = []
    block = document.firstBlock()
    while block.isValid():
        lines.append(block.text())
        block = block.next()
    return "\n".join(lines)


class TextChecker(QObject):
    checked = Signal(object, object)  # TableLines, LoadResult: the newest check's
    check_failed = Signal(str)

    def __init__(self, document: QTextDocument, parent: QObject) -> None:
        super().__init__(parent)
        self._document = document
        self.edits = EditLog(document, self)
        self._process = CheckerProcess()
        parent.destroyed.connect(self._process.close)  # (a plain object's method: safe to call then)
        self._path: Path | None = None
        self._asked = 0  # requests made, and answered
        self._answered = 0
        self._newest_check = 0
        self._waiting: deque[Callable[[], None]] = deque()  # requests not yet started, in order
        self._running = False

    @property
    def busy(self) -> bool:
        return self._answered < self._asked

    def open(self, path: Path, text: str) -> None:
        """Hand over a whole new text ("\\n" between lines, as the document holds it) and check it.
        The handing over starts on the event loop's next turn, after what set the text has been
        painted: sending a large text keeps the interpreter busy a while, a little at a time."""
        self._path = path
        self.edits.clear()
        self._request(lambda: self._process.open_text(path, text), self._announce_check(), self._failed_check,
                      checking=True, after_this_turn=True)

    def check(self) -> None:
        """Send the edits since, and check the text."""
        edits = self.edits.take()
        self._request(lambda: self._process.check(edits), self._announce_check(), self._failed_check,
                      checking=True)

    def save(self, backup: bool, done: Callable[[bytes], None], failed: Callable[[Exception], None]) -> None:
        """Write the text to its file; `done(digest of what was written)`."""
        edits = self.edits.take()
        self._request(lambda: self._process.save(edits, backup=backup), done, failed)

    def save_now(self, backup: bool) -> bytes:
        """The same, waiting for it: for when the window must not go on until it is saved."""
        self._asked += 1
        try:
            return self._process.save(self.edits.take(), backup=backup)
        finally:
            self._answered += 1

    def add_question(self, question, done: Callable[[Edit], None], failed: Callable[[Exception], None]) -> None:
        edits = self.edits.take()
        self._request(lambda: self._process.add_question(edits, question), done, failed)

    def _request(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[Exception], None],
                 *, checking: bool = False, after_this_turn: bool = False) -> None:
        self._asked += 1

        def answered(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._answered += 1
                self._running = False
                try:
                    callback(value)
                finally:
                    self._start_next()
            return call

        self._waiting.append(lambda: run_in_background(
            work, answered(done), answered(self._or_again(failed, checking)), context=self))
        if after_this_turn:
            QTimer.singleShot(0, self, self._start_next)
        else:
            self._start_next()

    def _start_next(self) -> None:
        if not self._running and self._waiting:
            self._running = True
            self._waiting.popleft()()

    def _announce_check(self) -> Callable[[Any], None]:
        self._newest_check = self._asked + 1  # the request about to be made

        def done(checked: Any, number: int = self._newest_check) -> None:
            if number == self._newest_check:
                self.checked.emit(*checked)
        return done

    def _failed_check(self, exc: Exception) -> None:
        self.check_failed.emit(str(exc))

    def _or_again(self, failed: Callable[[Exception], None], checking: bool) -> Callable[[Exception], None]:
        """A process that ended took the text with it: send it again, which
        checks it too. What else was asked has failed."""
        def call(exc: Exception) -> None:
            gone = isinstance(exc, CheckerGone) and self._path is not None
            if gone:
                self.open(self._path, document_text(self._document))
            if not (gone and checking):
                failed(exc)
        return call
