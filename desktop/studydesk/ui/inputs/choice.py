"""ChoiceInput: radio buttons for one right choice, and for true or false."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from studydesk.core.bank import ChoiceQuestion, Question, TrueFalseQuestion

from ..marks import mark_button
from ..plain import button_text
from .base import AnswerInput
from .wrapping import WrappingRadioButton


class ChoiceInput(AnswerInput):
    def __init__(self, question: Question, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self._truefalse = isinstance(question, TrueFalseQuestion)
        self._values: list[Any] = [True, False] if self._truefalse else list(options)
        labels = ["True", "False"] if self._truefalse else list(options)
        self.options = labels  # the choices' words, as the buttons show them after their numbers
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for i, label in enumerate(labels):
            button = WrappingRadioButton(f"&{i + 1}  {button_text(label)}" if i < 9 else button_text(label))
            button.setObjectName(f"choice-{i + 1}")
            self._group.addButton(button, i)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idToggled.connect(lambda _id, on: on and self.changed.emit())

    def response(self) -> Any:
        i = self._group.checkedId()
        return None if i < 0 else self._values[i]

    def set_response(self, response: Any) -> None:
        if response in self._values:
            self.buttons[self._values.index(response)].setChecked(True)

    def pick(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons) and self.isEnabled():
            self.buttons[number - 1].setChecked(True)
            self.buttons[number - 1].setFocus()
            return True
        return False

    def reveal(self) -> None:
        q = self.question
        right = q.answer if isinstance(q, ChoiceQuestion | TrueFalseQuestion) else None
        chosen = self.response()
        for value, button in zip(self._values, self.buttons):
            if value == right:
                mark_button(button, True)
            elif value == chosen:
                mark_button(button, False)

    def focus_first(self) -> None:
        checked = self._group.checkedButton()
        (checked or self.buttons[0]).setFocus()
