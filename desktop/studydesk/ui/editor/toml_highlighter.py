"""TomlHighlighter: colours for a bank's TOML (tables, keys, strings,
numbers, comments), the lines on screen first.

QSyntaxHighlighter colours every line of a document as soon as it is given
one, and again whenever it is set: for a 40,000-question bank that is
seconds in which the window does not answer, and memory for the colours of
lines nobody looks at. This highlighter colours a line when it is about to
be painted, in the same way (a block's layout formats; Qt's own highlighter
does no more), and works out in idle moments, a few hundred lines at a time,
which lines are inside a multi-line string. Until that reaches a line on
screen, the line is coloured as if no string were open, and again if one
was.

Each block keeps in its userState: the state at its end (bits 0-1) and
whether that is worked out (bit 5: only the idle work sets it), whether the
block is coloured (bit 2) and from which state at its start (bits 3-4);
-1 when nothing is known (a new block, or one whose text changed).
"""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QColor, QFont, QTextBlock, QTextCharFormat, QTextLayout

from .code_editor import CodeEditor

# The states a line can end in: outside any string, or inside a multi-line basic (""") or literal (''') string.
NONE, IN_BASIC, IN_LITERAL = 0, 1, 2
_END, _COLOURED, _START, _WORKED_OUT = 3, 4, 3 << 3, 32
IDLE_SLICE = 0.004  # seconds of work for each idle turn of the event loop

_TABLE = re.compile(r"^\s*\[\[?[^\]]*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_.-]+|\"[^\"]*\"|'[^']*')\s*=")
_TOKENS = re.compile(
    r'(?P<ml>"""|\'\'\')|(?P<str>"(?:\\.|[^"\\])*"?|\'[^\']*\'?)|(?P<comment>#.*)'
    r"|(?P<bool>\b(?:true|false)\b)|(?P<num>[-+]?\b\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?\b)"
)
Span = tuple[int, int, str]  # start, length, kind


def spans(text: str, state: int) -> tuple[list[Span], int]:
    """What to colour in one line, and the state at its end, given the state at its start."""
    out: list[Span] = []
    start = 0
    if state in (IN_BASIC, IN_LITERAL):
        end = text.find('"""' if state == IN_BASIC else "'''")
        if end < 0:
            return [(0, len(text), "str")], state
        out.append((0, end + 3, "str"))
        start = end + 3
    else:
        table = _TABLE.match(text)
        key = None if table else _KEY.match(text)
        if table:
            out.append((0, table.end(), "table"))
            start = table.end()
        elif key:
            out.append((key.start(1), key.end(1) - key.start(1), "key"))
            start = key.end()
    while (m := _TOKENS.search(text, start)) is not None:
        kind = m.lastgroup
        start = m.end()
        if kind == "ml":
            close = m.group()
            end = text.find(close, m.end())
            if end < 0:
                out.append((m.start(), len(text) - m.start(), "str"))
                return out, IN_BASIC if close == '"""' else IN_LITERAL
            out.append((m.start(), end + 3 - m.start(), "str"))
            start = end + 3  # on after the closing quotes, not from them
            continue
        out.append((m.start(), m.end() - m.start(), kind))
    return out, NONE


def end_state(text: str, state: int) -> int:
    """The state at a line's end; quick for the lines (nearly all) that hold no triple quote."""
    if '"""' not in text and "'''" not in text:
        return state
    return spans(text, state)[1]


def _fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


class TomlHighlighter(QObject):
    def __init__(self, editor: CodeEditor, dark: bool = False) -> None:
        super().__init__(editor)
        self._editor = editor
        self._document = editor.document()
        # Okabe-Ito hues, lighter on dark backgrounds.
        self.formats = {
            "table": _fmt("#8cc2ff" if dark else "#005a9c", bold=True),
            "key": _fmt("#f0a0d0" if dark else "#9b2a7a"),
            "str": _fmt("#9ee3c4" if dark else "#00704f"),
            "num": _fmt("#ffc36b" if dark else "#a05a00"),
            "bool": _fmt("#ffc36b" if dark else "#a05a00", bold=True),
            "comment": _fmt("#9a9aa0" if dark else "#6b6b70", italic=True),
        }
        self._known = 0  # every block before this one has its end state worked out, and right
        self._vouched = 0  # after an edit, the blocks from where it ends up to here still are
        self._blocks = self._document.blockCount()
        self._idle = QTimer(self)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._work_out_states)
        self._document.contentsChange.connect(self._changed)
        editor.viewport().installEventFilter(self)

    # Colouring what is on screen

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.colour_visible()
        return False

    def colour_visible(self) -> None:
        """Colour the blocks on screen that are not, or were from another start state."""
        for block in self._editor.visible_blocks():
            start = self._start_state(block)
            state = block.userState()
            if state < 0 or not state & _COLOURED or (state & _START) >> 3 != start:
                self._colour(block, start)

    def is_coloured(self, block: QTextBlock) -> bool:
        state = block.userState()
        return state >= 0 and bool(state & _COLOURED)

    def _start_state(self, block: QTextBlock) -> int:
        previous = block.previous()
        state = previous.userState() if previous.isValid() else -1
        return state & _END if state >= 0 and state & _WORKED_OUT else NONE

    def _colour(self, block: QTextBlock, start: int) -> None:
        found, _end = spans(block.text(), start)
        ranges = []
        for at, length, kind in found:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = at, length, self.formats[kind]
            ranges.append(r)
        block.layout().setFormats(ranges)
        before = block.userState()
        kept = before & (_END | _WORKED_OUT) if before >= 0 else 0
        block.setUserState(kept | _COLOURED | start << 3)
        self._document.markContentsDirty(block.position(), block.length())

    # Working out which lines are inside a string, in idle moments

    def _changed(self, position: int, _removed: int, added: int) -> None:
        first = self._document.findBlock(position)
        last = self._document.findBlock(position + added)
        block = first
        while block.isValid():
            block.setUserState(-1)  # its text changed: nothing about it is known
            if block == last:
                break
            block = block.next()
        number = first.blockNumber()
        count = self._document.blockCount()
        if self._known < number:  # an earlier change is not yet worked out: vouch for nothing past it
            self._vouched = min(self._vouched, number)
        elif self._vouched > number:
            self._vouched = max(number, self._vouched + count - self._blocks)
        self._blocks = count
        self._known = min(self._known, number)
        self._idle.start()

    def _work_out_states(self) -> None:
        """Work out end states from the first block not known on, for a few
        milliseconds. Past a change, a block that ends as it did before
        leaves the blocks after it as they were, as far as they are vouched for."""
        stop_at = time.perf_counter() + IDLE_SLICE
        block = self._document.findBlockByNumber(self._known)
        state = self._start_state(block)
        while block.isValid():
            before = block.userState()
            was_worked_out = before >= 0 and bool(before & _WORKED_OUT)
            if before >= 0 and before & _COLOURED and (before & _START) >> 3 != state:
                self._colour(block, state)  # coloured on screen from a start now known to be another
            end = end_state(block.text(), state)
            now = block.userState()
            block.setUserState(end | _WORKED_OUT | (now & (_COLOURED | _START) if now >= 0 else 0))
            self._known = block.blockNumber() + 1
            if was_worked_out and before & _END == end and self._vouched > self._known:
                self._known = self._vouched  # it ends as before: the blocks after it start as before
                block = self._document.findBlockByNumber(self._known)
                state = self._start_state(block)
            else:
                block, state = block.next(), end
            self._vouched = max(self._vouched, self._known)
            if time.perf_counter() > stop_at:
                return
        self._idle.stop()
