"""Walking the window with the keyboard alone, and measuring what focus shows.

`tab_stops(qtbot, start)` presses Tab from a widget until focus comes back
and returns every widget it stopped on. `focus_shown(widget)` counts the
pixels around a widget whose colour changes by 3:1 or more as it takes
focus: a visible focus indicator changes at least 90% of a one-pixel ring's
worth (a ring's corners are rounded, and may cross a line as dark as itself).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPlainTextEdit, QTabBar, QWidget

from tests.ui.accessible_tree import interface, name


def tab_stops(qtbot, start: QWidget, limit: int = 80, backward: bool = False) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    stops = [QApplication.focusWidget()]
    key = Qt.Key.Key_Backtab if backward else Qt.Key.Key_Tab
    for _ in range(limit):
        widget = QApplication.focusWidget()
        # Where Tab is text (the bank editor), Ctrl+Tab moves on, as the page says under it.
        typing_tabs = isinstance(widget, QPlainTextEdit) and not widget.isReadOnly() and not widget.tabChangesFocus()
        qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier if typing_tabs else Qt.KeyboardModifier.NoModifier)
        widget = QApplication.focusWidget()
        if widget is stops[0]:
            return stops
        stops.append(widget)
    raise AssertionError(f"Tab never came back to {start!r}: {[type(w).__name__ for w in stops[-5:]]}")


def luminance(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    w, h = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), np.uint8).reshape(h, image.bytesPerLine())[:, : w * 4]
    rgb = raw.reshape(h, w, 4)[:, :, 2::-1] / 255.0  # BGRA in memory
    lin = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def focus_shown(widget: QWidget) -> tuple[int, int]:
    """(pixels changed by 3:1 or more as `widget` takes focus, 90% of a one-pixel ring round it)."""
    window = widget.window()
    # A tab bar shows focus on its current tab: that tab is what must be ringed.
    shape = widget.tabRect(widget.currentIndex()) if isinstance(widget, QTabBar) else widget.rect()
    area = QRect(widget.mapTo(window, shape.topLeft()), shape.size()).adjusted(-3, -3, 3, 3)
    area = area.intersected(window.rect())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    focused = luminance(window.grab(area).toImage())
    widget.clearFocus()
    QApplication.processEvents()
    plain = luminance(window.grab(area).toImage())
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    high, low = np.maximum(focused, plain), np.minimum(focused, plain)
    changed = int(((high + 0.05) / (low + 0.05) >= 3).sum())
    return changed, 2 * (shape.width() + shape.height()) * 9 // 10


def stop_problems(stops: list[QWidget]) -> list[str]:
    """Stops a keyboard user could not see or a screen reader could not name."""
    found = []
    for widget in stops:
        what = f"{type(widget).__name__} {widget.objectName()!r} {name(interface(widget))!r}"
        if not widget.isVisible() or widget.width() < 4 or widget.height() < 4:
            found.append(f"invisible stop: {what}")
            continue
        if not name(interface(widget)).strip():
            found.append(f"unnamed stop: {what}")
        changed, ring = focus_shown(widget)
        if changed < ring:
            found.append(f"focus barely shown on {what}: {changed} pixels change 3:1, a ring is {ring}")
    return found


def mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Alt+letter -> what it belongs to, for what can take one now: visible,
    enabled buttons, labels with a buddy, and the menu bar's menus."""
    found: dict[str, list[str]] = {}

    def add(text: str, owner: str) -> None:
        keys = QKeySequence.mnemonic(text)
        if not keys.isEmpty():
            found.setdefault(keys.toString(), []).append(owner)

    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled():
            add(button.text(), button.text())
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None:
            add(label.text(), label.text())
    if hasattr(root, "menuBar"):
        for action in root.menuBar().actions():
            add(action.text(), action.text())
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {keys: owners for keys, owners in mnemonics(root).items() if len(owners) > 1}
