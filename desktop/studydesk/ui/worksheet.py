"""A printable worksheet: the article, the questions with room to answer, and
an answer key on its own pages.

The document is built with QTextCursor and plain-text inserts (never HTML),
so a bank's prompts and an article's text print as the characters they are.
Options are lettered in the order session.presented_options gives for the
seed, so one seed prints the same sheet every time and the key's letters
match the questions'.

Pages are painted here rather than by QTextDocument.print, which would add
its own margins and page numbers: laying the document out for the real
device first lets questions be kept whole on a page and a footer be drawn.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, QStandardPaths, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from studydesk.core.article import quoted
from studydesk.core.bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)
from studydesk.core.grading import describe_answer
from studydesk.core.numbers import format_number
from studydesk.core.session import presented_options

from .file_dialogs import ask_save_path
from .plain import warn

SERIF = ["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"]
SANS = ["Noto Sans", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"]
BOX = "\u2610"  # ballot box
BLANK = "_____"
MARGINS_MM = QMarginsF(18, 15, 18, 10)  # left, top, right, bottom
FOOTER_MM = 9.0  # band under the text for the page footer
RESOLUTION = 300

INK = QColor("#1a1a1a")
MUTED = QColor("#5f6368")


# Format properties that mark what the pagination pass looks for.
KEEP = QTextFormat.Property.UserProperty + 1  # keep on one page (tables) / with what follows (headings)
ROLE = QTextFormat.Property.UserProperty + 2  # "questions", "answer-key", "question:ID", "key:ID"


# The document

def build_worksheet(bank: Bank, *, seed: int = 0, answer_key: bool = True) -> QTextDocument:
    """The whole worksheet as one document, not yet laid out for a page size."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)  # the device's page margins are the margins
    doc.setDefaultFont(_font(SERIF, 11))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, bank.title)
    w = _Writer(doc)
    _header(w, bank)
    if bank.article is not None:
        _article(w, bank)
    _questions(w, bank, seed, page_break=bank.article is not None)
    if answer_key:
        _answer_key(w, bank, seed)
    return doc


def option_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: enough for any list of choices."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def worksheet_options(question: Question, seed: int) -> tuple[str, ...]:
    """The options in the order the sheet letters them."""
    if isinstance(question, TrueFalseQuestion):
        return ("True", "False")
    return presented_options(question, seed)


def _header(w: _Writer, bank: Bank) -> None:
    w.paragraph(bank.title, _chars(SANS, 18, bold=True), _block(bottom=4), first=True)
    if bank.description:
        w.paragraph(bank.description, _chars(SANS, 10, color=MUTED), _block(bottom=4))
    lines = _block(top=14, bottom=10)
    lines.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                      QTextLength(QTextLength.Type.PercentageLength, 100))
    w.paragraph(f"Name {'_' * 34}    Date {'_' * 14}    Class {'_' * 10}", _chars(SANS, 10.5), lines)
    total = sum(q.points for q in bank.questions)
    n = len(bank.questions)
    lead = "Read the article, then answer the questions that follow." if bank.article else "Answer the questions."
    w.paragraph(f"{lead} {n} question{'s' if n != 1 else ''}, {_points(total)} in all.",
                _chars(SANS, 10, italic=True, color=MUTED), _block(top=4, bottom=18))


def _article(w: _Writer, bank: Bank) -> None:
    article = bank.article
    assert article is not None
    blocks = article.body_blocks
    if article.title:
        w.paragraph(article.title, _chars(SERIF, 16, bold=True), _block(bottom=10, keep=True))
    body = _block(bottom=8)
    body.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body_chars = _chars(SERIF, 11)
    for block in blocks:
        if block.kind == "heading":
            w.paragraph(block.text, _chars(SERIF, 12.5, bold=True), _block(top=10, bottom=4, keep=True))
        else:
            w.paragraph(block.text, body_chars, body)


def _section(w: _Writer, title: str, role: str, note: str, *, page_break: bool) -> None:
    fmt = _block(bottom=4, keep=True)
    fmt.setProperty(ROLE, role)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    w.paragraph(title, _chars(SANS, 16, bold=True), fmt)
    w.paragraph(note, _chars(SANS, 9.5, italic=True, color=MUTED), _block(bottom=6))


def _questions(w: _Writer, bank: Bank, seed: int, *, page_break: bool) -> None:
    _section(w, "Questions", "questions",
             "Tick the box beside your choice, or write your answer in the space given.", page_break=page_break)
    if not bank.questions:
        w.paragraph("This bank has no questions yet.", _chars(SANS, 10.5), _block())
    for number, q in enumerate(bank.questions, 1):
        cell = w.question_table(number, f"question:{q.id}", _points(q.points))
        cell.paragraph(q.prompt, _chars(SANS, 10.5, bold=True), _block(bottom=5, line_height=125))
        _answer_space(cell, q, seed)


def _answer_space(cell: _Writer, q: Question, seed: int) -> None:
    text = _chars(SANS, 10.5)
    note = _chars(SANS, 9, italic=True, color=MUTED)
    options = worksheet_options(q, seed)
    if isinstance(q, ChoiceQuestion | MultiQuestion | TrueFalseQuestion):
        if isinstance(q, MultiQuestion):
            cell.paragraph("(tick all that apply)", note, _block(bottom=3))
        cell.grid([[f"{BOX}  {option_letter(i)}.", option] for i, option in enumerate(options)],
                  [54, None], text)
    elif isinstance(q, NumericQuestion):
        unit = q.unit if q.unit == "%" else f" {q.unit}" if q.unit else ""
        cell.paragraph(f"Answer: {'_' * 18}{unit}", text, _block(top=10, bottom=2))
    elif isinstance(q, TextQuestion):
        cell.paragraph(f"Answer: {'_' * 58}", text, _block(top=10, bottom=2))
    elif isinstance(q, OrderQuestion):
        cell.paragraph(f"Write 1 to {len(options)} in the blanks to put these in order.", note, _block(bottom=3))
        cell.grid([[BLANK, item] for item in options], [54, None], text)
    elif isinstance(q, MatchQuestion):
        cell.paragraph("Write the letter of the matching item in each blank.", note, _block(bottom=3))
        lefts, rights = q.lefts, options
        rows = []
        for i in range(max(len(lefts), len(rights))):
            left = [f"{i + 1}.", BLANK, lefts[i]] if i < len(lefts) else ["", "", ""]
            right = [f"{option_letter(i)}.", rights[i]] if i < len(rights) else ["", ""]
            rows.append([*left, "", *right])
        cell.grid(rows, [24, 50, None, 16, 24, None], text)


def _answer_key(w: _Writer, bank: Bank, seed: int) -> None:
    _section(w, "Answer key", "answer-key",
             f"For the teacher: letters as printed with seed {seed}. Evidence is quoted from the article.",
             page_break=True)
    answer = _chars(SANS, 10.5, bold=True)
    detail = _chars(SANS, 9.5)
    spelled_chars = _chars(SANS, 9.5, color=MUTED)
    label = _chars(SANS, 8, bold=True, color=MUTED)
    label.setFontCapitalization(QFont.Capitalization.AllUppercase)
    quote = _chars(SERIF, 10, italic=True)
    for number, q in enumerate(bank.questions, 1):
        cell = w.question_table(number, f"key:{q.id}", _points(q.points), top=6)
        main, spelled = key_answer(q, seed)
        cell.paragraph(main, answer, _block(bottom=2, line_height=125))
        if spelled:
            cell.paragraph(spelled, spelled_chars, _block(bottom=2, line_height=125))
        if q.explain:
            cell.paragraph(q.explain, detail, _block(top=3, line_height=125))
        if q.evidence:
            quotes = [quoted(text) for text in q.evidence]
            cell.grid([["Evidence" if i == 0 else "", quote] for i, quote in enumerate(quotes)], [64, None],
                      [label, quote], top=4)


def key_answer(q: Question, seed: int) -> tuple[str, str]:
    """The right answer as the key prints it, by the letters and numbers on
    the sheet, and a second line spelling it out where letters are not enough."""
    options = worksheet_options(q, seed)
    letter = {option: option_letter(i) for i, option in enumerate(options)}
    if isinstance(q, ChoiceQuestion):
        return f"{letter[q.answer]}. {q.answer}", ""
    if isinstance(q, TrueFalseQuestion):
        right = describe_answer(q)
        return f"{letter[right]}. {right}", ""
    if isinstance(q, MultiQuestion):
        return "; ".join(f"{letter[o]}. {o}" for o in options if o in q.answer), ""
    if isinstance(q, OrderQuestion):
        rank = {item: i + 1 for i, item in enumerate(q.items)}
        return (f"Blanks from top to bottom: {', '.join(str(rank[item]) for item in options)}",
                describe_answer(q))
    if isinstance(q, MatchQuestion):
        return ", ".join(f"{i + 1} \u2192 {letter[right]}" for i, (_, right) in enumerate(q.pairs)), describe_answer(q)
    if isinstance(q, TextQuestion) and q.accept:
        return describe_answer(q), f"Also accepted: {'; '.join(q.accept)}"
    return describe_answer(q), ""


def _points(points: float) -> str:
    return f"{format_number(points)} point{'' if points == 1 else 's'}"


# Formats

def _font(families: list[str], size: float) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(size)
    return font


def _chars(families: list[str], size: float, *, bold: bool = False, italic: bool = False,
           color: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontFamilies(families)
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    fmt.setForeground(color)
    return fmt


def _block(*, top: float = 0, bottom: float = 0, keep: bool = False, line_height: int = 0) -> QTextBlockFormat:
    """Margins in points at 96 dpi: the layout scales them to the device."""
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if line_height:
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    if keep:
        fmt.setProperty(KEEP, True)
    return fmt


class _Writer:
    """Appends plain-text blocks and tables at a cursor."""

    def __init__(self, doc: QTextDocument, cursor: QTextCursor | None = None) -> None:
        self.doc = doc
        self.cursor = cursor or QTextCursor(doc)
        self._fresh = True  # the cursor's block is empty and unformatted: use it first

    def paragraph(self, text: str, chars: QTextCharFormat, fmt: QTextBlockFormat, *, first: bool = False) -> None:
        if self._fresh or first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(chars)
            self._fresh = False
        else:
            self.cursor.insertBlock(fmt, chars)
        self.cursor.insertText(text, chars)

    def question_table(self, number: int, role: str, points: str, *, top: float = 10) -> _Writer:
        """A row of number, body and points, kept on one page; returns the body cell."""
        fmt = _table_format([34, None, 70], top=top, bottom=8)
        fmt.setProperty(KEEP, True)
        fmt.setProperty(ROLE, role)
        table = self.cursor.insertTable(1, 3, fmt)
        _Writer(self.doc, table.cellAt(0, 0).firstCursorPosition()).paragraph(
            f"{number}.", _chars(SANS, 10.5, bold=True), _block(line_height=125))
        right = _block()
        right.setAlignment(Qt.AlignmentFlag.AlignRight)
        _Writer(self.doc, table.cellAt(0, 2).firstCursorPosition()).paragraph(
            points, _chars(SANS, 8.5, color=MUTED), right)
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)  # the block after the table
        return _Writer(self.doc, table.cellAt(0, 1).firstCursorPosition())

    def grid(self, rows: Sequence[Sequence[str]], widths: Sequence[float | None],
             chars: QTextCharFormat | Sequence[QTextCharFormat], *, top: float = 0) -> None:
        """A borderless table of plain-text cells, one format for all or one per
        column; a width of None shares what is left."""
        if not rows:
            return
        formats = [chars] * len(widths) if isinstance(chars, QTextCharFormat) else list(chars)
        table = self.cursor.insertTable(len(rows), len(widths), _table_format(widths, top=top, bottom=0, padding=2))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cursor = table.cellAt(r, c).firstCursorPosition()
                cursor.setBlockFormat(_block(line_height=120))
                cursor.setBlockCharFormat(formats[c])
                cursor.insertText(text, formats[c])
        self.cursor = QTextCursor(table.lastCursorPosition())
        self.cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        self._fresh = False


def _table_format(widths: Sequence[float | None], *, top: float, bottom: float, padding: float = 0
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


# Pages

def lay_out(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out in pages for a device, keeping questions whole."""
    doc.documentLayout().setPaintDevice(device)
    # Whole device pixels: the layout rounds page breaks to them, and a
    # fractional height puts a page's first line a hair onto the page before.
    doc.setPageSize(QSizeF(device.width(), math.floor(device.height() - _footer_height(device))))
    _keep_together(doc)


def page_of(doc: QTextDocument, role: str) -> int | None:
    """The page (from 1) where the part marked with `role` starts, once laid out."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()
    for frame in doc.rootFrame().childFrames():
        if frame.frameFormat().stringProperty(ROLE) == role:
            return int(layout.frameBoundingRect(frame).top() // height) + 1
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().stringProperty(ROLE) == role and _in_main_flow(doc, block):
            return int(_line_top(block, 0) // height) + 1
        block = block.next()
    return None


def _keep_together(doc: QTextDocument) -> None:
    """Move to the next page each question that would straddle two, and each
    heading that would end a page. A break shifts what follows, so the parts
    are taken in document order, each measured after the breaks before it."""
    layout = doc.documentLayout()
    height = doc.pageSize().height()

    def page(y: float) -> int:
        return math.floor(y / height)

    parts: list[tuple[int, QTextBlock | QTextFrame]] = [
        (frame.firstPosition(), frame) for frame in doc.rootFrame().childFrames()
        if frame.frameFormat().boolProperty(KEEP)]
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        # Only headings in the main flow: a block in a table has its position
        # relative to the table.
        if (fmt.boolProperty(KEEP) and fmt.pageBreakPolicy() == QTextFormat.PageBreakFlag.PageBreak_Auto
                and _in_main_flow(doc, block) and block.next().isValid() and _in_main_flow(doc, block.next())):
            parts.append((block.position(), block))
        block = block.next()
    for _, part in sorted(parts, key=lambda p: p[0]):
        if isinstance(part, QTextBlock):
            following = part.next()
            if page(_line_top(part, 0)) != page(_line_top(following, 0) + _line_height(following) - 1):
                fmt = part.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(part).setBlockFormat(fmt)
            continue
        rect = layout.frameBoundingRect(part)
        # A question taller than a page has to split; anything else moves whole.
        if rect.height() < height * 0.95 and page(rect.top()) != page(rect.bottom() - 1):
            fmt = part.frameFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            part.setFrameFormat(fmt)


def _in_main_flow(doc: QTextDocument, block: QTextBlock) -> bool:
    return QTextCursor(block).currentFrame() == doc.rootFrame()


def _line_top(block: QTextBlock, index: int) -> float:
    layout = block.layout()
    line = layout.lineAt(index) if layout.lineCount() > index else None
    return layout.position().y() + (line.y() if line is not None else 0)


def _line_height(block: QTextBlock) -> float:
    layout = block.layout()
    return layout.lineAt(0).height() if layout.lineCount() else 0.0


def _footer_height(device: QPagedPaintDevice) -> float:
    return device.logicalDpiY() * FOOTER_MM / 25.4


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, title: str, *, first: int = 1,
                last: int | None = None) -> int:
    """Paint pages first..last (from 1) of a laid-out document, each with a
    footer; returns how many were painted. Raises OSError when the device
    cannot be painted on (an unwritable file)."""
    count = doc.pageCount()
    last = count if last is None else min(last, count)
    first = max(1, first)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the page could not be opened for painting")
    try:
        size = doc.pageSize()
        key_page = page_of(doc, "answer-key")
        for n, index in enumerate(range(first - 1, last)):
            if n and not device.newPage():
                raise OSError("a new page could not be started")
            painter.save()
            painter.translate(0, -index * size.height())
            doc.drawContents(painter, QRectF(0, index * size.height(), size.width(), size.height()))
            painter.restore()
            on_key = key_page is not None and index + 1 >= key_page
            _footer(painter, device, f"{title} \u00b7 Answer key" if on_key else title, index + 1, count,
                    size.height())
    finally:
        painter.end()
    return max(0, last - first + 1)


def _footer(painter: QPainter, device: QPagedPaintDevice, left: str, page: int, count: int, top: float) -> None:
    font = _font(SANS, 8)
    metrics = QFontMetricsF(font, device)
    band = QRectF(0, top, device.width(), _footer_height(device))
    painter.setFont(font)
    painter.setPen(MUTED)
    painter.drawLine(band.left(), band.top() + metrics.height() * 0.6, band.right(), band.top() + metrics.height() * 0.6)
    right = f"Page {page} of {count}"
    text_box = band.adjusted(0, metrics.height() * 0.9, 0, 0)
    flags = Qt.AlignmentFlag.AlignTop
    painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignRight, right)
    room = band.width() - metrics.horizontalAdvance(right) - metrics.averageCharWidth() * 4
    painter.drawText(text_box, flags | Qt.AlignmentFlag.AlignLeft,
                     metrics.elidedText(left, Qt.TextElideMode.ElideRight, room))


def pdf_writer(path: str | os.PathLike[str],
               page_size: QPageSize | QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> QPdfWriter:
    """A PDF writer set up as worksheets are printed: 300 dpi, the sheet's margins."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(page_size if isinstance(page_size, QPageSize) else QPageSize(page_size))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setCreator("Study Desk")
    return writer


def write_worksheet_pdf(bank: Bank, path: str | os.PathLike[str], *, seed: int = 0, answer_key: bool = True,
                        page_size: QPageSize | QPageSize.PageSizeId = QPageSize.PageSizeId.A4) -> int:
    """Write the worksheet as a PDF; returns its page count.

    The PDF goes to a temporary file beside the target and is renamed over
    it when complete, so a failure never leaves half a worksheet.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        open(tmp, "wb").close()  # an unwritable folder fails here, with the system's reason
        writer = pdf_writer(tmp, page_size)
        writer.setTitle(bank.title)
        doc = build_worksheet(bank, seed=seed, answer_key=answer_key)
        lay_out(doc, writer)
        pages = paint_pages(doc, writer, bank.title)
        del writer  # closes the file
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages


def print_worksheet(bank: Bank, parent: QWidget | None = None, *, seed: int = 0, answer_key: bool = True,
                    printer: QPrinter | None = None) -> bool:
    """Ask for a printer (or a PDF file) and print the worksheet; False when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(bank.title)
    printer.setCreator("Study Desk")
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print worksheet")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    doc = build_worksheet(bank, seed=seed, answer_key=answer_key)
    lay_out(doc, printer)
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
    paint_pages(doc, printer, bank.title, first=printer.fromPage() if ranged else 1,
                last=printer.toPage() if ranged else None)
    return True


def export_worksheet_pdf(bank: Bank, parent: QWidget | None = None, *, seed: int = 0,
                         answer_key: bool = True) -> Path | None:
    """Ask where to save the worksheet as a PDF and write it; None when cancelled or failed."""
    suggested = (bank.path.with_name(f"{bank.path.stem}-worksheet.pdf") if bank.path
                 else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
                 / "worksheet.pdf")
    path = ask_save_path(parent, "Export worksheet as PDF", suggested, "PDF files (*.pdf)", ".pdf")
    if path is None:
        return None
    try:
        write_worksheet_pdf(bank, path, seed=seed, answer_key=answer_key)
    except OSError as exc:
        warn(parent, "Export worksheet", f"The worksheet could not be saved to {path}:\n{exc.strerror or exc}")
        return None
    return path
