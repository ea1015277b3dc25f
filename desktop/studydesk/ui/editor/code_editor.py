"""CodeEditor: plain-text editing with line numbers and problem underlines.

A bank may run to hundreds of thousands of lines: only what is on screen is
worked on (line numbers, underlines, the highlighter's colours).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QResizeEvent,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget


class _LineNumbers(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """Tab indents, as in any code editor; Ctrl+Tab and Ctrl+Shift+Tab leave
    the text for the next or previous control (the page says so under it)."""

    LEAVE_HINT = "Tab indents. Ctrl+Tab moves on to the next control, Ctrl+Shift+Tab back."

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleDescription(self.LEAVE_HINT)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        self.setFont(font)
        # Prompts and quotes are long lines of prose: wrap them to the width.
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self._numbers = _LineNumbers(self)
        self._problem_lines: dict[int, tuple[int, str]] = {}  # line -> (column, severity)
        self._sorted_problem_lines: list[int] = []
        self._margin = -1
        self._laid_out_width = -1
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._lay_out_again)
        self._reserved_digits = 0
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_numbers)
        self.cursorPositionChanged.connect(self._refresh_selections)
        self._update_margin()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            backward = event.key() == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, not backward)  # its own declines while Tab is text
            event.accept()
            return
        super().keyPressEvent(event)

    def visible_blocks(self) -> Iterator[QTextBlock]:
        """The blocks on screen, top to bottom."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().height()
        while block.isValid() and self.blockBoundingGeometry(block).translated(offset).top() <= bottom:
            yield block
            block = block.next()

    # Line numbers

    def reserve_line_numbers(self, lines: int) -> None:
        """Make room for numbers up to `lines` now: a text going in a slice at a
        time would otherwise widen the margin as it grows, laying every line out again."""
        self._reserved_digits = len(str(lines))
        self._update_margin()

    def line_number_width(self) -> int:
        digits = max(3, self._reserved_digits, len(str(self.blockCount())))
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def _update_margin(self) -> None:
        width = self.line_number_width()
        if width != self._margin:  # (a new margin lays every line out again)
            self._margin = width
            self.setViewportMargins(width, 0, 0, 0)

    def _update_numbers(self, rect: QRect, dy: int) -> None:
        if dy:
            self._numbers.scroll(0, dy)
            self._refresh_selections()  # the underlines are of the lines on screen
        else:
            self._numbers.update(0, rect.y(), self._numbers.width(), rect.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # A new width lays every line out again: for 400,000 lines, a good part of
        # a second. Widths come and go as the window arranges itself (shown again,
        # the Edit tab is first given the width it had while hidden, then its own),
        # so the text is laid out for the width it has once the event loop turns,
        # if that is new; until then Qt is told the width has not changed.
        if event.size().width() != self._laid_out_width:
            self._relayout.start()
        super().resizeEvent(QResizeEvent(event.size(), event.size()))
        r = self.contentsRect()
        self._numbers.setGeometry(QRect(r.left(), r.top(), self.line_number_width(), r.height()))
        self._refresh_selections()

    def _lay_out_again(self) -> None:
        size = self.viewport().size()
        if size.width() != self._laid_out_width:
            self._laid_out_width = size.width()
            super().resizeEvent(QResizeEvent(size, QSize(-1, -1)))  # (a width it was not laid out for)

    def paint_line_numbers(self, event) -> None:
        painter = QPainter(self._numbers)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                line = number + 1
                problem = self._problem_lines.get(line)
                painter.setPen(QColor("#D55E00") if problem else muted)
                painter.drawText(0, top, self._numbers.width() - 6, self.fontMetrics().height(),
                                 Qt.AlignmentFlag.AlignRight, ("\u25cf " if problem else "") + str(line))
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1

    # Problems

    def set_problems(self, problems: list[tuple[int, int, str]]) -> None:
        """(line, column, severity) for each problem, lines and columns from 1."""
        self._problem_lines = {}
        for line, column, severity in problems:
            if line > 0 and (line not in self._problem_lines or severity == "error"):
                self._problem_lines[line] = (column, severity)
        self._sorted_problem_lines = sorted(self._problem_lines)
        self._refresh_selections()
        self._numbers.update()

    def problem_lines(self) -> list[int]:
        return list(self._sorted_problem_lines)

    def _refresh_selections(self) -> None:
        """The current line's band, and the underlines of the problems on screen."""
        selections = []
        current = QTextEdit.ExtraSelection()
        current.format.setBackground(self.palette().color(QPalette.ColorRole.AlternateBase))
        current.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        current.cursor = self.textCursor()
        current.cursor.clearSelection()
        selections.append(current)
        doc = self.document()
        on_screen = list(self.visible_blocks())
        lines = self._sorted_problem_lines
        if on_screen:
            first, last = on_screen[0].blockNumber() + 1, on_screen[-1].blockNumber() + 1
            lines = lines[bisect.bisect_left(lines, first):bisect.bisect_right(lines, last)]
        for line in lines:
            column, severity = self._problem_lines[line]
            block = doc.findBlockByNumber(line - 1)
            if not block.isValid():
                continue
            cursor = QTextCursor(block)
            start = max(0, column - 1) if column else 0
            cursor.setPosition(block.position() + min(start, max(0, block.length() - 1)))
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            if not cursor.hasSelection():
                cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#D55E00" if severity == "error" else "#E69F00"))
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def underlined_lines(self) -> list[int]:
        """The lines underlined now: the problems' lines on screen."""
        selections = self.extraSelections()
        return sorted({s.cursor.blockNumber() + 1 for s in selections
                       if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline})

    def replace_lines(self, first: int, end: int, lines: list[str]) -> None:
        """Lines first..end (from 0, end not included) become `lines`, in one undoable step."""
        doc = self.document()
        count = doc.blockCount()
        cursor = QTextCursor(doc)

        def start_of(number: int) -> int:
            return doc.findBlockByNumber(number).position() if number < count else doc.characterCount()

        if end < count:  # each line with the line break after it
            cursor.setPosition(start_of(first))
            cursor.setPosition(start_of(end), QTextCursor.MoveMode.KeepAnchor)
            new = "".join(line + "\n" for line in lines)
        elif first > 0:  # through the last line: each with the line break before it
            cursor.setPosition(start_of(first) - 1)
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            new = "".join("\n" + line for line in lines)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
            new = "\n".join(lines)
        cursor.beginEditBlock()
        cursor.insertText(new)
        cursor.endEditBlock()

    def go_to(self, line: int, column: int = 1) -> None:
        block = self.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(max(0, column - 1), max(0, block.length() - 1)))
        self.setTextCursor(cursor)
        self.centerCursor()
        self.setFocus()

    def current_line(self) -> int:
        return self.textCursor().blockNumber() + 1
