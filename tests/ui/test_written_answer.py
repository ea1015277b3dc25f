"""A written answer as a student gives it: typed, its key points marked by the
matching and corrected by the student, then the score, the model answer and
the evidence; in a test, the text alone, marked by the matching."""

from PySide6.QtCore import QPoint, Qt

from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session
from studydesk.ui.inputs.written import HELPER_NOTE
from tests.ui.test_question_page import saved_answers

TYPED = "If it falls, Russia can push on to Kramatorsk. It would also be their biggest prize since Bakhmut."


def begin(window, *ids, mode=PRACTICE):
    bank = window.open_bank.bank
    session = Session(bank, tuple(bank.question(i) for i in ids), QuizSettings(mode=mode, seed=1))
    window.quiz_panel.begin(session)
    return session


def test_a_written_answer_from_typing_to_the_score(qtbot, window, history):
    session = begin(window, "stakes-if-it-falls")
    page = window.quiz_panel.question_page
    field = page.input.field
    assert not page.check_button.isEnabled() and not page.input.points.isVisible()
    qtbot.keyClicks(field, TYPED)
    assert page.check_button.isEnabled()

    # First Check: the answer is kept as written, and its key points are shown,
    # ticked where the matching found them, with the model answer and evidence.
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    written = page.input
    assert written.points.isVisible() and field.isReadOnly() and not page.feedback.isVisible()
    assert session.grades == {}  # nothing graded yet
    assert written.helper.text() == HELPER_NOTE and "not a judge" in HELPER_NOTE
    assert [box.accessibleName() for box in written.boxes] == [
        "It is the last major barrier before Sloviansk and Kramatorsk",
        "It would be the largest Ukrainian city captured since Bakhmut",
        "It was a key railway and supply hub"]
    assert [box.isChecked() for box in written.boxes] == [True, True, False]
    assert written.model.text().startswith("Model answer: Pokrovsk is seen as the last major barrier")
    assert "largest Ukrainian city captured by Russian forces since Bakhmut" in window.article_view.highlighted_text()[1]
    assert len(window.article_view.highlighted_text()) == 3  # the question's quote and each point's own

    # The student corrects the matching: "biggest prize" was not the point about the largest city.
    second = written.boxes[1]
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=QPoint(8, second.height() // 2))
    assert not second.isChecked()
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert page.feedback.isVisible()
    assert page.feedback.verdict.text() == "(\u2713)  Partly right: 1 of 3 key points made.  (0.33 of 1 point)"
    assert page.feedback.answer.text().startswith("Right answer: Pokrovsk is seen as the last major barrier")
    assert page.score.text() == "Score 0.33 of 1"
    assert not any(box.isEnabled() for box in written.boxes)
    assert saved_answers(history) == [("stakes-if-it-falls", {"text": TYPED, "made": [True, False, False]},
                               session.grades["stakes-if-it-falls"].score)]


def test_in_a_test_the_text_alone_is_the_answer_marked_by_the_matching(qtbot, window, history):
    session = begin(window, "stakes-manpower", "force-ratio", mode=TEST)
    page = window.quiz_panel.test_page
    qtbot.keyClicks(page.input.field, "Outnumbered, so tired brigades get moved about to plug gaps.")
    assert not page.input.points.isVisible()  # no key points before the test is handed in
    page.go_to(1)
    assert session.responses == {"stakes-manpower": "Outnumbered, so tired brigades get moved about to plug gaps."}
    grade = session.grades["stakes-manpower"]
    assert grade.feedback == ("All 3 key points made (found by matching words: a helper, not a judge).")
