"""Moving about a test before it is submitted, as Moodle's quiz navigation
does: Back and Next, a list of the questions showing which are answered and
which are flagged, a flag for review, and a summary before submitting.

The answers themselves live in the Session: saving one here records it (and
the history follows the session), so changing an answer is answering again.
Flags are a note to oneself for this sitting and are not saved.
"""

from __future__ import annotations

from typing import Any

import msgspec

from .bank import Question
from .callbacks import Event
from .session import TEST, Session
from .words import plural


class QuestionState(msgspec.Struct, frozen=True):
    """One entry of the question list."""

    number: int  # from 1
    answered: bool
    flagged: bool
    current: bool

    @property
    def description(self) -> str:
        """In words, for the list's accessible names and tooltips."""
        return f"Question {self.number}: " + ", ".join(
            ["answered" if self.answered else "not answered"] + (["flagged"] if self.flagged else []))


class QuizNavigation:
    """Where a student is in a test, and which questions they flagged."""

    def __init__(self, session: Session) -> None:
        if session.mode != TEST:
            raise ValueError("only a test is navigated; practice goes question by question")
        self.session = session
        # Resuming: the first question not yet answered, else the first.
        self.index = session.position if session.position < len(session.questions) else 0
        self.changed = Event()  # (): moved, answered, flagged or submitted

    @property
    def count(self) -> int:
        return len(self.session.questions)

    @property
    def question(self) -> Question:
        return self.session.questions[self.index]

    @property
    def at_first(self) -> bool:
        return self.index == 0

    @property
    def at_last(self) -> bool:
        return self.index == self.count - 1

    def go_to(self, index: int) -> None:
        if not 0 <= index < self.count:
            raise IndexError(f"no question {index + 1} in a test of {self.count}")
        if index != self.index:
            self.index = index
            self.changed.emit()

    def back(self) -> bool:
        if self.at_first:
            return False
        self.go_to(self.index - 1)
        return True

    def next(self) -> bool:
        if self.at_last:
            return False
        self.go_to(self.index + 1)
        return True

    def save(self, response: Any) -> bool:
        """Keep the response shown for the current question: record it when it
        differs from the one recorded, or take the answer back when it is
        cleared (None). True when something changed."""
        session, question = self.session, self.question
        if response is None:
            if question.id not in session.responses:
                return False
            session.withdraw(question)
        elif question.id in session.responses and session.responses[question.id] == response:
            return False
        else:
            session.answer(response, question)
        self.changed.emit()
        return True

    def response(self) -> Any:
        """The current question's recorded response, or None."""
        return self.session.responses.get(self.question.id)

    def toggle_flag(self) -> bool:
        """Flag the current question for review, or take the flag off; True when flagged now."""
        flagged = self.session.toggle_flag(self.question)
        self.changed.emit()
        return flagged

    def states(self) -> list[QuestionState]:
        responses, flagged = self.session.responses, self.session.flagged
        return [QuestionState(i + 1, q.id in responses, q.id in flagged, i == self.index)
                for i, q in enumerate(self.session.questions)]

    def numbers(self, which: str) -> list[int]:
        """The numbers (from 1) of the questions "unanswered" or "flagged"."""
        if which == "unanswered":
            return [s.number for s in self.states() if not s.answered]
        if which == "flagged":
            return [s.number for s in self.states() if s.flagged]
        raise ValueError(which)

    def summary(self) -> str:
        """What submitting now would hand in, in a sentence or two."""
        answered = self.count - len(self.numbers("unanswered"))
        parts = [f"You have answered {answered} of {plural(self.count, 'question')}."]
        unanswered, flagged = self.numbers("unanswered"), self.numbers("flagged")
        if unanswered:
            parts.append(f"Not answered: {number_list(unanswered)}; they will score nothing.")
        if flagged:
            parts.append(f"Flagged for review: {number_list(flagged)}.")
        parts.append("Once submitted, answers cannot be changed.")
        return " ".join(parts)

    def submit(self) -> None:
        self.session.submit()
        self.changed.emit()


def number_list(numbers: list[int]) -> str:
    """'3', '3 and 7', '3, 5 and 9'."""
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
