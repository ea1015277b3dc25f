"""ArticleView: the article typeset for reading, with evidence highlighted.

The document is built block by block with QTextCursor and plain-text inserts
(never HTML), so whatever an article holds is shown as the characters it is.
Each block's position in the document is kept, so an evidence span found in
the article's text maps straight to a highlight.

The evidence is also the view's selection, with the caret at its start, so
that a screen reader finds it (its text interface reports the selection and
caret) and reads on from there; selection and highlight share one colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from studydesk.core.article import Article, Span

from .focus_ring import FocusRing
from .style import colours

MEASURE_CHARS = 72  # a comfortable line length for reading
BASE_POINT_SIZE = 12.0
ZOOM_STEPS = (0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.4)


class ArticleView(FocusRing, QTextBrowser):
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article")
        self.setAccessibleName("Article")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        # A caret with the keyboard, as well as the mouse: a screen reader reads
        # the article line by line as the arrow keys move it.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._use_evidence_colours()
        self._article: Article | None = None
        self._block_positions: list[int] = []
        self._zoom = 1.0
        self._highlight: Span | None = None
        self.document().setUndoRedoEnabled(False)

    # Content

    def set_article(self, article: Article | None, title: str = "") -> None:
        self._article = article
        self._highlight = None
        self.setExtraSelections([])
        self._render(title)

    def _use_evidence_colours(self) -> None:
        """The selection in the evidence's colours, whether or not the view has focus."""
        palette = self.palette()
        c = colours()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, QColor(c["evidence_bg"]))
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(c["evidence"]))
        self.setPalette(palette)

    @property
    def article(self) -> Article | None:
        return self._article

    def _render(self, title: str) -> None:
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(self._body_font())
        doc.setDocumentMargin(24)
        cursor = QTextCursor(doc)
        heading_title = (self._article.title if self._article and self._article.title else title)
        self._block_positions = []

        body = QTextBlockFormat()
        body.setLineHeight(155, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        body.setBottomMargin(14)
        body_chars = QTextCharFormat()

        first = True

        def new_block(fmt: QTextBlockFormat, chars: QTextCharFormat) -> None:
            nonlocal first
            if first:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(chars)
                first = False
            else:
                cursor.insertBlock(fmt, chars)

        title_at = 0
        if heading_title:
            fmt, chars = _heading_formats(level=1)
            new_block(fmt, chars)
            title_at = cursor.position()
            cursor.insertText(heading_title, chars)
        if self._article is not None:
            shown = self._article.body_blocks
            if len(shown) < len(self._article.blocks):
                self._block_positions.append(title_at)  # the title line is the heading just written
            for block in shown:
                if block.kind == "heading":
                    fmt, chars = _heading_formats(level=2)
                else:
                    fmt, chars = body, body_chars
                new_block(fmt, chars)
                self._block_positions.append(cursor.position())
                cursor.insertText(block.text, chars)
        self.setDocument(doc)
        self._apply_measure()

    def _body_font(self) -> QFont:
        font = QFont()
        font.setFamilies(["Noto Serif", "DejaVu Serif", "Georgia", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSizeF(BASE_POINT_SIZE * self._zoom)
        return font

    # Measure: keep lines near MEASURE_CHARS by widening the side margins

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_measure()

    def _apply_measure(self) -> None:
        doc = self.document()
        char_width = self.fontMetrics().averageCharWidth() * (doc.defaultFont().pointSizeF()
                                                              / max(1.0, self.font().pointSizeF()))
        measure = char_width * MEASURE_CHARS
        # The root frame's side margins are the document margin: never below it.
        side = max(doc.documentMargin(), (self._viewport_width() - measure) / 2)
        frame = doc.rootFrame().frameFormat()
        if abs(frame.leftMargin() - side) > 0.5:
            frame.setLeftMargin(side)
            frame.setRightMargin(side)
            doc.rootFrame().setFrameFormat(frame)

    def _viewport_width(self) -> int:
        # From the area's size rather than viewport(): PySide wraps the
        # viewport, a class Qt does not export, by building the enum classes
        # of every widget class it knows (~6 ms, and this runs as the window opens).
        width = self.maximumViewportSize().width()
        bar = self.verticalScrollBar()
        return width - bar.width() if bar.isVisibleTo(self) else width  # (isVisible() is false until shown)

    # Zoom

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = min(ZOOM_STEPS[-1], max(ZOOM_STEPS[0], zoom))
        if abs(zoom - self._zoom) < 1e-6:
            return
        self._zoom = zoom
        self.document().setDefaultFont(self._body_font())
        self._apply_measure()
        if self._highlight is not None:
            self._scroll_to(self._highlight)
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-6), ZOOM_STEPS[0]))

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    # Evidence

    def show_evidence(self, quotes: tuple[str, ...] | list[str]) -> bool:
        """Highlight each quote found and scroll the first into view."""
        if self._article is None:
            return False
        spans = [s for s in (self._article.find(q) for q in quotes) if s is not None]
        selections = []
        for span in spans:
            cursor = self._cursor_for(span)
            if cursor is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = self._highlight_format()
            selections.append(selection)
        self.setExtraSelections(selections)
        self._highlight = spans[0] if spans else None
        self._select(selections[0].cursor if selections else None)
        if spans:
            self._scroll_to(spans[0])
        return bool(selections)

    def clear_evidence(self) -> None:
        self._highlight = None
        self.setExtraSelections([])
        self._select(None)

    def _select(self, span: QTextCursor | None) -> None:
        """Make a span the selection, the caret at its start; None leaves the caret, unselected."""
        caret = QTextCursor(self.textCursor() if span is None else span)
        if span is None:
            caret.clearSelection()
        else:
            caret.setPosition(span.selectionEnd())
            caret.setPosition(span.selectionStart(), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(caret)

    def highlighted_text(self) -> list[str]:
        selections = self.extraSelections()  # keep alive: each cursor belongs to this list
        return [s.cursor.selectedText().replace("\u2029", "\n") for s in selections]

    def _highlight_format(self) -> QTextCharFormat:
        fmt = QTextCharFormat()
        # Amber reads as "marked" on either background and stays clear of the
        # blue and orange used for right and wrong.
        palette = self.palette()
        fmt.setBackground(palette.color(QPalette.ColorRole.Highlight))
        fmt.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        return fmt

    def _cursor_for(self, span: Span) -> QTextCursor | None:
        assert self._article is not None
        index = self._article.block_at(span.start)
        if index is None:
            return None
        block = self._article.blocks[index]
        start = self._block_positions[index] + (span.start - block.start)
        end_index = self._article.block_at(max(span.start, span.end - 1))
        if end_index is None:
            return None
        end_block = self._article.blocks[end_index]
        end = self._block_positions[end_index] + (min(span.end, end_block.end) - end_block.start)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _scroll_to(self, span: Span) -> None:
        cursor = self._cursor_for(span)
        if cursor is None:
            return
        # Qt lays long documents out lazily; lay out up to the evidence first,
        # or a late passage has no position yet and the scroll falls short.
        layout = self.document().documentLayout()
        layout.blockBoundingRect(cursor.block())
        bar = self.verticalScrollBar()
        # The scroll range follows the layout only on the next event loop turn.
        reach = int(layout.documentSize().height()) - self.viewport().height()
        if bar.maximum() < reach:
            bar.setRange(0, reach)
        start = QTextCursor(cursor)
        start.setPosition(cursor.selectionStart())
        rect = self.cursorRect(start)
        # Put the evidence a third of the way down, where the eye expects it.
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)


def _heading_formats(level: int) -> tuple[QTextBlockFormat, QTextCharFormat]:
    fmt = QTextBlockFormat()
    fmt.setHeadingLevel(level)
    fmt.setTopMargin(8 if level == 1 else 18)
    fmt.setBottomMargin(12 if level == 1 else 6)
    chars = QTextCharFormat()
    chars.setFontWeight(QFont.Weight.Bold)
    chars.setProperty(QTextFormat.Property.FontSizeAdjustment, 3 if level == 1 else 1)
    chars.setFontFamilies(["Noto Sans", "DejaVu Sans", "Helvetica", "Arial", "sans-serif"])
    return fmt, chars

