"""LazyTabs: tabs whose pages are built the first time they are shown or
asked for, so that the window opens paying only for the page it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from .style import colours, use_style_sheet


class FocusTabBar(QTabBar):
    """Fusion marks the focused tab with a faint tint (1.9:1); this draws a
    ring in the focus colour round it, as the pages' controls have."""

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.hasFocus() and self.currentIndex() >= 0:
            painter = QPainter(self)
            pen = QPen(QColor(colours()["focus"]), 2)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.drawRect(QRectF(self.tabRect(self.currentIndex())).adjusted(2, 2, -2, -2))
            painter.end()


class LazyTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabBar(FocusTabBar())
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._stand_ins: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        self.currentChanged.connect(self._shown)

    def add_page(self, name: str, page: QWidget, label: str) -> None:
        use_style_sheet(page)
        self._pages[name] = page
        self.addTab(page, label)

    def add_lazy(self, name: str, label: str, build: Callable[[], QWidget]) -> None:
        """A tab whose page `build` makes when it is first needed; an empty stand-in until then."""
        stand_in = QWidget()
        stand_in.setObjectName(f"{name}-stand-in")
        self._builders[name] = build
        self._stand_ins[name] = stand_in
        self.addTab(stand_in, label)

    def page(self, name: str) -> QWidget:
        """The page, built now if it was not yet."""
        if name not in self._pages:
            self._build(name)
        return self._pages[name]

    def restyle(self) -> None:
        """The style sheet again on each page built, after a change of zoom."""
        for page in self._pages.values():
            use_style_sheet(page)

    def built(self, name: str) -> QWidget | None:
        """The page if it has been built, else None."""
        return self._pages.get(name)

    def _shown(self, index: int) -> None:
        name = next((n for n, w in self._stand_ins.items() if w is self.widget(index)), None)
        if name is not None:
            self._build(name)

    def _build(self, name: str) -> None:
        page = self._builders.pop(name)()
        use_style_sheet(page)  # each page has the sheet, not the tab widget: see use_style_sheet
        self._pages[name] = page
        stand_in = self._stand_ins.pop(name)
        index = self.indexOf(stand_in)
        current = self.currentIndex() == index
        label = self.tabText(index)
        self.blockSignals(True)
        self.removeTab(index)
        self.insertTab(index, page, label)
        if current:
            self.setCurrentIndex(index)
        self.blockSignals(False)
        stand_in.deleteLater()
        if current:
            self.currentChanged.emit(index)  # the page now shown is the built one
