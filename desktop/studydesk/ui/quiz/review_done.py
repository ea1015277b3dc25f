"""ReviewDonePage: the end of a day's review: how it went, and where next."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from studydesk.core.review_session import ReviewSession
from studydesk.core.words import plural

from ..plain import plain_label


class ReviewDonePage(QWidget):
    library_requested = Signal()
    close_requested = Signal()  # back to the open bank's quiz

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-done-page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        self.headline = plain_label("", name="results-score")
        self.headline.setAccessibleName("Review done")
        self.detail = plain_label("", name="explain")
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.close_button = QPushButton("&Back to the quiz")
        self.close_button.clicked.connect(self.close_requested)
        self.library_button = QPushButton("&Library")
        self.library_button.setObjectName("primary")
        self.library_button.clicked.connect(self.library_requested)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.library_button)
        layout.addLayout(row)

    def set_review(self, review: ReviewSession) -> None:
        right, partly, wrong = review.counts()
        banks = len({id(card.bank) for card in review.cards})
        self.headline.setText(f"Review done: {plural(len(review.cards), 'card')} from {plural(banks, 'bank')}")
        self.detail.setText(
            f"{right} right, {partly} partly right, {wrong} wrong. Each comes back when it is due: "
            "sooner the ones you missed, later the ones you knew. The Library says what is due next.")
