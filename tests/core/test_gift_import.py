"""GIFT -> Bank: every construct of Moodle's format, and Moodle's own test cases.

The cases named test_moodle_* take the GIFT of Moodle's
question/format/gift/tests/giftformat_test.php and check that Study Desk
reads what Moodle reads, mapped onto Study Desk's kinds.
"""

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
    WrittenQuestion,
)
from studydesk.core.gift import CHANGED, NOTE, SKIPPED, import_gift
from studydesk.core.check import load_bank_text
from tests.support import DATA

FIXTURE = DATA / "gift" / "every_construct.gift"


def one(gift: str):
    """The only question imported from `gift`, and the reports."""
    result = import_gift(gift)
    assert len(result.bank.questions) == 1, [r.message for r in result.reports]
    return result.bank.questions[0], result.reports


def messages(reports, level=None):
    return [r.message for r in reports if level is None or r.level == level]


# The fixture: one question of each construct, checked field by field.

@pytest.fixture(scope="module")
def fixture():
    text = FIXTURE.read_text(encoding="utf-8")
    result = import_gift(text, title="Every construct")
    return text, result, {q.id: q for q in result.bank.questions}


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def reports_for(result, qid):
    return [r for r in result.reports if r.question == qid]


def test_fixture_counts_and_bank(fixture):
    _, result, _ = fixture
    assert result.bank.title == "Every construct"
    assert result.bank.article_ref == ""
    assert result.imported == 17 and result.skipped == 2
    assert result.summary() == "imported 17 questions, skipped 2 (see above)"
    checked = load_bank_text(result.toml(), "bank.toml")
    assert checked.ok, [str(p) for p in checked.problems]
    # The essay is written to the bank, and left out of quizzes until it has key points.
    assert checked.bank.questions == tuple(q for q in result.bank.questions if q.id != "Opinion")
    assert any('question "Opinion": no key points yet' in str(p) and p.severity == "warning"
               for p in checked.problems)


def test_fixture_multiple_choice_with_feedback(fixture):
    text, result, qs = fixture
    q = qs["Capital"]
    assert type(q) is ChoiceQuestion
    assert q.prompt == "What is the capital of Australia?"
    assert q.topic == "Geography"  # last name of $course$/top/Geography
    assert q.choices == ("Canberra", "Sydney", "Melbourne")
    assert q.answer == "Canberra"
    assert q.explain == ("Canberra has been the capital since 1913.\n\n"
                         "If you chose Canberra: Right: it was built as a compromise.\n"
                         "If you chose Sydney: The largest city, not the capital.")
    assert (q.evidence, q.hint, q.points, q.difficulty) == ((), "", 1.0, "")
    [report] = reports_for(result, "Capital")
    assert report.line == line_of(text, "::Capital::") and report.level == NOTE
    assert "folded into the explanation" in report.message


def test_fixture_multiple_answers(fixture):
    _, result, qs = fixture
    primes = qs["Primes"]
    assert type(primes) is MultiQuestion
    assert primes.choices == ("2", "3", "4", "9") and primes.answer == ("2", "3")
    assert reports_for(result, "Primes") == []  # 50/50 and -50/-50 is exactly Study Desk's scoring
    oceans = qs["Oceans"]
    assert oceans.answer == ("Pacific", "Atlantic") and oceans.explain == "If you chose Baltic: A sea."
    approximated = [r for r in reports_for(result, "Oceans") if r.level == CHANGED]
    assert len(approximated) == 1
    assert approximated[0].message.startswith("weights approximated (Pacific 50%, Atlantic 50%, Baltic 0%)")


def test_fixture_true_false(fixture):
    _, _, qs = fixture
    sun = qs["Sun"]
    assert type(sun) is TrueFalseQuestion and sun.answer is False
    # Moodle: {FALSE#shown to a wrong answer (true)#shown to a right answer (false)}
    assert sun.explain == "If you answered true: No, in the east.\nIf you answered false: Right, it rises in the east."
    assert qs["Water"].answer is True and qs["Water"].explain == ""


def test_fixture_short_answer(fixture):
    _, result, qs = fixture
    q = qs["Planet"]
    assert type(q) is TextQuestion
    assert q.answer == "Mars" and q.accept == ("the planet Mars",)
    assert q.explain == "If you answered Mars: Yes.\nIf you answered anything else: It is Mars."
    assert ['partial credit has no counterpart: "Marz" (50%) is not accepted, and its feedback was left out'] == \
        messages(reports_for(result, "Planet"), CHANGED)


def test_fixture_matching(fixture):
    _, _, qs = fixture
    q = qs["Languages"]
    assert type(q) is MatchQuestion
    assert q.pairs == (("Brazil", "Portuguese"), ("Mexico", "Spanish"), ("Austria", "German"))
    assert q.distractors == ("French",)


def test_fixture_numeric(fixture):
    _, result, qs = fixture
    everest = qs["Everest"]
    assert type(everest) is NumericQuestion
    assert everest.answer == 8849 and everest.tolerance == Tolerance(10) and everest.unit == ""
    pi = qs["Pi"]  # {#3.135..3.145}: the middle, give or take half the width
    assert pi.answer == 3.14 and pi.tolerance == Tolerance(0.005)
    wall = qs["Wall"]
    assert wall.answer == 1989 and wall.tolerance == Tolerance(0)
    assert wall.explain == "If your answer was right: Right.\nIf your answer was wrong: It fell in 1989."
    assert messages(reports_for(result, "Wall"), CHANGED) == [
        'Study Desk takes one right number: "1990:1" (worth 50% in Moodle) was left out']


def test_fixture_missing_word(fixture):
    _, _, qs = fixture
    nile = qs["the-nile-flows-into-the"]
    assert type(nile) is ChoiceQuestion
    assert nile.prompt == "The Nile flows into the _____."
    assert nile.answer == "Mediterranean Sea"
    two = qs["two-plus-two-equals"]
    assert type(two) is TextQuestion and two.prompt == "Two plus two equals _____."
    assert (two.answer, two.accept) == ("four", ("4",))


def test_fixture_essay_imports_as_written_and_description_is_skipped(fixture):
    text, result, qs = fixture
    skipped = [r for r in result.reports if r.level == SKIPPED]
    assert [(r.line, r.question) for r in skipped] == [
        (line_of(text, "A description"), "A description with no answers: skipped, kept as"),
        (line_of(text, "::Broken::"), "Broken"),
    ]
    assert "description" in skipped[0].message
    assert "unbalanced braces" in skipped[1].message
    assert "A description with no answers: skipped, kept as a note." in result.header
    essay = qs["Opinion"]
    assert type(essay) is WrittenQuestion
    assert (essay.prompt, essay.model_answer, essay.key_points) == ("What do you think of maps?", "", ())
    (report,) = reports_for(result, "Opinion")
    assert report.line == line_of(text, "::Opinion::") and report.level == CHANGED
    assert "a Moodle essay has no key points" in report.message and "model_answer" in report.message
    assert 'kind = "written"\nprompt = "What do you think of maps?"\n' in result.toml()


def test_fixture_escapes_and_formats(fixture):
    _, result, qs = fixture
    esc = qs["Escape: test"]  # the title "Escape\: test", as Moodle names it
    assert esc.prompt == "Which of these is a GIFT control character: { or }?"
    assert esc.choices == ("~ (tilde)", "\\ (backslash)", "= in #")
    assert esc.topic == "Formats"
    assert result.notes["Escape: test"].startswith("From GIFT line ")
    html = qs["Html"]
    assert html.prompt == "Which city is the largest in Canada & why?"
    assert "[html] text converted to plain text" in messages(reports_for(result, "Html"))[0]
    assert qs["Markdown"].prompt == "Who wrote Hamlet?"
    assert (qs["Markdown"].answer, qs["Markdown"].accept) == ("Shakespeare", ("William Shakespeare",))
    assert qs["Plain"].prompt == "Is <b> an HTML tag?"  # [plain] keeps what looks like a tag
    assert reports_for(result, "Plain") == []


def test_fixture_comments_go_into_the_toml(fixture):
    _, result, _ = fixture
    assert result.notes["Capital"] == "From GIFT line 8\nmultiple choice, per-answer feedback and general feedback"
    assert "Switch category to $course$/top/Geography" in result.header
    assert "Not kept: weights approximated" in result.notes["Oceans"]


# Moodle's own test cases (giftformat_test.php).

def test_moodle_import_essay():
    result = import_gift("\n// essay\n::Q8:: How are you? {####Fine, thank you.}")
    (q,) = result.bank.questions
    assert type(q) is WrittenQuestion and result.skipped == 0
    assert (q.id, q.prompt, q.model_answer) == ("Q8", "How are you?", "Fine, thank you.")
    assert result.reports[0].line == 3 and result.reports[0].question == "Q8"
    assert "no key points" in result.reports[0].message and "model_answer" not in result.reports[0].message


def test_moodle_import_match():
    q, reports = one("""
// question: 2  name: Moodle activities
::Moodle activities::[html]Match the <b>activity</b> to the description.{
    =[html]An activity supporting asynchronous discussions. -> Forum
    =[moodle]A teacher asks a question and specifies a choice of multiple responses. -> Choice
    =[plain]A bank of record entries which participants can add to. -> Database
    =[markdown]A collection of web pages that anyone can add to or edit. -> Wiki
    = -> Chat
}""")
    assert q.id == "Moodle activities"
    assert q.prompt == "Match the activity to the description."
    assert q.pairs == (
        ("An activity supporting asynchronous discussions.", "Forum"),
        ("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
        ("A bank of record entries which participants can add to.", "Database"),
        ("A collection of web pages that anyone can add to or edit.", "Wiki"),
    )
    assert q.distractors == ("Chat",)  # Moodle: a subquestion with no text, answer "Chat"


def test_moodle_import_multichoice():
    q, _ = one("""
// multiple choice with specified feedback for right and wrong answers
::Q2:: What's between orange and green in the spectrum?
{
    =yellow # right; good!
    ~red # [html]wrong, it's yellow
    ~[plain]blue # wrong, it's yellow
}""")
    assert type(q) is ChoiceQuestion and q.id == "Q2"
    assert q.prompt == "What's between orange and green in the spectrum?"
    assert q.choices == ("yellow", "red", "blue") and q.answer == "yellow"
    assert q.explain == ("If you chose yellow: right; good!\nIf you chose red: wrong, it's yellow\n"
                         "If you chose blue: wrong, it's yellow")


def test_moodle_import_multichoice_multi():
    q, reports = one("""
::colours:: What's between orange and green in the spectrum?
{
    ~%50%yellow # right; good!
    ~%-100%red # [html]wrong
    ~%50%off-beige # right; good!
    ~%-100%[plain]blue # wrong
}""")
    assert type(q) is MultiQuestion
    assert q.choices == ("yellow", "red", "off-beige", "blue") and q.answer == ("yellow", "off-beige")
    # Moodle takes 100% off per wrong pick; Study Desk takes half (one share of two wrong choices).
    assert any(m.startswith("weights approximated") for m in messages(reports, CHANGED))


def test_moodle_import_multichoice_multi_tricky():
    q, reports = one("""
::colours:: What's between orange and green in the spectrum?
{
    ~%100%yellow # right; good!
    ~%-50%red # wrong
    ~%-50%blue # wrong
}""")
    assert type(q) is MultiQuestion and q.answer == ("yellow",)  # no "=": Moodle's multiple answer
    assert messages(reports, CHANGED) == []  # 100 / -50 / -50 is Study Desk's scoring


def test_moodle_import_numerical():
    q, _ = one("\n// math range question\n::Q5:: What is a number from 1 to 5? {#3:2~#Completely wrong}")
    assert type(q) is NumericQuestion
    assert q.prompt == "What is a number from 1 to 5?"
    assert q.answer == 3 and q.tolerance == Tolerance(2)
    assert q.explain == "If your answer was wrong: Completely wrong"


def test_moodle_import_shortanswer_with_general_feedback():
    q, reports = one("""
// question: 666  name: Shortanswer
::Shortanswer::Which is the best animal?{
    =Frog#Good!
    =%50%Cat#What is it with Moodlers and cats?
    =%0%*#Completely wrong
    ####[html]Here is some general feedback!
}""")
    assert type(q) is TextQuestion and q.answer == "Frog" and q.accept == ()
    assert q.explain == ("Here is some general feedback!\n\n"
                         "If you answered Frog: Good!\nIf you answered anything else: Completely wrong")
    assert any('"Cat" (50%) is not accepted' in m for m in messages(reports, CHANGED))


def test_moodle_import_truefalse():
    q, _ = one("""
// true/false
::Q1:: 42 is the Absolute Answer to everything.{
FALSE#42 is the Ultimate Answer.#You gave the right answer.}""")
    assert type(q) is TrueFalseQuestion and q.answer is False
    assert q.explain == ("If you answered true: 42 is the Ultimate Answer.\n"
                         "If you answered false: You gave the right answer.")


@pytest.mark.parametrize("mark", ["T", "TRUE"])
def test_moodle_import_truefalse_true_answer(mark):
    q, _ = one(f"// name 0-11\n::2-08 TSL::TSL is blablabla.{{{mark}}}")
    assert q.answer is True and q.id == "2-08 TSL" and q.prompt == "TSL is blablabla."  # the name as written


def test_moodle_import_backslash():
    # MDL-34171: \\ in GIFT is one backslash.
    q, _ = one(r"::double backslash:: A \\ B \\\\ C{T}")
    assert q.prompt == "A \\ B \\\\ C"


def test_moodle_import_pre_content():
    # Moodle's test calls readquestion() directly; a real import trims every
    # line first (qformat_default::readquestions), so the indentation goes.
    q, _ = one("""::Q001::[html]<p>What would running the test method print?</p>
<pre>
    public void test() \\{
        method1();
    \\}
</pre>
{=nothing}""")
    assert q.prompt == "What would running the test method print?\npublic void test() {\nmethod1();\n}"


def test_moodle_import_question_with_tags():
    result = import_gift("""
// This question is to test importing tags: [tag:tag] [tag:other-tag].
// And an idnumber: [id:myid].
::Question name:: How are you? {=Fine}""")
    [q] = result.bank.questions
    assert q.id == "Question name"
    assert any("[id:] and [tag:] have no counterpart" in r.message for r in result.reports)
    assert "[tag:tag] [tag:other-tag]" in result.notes[q.id]


# Moodle's rules, construct by construct.

def test_lines_are_trimmed_and_blank_lines_separate_questions():
    result = import_gift("  Q one?{T}  \n\t\n   Q two?{F}\n\n\n")
    assert [q.answer for q in result.bank.questions] == [True, False]
    assert result.bank.questions[0].prompt == "Q one?"


def test_only_lines_starting_with_slashes_are_comments():
    q, _ = one("// a comment\nSee http://example.org here?{T}\n// another")
    assert q.prompt == "See http://example.org here?"


def test_newlines_are_kept_and_escaped_newline_is_a_newline():
    q, _ = one("::n::First line\nsecond line\\nthird{T}")
    assert q.prompt == "First line\nsecond line\nthird"


def test_text_after_the_answers_without_punctuation_is_missing_word():
    q, _ = one("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert q.prompt == "Grant is _____ in Grant's tomb."


def test_answers_written_without_equals_sign_are_a_short_answer():
    q, _ = one("Who's buried in Grant's tomb?{no one}")
    assert type(q) is TextQuestion and q.answer == "no one"


def test_lower_case_true_is_a_short_answer_as_in_moodle():
    q, _ = one("Is it?{true}")
    assert type(q) is TextQuestion and q.answer == "true"


def test_two_fully_right_single_answers_keep_the_first():
    q, reports = one("Pick one.{=a =b ~c}")
    assert type(q) is ChoiceQuestion and q.answer == "a"
    assert "several answers are fully right (a, b)" in messages(reports, CHANGED)[0]


def test_partial_credit_on_a_single_answer_question_is_reported():
    q, reports = one("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}")
    assert q.answer == "full credit answer"
    assert '"half credit answer" is worth 50% in Moodle' in messages(reports, CHANGED)[0]


def test_text_before_the_first_answer_is_an_answer_as_in_moodle():
    q, _ = one("Pick.{junk ~a =b}")
    assert q.choices == ("junk", "a", "b")


def test_short_answer_wildcards():
    q, reports = one(r"Name it.{=Paris =Par* =5\*3}")
    assert (q.answer, q.accept) == ("Paris", ("5*3",))  # \* is a literal star in Moodle
    assert any('wildcard "*" has no counterpart: the right answer "Par*"' in m for m in messages(reports))


def test_wrong_short_answers_with_feedback_are_folded():
    q, _ = one("Capital of France?{=Paris =%0%Lyon#Second city.}")
    assert q.explain == "If you answered Lyon: Second city."


def test_numeric_forms():
    assert one("N?{#5}")[0].tolerance == Tolerance(0)
    assert one("N?{#-5:1}")[0].answer == -5
    q, _ = one("N?{#1e3:2.5e1}")
    assert (q.answer, q.tolerance) == (1000, Tolerance(25))
    q, reports = one("N?{#5..1}")  # upside-down range: Moodle gives a negative tolerance
    assert (q.answer, q.tolerance) == (3, Tolerance(2)) and "negative" in messages(reports)[0]


def test_numeric_answer_that_is_not_a_number_is_skipped():
    # Moodle's own check has a bug that turns any such answer into "*"
    # (accept everything); Study Desk reports it instead.
    result = import_gift("::n::How many?{#about ten}")
    assert result.bank.questions == () and result.skipped == 1
    assert '"about ten" is not a number' in result.reports[0].message


def test_numeric_star_answer_accepting_everything_is_reported():
    q, reports = one("N?{#=5 =*}")
    assert q.answer == 5
    assert any('"*" that accepts any number' in m for m in messages(reports))


@pytest.mark.parametrize("gift, reason", [
    ("Q?{=a", "unbalanced braces"),
    ("Q?=a}", "unbalanced braces"),
    ("Q?}=a{", "unbalanced braces"),
    ("Q?{~only}", "at least 2 answers"),
    ("Q?{=a->b =c}", '"->" between its two sides'),
    ("Q?{=a->b}", "at least 2 pairs"),
    ("Q?{~%--50%a ~b}", "weight is not a number"),
    ("Q?{#}", "needs a number"),
    ("Q?{#1e999}", "too large"),
    ("{T}", "no text"),
    ("Q?{~a ~b}", "nothing is right"),
    ("Q?{~a ~a =b}", 'listed twice'),
    ("Q?{=a -> x =b -> x}", "used twice on the right"),
    ("Q?{=%50%a}", "no fully right answer"),
])
def test_malformed_questions_are_skipped_with_their_line(gift, reason):
    result = import_gift(f"Fine?{{T}}\n\n// note\n{gift}\n\nAlso fine?{{F}}")
    assert [q.answer for q in result.bank.questions] == [True, False]
    [report] = [r for r in result.reports if r.level == SKIPPED]
    assert report.line == 4 and reason in report.message


def test_title_without_closing_colons_is_text_as_in_moodle():
    q, reports = one("::No title here{T}")
    assert q.prompt == "No title here"
    assert 'no closing "::"' in messages(reports, NOTE)[0]


def test_second_answer_block_is_kept_as_text_and_reported():
    q, reports = one("A {=one} and {=two}.")
    assert q.prompt == "A _____ and {=two}." and q.answer == "one"
    assert any("a second { } block" in m for m in messages(reports))


def test_ids_from_titles_and_text():
    result = import_gift("::Q1::a?{T}\n\n::Q1::b?{T}\n\n::Café olé!::c?{T}\n\n"
                         "::  ::Why is the sky blue?{T}\n\n::!!!::?? {T}")
    assert [q.id for q in result.bank.questions] == ["Q1", "Q1-2", "Café olé!", "why-is-the-sky-blue", "!!!"]


# Categories.

@pytest.mark.parametrize("category, topic", [
    ("$course$/top/Unit 1", "Unit 1"),
    ("tom/dick/harry", "harry"),
    ("Ratios//percentages", "Ratios/percentages"),  # "//" is a slash in a name
    ("$course$/top", "general"),
    ("", "general"),
    ("a\\:b", "a\\:b"),  # Moodle never unescapes category names
])
def test_category_sets_the_topic_of_the_questions_after_it(category, topic):
    result = import_gift(f"Before?{{T}}\n\n$CATEGORY: {category}\n\nAfter?{{T}}")
    assert [q.topic for q in result.bank.questions] == ["general", topic]


def test_category_line_followed_directly_by_a_question():
    result = import_gift("$CATEGORY: Maps\n::Q::Is it?{T}")
    [q] = result.bank.questions
    assert q.topic == "Maps" and q.id == "Q" and q.prompt == "Is it?"
    assert "no blank line after $CATEGORY" in result.reports[0].message


# Text formats.

def test_html_becomes_plain_text():
    q, _ = one("::h::[html]<p>One&nbsp;<i>two</i></p><ul><li>three</li><li>four &lt;5</li></ul>"
               "<script>alert(1)</script><img src=x alt=\"a map\">{=x =y}")
    assert q.prompt == "One two\n- three\n- four <5\na map"


def test_answers_and_feedback_take_the_question_format():
    q, _ = one("[html]Pick <b>one</b>.{=&lt;a&gt;#<i>yes</i> ~b#[plain]<i>no</i>}")
    assert q.choices == ("<a>", "b")
    assert q.explain == "If you chose <a>: yes\nIf you chose b: <i>no</i>"


def test_markdown_keeps_the_words():
    q, _ = one("[markdown]# Heading\nA **bold** _claim_ with `code`, a [link](http://x.org) and a\\*star.{T}")
    assert q.prompt == "Heading\nA bold claim with code, a link (http://x.org) and a*star."


def test_unknown_format_marker_is_text():
    q, _ = one("[latex]x{T}")
    assert q.prompt == "[latex]x"


def test_moodle_format_text_with_tags_is_kept_and_reported():
    q, reports = one("A <b>bold</b> claim.{T}")
    assert q.prompt == "A <b>bold</b> claim."
    assert "HTML tags but is not marked [html]" in messages(reports, NOTE)[0]


# studydesk: notes written by export-gift.

def test_studydesk_notes_restore_fields_gift_lacks():
    q, reports = one("""// studydesk: evidence = ["one quote", "another"]
// studydesk: hint = "Look again."
// studydesk: difficulty = "hard"
// studydesk: points = 2
// studydesk: unit = "km"
// studydesk: tolerance = "10%"
::dist::How far?{#
\t=80:8
}""")
    assert q.evidence == ("one quote", "another")
    assert (q.hint, q.difficulty, q.points, q.unit) == ("Look again.", "hard", 2.0, "km")
    assert q.tolerance == Tolerance(10, percent=True)
    assert reports == ()


def test_studydesk_notes_that_do_not_fit_are_reported_and_ignored():
    q, reports = one("""// studydesk: id = "Other id"
// studydesk: difficulty = "impossible"
// studydesk: unit = "km"
// studydesk: evidence = [
::Q::Is it?{T}""")
    assert (q.id, q.difficulty, q.evidence) == ("Q", "", ())
    text = "\n".join(messages(reports))
    assert 'cannot read the note "// studydesk: evidence = ["' in text
    assert '"studydesk: id" does not match the title "Q"' in text
    assert '"studydesk: difficulty" must be easy, medium, hard' in text
    assert '"studydesk: unit" does not apply here' in text


@pytest.mark.parametrize("note", [
    "items = [[1], [2]]",  # lists cannot be told apart by a set
    "items = [\"a\", \"a\"]",
    "items = " + "[" * 1000,  # tomli gives up on deep nesting with RecursionError
])
def test_order_notes_with_bad_values_are_reported(note):
    result = import_gift(f'// studydesk: kind = "order"\n// studydesk: id = "o"\n// studydesk: prompt = "p"\n'
                         f"// studydesk: {note}")
    assert result.bank.questions == () and result.skipped == 1
    assert any("lacks items" in r.message for r in result.reports)


def test_percentage_tolerance_note_must_match_the_gift_tolerance():
    q, reports = one('// studydesk: tolerance = "10%"\n::d::How far?{#80:2}')
    assert q.tolerance == Tolerance(2)
    assert "does not match the tolerance in GIFT" in messages(reports)[0]


def test_order_question_kept_in_comments():
    result = import_gift("""$CATEGORY: History

// studydesk: an order question; GIFT has none, so Moodle skips this block
// studydesk: kind = "order"
// studydesk: id = "events"
// studydesk: prompt = "Earliest first."
// studydesk: items = ["a", "b", "c"]
// studydesk: difficulty = "easy"
""")
    [q] = result.bank.questions
    assert q == OrderQuestion(id="events", prompt="Earliest first.", items=("a", "b", "c"), topic="History",
                              difficulty="easy")


def test_order_question_missing_its_items_is_skipped():
    result = import_gift('// studydesk: kind = "order"\n// studydesk: id = "e"\n// studydesk: prompt = "p"')
    assert result.bank.questions == () and result.skipped == 1
    assert "lacks items" in result.reports[0].message


def test_comment_only_blocks_go_to_the_header():
    result = import_gift("// Quiz for week 3\n// by the teacher\n\nQ?{T}")
    assert "Quiz for week 3\nby the teacher" in result.header


def test_nothing_in_the_file():
    for text in ("", "\n\n", "// only a comment"):
        result = import_gift(text)
        assert result.bank.questions == () and result.skipped == 0
        assert result.summary() == "imported 0 questions"


def test_control_characters_in_comments_stay_valid_toml():
    result = import_gift("// bell \x07 here\n::t\x01::Q?{T}")
    assert load_bank_text(result.toml(), "b.toml").ok
