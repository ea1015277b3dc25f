"""Focus and the side pane's tabs: Ctrl+1 to Ctrl+4 put focus in a page where
it was when last left, else on its first control."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget


class TabFocus(QObject):
    """Where focus was in each page of `tabs`."""

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._kept: dict[QWidget, QWidget] = {}
        QApplication.instance().focusChanged.connect(self._keep)

    def go_to(self, page: QWidget) -> None:
        before = QApplication.focusWidget()
        if before is not None and not page.isAncestorOf(before):
            before.clearFocus()  # else, as its page hides, focus stops on the article on its way
        self._tabs.setCurrentWidget(page)
        kept = self._kept.get(page)
        usable = kept is not None and shiboken6.isValid(kept) and kept.isVisible() and page.isAncestorOf(kept)
        target = kept if usable else first_control(page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _keep(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._tabs):
            return
        for i in range(self._tabs.count()):
            page = self._tabs.widget(i)
            if new is not None and page.isAncestorOf(new):
                self._kept[page] = new


def first_control(page: QWidget) -> QWidget | None:
    """The first widget in Tab order inside `page` that takes focus by Tab."""
    widget = page.nextInFocusChain()
    while widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            return widget
        widget = widget.nextInFocusChain()
    return None
