"""Help > Keyboard Shortcuts: every key, by page, in a table a screen reader
reads cell by cell: the menus' shortcuts as the menus hold them, and the
pages' keys from keyboard_map.py."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .keyboard_map import PAGES
from .style import use_style_sheet


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what) for each menu command with a shortcut, as the menus have them now."""
    rows = []
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        where = menu_action.text().replace("&", "")
        for action in menu.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((keys, f"{where} > {action.text().replace('&', '').rstrip('…')}"))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.setObjectName("shortcuts")
        layout = QVBoxLayout(self)
        self.table = QTreeWidget()
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setColumnCount(2)
        self.table.setHeaderLabels(["Keys", "What they do"])
        self.table.setWordWrap(True)
        self.table.setUniformRowHeights(False)
        for title, rows in (("Menus", tuple(menu_shortcuts(bar))), *PAGES):
            section = QTreeWidgetItem(self.table, [title])
            section.setFirstColumnSpanned(True)
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for keys, what in rows:
                QTreeWidgetItem(section, [keys, what])
        self.table.expandAll()
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        use_style_sheet(self)
        self.resize(640, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """(section, keys, what) for every row shown."""
        out = []
        for i in range(self.table.topLevelItemCount()):
            section = self.table.topLevelItem(i)
            for j in range(section.childCount()):
                item = section.child(j)
                out.append((section.text(0), item.text(0), item.text(1)))
        return out
