"""Bank and article text is shown as the characters it is, never as markup.

QLabel and tooltips guess rich text from anything that looks like HTML (and
rich text may load images from file paths), and buttons read "&" as a
shortcut marker; these helpers switch all of that off.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from .qt_values import PLAIN_TEXT, SELECTABLE_BY_MOUSE, set_enum_property


def plain_label(text: str = "", *, name: str = "", wrap: bool = True, selectable: bool = False,
                parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    set_enum_property(label, "textFormat", PLAIN_TEXT)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if selectable:
        set_enum_property(label, "textInteractionFlags", SELECTABLE_BY_MOUSE)
    label.setText(text)
    return label


def button_text(text: str) -> str:
    """Text for a button label: "&" shown as itself, not as a shortcut marker."""
    return text.replace("&", "&&")


def literal(text: str) -> str:
    """Text for places that guess rich text (tooltips, message boxes), shown
    literally with its line breaks."""
    import html  # here, not at start-up: html.entities is a 2,000-entry table

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


plain_tooltip = literal


def warn(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, literal(text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, literal(text))


def ask(parent: QWidget | None, title: str, text: str, buttons, default):
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox.question(parent, title, literal(text), buttons, default)
