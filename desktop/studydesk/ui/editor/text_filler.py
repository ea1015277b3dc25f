"""A bank's text for the editor: read (a large one behind the window), then
put in a slice at a time, the window answering between slices (TextFiller).

QPlainTextEdit.setPlainText takes a bank of 40,000 questions in one go, for
most of a second in which nothing else happens. Here the first slice shows
at once and the rest follow on the event loop's next turns; the editor is
read-only until the last, and its undo history starts after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from studydesk.core.files import MAX_BANK_BYTES, read_text_file

from ..background import run_in_background
from ..open_bank import loads_here
from .large_allocations import map_large_allocations

SLICE_CHARS = 16_000  # a few milliseconds of work for Qt
AT_ONCE_CHARS = 64_000  # a text this short (a bank of 200 questions) goes in at once, in a few milliseconds

# What ends a line for a Qt text document, as QTextCursor.insertText splits text into blocks.
_LINE_END = re.compile("\r\n|[\r\u2029\ufdd0\ufdd1]")


def document_form(text: str) -> str:
    """A text as a Qt text document holds it: "\n" between its lines,
    whatever ended them (the document keeps no line endings of its own)."""
    if "\r" in text or "\u2029" in text or "\ufdd0" in text or "\ufdd1" in text:
        return _LINE_END.sub("\n", text)
    return text


def read_bank_text(path: Path, done: Callable[[str, int], None], failed: Callable[[Exception], None], *,
                   context: QObject) -> None:
    """Read a bank file: done(its text in document_form, its number of lines), or
    failed(why not). A large one is read behind the window: reading and decoding
    12 MB take a frame or two."""
    def read() -> tuple[str, int]:
        text = document_form(read_text_file(path, limit=MAX_BANK_BYTES, what="bank"))
        return text, text.count("\n") + 1

    if not loads_here(path):
        run_in_background(read, lambda text_lines: done(*text_lines), failed, context=context)
        return
    try:
        text, lines = read()
    except Exception as exc:  # noqa: BLE001 - given to `failed` to be shown, never raised into the window
        failed(exc)
        return
    done(text, lines)


class TextFiller(QObject):
    progressed = Signal(int, int)  # characters in, of
    filled = Signal()

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._text = ""
        self._next = 0
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    @property
    def filling(self) -> bool:
        return self._timer.isActive()

    def fill(self, text: str) -> None:
        """Replace the editor's text with this one (in its document_form)."""
        self._text, self._next = text, 0
        if len(text) > AT_ONCE_CHARS:
            map_large_allocations()  # else the document's growth is copied, tens of ms at a time
        document = self._editor.document()
        document.setUndoRedoEnabled(False)
        self._editor.setReadOnly(True)
        end = len(text) if len(text) <= AT_ONCE_CHARS else self._slice_end()
        self._editor.setPlainText(text[:end])
        self._next = end
        if end < len(text):
            self._timer.start()
        else:
            self._done()

    def stop(self) -> None:
        self._timer.stop()

    def _slice_end(self) -> int:
        """Where the next slice ends: just after a line's end, at least SLICE_CHARS on."""
        end = self._text.find("\n", self._next + SLICE_CHARS)
        return len(self._text) if end < 0 else end + 1

    def _slice(self) -> None:
        end = self._slice_end()
        cursor = QTextCursor(self._editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(self._text[self._next:end])
        self._next = end
        self.progressed.emit(end, len(self._text))
        if end >= len(self._text):
            self._timer.stop()
            self._done()

    def _done(self) -> None:
        self._text = ""
        self._editor.document().setUndoRedoEnabled(True)
        self._editor.setReadOnly(False)
        self.filled.emit()
