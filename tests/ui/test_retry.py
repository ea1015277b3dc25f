"""Retry missed, as a student meets it: the choices come in a new order, the
History tab says the attempt is a retry, and the progress chart leaves it out."""

from PySide6.QtCore import Qt

from studydesk.core.grading import right_response, wrong_response
from studydesk.ui.inputs.choice import ChoiceInput
from studydesk.ui.inputs.match import MatchInput
from studydesk.ui.inputs.multi import MultiInput
from studydesk.ui.inputs.order import OrderInput


def visible_options(page) -> tuple[str, ...]:
    """The options of the question on screen, top to bottom, as shown."""
    shown = page.input
    if isinstance(shown, ChoiceInput):
        return tuple(shown.options)
    if isinstance(shown, MultiInput):
        return tuple(shown.options)
    if isinstance(shown, OrderInput):
        return shown.items()
    if isinstance(shown, MatchInput):
        combo = next(iter(shown.combos.values()))
        return tuple(combo.itemText(i) for i in range(1, combo.count()))
    return ()


def answer_all(qtbot, page, right: bool) -> dict[str, tuple[str, ...]]:
    """Answer every question left, by setting the input and pressing Enter;
    returns the options each question showed."""
    seen = {}
    session = page.session
    while not session.finished:
        q = session.current
        seen[q.id] = visible_options(page)
        page.input.set_response(right_response(q) if right else wrong_response(q))
        qtbot.keyClick(page, Qt.Key.Key_Return)  # check
        qtbot.keyClick(page, Qt.Key.Key_Return)  # go on
    return seen


def test_retry_missed_reshuffles_is_marked_and_stays_off_the_progress_chart(qtbot, window, history):
    panel = window.quiz_panel
    start = panel.start_page
    start.seed.setValue(5)
    start.length.setValue(12)
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    page = panel.question_page
    first = answer_all(qtbot, page, right=False)
    quiz = panel.session
    results = panel.results_page
    assert results.retry_button.text() == "&Retry missed (12)"

    qtbot.mouseClick(results.retry_button, Qt.MouseButton.LeftButton)
    assert panel.currentWidget() is page and page.counter.text() == "Question 1 of 12"
    retried = answer_all(qtbot, page, right=True)
    assert list(retried) == list(first)
    with_options = [qid for qid, shown in first.items() if shown]
    assert len(with_options) >= 6
    changed = [qid for qid in with_options if retried[qid] != first[qid]]
    assert changed == with_options  # every question with options shows them in a new order
    for qid in with_options:  # and no right answer of a choice question is where it was
        q = window.open_bank.bank.question(qid)
        if q.kind == "choice":
            assert retried[qid].index(q.answer) != first[qid].index(q.answer), qid
    assert results.headline.text() == "Score 12 of 12  \u00b7  100%"

    # The History tab marks the retry as one.
    window.tabs.setCurrentWidget(window.history_page)
    table = window.history_page
    qtbot.waitUntil(lambda: table.model.rowCount() == 2, timeout=5000)
    model = table.model
    shown = [[model.data(model.index(row, col)) for col in range(model.columnCount())] for row in range(2)]
    assert shown[0][2] == "Practice, retry" and shown[0][3:] == ["12 of 12", "100%"]
    assert shown[1][2] == "Practice" and shown[1][3:] == ["12 of 12", "0%"]
    assert "retry" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole).lower()
    assert table.table.columnWidth(2) >= table.table.sizeHintForColumn(2)  # "Practice, retry" is not cut

    # The progress chart plots the quiz, not its retry.
    window.show_charts()
    charts = window.charts_page
    charts.chooser.setCurrentIndex(charts.chooser.findData("progress"))
    qtbot.waitUntil(lambda: "attempt" in charts.legend.text() and "Loading" not in charts.legend.text(),
                    timeout=5000)
    assert charts.legend.text().startswith("1 attempt at this bank")
    lines = charts.plot.plotItem.listDataItems()
    assert lines and len(lines) == len({q.topic for q in quiz.questions})
    assert all(list(line.xData) == [1] and list(line.yData) == [0] for line in lines)
