"""TextFiller: a long text put into an editor a slice at a time, the window
answering between slices.

QPlainTextEdit.setPlainText takes a bank of 40,000 questions in one go, for
most of a second in which nothing else happens. Here the first slice shows
at once and the rest follow on the event loop's next turns; the editor is
read-only until the last, and its undo history starts after it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

SLICE_CHARS = 16_000  # a few milliseconds of work for Qt

# What ends a line for a Qt text document, as QTextCursor.insertText splits text into blocks.
_LINE_END = re.compile("\r\n|[\r\u2029\ufdd0\ufdd1]")


def document_form(text: str) -> str:
    """A text as a Qt text document holds it: "\n" between its lines,
    whatever ended them (the document keeps no line endings of its own)."""
    if "\r" in text or "\u2029" in text or "\ufdd0" in text or "\ufdd1" in text:
        return _LINE_END.sub("\n", text)
    return text


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
        document = self._editor.document()
        document.setUndoRedoEnabled(False)
        self._editor.setReadOnly(True)
        end = self._slice_end()
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
