"""NoticeBar: a message across the top of a pane, with optional actions,
for news that must not interrupt (a file changed on disk, a bank with errors)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from .plain import plain_label


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(12, 6, 8, 6)
        self.message = plain_label("", name="notice-text")
        self._layout.addWidget(self.message, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_notice(self, text: str, actions: list[tuple[str, Callable[[], None]]] | None = None,
                    level: str = "info") -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for label, callback in actions or []:
            button = QPushButton(label)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self.buttons.append(button)
        close = QPushButton("Dismiss")
        close.clicked.connect(self.hide)
        self._layout.addWidget(close)
        self.buttons.append(close)
        self.message.setText(text)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()
