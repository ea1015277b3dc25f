"""MatchInput: pair each item on the left with one on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from studydesk.core.bank import MatchQuestion

from ..marks import RIGHT, WRONG
from ..plain import plain_label
from .base import AnswerInput

CHOOSE = "Choose\u2026"


class MatchInput(AnswerInput):
    def __init__(self, question: MatchQuestion, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.combos: dict[str, QComboBox] = {}
        self.marks: dict[str, QLabel] = {}
        for row, left in enumerate(question.lefts):
            label = plain_label(left)
            combo = QComboBox()
            combo.addItem(CHOOSE, None)
            for option in options:
                combo.addItem(option, option)
            combo.setAccessibleName(f"Match for {left}")
            combo.setObjectName(f"match-{row + 1}")
            # Narrow enough for a small window: the open list shows each option in full.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self.changed)
            label.setBuddy(combo)
            # The mark goes under its choice and wraps: a long correction never runs off the pane.
            mark = plain_label("", name="mark")
            mark.hide()
            grid.addWidget(label, 2 * row, 0)
            grid.addWidget(combo, 2 * row, 1)
            grid.addWidget(mark, 2 * row + 1, 1)
            self.combos[left] = combo
            self.marks[left] = mark

    def response(self) -> Any:
        chosen = {left: combo.currentData() for left, combo in self.combos.items() if combo.currentData()}
        return chosen or None

    def choose(self, left: str, right: str) -> None:
        combo = self.combos[left]
        combo.setCurrentIndex(combo.findData(right))

    def set_response(self, response: Any) -> None:
        for left, right in (response or {}).items():
            if left in self.combos:
                self.choose(left, right)

    def reveal(self) -> None:
        for left, right in self.question.pairs:
            ok = self.combos[left].currentData() == right
            self.marks[left].setText(f"{RIGHT}" if ok else f"{WRONG} {right}")
            self.marks[left].setProperty("mark", "right" if ok else "wrong")
            self.marks[left].show()
            self.marks[left].setAccessibleDescription("right" if ok else f"wrong; the match is {right}")

    def missing(self) -> str:
        if self.response() is not None:
            return ""
        return "Choose a match for at least one item first: each list on the right opens with Alt+Down."

    def set_locked(self, locked: bool) -> None:
        for combo in self.combos.values():
            combo.setEnabled(not locked)

    def focus_first(self) -> None:
        next(iter(self.combos.values())).setFocus()
