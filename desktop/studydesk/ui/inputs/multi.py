"""MultiInput: check boxes for questions with several right choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from studydesk.core.bank import MultiQuestion

from ..marks import mark_button
from ..plain import button_text, plain_label
from .base import AnswerInput
from .wrapping import WrappingCheckBox


class MultiInput(AnswerInput):
    def __init__(self, question: MultiQuestion, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        note = plain_label("Tick every right answer; wrong ticks cost points.", name="note")
        layout.addWidget(note)
        self.options = list(options)
        self.boxes: list[QCheckBox] = []
        for i, label in enumerate(options):
            box = WrappingCheckBox(f"&{i + 1}  {button_text(label)}" if i < 9 else button_text(label))
            box.setObjectName(f"choice-{i + 1}")
            box.toggled.connect(self.changed)
            layout.addWidget(box)
            self.boxes.append(box)

    def response(self) -> Any:
        picked = {o for o, b in zip(self.options, self.boxes) if b.isChecked()}
        return picked or None

    def set_response(self, response: Any) -> None:
        for option, box in zip(self.options, self.boxes):
            box.setChecked(option in (response or ()))

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.boxes) and self.isEnabled():
            self.boxes[number - 1].toggle()
            self.boxes[number - 1].setFocus()
            return True
        return False

    def reveal(self) -> None:
        right = set(self.question.answer)
        for option, box in zip(self.options, self.boxes):
            if option in right:
                mark_button(box, True)
            elif box.isChecked():
                mark_button(box, False)

    def missing(self) -> str:
        return "" if self.response() is not None else "Tick at least one answer first."

    def focus_first(self) -> None:
        self.boxes[0].setFocus()
