"""Qt enum values that the first paint needs, given by number.

PySide6 6.11 builds every enum class of the `Qt` namespace (about 95 of them,
some 11 ms) the first time any one of them is used; a bare window never pays
that. The widgets on screen at start take these few values through Qt's
property system, which accepts plain numbers, and everything later uses the
enums as usual. tests/ui/test_startup_cost.py checks each number against its
enum, and that opening the window builds no `Qt` namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
SELECTABLE_BY_MOUSE = 1  # Qt.TextInteractionFlag.TextSelectableByMouse
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy.ScrollBarAlwaysOff
# QTextFormat.Property, whose ~100 members PySide builds on first use
# (~0.3 ms); QTextFormat.setProperty takes the number as it is.
FONT_SIZE_ADJUSTMENT = 0x2002  # QTextFormat.Property.FontSizeAdjustment


def set_enum_property(obj: QObject, name: str, value: int) -> None:
    """`obj.setName(value)` for a Qt property of enum type, from its number."""
    if not obj.setProperty(name, value):
        raise AttributeError(f"{type(obj).__name__} has no Qt property {name!r}")
