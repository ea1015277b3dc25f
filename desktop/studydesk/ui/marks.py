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
        # No-break spaces: a wrapped choice keeps its mark and its words on one line.
        mark = f"{RIGHT}\u00a0right\u00a0answer" if right else f"{WRONG}\u00a0your\u00a0answer"
        button.setText(f"{text}   {mark}")
    button.setProperty("mark", "right" if right else "wrong")
    button.setAccessibleDescription("right answer" if right else "your answer, wrong")
    button.style().unpolish(button)
    button.style().polish(button)
