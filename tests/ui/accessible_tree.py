"""The window as a screen reader gets it: Qt's accessibility interface
(QAccessible), which AT-SPI, UI Automation and NSAccessibility all read.

`problems(root)` walks the accessible tree under a widget and lists what a
screen reader user would miss: an interactive control without a name, and a
visible text (a label, a button's words, a list row) that the tree does not
carry, or carries only behind a name that replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

Role = QAccessible.Role
Text = QAccessible.Text

# Roles a user acts on, whether or not they take focus.
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.Slider, Role.List, Role.Table, Role.Tree, Role.PageTab, Role.PageTabList, Role.ButtonMenu,
    Role.ButtonDropDown, Role.Link, Role.MenuItem, Role.ListItem, Role.Cell, Role.TreeItem,
}


def interface(widget) -> QAccessibleInterface:
    return QAccessible.queryAccessibleInterface(widget)


def walk(iface: QAccessibleInterface | None) -> Iterator[QAccessibleInterface]:
    """Every node under `iface` that is not invisible, depth first, itself included."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface
    for i in range(iface.childCount()):
        yield from walk(iface.child(i))


def name(iface: QAccessibleInterface) -> str:
    return iface.text(Text.Name)


def spoken(iface: QAccessibleInterface) -> str:
    """All a screen reader can say of a node: name, value, description and its text."""
    parts = [iface.text(Text.Name), iface.text(Text.Value), iface.text(Text.Description)]
    text = iface.textInterface()
    if text is not None:
        parts.append(text.text(0, text.characterCount()))
    return " ".join(p for p in parts if p)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shown_text(text: str) -> str:
    """A label or button's words as drawn: '&&' is one '&', a lone '&' marks a mnemonic."""
    return squeeze(re.sub(r"&(.)", r"\1", text))


def key(obj) -> int:
    """The C++ object's address: Python wrappers come and go, and their ids are reused."""
    return shiboken6.getCppPointer(obj)[0]


def holds_focus(iface: QAccessibleInterface) -> bool:
    """Focusable, and not handing its focus to another widget (a tab widget's
    focus goes to its tab bar)."""
    obj = iface.object()
    return iface.state().focusable and not (isinstance(obj, QWidget) and obj.focusProxy() is not None)


def describe(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    what = f"{type(obj).__name__} {obj.objectName()!r}" if obj is not None else "item"
    return f"{iface.role().name} ({what}) {name(iface)!r}"


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive nodes (focusable, or of an interactive role) with no name."""
    found = []
    for iface in walk(interface(root)):
        if (holds_focus(iface) or iface.role() in INTERACTIVE) and not squeeze(name(iface)):
            if iface.role() == Role.Cell and not squeeze(spoken(iface)):
                continue  # an empty cell: there is nothing to say
            found.append(describe(iface))
    return found


def unexposed_texts(root: QWidget) -> list[str]:
    """Visible texts that the accessible tree under `root` does not carry.

    A label must be in the tree with its text as its name (a name must not
    replace it); a button's name must contain its words (a longer name may
    explain them); a list row's words must be in its item's name."""
    nodes = {}
    for iface in walk(interface(root)):
        obj = iface.object()
        if obj is not None:
            nodes[key(obj)] = iface
    found = []
    for label in root.findChildren(QLabel):
        text = shown_text(label.text()) if label.buddy() else squeeze(label.text())
        if not label.isVisible() or not text:
            continue
        iface = nodes.get(key(label))
        if iface is None:
            found.append(f"label {text!r} is not in the accessible tree")
        elif text not in squeeze(spoken(iface)):
            found.append(f"label {text!r} is exposed as {squeeze(spoken(iface))!r}")
    for button in root.findChildren(QAbstractButton):
        text = shown_text(button.text())
        if not button.isVisible() or not text:
            continue
        iface = nodes.get(key(button))
        if iface is None:
            found.append(f"button {text!r} is not in the accessible tree")
        elif text.casefold() not in squeeze(name(iface)).casefold():
            found.append(f"button {text!r} is named {name(iface)!r}")
    for view in root.findChildren(QListWidget):
        if not view.isVisible():
            continue
        said = {squeeze(spoken(child)) for child in walk(interface(view)) if child.role() == Role.ListItem}
        for row in range(view.count()):
            text = squeeze(view.item(row).text())
            if text and not any(text in s for s in said):
                found.append(f"list row {text[:60]!r} of {view.objectName()!r} is not exposed")
    return found


def problems(root: QWidget) -> list[str]:
    return unnamed_controls(root) + unexposed_texts(root)


def group_names(widget: QWidget) -> list[str]:
    """The names of the groups a control sits in, innermost first, as a
    screen reader says them when focus enters."""
    names = []
    iface = interface(widget).parent()
    while iface is not None and iface.isValid():
        if iface.role() == Role.Grouping:
            names.append(name(iface))
        iface = iface.parent()
    return names
