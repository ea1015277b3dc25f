"""TestPage: a test, as Moodle's quiz navigation offers it.

Back and Next, a list of the questions showing which are answered and which
are flagged (choose one to go to it), a flag for review, and answers that
can be changed until the test is submitted. Submit shows a summary first,
naming the questions left unanswered, and asks again. No right answers are
shown before the end. The state lives in core.navigation.QuizNavigation; an
answer is recorded as the student leaves its question.

Keys: 1-9 pick a choice, Enter goes on (to the summary from the last question).
"""

from __future__ import annotations

import msgspec
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.navigation import QuizNavigation
from studydesk.core.session import Session

from ..button_row import ButtonRow
from ..inputs import AnswerInput, make_input
from ..plain import plain_label
from .header import QuizHeader
from .question_list import FLAG, QuestionList


class TestPage(QWidget):
    __test__ = False  # a page, not a pytest class
    evidence_requested = Signal(tuple)  # () clears the highlight: no evidence before the end
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("test-page")
        self.nav: QuizNavigation | None = None
        self.input: AnswerInput | None = None
        self._touched = False  # the student changed the answer shown since it was recorded

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QuizHeader("Questions answered")
        self.counter, self.topic, self.answered = header.counter, header.topic, header.tally
        self.questions = QuestionList()
        self.questions.chosen.connect(self.go_to)
        header.column.addWidget(self.questions)
        outer.addWidget(header)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._question_view())
        self.stack.addWidget(self._summary_view())
        outer.addWidget(self.stack, 1)

        self.flag_button = QPushButton(f"{FLAG} F&lag")
        self.flag_button.setCheckable(True)
        self.flag_button.setToolTip("Flag this question to come back to it before submitting")
        self.flag_button.clicked.connect(self.toggle_flag)
        self.hint_button = QPushButton("H&int")  # Alt+H is the Help menu
        self.hint_button.setToolTip("Show a hint (Alt+I)")
        self.hint_button.clicked.connect(lambda: self.hint.show())
        self.back_button = QPushButton("\u2190 &Back")
        self.back_button.setToolTip("Previous question (Alt+B)")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton("&Next \u2192")
        self.next_button.setToolTip("Next question (Enter or Alt+N)")
        self.next_button.clicked.connect(self.next)
        self.submit_button = QPushButton("S&ubmit\u2026")
        self.submit_button.setObjectName("primary")
        self.submit_button.setToolTip("See what is unanswered, then hand in the test")
        self.submit_button.clicked.connect(self.show_summary)
        # Back, Next and Submit go under Flag and Hint when the pane is too narrow for one row.
        self.footer = ButtonRow([self.flag_button, self.hint_button],
                                [self.back_button, self.next_button, self.submit_button])
        self.footer.setObjectName("quiz-footer")
        self.footer.box.setContentsMargins(20, 8, 20, 14)
        outer.addWidget(self.footer)

    def _question_view(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: it follows the focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 12, 20, 16)
        layout.setSpacing(12)
        self.flag_note = plain_label(f"{FLAG} Flagged for review", name="note")
        self.prompt = plain_label("", name="prompt", selectable=True)
        self._input_slot = QVBoxLayout()
        self.hint = plain_label("", name="hint")
        layout.addWidget(self.flag_note)
        layout.addWidget(self.prompt)
        layout.addLayout(self._input_slot)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        scroll.setWidget(body)
        self._scroll = scroll
        return scroll

    def _summary_view(self) -> QWidget:
        view = QWidget()
        view.setObjectName("test-summary")
        layout = QVBoxLayout(view)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(plain_label("Submit your answers?", name="bank-title"))
        self.summary = plain_label("", name="summary")
        layout.addWidget(self.summary)
        layout.addWidget(plain_label("Choose a question above to go back to it.", name="note"))
        row = QHBoxLayout()
        self.return_button = QPushButton("&Return to the test")
        self.return_button.clicked.connect(lambda: self.go_to(self.nav.index if self.nav else 0))
        self.confirm_button = QPushButton("Submit &all and finish")
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.submit)
        row.addWidget(self.return_button)
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return view

    # The test

    def set_session(self, session: Session) -> None:
        self.nav = QuizNavigation(session)
        self.nav.changed.connect(self._show_states)
        self._show_question()

    @property
    def summary_shown(self) -> bool:
        return self.stack.currentIndex() == 1

    def _show_question(self) -> None:
        nav = self.nav
        assert nav is not None
        question = nav.question
        self.stack.setCurrentIndex(0)
        self.footer.show()
        self.counter.setText(f"Question {nav.index + 1} of {nav.count}")
        self.topic.setText(question.topic)
        self.prompt.setText(question.prompt)
        if self.input is not None:
            self._input_slot.removeWidget(self.input)
            self.input.hide()  # at once: deleteLater waits for the event loop
            self.input.deleteLater()
        self.input = make_input(question, nav.session.options(question))
        if nav.response() is not None:
            self.input.set_response(nav.response())
        self._touched = False
        self.input.changed.connect(self._on_change)
        self._input_slot.addWidget(self.input)
        self.input.show()  # now, not on the next turn of the event loop: focus can go to it at once
        self.hint.setText(f"Hint: {question.hint}" if question.hint else "")
        self.hint.hide()
        self.hint_button.setVisible(bool(question.hint))
        self.back_button.setEnabled(not nav.at_first)
        self.next_button.setEnabled(not nav.at_last)
        self._show_states()
        self._scroll.verticalScrollBar().setValue(0)
        self.input.focus_first()
        self.evidence_requested.emit(())

    def _on_change(self) -> None:
        self._touched = True
        self._show_states()

    def _show_states(self) -> None:
        """The list, the flag and the count, with the answer on screen counted
        as given (it is recorded when the student moves on)."""
        nav = self.nav
        assert nav is not None
        states = nav.states()
        if self._touched and self.input is not None and not self.summary_shown:
            here = states[nav.index]
            states[nav.index] = msgspec.structs.replace(here, answered=self.input.response() is not None)
        self.questions.show_states(states)
        flagged = states[nav.index].flagged
        self.flag_button.setChecked(flagged)
        self.flag_note.setVisible(flagged)
        done = sum(s.answered for s in states)
        self.answered.setText(f"Answered {done} of {nav.count}")

    def _record(self) -> None:
        """Keep the answer on screen before leaving its question."""
        if self.nav is not None and self.input is not None and self._touched and not self.nav.session.finished:
            self._touched = False
            self.nav.save(self.input.response())

    # Actions

    def go_to(self, index: int) -> None:
        if self.nav is None:
            return
        self._record()
        self.nav.go_to(index)
        self._show_question()

    def back(self) -> None:
        if self.nav is not None and not self.nav.at_first:
            self.go_to(self.nav.index - 1)

    def next(self) -> None:
        if self.nav is not None and not self.nav.at_last:
            self.go_to(self.nav.index + 1)

    def toggle_flag(self) -> None:
        if self.nav is not None:
            self.nav.toggle_flag()

    def show_summary(self) -> None:
        if self.nav is None:
            return
        self._record()
        self.stack.setCurrentIndex(1)
        self.footer.hide()
        self.summary.setText(self.nav.summary())
        self._show_states()
        self.confirm_button.setFocus()

    def submit(self) -> None:
        if self.nav is None or self.nav.session.finished:
            return
        self._record()
        self.nav.submit()
        self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        text = event.text()
        if text.isdigit() and text != "0" and self.input is not None and not self.summary_shown:
            if self.input.pick(int(text)):
                return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.summary_shown:
                self.submit()
            elif self.nav is not None and self.nav.at_last:
                self.show_summary()
            else:
                self.next()
            return
        super().keyPressEvent(event)
