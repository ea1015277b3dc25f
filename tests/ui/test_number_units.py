"""A number typed in another unit is converted, graded, and the conversion is
shown: in the "Reads as" line while typing, and in the feedback after."""

from PySide6.QtCore import Qt

from studydesk.core.session import PRACTICE, QuizSettings, Session


def begin(window, question_id):
    bank = window.open_bank.bank
    session = Session(bank, (bank.question(question_id),), QuizSettings(mode=PRACTICE, seed=1))
    window.quiz_panel.begin(session)
    return window.quiz_panel.question_page, session


def test_miles_for_a_question_in_km_are_converted_and_the_note_shown(qtbot, window):
    page, session = begin(window, "kramatorsk-distance")  # 80 km
    assert window.open_bank.bank.question("kramatorsk-distance").unit == "km"
    qtbot.keyClicks(page.input.field, "50 miles")
    assert page.input.reading.text() == "Reads as 50 mi = 80.5 km"
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    verdict = page.feedback.verdict
    assert verdict.isVisible()
    assert verdict.text().startswith("\u2713  Right. 50 mi = 80.5 km.")  # 49.5 to 50.5 miles holds 80 km
    assert page.score.text() == "Score 1 of 1"
    assert session.earned == 1


def test_a_converted_wrong_answer_says_what_it_was_read_as(qtbot, window):
    page, session = begin(window, "kramatorsk-distance")
    qtbot.keyClicks(page.input.field, "60 miles")
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert page.feedback.verdict.text().startswith("\u2717  Too high. 60 mi = 96.6 km.")
    assert page.score.text() == "Score 0 of 1"


def test_a_unit_of_another_kind_is_refused_before_it_can_be_checked(qtbot, window):
    page, session = begin(window, "kramatorsk-distance")
    qtbot.keyClicks(page.input.field, "80 kg")
    assert page.input.reading.text() == "kg is a mass, but the answer is a length, in km."
    assert not page.check_button.isEnabled()
    qtbot.keyClick(page.input.field, Qt.Key.Key_Return)
    assert not page.feedback.isVisible() and not session.grades
