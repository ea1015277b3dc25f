"""Tell a screen reader something without moving focus.

Qt's announcement event (Qt 6.8 and later, hence the project's lower bound
on PySide6) reaches AT-SPI on Linux, UI Automation on Windows and
NSAccessibility on macOS as a live announcement, spoken even though focus
stays where it is.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Announce `message` on behalf of `widget`; `assertive` interrupts
    whatever the screen reader is saying (a verdict), polite waits its turn."""
    event = QAccessibleAnnouncementEvent(widget, message)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
