"""Each kind of question driven by clicks and keys: the grade, the feedback,
the evidence highlighted in the article, and the answer saved."""

import json
import sqlite3

from PySide6.QtCore import QPoint, Qt

from studydesk.core.session import PRACTICE, QuizSettings, Session


def click(qtbot, button):
    """Click a check box or radio button on its indicator, as a user aims."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def begin(window, *ids, mode=PRACTICE, seed=1):
    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(i) for i in ids), QuizSettings(mode=mode, seed=seed))
    window.quiz_panel.begin(session)
    return window.quiz_panel.question_page, session


def saved_answers(history):
    assert history.flush(timeout=5)  # the history's writer thread has written them
    db = sqlite3.connect(history.path)
    rows = db.execute("SELECT question_id, response, score FROM answer ORDER BY rowid").fetchall()
    db.close()
    return [(qid, json.loads(resp), score) for qid, resp, score in rows]


def test_choice_by_click_right(qtbot, window, history):
    page, session = begin(window, "force-ratio")
    button = dict(zip(page.input.options, page.input.buttons))["Eight to one"]
    assert not page.check_button.isEnabled()
    click(qtbot, button)
    assert page.check_button.isEnabled()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.feedback.isVisible()
    assert page.feedback.verdict.text().startswith("\u2713  Right.")
    assert page.score.text() == "Score 1 of 1"
    assert window.article_view.highlighted_text() == ["outnumbered eight to one"]
    assert saved_answers(history) == [("force-ratio", "Eight to one", 1.0)]
    assert "right\u00a0answer" in button.text()


def test_choice_by_keys_wrong_shows_right_answer(qtbot, window, history):
    page, session = begin(window, "force-ratio")
    options = session.options(window.open_bank.bank.question("force-ratio"))
    wrong = next(i for i, o in enumerate(options) if o != "Eight to one")
    qtbot.keyClick(page, str(wrong + 1))
    assert page.input.response() == options[wrong]
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2717  Wrong.")
    assert page.feedback.answer.text() == "Right answer: Eight to one"
    assert page.score.text() == "Score 0 of 1"
    assert saved_answers(history) == [("force-ratio", options[wrong], 0.0)]
    # The explanation and the quote are shown, and the evidence is in view.
    assert "eight attackers" in page.feedback.explain.text()
    assert window.article_view.highlighted_text() == ["outnumbered eight to one"]


def test_hint_key_and_next_key(qtbot, window):
    page, _ = begin(window, "population-now", "force-ratio")
    assert page.hint_button.isVisible() and not page.hint.isVisible()
    qtbot.keyClick(page.input.buttons[0], Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.hint.isVisible)  # a mnemonic clicks its button after a short animation
    assert "qualifies" in page.hint.text()
    qtbot.keyClick(page, Qt.Key.Key_1)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.feedback.isVisible()
    qtbot.keyClick(page.next_button, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.counter.text() == "Question 2 of 2")
    assert not page.hint_button.isVisible()  # force-ratio has no hint


def test_truefalse_by_number_key(qtbot, window, history):
    page, _ = begin(window, "sloviansk-position")
    qtbot.keyClick(page, Qt.Key.Key_2)  # False
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2713")
    assert saved_answers(history) == [("sloviansk-position", False, 1.0)]


def test_multi_partial_credit(qtbot, window, history):
    page, session = begin(window, "cities-beyond")
    boxes = dict(zip(page.input.options, page.input.boxes))
    click(qtbot, boxes["Sloviansk"])
    click(qtbot, boxes["Kyiv"])
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    text = page.feedback.verdict.text()
    assert text == ("(\u2713)  Partly right: +0.5 for 1 of the 2 right choices, \u22120.33 for 1 wrong choice."
                    "  (0.17 of 1 point)")
    (qid, response, score), = saved_answers(history)
    assert sorted(response) == ["Kyiv", "Sloviansk"] and score == 0.17


def test_numeric_typed_with_unit(qtbot, window, history):
    page, _ = begin(window, "kramatorsk-distance")
    field = page.input.field
    qtbot.keyClicks(field, "80 kilometres")
    assert page.input.reading.text() == "Reads as 80 km"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2713")
    assert window.article_view.highlighted_text() == ["Pokrovsk lies just 80 kilometers from Kramatorsk"]
    assert saved_answers(history) == [("kramatorsk-distance", "80 kilometres", 1.0)]


def test_numeric_reading_shows_a_year_as_a_year_and_a_count_with_separators(qtbot, window):
    page, _ = begin(window, "spring-offensive")  # no unit: 2026 is a year
    qtbot.keyClicks(page.input.field, "2026")
    assert page.input.reading.text() == "Reads as 2026"
    page, _ = begin(window, "population-before")  # residents: 1300 is a count
    qtbot.keyClicks(page.input.field, "1300")
    assert page.input.reading.text() == "Reads as 1,300"


def test_numeric_unreadable_input_cannot_be_submitted(qtbot, window, history):
    page, _ = begin(window, "front-length")
    qtbot.keyClicks(page.input.field, "1,2,3")
    assert "not a number" in page.input.reading.text()
    assert not page.check_button.isEnabled()
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert not page.feedback.isVisible() and saved_answers(history) == []
    page.input.field.clear()
    qtbot.keyClicks(page.input.field, "1,200")
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2713")


def test_text_answer_ignores_case_and_articles(qtbot, window):
    page, _ = begin(window, "gray-zone")
    qtbot.keyClicks(page.input.field, "The Grey Zone")
    # Letters typed in a field never trigger the N or H shortcuts.
    assert page.input.field.text() == "The Grey Zone"
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2713")


def test_order_by_keyboard_and_buttons(qtbot, window):
    page, session = begin(window, "events-in-order")
    q = window.open_bank.bank.question("events-in-order")
    order = page.input
    # Sort it by moving items with Alt+Up, as a keyboard user would.
    for target, item in enumerate(q.items):
        row = order.items().index(item)
        order.list.setCurrentRow(row)
        for _ in range(row - target):
            qtbot.keyClick(order.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert order.items() == q.items
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.feedback.verdict.text().startswith("\u2713")


def test_order_by_drag_and_drop(qtbot, window):
    page, _ = begin(window, "events-in-order")
    order = page.input
    lst = order.list
    assert lst.dragDropMode() == lst.DragDropMode.InternalMove
    before = order.items()
    changes = []
    order.changed.connect(lambda: changes.append(True))
    # A drop in an internal-move list moves the model's row; do what the drop does.
    assert lst.model().moveRow(lst.rootIndex(), len(before) - 1, lst.rootIndex(), 0)
    assert order.items() == (before[-1], *before[:-1])
    assert changes
    page.check()
    assert not lst.dragDropMode() == lst.DragDropMode.InternalMove  # locked after answering


def test_order_partial_credit_counts_pairs_and_marks_places(qtbot, window):
    page, _ = begin(window, "events-in-order")
    q = window.open_bank.bank.question("events-in-order")
    order = page.input
    order.set_response((q.items[1], q.items[0], *q.items[2:]))
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "Partly right: 5 of 6 pairs of items in the right order.  (0.83 of 1 point)" in page.feedback.verdict.text()
    assert order.list.item(0).text().endswith("belongs at 2")


def test_match_by_choosing_pairs(qtbot, window, history):
    page, _ = begin(window, "places-match")
    q = window.open_bank.bank.question("places-match")
    match = page.input
    pairs = dict(q.pairs)
    lefts = list(pairs)
    match.choose(lefts[0], pairs[lefts[0]])
    match.choose(lefts[1], pairs[lefts[2]])
    combo = match.combos[lefts[2]]
    combo.setFocus()
    # Keyboard: open nothing, just step through the options with Down.
    while combo.currentData() != pairs[lefts[2]]:
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert "Partly right: 2 of 4 pairs matched.  (0.5 of 1 point)" in page.feedback.verdict.text()
    assert match.marks[lefts[1]].text().startswith("\u2717")
    (_, response, score), = saved_answers(history)
    assert response[lefts[0]] == pairs[lefts[0]] and score == 0.5


def test_one_enter_in_a_field_checks_and_stays_on_the_question(qtbot, window):
    page, _ = begin(window, "kramatorsk-distance", "front-length")
    qtbot.keyClicks(page.input.field, "80")
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert page.feedback.isVisible() and page.counter.text() == "Question 1 of 2"
    assert window.article_view.highlighted_text()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return)  # the second Enter goes on
    assert page.counter.text() == "Question 2 of 2" and not page.feedback.isVisible()
    assert window.article_view.highlighted_text() == []  # the last answer's evidence is cleared


def test_the_header_has_its_rule_below_it(qtbot, window):
    """The style sheet's border under the quiz header is painted (a QWidget subclass paints
    none unless styled-background is set)."""
    from PySide6.QtGui import QColor

    from studydesk.ui.quiz.header import QuizHeader
    from studydesk.ui.style import LIGHT

    page, _ = begin(window, "force-ratio")
    header = page.findChild(QuizHeader)
    image = header.grab().toImage()
    line = QColor(LIGHT["line"])
    bottom = {image.pixelColor(x, image.height() - 1).name() for x in range(10, image.width() - 10, 7)}
    assert bottom == {line.name()}
