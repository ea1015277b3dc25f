"""Bank and article text is shown as the characters it is, never as markup.

QLabel and tooltips guess rich text from anything that looks like HTML (and
rich text may load images from file paths), and buttons read "&" as a
shortcut marker; these helpers switch all of that off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from .style import use_style_sheet


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


def literal(text: str) -> str:
    """Text for places that guess rich text (tooltips, message boxes), shown
    literally with its line breaks."""
    import html  # here, not at start-up: html.entities is a 2,000-entry table

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>" if text else ""


plain_tooltip = literal


def warn(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, "Warning", title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, "Information", title, text)


def ask(parent: QWidget | None, title: str, text: str, buttons, default):
    return message_box(parent, "Question", title, text, buttons, default)


def message_box(parent: QWidget | None, icon: str, title: str, text: str, buttons=None, default=None, *,
                pixmap=None):
    """A modal message box with the pages' styles; the button chosen.

    Built here rather than by QMessageBox's static functions so that it can
    have the style sheet, which the main window itself does not carry (see
    style.use_style_sheet). `icon` names a QMessageBox.Icon.
    """
    box = QMessageBox(getattr(QMessageBox.Icon, icon), title, literal(text),
                      buttons if buttons is not None else QMessageBox.StandardButton.Ok, parent)
    if default is not None:
        box.setDefaultButton(default)
    if pixmap is not None:
        box.setIconPixmap(pixmap)
    use_style_sheet(box)
    return run_message_box(box)


def run_message_box(box):
    """Show the box and wait for a button (tests replace this one step)."""
    box.exec()
    return box.standardButton(box.clickedButton())
