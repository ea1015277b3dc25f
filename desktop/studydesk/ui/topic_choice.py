"""TopicChoice: the topics to tick and how many questions, as the start page
asks for a quiz and the worksheet dialog for a sheet.

Its two widgets (`box`, the topics with All and None, and `length`) are
placed by the page that uses them.
"""

from __future__ import annotations

from collections import Counter
from operator import attrgetter

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout

from studydesk.core.bank import Bank
from studydesk.core.words import plural

from .plain import button_text

DEFAULT_LENGTH = 10
COLUMNS = 2


class TopicChoice(QObject):
    changed = Signal()  # topics ticked or unticked: the questions available changed

    def __init__(self, parent: QObject | None = None, *, default_length: int = DEFAULT_LENGTH) -> None:
        super().__init__(parent)
        self.bank: Bank | None = None
        self._counts: Counter[str] = Counter()  # questions on each topic
        self.default_length = default_length
        self.box = QGroupBox("Topics")
        layout = QVBoxLayout(self.box)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(18)
        layout.addLayout(self._grid)
        row = QHBoxLayout()
        self.all_button = QPushButton("All")
        self.all_button.setToolTip("Tick every topic")
        self.none_button = QPushButton("None")
        self.none_button.setToolTip("Untick every topic")
        self.all_button.clicked.connect(lambda: self._set_all(True))
        self.none_button.clicked.connect(lambda: self._set_all(False))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.boxes: dict[str, QCheckBox] = {}

        self.length = QSpinBox()
        self.length.setObjectName("length")
        self.length.setAccessibleName("Number of questions")
        self.length.setMinimum(1)
        self.length.setSuffix(" questions")
        # The length chosen, kept while topics narrow the maximum: unticking
        # every topic and ticking them again must not leave it at 1.
        self._chosen = default_length
        self._adjusting = False
        self.length.valueChanged.connect(self._remember_length)

    def set_bank(self, bank: Bank, *, keep: bool = False) -> None:
        """Show a bank's topics, all ticked; with `keep` (the same bank again)
        the topics unticked and the length chosen stay as they were."""
        unticked = {t for t, box in self.boxes.items() if not box.isChecked()} if keep else set()
        self.bank = bank
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        # Counted once, in C: a bank may hold tens of thousands of questions.
        counts = self._counts = Counter(map(attrgetter("topic"), bank.questions))
        for i, topic in enumerate(counts):  # in the order they first appear, as bank.topics
            box = QCheckBox(f"{button_text(topic)} ({counts[topic]})")
            box.setToolTip(f"{plural(counts[topic], 'question')} on {topic}")  # its name is its words
            box.setChecked(topic not in unticked)  # a topic new to the bank is ticked
            box.toggled.connect(self._update_length)
            self._grid.addWidget(box, i // COLUMNS, i % COLUMNS)
            self.boxes[topic] = box
        if not keep:
            self._chosen = self.default_length
        self._update_length()

    def selected(self) -> tuple[str, ...]:
        return tuple(t for t, box in self.boxes.items() if box.isChecked())

    def available(self) -> int:
        """Questions in the topics ticked."""
        if self.bank is None:
            return 0
        return sum(self._counts[topic] for topic in self.selected())

    def count(self) -> int:
        """How many questions: the length asked for, no more than there are."""
        return min(self.length.value(), self.available())

    def _set_all(self, on: bool) -> None:
        for box in self.boxes.values():
            box.setChecked(on)

    def _remember_length(self, value: int) -> None:
        if not self._adjusting:
            self._chosen = value

    def _update_length(self) -> None:
        available = self.available()
        self._adjusting = True
        self.length.setMaximum(max(1, available))
        self.length.setValue(min(self._chosen, max(1, available)))
        self._adjusting = False
        self.changed.emit()
