"""A multi and an order question answered partly right, by clicks and keys, at
both window sizes: the message on screen, the points beside it, the running
score, the results and the history all say the same thing."""

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt

from studydesk.core.session import PRACTICE, QuizSettings, Session
from tests.grading_claims import read_claim, read_verdict_points

PARTLY = "(\u2713)"


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def visible_message(verdict: str) -> str:
    """The feedback between the mark and the points: "(✓)  Partly right: ...  (0.5 of 1 point)"."""
    mark, _, rest = verdict.partition("  ")
    assert mark == PARTLY, verdict
    return rest.rpartition("  (")[0]


def arrange(qtbot, order_input, wanted):
    """Put an order list in the wanted order with Alt+Up, as a keyboard user would."""
    for target, item in enumerate(wanted):
        row = order_input.items().index(item)
        order_input.list.setCurrentRow(row)
        for _ in range(row - target):
            qtbot.keyClick(order_input.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order_input.items() == tuple(wanted)


@pytest.mark.parametrize("size", [(900, 600), (1280, 800)])
def test_partly_right_multi_and_order_read_the_points_they_give(qtbot, window, history, size):
    window.resize(*size)
    bank = window.open_bank.bank
    multi, order = bank.question("cities-beyond"), bank.question("events-in-order")
    session = Session(bank, (multi, order), QuizSettings(mode=PRACTICE, seed=3))
    window.quiz_panel.begin(session)
    page = window.quiz_panel.question_page

    boxes = dict(zip(page.input.options, page.input.boxes))
    click(qtbot, boxes["Sloviansk"])  # right
    click(qtbot, boxes["Kyiv"])  # wrong
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    verdict = page.feedback.verdict.text()
    assert page.feedback.verdict.isVisible()
    message = visible_message(verdict)
    assert message == "Partly right: +0.5 for 1 of the 2 right choices, \u22120.33 for 1 wrong choice."
    assert read_verdict_points(verdict) == (read_claim(message, 1).points, 1) == (Decimal("0.17"), 1)
    assert page.score.text() == "Score 0.17 of 1"

    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    one_swap = (order.items[1], order.items[0], *order.items[2:])
    arrange(qtbot, page.input, one_swap)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    verdict = page.feedback.verdict.text()
    message = visible_message(verdict)
    assert message == "Partly right: 5 of 6 pairs of items in the right order."
    assert read_verdict_points(verdict) == (read_claim(message, 1).points, 1) == (Decimal("0.83"), 1)
    assert page.score.text() == "Score 1 of 2"  # 0.17 + 0.83

    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)
    results = window.quiz_panel.results_page
    assert results.isVisible()
    assert results.headline.text() == "Score 1 of 2  \u00b7  50%"
    rows = [results.list.item(i).text() for i in range(results.list.count())]
    assert rows[0].startswith(f"{PARTLY}  1. ") and rows[0].endswith("Points: 0.17 of 1")
    assert rows[1].startswith(f"{PARTLY}  2. ") and rows[1].endswith("Points: 0.83 of 1")
    results.list.setCurrentRow(1)
    assert results.detail.text().startswith("Partly right: 5 of 6 pairs of items in the right order.")
    # What the history keeps is what was shown.
    assert [round(r.score * r.points, 9) for r in history.answers(bank)] == [0.17, 0.83]
    window.tabs.setCurrentWidget(window.history_page)
    table = window.history_page
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=5000)
    assert table.model.data(table.model.index(0, 4)) == "50%"
