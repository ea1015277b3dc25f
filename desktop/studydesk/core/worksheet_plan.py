"""What a worksheet holds: the questions a teacher chose (topics and a length,
picked by the seed as a quiz picks them), whether the answer key comes with
them, and which questions need room to work.

The chosen questions are printed in the bank's own order, which follows the
article, rather than the quiz's shuffle: on paper a class reads them beside
the text.
"""

from __future__ import annotations

import math

import msgspec

from .bank import Bank, NumericQuestion, Question
from .session import QuizSettings, select_questions


class WorksheetPlan(msgspec.Struct, frozen=True):
    topics: tuple[str, ...] = ()  # empty: every topic
    length: int | None = None  # None: every question of those topics
    seed: int = 0  # picks the questions when fewer than all, and letters the options
    answer_key: bool = True

    def questions(self, bank: Bank) -> tuple[Question, ...]:
        chosen = {q.id for q in select_questions(bank, QuizSettings(self.topics, self.length, seed=self.seed))}
        return tuple(q for q in bank.questions if q.id in chosen)

    def unknown_topics(self, bank: Bank) -> list[str]:
        """Topics asked for that the bank does not have."""
        return [t for t in self.topics if t not in bank.topics]

    def describe(self, bank: Bank) -> str:
        """The choice in words, for the answer key: what to ask for to print the sheet again."""
        parts = [f"seed {self.seed}"]
        if self.topics:
            parts.append("topics " + ", ".join(self.topics))
        chosen = len(self.questions(bank))
        if chosen < len(bank.questions):
            parts.append(f"{chosen} of the {len(bank.questions)} questions in the bank")
        return "; ".join(parts)


def needs_working(question: Question) -> bool:
    """A number to work out rather than read off: a number question whose
    answer is none of the figures its evidence states ("at most what
    percentage...": 1,300 of 60,000). The sheet gives it room to calculate."""
    if not isinstance(question, NumericQuestion) or not question.evidence:
        return False
    from .generate.quantities import find_figures  # the generator's reading of figures in prose

    stated = [f.value for quote in question.evidence for f in find_figures(quote)]
    return not any(math.isclose(value, question.answer, rel_tol=1e-9, abs_tol=1e-9) for value in stated)
