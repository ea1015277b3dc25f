"""QuestionPage: practice, one question at a time, its input, a hint, and
feedback after each answer (a test is taken on the TestPage).

Keys (ui/keyboard_map.py lists them all): Enter checks, then goes on;
1-9 or Alt+1-9 pick a choice; the buttons' Alt+letters work wherever focus
is, in a text field too, so no letter typed as an answer is taken as a key.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.article import quoted
from studydesk.core.bank import NumericQuestion, Question
from studydesk.core.grading import Grade, describe_answer
from studydesk.core.points import points_text, score_parts
from studydesk.core.session import Session

from ..inputs import AnswerInput, make_input
from ..announce import announce
from ..marks import PARTLY, RIGHT, WRONG
from ..plain import plain_label
from .header import QuizHeader


class QuestionPage(QWidget):
    evidence_requested = Signal(tuple)  # quotes to highlight in the article
    finished = Signal()
    question_shown = Signal(object)  # the Question now on the page

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("question-page")
        self.session: Session | None = None
        self.input: AnswerInput | None = None
        self._question: Question | None = None
        self._grade: Grade | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        header = QuizHeader("Score")
        self.counter, self.topic, self.score = header.counter, header.topic, header.tally
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName("Progress through the quiz")
        header.column.addWidget(self.progress)
        outer.addWidget(header)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("question-body")
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(20, 12, 20, 16)
        self._body.setSpacing(12)
        self.prompt = plain_label("", name="prompt", selectable=True)
        self._body.addWidget(self.prompt)
        self._input_slot = QVBoxLayout()
        self._body.addLayout(self._input_slot)
        self.why = plain_label("", name="why")  # why Enter did nothing: nothing to check yet
        self.why.hide()
        self._body.addWidget(self.why)
        self.hint = plain_label("", name="hint")
        self.hint.hide()
        self._body.addWidget(self.hint)
        self.feedback = _Feedback()
        self.feedback.show_evidence.connect(self._request_evidence)
        self.feedback.hide()
        self._body.addWidget(self.feedback)
        self._body.addStretch(1)
        scroll.setWidget(body)
        self._scroll = scroll
        outer.addWidget(scroll, 1)

        footer = QWidget()
        footer.setObjectName("quiz-footer")
        buttons = QHBoxLayout(footer)
        buttons.setContentsMargins(20, 8, 20, 14)
        self.hint_button = QPushButton("H&int")
        self.hint_button.setToolTip("Show a hint (Alt+I)")
        self.hint_button.clicked.connect(self.show_hint)
        self.check_button = QPushButton("Check")
        self.check_button.setObjectName("primary")
        self.check_button.setToolTip("Check your answer (Enter or Alt+C)")
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton("&Next")
        self.next_button.setObjectName("primary")
        self.next_button.setToolTip("Next question (Enter or Alt+N)")
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.hint_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        outer.addWidget(footer)

    # Session

    def set_session(self, session: Session) -> None:
        self.session = session
        self.show_current()

    def show_current(self) -> None:
        session = self.session
        assert session is not None
        question = session.current
        if question is None:
            self.finished.emit()
            return
        self._question = question
        self._grade = None
        position = session.position
        total = len(session.questions)
        self.counter.setText(f"Question {position + 1} of {total}")
        self.topic.setText(question.topic)
        self.progress.setRange(0, total)
        self.progress.setValue(position)
        self.progress.setAccessibleDescription(f"{position} of {total} answered")
        self._update_score()
        self.prompt.setText(question.prompt)
        if self.input is not None:
            self._input_slot.removeWidget(self.input)  # gone now, not when the deletion comes round
            self.input.hide()
            self.input.deleteLater()
        self.input = make_input(question, session.options(question))
        self.input.changed.connect(self._update_buttons)
        self._input_slot.addWidget(self.input)
        self.input.show()  # now, not on the next turn of the event loop: focus can go to it at once
        # Focus moves straight to the answer, before Next is hidden: a screen
        # reader hears no stop on its way (the article, say).
        self.input.focus_first()
        self.hint.hide()
        self.hint.setText(f"Hint: {question.hint}" if question.hint else "")
        self.hint_button.setVisible(bool(question.hint))
        self.hint_button.setEnabled(True)
        self.why.hide()
        self.feedback.hide()
        self.check_button.setText("&Check")
        self.check_button.show()
        self.next_button.hide()
        self._update_buttons()
        self._scroll.verticalScrollBar().setValue(0)
        self.question_shown.emit(question)
        self.evidence_requested.emit(())  # a new question: the last answer's highlight goes

    def _update_score(self) -> None:
        session = self.session
        assert session is not None
        earned, possible, _ = score_parts(session.earned, session.answered_possible)
        self.score.setText(f"Score {earned} of {possible}" if session.grades else "No answers yet")

    def _update_buttons(self) -> None:
        ready = self.input is not None and self.input.response() is not None
        self.check_button.setEnabled(ready and self._grade is None)
        if ready:
            self.why.hide()

    # Actions

    def primary_action(self) -> None:
        if self._grade is None:
            self.check()
        else:
            self.next()

    def check(self) -> None:
        if self.session is None or self.input is None or self._grade is not None:
            return
        if self.input.asks_before_check():  # a written answer: its key points to confirm, beside their evidence
            self._request_evidence()
            return
        response = self.input.response()
        if response is None:
            self.why.setText(self.input.missing())
            self.why.show()
            announce(self.why, self.why.text())
            return
        question = self._question
        assert question is not None
        self._grade = self.session.answer(response)
        # Focus goes to Next before the answer locks and Check hides, so it passes through nothing else.
        self.next_button.setText("See &results" if self.session.finished else "&Next")
        self.next_button.show()
        self.next_button.setFocus()
        self.input.set_locked(True)
        self.input.reveal()
        self.feedback.show_grade(question, self._grade)
        self._update_score()
        self.progress.setValue(self.session.position)
        self.check_button.hide()
        self.hint_button.setEnabled(False)
        self._request_evidence()
        # Once the page has laid out the card and the marked choices (the scroll range follows the layout).
        QTimer.singleShot(0, self, lambda: self._scroll.ensureWidgetVisible(self.feedback))
        announce(self.feedback, self.feedback.spoken(), assertive=True)

    def next(self) -> None:
        if self.session is None or self._grade is None:
            return
        if self.session.finished:
            self.finished.emit()
        else:
            self.show_current()

    def show_hint(self) -> None:
        if self._question is not None and self._question.hint and self._grade is None:
            self.hint.show()

    def _request_evidence(self) -> None:
        if self._question is not None and self._question.all_evidence:
            self.evidence_requested.emit(self._question.all_evidence)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Keys the focused control left unused: a digit picks a choice (a
        text field keeps its digits), Enter checks or goes on."""
        key = event.key()
        text = event.text()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if text.isdigit() and text != "0" and self.input is not None and self._grade is None:
            if self.input.pick(int(text)):
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.primary_action()
            return
        super().keyPressEvent(event)


class _Feedback(QFrame):
    """Right or wrong, the right answer, the explanation and the evidence."""

    show_evidence = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("feedback")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(6)
        self.verdict = plain_label("", name="verdict")
        self.answer = plain_label("", name="right-answer", selectable=True)
        self.explain = plain_label("", name="explain", selectable=True)
        self.evidence = plain_label("", name="evidence", selectable=True)
        self.evidence_button = QPushButton("Show in &text")
        self.evidence_button.setToolTip("Highlight the evidence in the article (Alt+T)")
        self.evidence_button.clicked.connect(self.show_evidence)
        self.evidence_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        for w in (self.verdict, self.answer, self.explain, self.evidence, self.evidence_button):
            layout.addWidget(w)

    def show_grade(self, question: Question, grade: Grade) -> None:
        state = "right" if grade.correct else ("partial" if grade.partial else "wrong")
        mark = RIGHT if grade.correct else (PARTLY if grade.partial else WRONG)
        points = f"{points_text(grade.earned)} of {points_text(grade.points)} point" + ("" if grade.points == 1 else "s")
        self.verdict.setText(f"{mark}  {grade.feedback}  ({points})")
        self.setProperty("state", state)
        self.verdict.setProperty("state", state)
        for w in (self, self.verdict):
            w.style().unpolish(w)
            w.style().polish(w)
        self.answer.setText("" if grade.correct and not isinstance(question, NumericQuestion)
                            else f"Right answer: {describe_answer(question)}")
        self.answer.setVisible(bool(self.answer.text()))
        self.explain.setText(question.explain)
        self.explain.setVisible(bool(question.explain))
        quotes = " \u2026 ".join(quoted(q) for q in question.evidence)
        self.evidence.setText(f"From the article: {quotes}" if quotes else "")
        self.evidence.setVisible(bool(quotes))
        self.evidence_button.setVisible(bool(quotes))
        self.show()

    def spoken(self) -> str:
        """The verdict and the right answer, as announced when an answer is checked."""
        return "  ".join(label.text() for label in (self.verdict, self.answer) if label.text())
