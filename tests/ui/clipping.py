"""What a small window cuts off: `clipped(root)` lists every visible label or
button whose words do not fit it (elided, wider than the widget, wrapped
taller than it), and every one that runs past the side of the area that
shows it. Running past the bottom of a scroll area is fine: it scrolls."""

from __future__ import annotations

import re

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QCheckBox, QLabel, QRadioButton, QWidget


def _viewport_of(widget: QWidget) -> QWidget:
    """The area that shows `widget`: its scroll area's viewport, else its window."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return parent
        parent = parent.parentWidget()
    return widget.window()


def _runs_off(widget: QWidget) -> str:
    area = _viewport_of(widget)
    rect = QRect(widget.mapTo(area, QPoint(0, 0)), widget.size())
    if rect.left() < 0 or rect.right() > area.width():
        return f"runs off the side ({rect.left()}..{rect.right()} in {area.width()})"
    if not isinstance(area.parentWidget(), QAbstractScrollArea) and rect.bottom() > area.height():
        return f"runs off the bottom ({rect.bottom()} in {area.height()})"
    return ""


def label_problem(label: QLabel) -> str:
    text = re.sub(r"&(.)", r"\1", label.text()) if label.buddy() else label.text()  # '&' marks a mnemonic
    room = label.contentsRect()
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            return f"wraps to {needed}px in {label.height()}px"
    else:
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if widest > room.width() + 1:
            return f"is {widest}px wide in {room.width()}px"
    return _runs_off(label)


def button_problem(button: QAbstractButton) -> str:
    hint = button.sizeHint()
    if isinstance(button, QRadioButton | QCheckBox) or button.text():
        if hint.width() > button.width() + 1:
            return f"needs {hint.width()}px, has {button.width()}px"
        if hint.height() > button.height() + 1:
            return f"needs {hint.height()}px high, has {button.height()}px"
    return _runs_off(button)


def clipped(root: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text():
            problem = label_problem(label)
            if problem:
                found.append(f"label {label.objectName()!r} {label.text()[:50]!r} {problem}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.parentWidget() is not None:
            problem = button_problem(button)
            if problem:
                found.append(f"{type(button).__name__} {button.text()[:40]!r} {problem}")
    return found
