"""Typesetting for printed pages: fonts, text formats, and a writer that
appends plain-text paragraphs and tables to a QTextDocument (never HTML, so a
bank's text prints as the characters it is)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)

SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"]
INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")

# Format properties that mark what the pagination (pages.py) looks for.
KEEP = QTextFormat.Property.UserProperty + 1  # keep on one page (tables) / with what follows (headings)
ROLE = QTextFormat.Property.UserProperty + 2  # "questions", "answer-key", "question:ID", "key:ID"


def font(families: list[str], size: float) -> QFont:
    made = QFont()
    made.setFamilies(families)
    made.setPointSizeF(size)
    return made


def chars(families: list[str], size: float, *, bold: bool = False, italic: bool = False,
          color: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(families)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(color)
    return fmt


def block(*, top: float = 0, bottom: float = 0, keep: bool = False, line_height: int = 0) -> QTextBlockFormat:
    """Margins in points at 96 dpi: the layout scales them to the device."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if line_height:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if keep:
        fmt.setProperty(KEEP, True)
    return fmt


class Writer:
    """Appends plain-text blocks and tables at a cursor."""

    def __init__(self, doc: QTextDocument, cursor: QTextCursor | None = None) -> None:
        self.doc = doc
        self.cursor = cursor or QTextCursor(doc)
        self._fresh = True  # the cursor's block is empty and unformatted: use it first

    def paragraph(self, text: str, look: QTextCharFormat, fmt: QTextBlockFormat, *, first: bool = False) -> None:
        if self._fresh or first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(look)
            self._fresh = False
        else:
            self.cursor.insertBlock(fmt, look)
        self.cursor.insertText(text, look)

    def question_table(self, number: int, role: str, points: str, *, top: float = 10) -> Writer:
        """A row of number, body and points (none when ""), kept on one page;
        returns the body cell."""
        widths = [34, None, 70] if points else [34, None]
        fmt = table_format(widths, top=top, bottom=8)
        fmt.setProperty(KEEP, True)
        fmt.setProperty(ROLE, role)
        table = self.cursor.insertTable(1, len(widths), fmt)
        Writer(self.doc, table.cellAt(0, 0).firstCursorPosition()).paragraph(
            f"{number}.", chars(SANS, 10.5, bold=True), block(line_height=125))
        if points:
            right = block()
            right.setAlignment(Qt.AlignmentFlag.AlignRight)
            Writer(self.doc, table.cellAt(0, 2).firstCursorPosition()).paragraph(
                points, chars(SANS, 8.5, color=MUTED), right)
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)  # the block after the table
        return Writer(self.doc, table.cellAt(0, 1).firstCursorPosition())

    def box(self, lines: int) -> None:
        """An empty bordered box, `lines` lines of text high, to write in.
        (Empty lines rather than a fixed height: they scale with the text
        to any printer, where a frame's fixed height did not.)"""
        fmt = table_format([None], top=0, bottom=2, padding=4)
        fmt.setBorder(1.25)
        fmt.setBorderBrush(MUTED)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table = self.cursor.insertTable(1, 1, fmt)
        cell = table.cellAt(0, 0).firstCursorPosition()
        cell.insertText("\n" * (lines - 1), chars(SANS, 10.5))
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)  # the block after the box
        self._fresh = False

    def lines(self, count: int) -> None:
        """Ruled lines to write on, one line of text apart: empty paragraphs,
        each with a rule under it, so they scale with the text as box() does."""
        ruled = block(top=0, bottom=0, line_height=190)
        ruled.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                          QTextLength(QTextLength.Type.PercentageLength, 100))
        for _ in range(count):
            self.paragraph("", chars(SANS, 10.5), ruled)

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float | None],
             looks: QTextCharFormat | Sequence[QTextCharFormat], *, top: float = 0) -> None:
        """A borderless table of plain-text cells, one format for all or one per
        column; a width of None shares what is left."""
        if not rows:
            return
        formats = [looks] * len(widths) if isinstance(looks, QTextCharFormat) else list(looks)
        table = self.cursor.insertTable(len(rows), len(widths), table_format(widths, top=top, bottom=0, padding=2))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cursor = table.cellAt(r, c).firstCursorPosition()
                cursor.setBlockFormat(block(line_height=120))
                cursor.setBlockCharFormat(formats[c])
                cursor.insertText(text, formats[c])
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        self._fresh = False


def table_format(widths: Sequence[float | None], *, top: float, bottom: float, padding: float = 0
                 ) -> QTextTableFormat:
    fmt = QTextTableFormat()
    fmt.setBorder(0)
    fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_None)
    fmt.setCellSpacing(0)
    fmt.setCellPadding(padding)
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    fmt.setColumnWidthConstraints([
        QTextLength(QTextLength.Type.VariableLength, 0) if w is None else QTextLength(QTextLength.Type.FixedLength, w)
        for w in widths])
    return fmt
