"""Pages: a worksheet laid out for paper, kept whole where it should be,
painted with a footer, to a PDF file or a printer.

Pages are painted here rather than by QTextDocument.print, which would add
its own margins and page numbers: laying the document out for the real
device first lets questions be kept whole on a page and a footer be drawn.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)
from PySide6.QtPrintSupport import QPrinter

from studydesk.core.bank import Bank
from studydesk.core.worksheet_plan import WorksheetPlan

from .typeset import KEEP, MUTED, ROLE, SANS, font
from .worksheet import build_worksheet

MARGINS_MM = QMarginsF(18, 15, 18, 10)  # left, top, right, bottom
FOOTER_MM = 9.0  # band under the text for the page footer
RESOLUTION = 300


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
                and _in_main_flow(doc, block) and block.next().isValid()):
            parts.append((block.position(), block))
        block = block.next()
    for _, part in sorted(parts, key=lambda p: p[0]):
        if isinstance(part, QTextBlock):
            following = part.next()
            if _in_main_flow(doc, following):
                end = _line_top(following, 0) + _line_height(following) - 1
            else:  # a question's table follows the heading: its whole
                end = layout.frameBoundingRect(_top_frame(doc, following)).bottom() - 1
            if page(_line_top(part, 0)) != page(end):
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


def _top_frame(doc: QTextDocument, block: QTextBlock) -> QTextFrame:
    """The frame, straight under the document's, that holds a block."""
    frame = QTextCursor(block).currentFrame()
    while frame.parentFrame() != doc.rootFrame():
        frame = frame.parentFrame()
    return frame


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
            _footer(painter, device, footer_label(title, index + 1, key_page), index + 1, count, size.height())
    finally:
        painter.end()
    return max(0, last - first + 1)


def footer_label(title: str, page: int, key_page: int | None) -> str:
    """The left of a page's footer. The first page has the title at its head,
    so its footer gives only the page number; the key's pages say they are."""
    if key_page is not None and page >= key_page:
        return f"{title} \u00b7 Answer key"
    return title if page > 1 else ""


def _footer(painter: QPainter, device: QPagedPaintDevice, left: str, page: int, count: int, top: float) -> None:
    small = font(SANS, 8)
    metrics = QFontMetricsF(small, device)
    band = QRectF(0, top, device.width(), _footer_height(device))
    painter.setFont(small)
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


def write_worksheet_pdf(bank: Bank, path: str | os.PathLike[str], plan: WorksheetPlan | None = None, *,
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
        doc = build_worksheet(bank, plan)
        lay_out(doc, writer)
        pages = paint_pages(doc, writer, bank.title)
        del writer  # closes the file
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return pages


def set_up_printer(printer: QPrinter, title: str) -> None:
    """A printer set up as worksheets are printed, before the print dialog shows it."""
    printer.setDocName(title)
    printer.setCreator("Study Desk")
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)


def print_worksheet_on(printer: QPrinter, bank: Bank, plan: WorksheetPlan | None = None) -> int:
    """Print the worksheet on a printer set up (and maybe given a page range)
    by its dialog; returns how many pages were printed."""
    doc = build_worksheet(bank, plan)
    lay_out(doc, printer)
    ranged = printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0
    return paint_pages(doc, printer, bank.title, first=printer.fromPage() if ranged else 1,
                       last=printer.toPage() if ranged else None)
