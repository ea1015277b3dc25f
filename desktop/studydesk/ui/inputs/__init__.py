"""One answer widget per kind of question, each an AnswerInput (base.py):
what the question page and the editor's preview show a student to answer
with. A new kind is one more module here and one line in INPUTS."""

from __future__ import annotations

from studydesk.core.bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)

from .base import AnswerInput
from .choice import ChoiceInput
from .match import MatchInput
from .multi import MultiInput
from .number import NumberInput
from .order import OrderInput
from .text import TextInput
from .written import WrittenInput

INPUTS: dict[type[Question], type[AnswerInput]] = {
    ChoiceQuestion: ChoiceInput,
    MultiQuestion: MultiInput,
    TrueFalseQuestion: ChoiceInput,  # True and False as two choices
    NumericQuestion: NumberInput,
    TextQuestion: TextInput,
    OrderQuestion: OrderInput,
    MatchQuestion: MatchInput,
    WrittenQuestion: WrittenInput,
}


def make_input(question: Question, options: tuple[str, ...]) -> AnswerInput:
    """The widget to answer `question` with, its options in the order given."""
    try:
        kind = INPUTS[type(question)]
    except KeyError:
        raise TypeError(f"no input for {type(question).__name__}") from None
    return kind(question, options)


__all__ = ["AnswerInput", "INPUTS", "make_input"]
