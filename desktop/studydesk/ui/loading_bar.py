"""LoadingBar: a band across the top of the window while a large bank loads
behind it: which bank, how far it has come, and a way to stop. It follows
the OpenBank's loading_ announcements itself; it looks like a notice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QWidget

from .announce import announce
from .open_bank import OpenBank
from .plain import plain_label


class LoadingBar(QFrame):
    def __init__(self, open_bank: OpenBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")  # the notice band's look
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.message = plain_label("", name="notice-text", wrap=False)
        self.message.setAccessibleName("Loading")
        self.progress = QProgressBar()
        self.progress.setObjectName("loading-progress")
        self.progress.setAccessibleName("How much of the bank has loaded")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.cancel = QPushButton("Cancel")
        self.cancel.setAccessibleName("Stop loading the bank")
        self.cancel.clicked.connect(open_bank.cancel_loading)
        layout.addWidget(self.message)
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel)
        self._name = ""
        open_bank.loading_started.connect(self._started)
        open_bank.loading_progress.connect(self._progressed)
        open_bank.loading_ended.connect(self.hide)
        self.hide()

    def _started(self, path: Path) -> None:
        self._name = path.name
        self.message.setText(f"Opening {self._name}\u2026")
        self.progress.setRange(0, 0)  # busy: reading and checking it, before its questions come
        self.show()
        announce(self.message, self.message.text())  # (a screen reader is told; focus stays where it was)

    def _progressed(self, done: int, of: int) -> None:
        self.message.setText(f"Opening {self._name}: {done:,} of {of:,} questions")
        self.progress.setRange(0, of)
        self.progress.setValue(done)
