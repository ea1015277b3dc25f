import pytest

from studydesk.core.bank import ChoiceQuestion, TrueFalseQuestion
from studydesk.core.edit import EditError, add_question, question_index_at
from studydesk.core.check import load_bank_text
from tests.support import SEED_BANK

NEW = ChoiceQuestion(id="new-one", topic="ratios", prompt="How many to one?", choices=("Two", "Eight"),
                     answer="Eight", evidence=("outnumbered eight to one",), explain="Eight to one.")


def test_adding_keeps_comments_and_layout_and_places_the_question_before_charts():
    text = SEED_BANK.read_text(encoding="utf-8")
    out = add_question(text, NEW)
    # Everything the teacher wrote is still there, in order, byte for byte.
    head, _, rest = out.partition('[[question]]\nid = "new-one"')
    assert text.startswith(head.rstrip("\n"))
    assert "# Study Desk question bank: the battle for Pokrovsk." in out
    assert 'tolerance = "5%"   # the article says "around"' in out
    # The new question follows the last question; the charts' heading still introduces the charts.
    assert out.index('id = "places-match"') < out.index('id = "new-one"') < out.index("[[chart]]")
    assert out.index('id = "new-one"') < out.index("# ---------------------------------------------------------------- charts")
    result = load_bank_text(out, SEED_BANK)
    assert result.ok, [str(p) for p in result.problems]
    assert result.bank.questions[-1] == NEW
    assert len(result.bank.questions) == 43


def test_adding_to_a_bank_without_questions():
    text = '[bank]\ntitle = "Empty"  # soon full\n'
    out = add_question(text, TrueFalseQuestion(id="t", prompt="Yes?", answer=True))
    assert out.startswith('[bank]\ntitle = "Empty"  # soon full\n')
    result = load_bank_text(out, "x.toml")
    assert result.ok and result.bank.questions[0].id == "t"


def test_adding_to_invalid_toml_is_refused_with_a_reason():
    with pytest.raises(EditError, match="not valid TOML"):
        add_question('[bank]\ntitle = "x\n', NEW)


def test_question_under_the_cursor():
    text = SEED_BANK.read_text(encoding="utf-8")
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line == "[[question]]") + 1
    assert question_index_at(text, 1) is None
    assert question_index_at(text, first) == 0
    assert question_index_at(text, first + 3) == 0
    kramatorsk = next(i for i, line in enumerate(lines) if line == 'id = "kramatorsk-distance"') + 1
    assert question_index_at(text, kramatorsk) == 9
    chart_line = next(i for i, line in enumerate(lines) if line == "[[chart]]") + 1
    assert question_index_at(text, chart_line + 2) is None
