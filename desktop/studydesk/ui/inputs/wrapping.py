"""Radio buttons and check boxes whose words wrap.

Qt's own never wrap: a long choice made its button as wide as the choice, and
the quiz pane with it, past the window's edge at 900x600 (issue 14, item 1).
These keep the text the caller set (`text()`), show it broken into lines that
fit the width the layout gives, and shrink with the pane.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QRadioButton, QSizePolicy, QStyle, QStyleOptionButton

_MARKER = re.compile(r"&(.)")


def shown(text: str) -> str:
    """The words a button shows: "&1" is a shortcut on 1, "&&" an "&"."""
    return _MARKER.sub(r"\1", text)


def wrap_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` in lines of at most `width` pixels as shown, broken between words
    (a word wider than that has a line of its own)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            joined = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(shown(joined)) > width:
                lines.append(line)
                joined = word
            line = joined
        lines.append(line)
    return lines


class _Wraps:
    """Shared by both buttons: `_contents` is the style's element for the
    text beside the indicator."""

    _contents: QStyle.SubElement
    _full = ""

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text
        self.setAccessibleName(shown(text))  # one line, as written, for a screen reader
        self._rewrap()

    def text(self) -> str:
        return self._full

    def _may_shrink(self) -> None:
        # Qt's buttons are never narrower than their text (horizontal policy Minimum).
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def _room(self) -> int:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return self.style().subElementRect(self._contents, option, self).width()

    def _rewrap(self) -> None:
        lines = wrap_lines(self._full, self.fontMetrics(), max(self._room(), self._least_text()))
        super().setText("\n".join(lines))
        self.updateGeometry()

    def _least_text(self) -> int:
        return self.fontMetrics().averageCharWidth() * 12

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._rewrap()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (event.Type.FontChange, event.Type.StyleChange):  # zoom, a mark's bold
            self._rewrap()

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # The height its words take at that width, so a layout places what follows in one pass.
        metrics, flags = self.fontMetrics(), Qt.TextFlag.TextShowMnemonic
        beside = self.width() - self._room()
        lines = wrap_lines(self._full, metrics, max(width - beside, self._least_text()))
        hint = super().sizeHint().height()
        chrome = hint - metrics.size(flags, super().text()).height()
        return max(chrome + metrics.size(flags, "\n".join(lines)).height(), hint if len(lines) == 1 else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # As narrow as a dozen characters beside the indicator: the text wraps to what is left.
        hint = super().sizeHint()
        beside = self.width() - self._room()  # the indicator, its spacing and the padding
        return QSize(min(hint.width(), beside + self._least_text()), hint.height())


class WrappingRadioButton(_Wraps, QRadioButton):
    _contents = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self._may_shrink()
        self.setText(text)


class WrappingCheckBox(_Wraps, QCheckBox):
    _contents = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self._may_shrink()
        self.setText(text)
