"""The Add Question form, opened on a question to edit it, gives that question
back unchanged, for every kind."""

import pytest

from studydesk.ui.add_question_dialog import AddQuestionDialog
from tests.support import SEED_BANK


def one_of_each_kind(bank):
    return list({q.kind: q for q in reversed(bank.questions)}.values())


@pytest.mark.parametrize("kind", ["choice", "multi", "truefalse", "numeric", "text", "order", "match"])
def test_a_question_round_trips_through_the_form(qtbot, seed_bank, kind):
    question = next(q for q in one_of_each_kind(seed_bank) if q.kind == kind)
    dialog = AddQuestionDialog(seed_bank, SEED_BANK)
    qtbot.addWidget(dialog)
    dialog.load(question)
    assert dialog.build() == question
    assert dialog.check() == []  # and it checks out against the bank, its own id free to keep
