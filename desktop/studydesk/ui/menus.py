"""Menu pieces: an action with its shortcuts, and File > Open Recent, which
follows the open bank's list of recent banks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from .open_bank import OpenBank
from .plain import plain_tooltip


def new_action(parent: QWidget, text: str, slot, shortcut=None) -> QAction:
    """An action calling `slot`; `shortcut` is a key sequence, a standard key, or a list of them."""
    action = QAction(text, parent)
    if shortcut is not None:
        keys = shortcut if isinstance(shortcut, list) else [shortcut]
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(slot)
    return action


class RecentMenu(QMenu):
    """The recent banks, filled as the menu opens (always current, and no
    work before); off while there are none."""

    def __init__(self, open_bank: OpenBank, parent: QWidget | None = None) -> None:
        super().__init__("Open &Recent", parent)
        self.setObjectName("recent")
        self._open_bank = open_bank
        self.aboutToShow.connect(self._fill)
        open_bank.recent_changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.setEnabled(bool(self._open_bank.recent()))

    def _fill(self) -> None:
        self.clear()
        for i, path in enumerate(self._open_bank.recent()):
            action = self.addAction(f"&{i + 1}  {Path(path).name.replace('&', '&&')}")
            action.setToolTip(plain_tooltip(path))
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self._open_bank.open(p))
