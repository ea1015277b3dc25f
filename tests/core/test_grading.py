import pytest

from studydesk.core.bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    TextQuestion,
    Tolerance,
    TrueFalseQuestion,
)
from studydesk.core.grading import describe_answer, describe_response, grade, normalize_text

CHOICE = ChoiceQuestion(id="c", prompt="?", choices=("Two to one", "Eight to one"), answer="Eight to one")
MULTI = MultiQuestion(id="m", prompt="?", choices=("A", "B", "C", "D"), answer=("A", "B"), points=2)
TF = TrueFalseQuestion(id="t", prompt="?", answer=False)
KM = NumericQuestion(id="n", prompt="?", answer=80, unit="km")
POP = NumericQuestion(id="p", prompt="?", answer=60000, tolerance=Tolerance(5, percent=True))
FRONT = NumericQuestion(id="f", prompt="?", answer=1200, unit="km", tolerance=Tolerance(10))
SHARE = NumericQuestion(id="s", prompt="?", answer=33, unit="%", tolerance=Tolerance(1))
TEXT = TextQuestion(id="x", prompt="?", answer="Donetsk", accept=("Donetsk region",))
ORDER = OrderQuestion(id="o", prompt="?", items=("a", "b", "c", "d"))
MATCH = MatchQuestion(id="k", prompt="?", pairs=(("x", "1"), ("y", "2"), ("z", "3")), distractors=("4",))


def test_choice():
    assert grade(CHOICE, "Eight to one").correct
    assert grade(CHOICE, "Two to one").score == 0
    assert grade(CHOICE, None).feedback == "No answer given."


def test_multi_partial_credit_and_wrong_picks_cost():
    assert grade(MULTI, {"A", "B"}).correct
    assert grade(MULTI, {"A", "B"}).earned == 2
    assert grade(MULTI, {"A"}).score == pytest.approx(0.5)
    assert grade(MULTI, {"A", "C"}).score == pytest.approx(0.0)
    assert grade(MULTI, {"A", "B", "C"}).score == pytest.approx(0.5)
    assert grade(MULTI, {"A", "B", "C", "D"}).score == 0  # ticking everything earns nothing
    assert grade(MULTI, set()).score == 0
    assert grade(MULTI, "A").score == 0  # a bare string is not a set of picks
    assert grade(MULTI, {"A"}).feedback == "Partly right: +1 for 1 of the 2 right choices."
    assert grade(MULTI, {"A", "B", "C"}).feedback == "Partly right: +2 for both right choices, \u22121 for 1 wrong choice."


def test_truefalse():
    assert grade(TF, False).correct
    assert not grade(TF, True).correct
    assert grade(TF, "false").score == 0


@pytest.mark.parametrize("typed", ["80", "80 km", "80km", "eighty", "80 kilometres", "  80 ", 80, 80.0])
def test_numeric_right(typed):
    assert grade(KM, typed).correct


@pytest.mark.parametrize("typed", ["81", "79.9", "8", "800"])
def test_numeric_wrong(typed):
    assert grade(KM, typed).score == 0


def test_numeric_wrong_unit_says_so():
    g = grade(KM, "80 miles")
    assert g.score == 0 and "km" in g.feedback


def test_numeric_separators_and_tolerances():
    assert grade(FRONT, "1,200").correct
    assert grade(FRONT, "1200 km").correct
    assert grade(FRONT, "1.2k").correct
    assert grade(FRONT, "1,210").correct  # within the absolute tolerance of 10
    assert grade(FRONT, "1,211").score == 0
    assert grade(POP, "57,000").correct  # within 5% of 60,000
    assert grade(POP, "63,000").correct
    assert grade(POP, "63,001").score == 0
    assert grade(POP, "56,999").feedback == "Too low."


def test_numeric_fractions_for_percentages():
    assert grade(SHARE, "33%").correct
    assert grade(SHARE, "one-third").correct
    assert grade(SHARE, "50%").score == 0


def test_numeric_unreadable_input_explains():
    g = grade(KM, "1,2,3")
    assert g.score == 0 and "1,200" in g.feedback
    assert grade(KM, "1e400").score == 0
    assert grade(KM, "NaN").score == 0
    assert grade(KM, "").score == 0


def test_text_ignores_case_punctuation_accents_and_articles():
    for typed in ("Donetsk", "donetsk", "DONETSK!", "the Donetsk", "Donétsk", " donetsk region. "):
        assert grade(TEXT, typed).correct, typed
    assert grade(TEXT, "Luhansk").score == 0
    assert grade(TEXT, "   ").score == 0
    assert normalize_text("The Gray-Zone's") == "gray zones"


def test_order_partial_credit():
    assert grade(ORDER, ["a", "b", "c", "d"]).correct
    assert grade(ORDER, ["d", "c", "b", "a"]).score == 0
    one_swap = grade(ORDER, ["b", "a", "c", "d"])
    assert one_swap.earned == 0.83  # 5/6 of a point, kept in hundredths as it is shown
    assert one_swap.partial and one_swap.feedback == "Partly right: 5 of 6 pairs of items in the right order."
    shifted = grade(ORDER, ["b", "c", "d", "a"])  # no item in its place, yet most of the order right
    assert shifted.earned == 0.5 and "3 of 6 pairs" in shifted.feedback
    assert grade(ORDER, ["a", "b", "c"]).score == 0  # an item missing
    assert grade(ORDER, ["a", "a", "b", "c"]).score == 0


def test_match_partial_credit():
    assert grade(MATCH, {"x": "1", "y": "2", "z": "3"}).correct
    assert grade(MATCH, {"x": "1", "y": "3", "z": "2"}).earned == 0.33
    assert grade(MATCH, {"x": "1", "y": "3", "z": "2"}).feedback == "Partly right: 1 of 3 pairs matched."
    assert grade(MATCH, {"x": "4"}).score == 0
    assert grade(MATCH, ["x", "1"]).score == 0


def test_descriptions():
    assert describe_answer(POP) == "60,000 (accepted from 57,000 to 63,000)"
    assert describe_answer(KM) == "80 km"
    assert describe_answer(SHARE) == "33% (accepted from 32 to 34)"
    assert describe_answer(TF) == "False"
    assert describe_answer(ORDER) == "a → b → c → d"
    assert describe_response(MULTI, {"B", "A"}) == "A; B"
    assert describe_response(MATCH, {"x": "1"}) == "x → 1; y → ?; z → ?"
    assert describe_response(TF, True) == "True"


def test_years_read_as_years_and_quotes_are_not_doubled():
    from studydesk.core.article import quoted

    year = NumericQuestion(id="y", prompt="?", answer=2022)
    assert describe_answer(year) == "2022"
    assert describe_answer(NumericQuestion(id="k", prompt="?", answer=1200, unit="km")) == "1,200 km"
    assert describe_answer(NumericQuestion(id="n", prompt="?", answer=60000)) == "60,000"
    assert quoted("outnumbered") == "\u201coutnumbered\u201d"
    assert quoted("\u201cThe enemy continues,\u201d the group wrote") == "\u201cThe enemy continues,\u201d the group wrote\u201d"
    assert quoted("\u201cgradually captured.\u201d") == "\u201cgradually captured.\u201d"


@pytest.mark.parametrize("question", [CHOICE, MULTI, TF, KM, POP, FRONT, SHARE, TEXT, ORDER, MATCH],
                         ids=lambda q: q.kind)
def test_demonstration_responses_are_right_and_wrong(question):
    from studydesk.core.grading import right_response, wrong_response

    assert grade(question, right_response(question)).correct
    assert not grade(question, wrong_response(question)).correct


def test_the_demonstration_answer_to_a_year_question_reads_as_a_year():
    from studydesk.core.grading import right_response

    year = NumericQuestion(id="y", prompt="In which year?", answer=2022, tolerance=Tolerance(0))
    assert right_response(year) == "2022"
    assert grade(year, right_response(year)).correct
