"""WorksheetDialog: which questions go on a worksheet, asked before it is
printed or exported: topics and a length as the start page asks for a quiz,
the seed that picks them and letters the options, and the answer key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import Bank
from studydesk.core.words import plural
from studydesk.core.worksheet_plan import WorksheetPlan

from ..plain import plain_label
from ..style import use_style_sheet
from ..topic_choice import TopicChoice


class WorksheetDialog(QDialog):
    def __init__(self, bank: Bank, action: str, parent: QWidget | None = None) -> None:
        """`action` names the button that goes on: "Print…" or "Export…"."""
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle("Worksheet")
        self.setObjectName("worksheet-options")
        self.bank = bank
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(bank.title, name="bank-title"))
        self.topics = TopicChoice(self, default_length=len(bank.questions))
        self.topics.set_bank(bank)
        self.topics.changed.connect(self._update)
        layout.addWidget(self.topics.box)

        form = QFormLayout()
        form.addRow("&Length:", self.topics.length)
        self.seed = QSpinBox()
        self.seed.setObjectName("seed")
        self.seed.setRange(0, 999_999)
        self.seed.setAccessibleName("Seed")
        self.seed.setToolTip("Picks the questions when fewer than all are wanted, and orders the options: "
                             "the same seed prints the same sheet.")
        form.addRow("&Seed:", self.seed)
        self.answer_key = QCheckBox("Add the answer &key on its own pages")
        self.answer_key.setChecked(True)
        form.addRow("", self.answer_key)
        layout.addLayout(form)
        self.summary = plain_label("", name="note")
        layout.addWidget(self.summary)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.go_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.go_button.setText(action)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.topics.length.valueChanged.connect(self._update)
        self._update()

    def plan(self) -> WorksheetPlan:
        """The choice; every topic and every question read as no narrowing at all."""
        selected, available = self.topics.selected(), self.topics.available()
        count = self.topics.count()
        return WorksheetPlan(
            topics=() if len(selected) == len(self.topics.boxes) else selected,
            length=None if count >= available else count,
            seed=self.seed.value(),
            answer_key=self.answer_key.isChecked(),
        )

    def _update(self) -> None:
        available = self.topics.available()
        self.go_button.setEnabled(available > 0)
        self.summary.setText(f"{plural(self.topics.count(), 'question')} of {available} in the topics ticked, "
                             "in the order of the bank." if available else "Pick at least one topic.")
