"""Bank and article text is shown as the characters it is, never as markup.

QLabel and tooltips guess rich text from anything that looks like HTML (and
rich text may load images from file paths), and buttons read "&" as a
shortcut marker; these helpers switch all of that off.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", *, name: str = "", wrap: bool = True, selectable: bool = False,
                parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def button_text(text: str) -> str:
    """Text for a button label: "&" shown as itself, not as a shortcut marker."""
    return text.replace("&", "&&")


def plain_tooltip(text: str) -> str:
    """A tooltip that shows its text literally, line breaks kept."""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""
