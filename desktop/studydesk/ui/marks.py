"""Right and wrong marks on answer controls, in words as well as colour."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

RIGHT = "\u2713"  # check mark
WRONG = "\u2717"  # ballot x
PARTLY = "(\u2713)"  # a check in brackets, as teachers mark part credit: no amount, the points say it


def mark_button(button: QAbstractButton, right: bool) -> None:
    """Append a mark and say it in the accessible name: colour alone is not enough."""
    if button.property("mark") is None:
        text = button.text()
        button.setText(f"{text}   {RIGHT} right answer" if right else f"{text}   {WRONG} your answer")
    button.setProperty("mark", "right" if right else "wrong")
    button.setAccessibleDescription("right answer" if right else "your answer, wrong")
    button.style().unpolish(button)
    button.style().polish(button)
