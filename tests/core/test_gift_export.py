"""Bank -> GIFT: Moodle's layout, escapes, and a report for every field GIFT lacks.

The test_moodle_* cases are the questions of Moodle's giftformat_test.php
export tests, written as Study Desk questions: the GIFT should be what
Moodle's exporter writes, less the format markers plain text does not need.
"""

import pytest

from studydesk.core.bank import (
    Bank,
    Chart,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    TextQuestion,
    Tolerance,
    TrueFalseQuestion,
)
from studydesk.core.gift import CHANGED, NOTE, SKIPPED, export_gift, import_gift

ORANGE = "What's between orange and green in the spectrum?"


def gift_of(*questions, **bank):
    result = export_gift(Bank(title=bank.pop("title", "t"), questions=questions, **bank))
    return result


def block(result) -> str:
    """The GIFT of the last question, without the file's opening comment."""
    return result.text.rstrip("\n").split("\n\n")[-1]


def test_header_says_what_the_notes_are():
    result = gift_of(TrueFalseQuestion(id="q", prompt="p", answer=True), title="Unit\n3")
    assert result.text.startswith('// Exported from the Study Desk bank "Unit 3" by studydesk export-gift.\n')
    assert "Moodle skips them" in result.text.split("\n\n")[0]


def test_moodle_export_multichoice():
    q = ChoiceQuestion(id="Q8", prompt=ORANGE, choices=("yellow", "red", "blue"), answer="yellow",
                       explain="If you chose yellow: right; good!\nIf you chose red: wrong, it's yellow\n"
                               "If you chose blue: wrong, it's yellow")
    result = gift_of(q)
    assert block(result) == ("::Q8::What's between orange and green in the spectrum?{\n"
                             "\t=yellow#right; good!\n\t~red#wrong, it's yellow\n\t~blue#wrong, it's yellow\n}")
    assert result.reports == ()


def test_moodle_export_multichoice_multi():
    q = MultiQuestion(id="Q8", prompt=ORANGE, choices=("yellow", "red", "blue"), answer=("yellow",))
    assert block(gift_of(q)) == f"::Q8::{ORANGE}{{\n\t~%100%yellow\n\t~%-50%red\n\t~%-50%blue\n}}"


def test_multi_weights_follow_study_desk_scoring():
    q = MultiQuestion(id="m", prompt="p", choices=("a", "b", "c", "d"), answer=("a", "b", "c"))
    assert block(gift_of(q)) == "::m::p{\n\t~%33.33333%a\n\t~%33.33333%b\n\t~%33.33333%c\n\t~%-100%d\n}"


def test_multi_answer_order_is_kept_in_a_note():
    q = MultiQuestion(id="m", prompt="p", choices=("a", "b", "c"), answer=("c", "a"))
    result = gift_of(q)
    assert '// studydesk: answer = ["c", "a"]\n' in result.text
    assert import_gift(result.text).bank.questions == (q,)


def test_moodle_export_truefalse():
    q = TrueFalseQuestion(id="Q1", prompt="42 is the Absolute Answer to everything.", answer=True,
                          explain="If you answered true: You gave the right answer.\n"
                                  "If you answered false: 42 is the Ultimate Answer.")
    assert block(gift_of(q)) == ("::Q1::42 is the Absolute Answer to everything."
                                 "{TRUE#42 is the Ultimate Answer.#You gave the right answer.}")


def test_truefalse_with_only_right_feedback_and_general_feedback():
    q = TrueFalseQuestion(id="t", prompt="p", answer=False, explain="Why.\n\nIf you answered false: Yes.")
    assert block(gift_of(q)) == "::t::p{FALSE##Yes.####Why.}"


def test_moodle_export_numerical():
    q = NumericQuestion(id="Q5", prompt="What is a number from 1 to 5?", answer=3, tolerance=Tolerance(2),
                        explain="If your answer was wrong: Completely wrong")
    assert block(gift_of(q)) == "::Q5::What is a number from 1 to 5?{#\n\t=3:2\n\t~#Completely wrong\n}"


def test_numeric_unit_and_percentage_tolerance():
    q = NumericQuestion(id="d", prompt="How far?", answer=80, unit="km", tolerance=Tolerance(5, percent=True))
    result = gift_of(q)
    assert block(result) == ('// studydesk: unit = "km"\n// studydesk: tolerance = "5%"\n'
                             "::d::How far?{#\n\t=80:4\n}")
    [report] = result.reports
    assert report.level == CHANGED and report.question == "d"
    assert "unit (km)" in report.message and "a percentage tolerance (5%" in report.message


def test_moodle_export_shortanswer_with_general_feedback():
    q = TextQuestion(id="Shortanswer", prompt="Which is the best animal?", answer="Frog",
                     explain="Here is some general feedback!\n\nIf you answered Frog: Good!\n"
                             "If you answered Cat: What is it with Moodlers and cats?\n"
                             "If you answered anything else: Completely wrong")
    assert block(gift_of(q)) == (
        "::Shortanswer::Which is the best animal?{\n\t=Frog#Good!\n"
        "\t=%0%Cat#What is it with Moodlers and cats?\n\t=%0%*#Completely wrong\n"
        "\t####Here is some general feedback!\n}")


def test_moodle_export_match():
    q = MatchQuestion(id="Moodle activities", prompt="Match the activity to the description.",
                      pairs=(("An activity supporting asynchronous discussions.", "Forum"),
                             ("A bank of record entries which participants can add to.", "Database")),
                      distractors=("Chat",))
    result = gift_of(q)
    assert block(result) == (
        "::Moodle activities::Match the activity to the description.{\n"
        "\t=An activity supporting asynchronous discussions. -> Forum\n"
        "\t=A bank of record entries which participants can add to. -> Database\n"
        "\t= -> Chat\n}")
    assert result.reports == ()  # the id note is not a loss


def test_moodle_export_backslash():
    q = TrueFalseQuestion(id="backslash", prompt="A \\ B \\\\ C", answer=True)
    assert block(gift_of(q)) == "::backslash::A \\\\ B \\\\\\\\ C{TRUE}"


def test_control_characters_are_escaped():
    q = ChoiceQuestion(id="c", prompt="a: {b} = c ~ d # e\nf", choices=("=x", "~y"), answer="=x",
                       explain="see #1")
    assert block(gift_of(q)) == ("::c::a\\: \\{b\\} \\= c \\~ d \\# e\\nf{\n\t=\\=x\n\t~\\~y\n"
                                 "\t####see \\#1\n}")


def test_text_moodle_would_read_as_html_or_a_marker_is_marked_plain():
    q = ChoiceQuestion(id="c", prompt="Is 1 < 2 & 3?", choices=("[html] yes", "no"), answer="no")
    assert block(gift_of(q)) == "::c::[plain]Is 1 < 2 & 3?{\n\t~[plain][html] yes\n\t=no\n}"


def test_answers_that_look_like_weights_or_wildcards():
    choice = ChoiceQuestion(id="c", prompt="p", choices=("%50% of voters", "all"), answer="all")
    assert "\t~%0%%50% of voters\n" in block(gift_of(choice))
    text = TextQuestion(id="t", prompt="p", answer="%5%", accept=("5*3",))
    assert block(gift_of(text)) == "::t::p{\n\t=%100%%5%\n\t=5\\*3\n}"


def test_study_desk_fields_go_into_notes_and_are_reported():
    q = ChoiceQuestion(id="Q\t1", prompt="p", choices=("a", "b"), answer="a", evidence=("first", "second"),
                       hint="Think.", difficulty="hard", points=2)
    result = gift_of(q)
    assert block(result).split("\n")[:5] == [
        '// studydesk: id = "Q\\t1"',  # no name Moodle would keep as it is
        '// studydesk: evidence = ["first", "second"]',
        '// studydesk: hint = "Think."',
        '// studydesk: difficulty = "hard"',
        "// studydesk: points = 2",
    ]
    [report] = result.reports
    assert report.message == ('no GIFT counterpart for evidence, hint, difficulty, points (2); '
                              'kept in "// studydesk:" comments, which Moodle skips')


def test_topics_become_categories_when_they_change():
    qs = [TrueFalseQuestion(id=f"q{i}", prompt="p", answer=True, topic=t)
          for i, t in enumerate(["general", "Maps", "Maps", "Ratios/percent", "general"])]
    text = gift_of(*qs).text
    assert [line for line in text.splitlines() if line.startswith("$CATEGORY")] == [
        "$CATEGORY: Maps", "$CATEGORY: Ratios//percent", "$CATEGORY: general"]
    assert [q.topic for q in import_gift(text).bank.questions] == ["general", "Maps", "Maps", "Ratios/percent",
                                                                   "general"]


def test_order_question_is_kept_in_comments_and_reported():
    q = OrderQuestion(id="events", prompt="Earliest first.", items=("a", "b"), explain="Why.", hint="h")
    result = gift_of(q)
    assert block(result).splitlines() == [
        "// studydesk: an order question; GIFT has none, so Moodle skips this block",
        '// studydesk: kind = "order"', '// studydesk: id = "events"', '// studydesk: prompt = "Earliest first."',
        '// studydesk: items = ["a", "b"]', '// studydesk: explain = "Why."', '// studydesk: hint = "h"']
    assert (result.exported, result.kept, result.skipped) == (0, 1, 0)
    assert result.reports[0].level == SKIPPED and "GIFT has no order questions" in result.reports[0].message
    assert result.summary() == "exported 0 questions, 1 kept in comments for Study Desk only (see above)"


@pytest.mark.parametrize("q, reason", [
    # HTML would hold "->" beside another answer, but not the doubled spaces around it
    (TextQuestion(id="t", prompt="p", answer="a  ->  b", accept=("c",)), '"->" in a short answer'),
    (MatchQuestion(id="m", prompt="p", pairs=(("a->b", "1"), ("c", "2"))), '"->" on the left of a pair'),
])
def test_questions_gift_cannot_hold_are_skipped(q, reason):
    result = gift_of(q, TrueFalseQuestion(id="ok", prompt="p", answer=True))
    assert "::t::" not in result.text and "::m::" not in result.text and "::ok::" in result.text
    assert (result.exported, result.skipped) == (1, 1)
    [report] = result.reports
    assert report.level == SKIPPED and reason in report.message


def test_an_arrow_beside_other_answers_is_written_as_html_and_reads_back():
    q = TextQuestion(id="t", prompt="Which arrow?", answer="a->b", accept=("c",))
    result = gift_of(q)
    assert block(result) == "::t::Which arrow?{\n\t=[html]a-&gt;b\n\t=c\n}"
    assert import_gift(result.text).bank.questions == (q,) and result.skipped == 0


def test_single_short_answer_with_arrow_is_written_without_equals_sign():
    q = TextQuestion(id="t", prompt="Which arrow?", answer="->")
    result = gift_of(q)
    assert block(result) == "::t::Which arrow?{\n\t->\n}"
    assert import_gift(result.text).bank.questions == (q,)


def test_what_gift_trims_is_reported_not_hidden():
    q = ChoiceQuestion(id="c", prompt="  padded  ", choices=("a", "b "), answer="a")
    result = gift_of(q)
    [report] = result.reports
    assert report.level == CHANGED
    assert report.message.startswith("prompt, choices will not read back as written")


def test_explanation_that_is_not_feedback_lines_stays_general_feedback():
    q = ChoiceQuestion(id="c", prompt="p", choices=("a", "b"), answer="a",
                       explain="If you chose c: there is no c.")
    assert block(gift_of(q)) == "::c::p{\n\t=a\n\t~b\n\t####If you chose c\\: there is no c.\n}"


def test_bank_level_losses_are_reported():
    chart = Chart(id="c", title="t", kind="bar", labels=("a",), values=(1.0,))
    result = gift_of(TrueFalseQuestion(id="q", prompt="p", answer=True), charts=(chart,), article_ref="a.txt")
    assert [(r.question, r.level) for r in result.reports] == [("", CHANGED), ("", NOTE)]
    assert result.reports[0].message == "GIFT has no charts: the bank's 1 chart is not exported"
