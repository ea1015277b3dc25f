"""StartPage: pick topics, a length and a mode, then start (or resume)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank
from studydesk.core.session import PRACTICE, TEST, QuizSettings
from studydesk.core.words import plural

if TYPE_CHECKING:
    from studydesk.core.history import AttemptRecord

from ..plain import plain_label
from ..topic_choice import TopicChoice


class StartPage(QWidget):
    start_requested = Signal(QuizSettings)
    resume_requested = Signal(object)  # an AttemptRecord

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start-page")
        self.bank: Bank | None = None
        self._unfinished: AttemptRecord | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)

        self.title = plain_label("", name="bank-title")
        self.description = plain_label("", name="description")
        self.summary = plain_label("", name="note")
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.summary)

        self.topics = TopicChoice(self)
        self.topics.changed.connect(self._update_start)
        self.topics_box = self.topics.box
        self.all_button, self.none_button = self.topics.all_button, self.topics.none_button
        self.length = self.topics.length
        layout.addWidget(self.topics_box)

        options = QGroupBox("Quiz")
        form = QFormLayout(options)
        form.addRow("&Length:", self.length)
        mode_box = QVBoxLayout()
        mode_row = QHBoxLayout()
        self.practice = QRadioButton("&Practice")
        self.practice.setAccessibleDescription("See the right answer after each question")
        self.test = QRadioButton("&Test")
        self.test.setAccessibleDescription("See the right answers at the end")
        self.practice.setChecked(True)
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.practice)
        self._modes.addButton(self.test)
        mode_row.addWidget(self.practice)
        mode_row.addWidget(self.test)
        mode_row.addStretch(1)
        self.mode_note = plain_label("", name="note")
        self.practice.toggled.connect(self._describe_mode)
        mode_box.addLayout(mode_row)
        mode_box.addWidget(self.mode_note)
        form.addRow("Mode:", mode_box)
        self._describe_mode()
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 999_999)
        self.seed.setAccessibleName("Shuffle seed")
        self.seed.setToolTip("The same seed gives the same questions in the same order, "
                             "so a class can take the same quiz.")
        form.addRow("Shuffle s&eed:", self.seed)  # Alt+S starts the quiz
        layout.addWidget(options)

        buttons = QHBoxLayout()
        self.start_button = QPushButton("&Start quiz")
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.resume_button = QPushButton("")
        self.resume_button.setObjectName("resume")
        self.resume_button.clicked.connect(lambda: self._unfinished and self.resume_requested.emit(self._unfinished))
        self.resume_button.hide()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.resume_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def set_bank(self, bank: Bank, unfinished: AttemptRecord | None = None) -> None:
        """Show a bank's topics. The same bank again (reloaded, or changed on
        disk) keeps the seed, the topics ticked and the length chosen: a
        class may have been given that seed."""
        again = self.bank is not None and bank.path is not None and self.bank.path == bank.path
        seed = self.seed.value()
        self.bank = bank
        self.title.setText(bank.title)
        self.description.setText(bank.description)
        self.description.setVisible(bool(bank.description))
        self.topics.set_bank(bank, keep=again)
        topics = len(self.topics.boxes)  # (counted there once; bank.topics goes over every question again)
        self.summary.setText(f"{plural(len(bank.questions), 'question')} on {plural(topics, 'topic')}")
        if again:
            self.seed.setValue(seed)
        else:
            self.new_seed()
        self.set_unfinished(unfinished)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the page as it reads: the topics (made last, so
        otherwise last in the chain), then the options, then Start."""
        chain = [*self.topic_boxes.values(), self.all_button, self.none_button, self.length, self.practice,
                 self.test, self.seed, self.start_button, self.resume_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def _describe_mode(self) -> None:
        self.mode_note.setText("The right answer after each question." if self.practice.isChecked()
                               else "No answers until the end, as in a test.")

    def set_unfinished(self, record: AttemptRecord | None) -> None:
        self._unfinished = record
        if record is None:
            self.resume_button.hide()
            return
        self.resume_button.setText(
            f"&Resume last quiz ({record.answered} of {len(record.question_ids)} answered)")
        self.resume_button.show()

    def new_seed(self) -> None:
        self.seed.setValue(random.randrange(1000, 999_999))

    @property
    def topic_boxes(self) -> dict[str, QCheckBox]:
        return self.topics.boxes

    def _update_start(self) -> None:
        available = self.topics.available()
        self.start_button.setEnabled(available > 0)
        self.start_button.setToolTip("" if available else "Pick at least one topic")

    def settings(self) -> QuizSettings:
        return QuizSettings(
            topics=self.topics.selected(),
            length=self.topics.count(),
            mode=PRACTICE if self.practice.isChecked() else TEST,
            seed=self.seed.value(),
        )

    def _start(self) -> None:
        if self.topics.available():
            self.start_requested.emit(self.settings())
