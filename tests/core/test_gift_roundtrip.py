"""Round trips: GIFT -> bank -> GIFT -> bank gives the same bank, and a Study
Desk bank -> GIFT -> bank gives back every question, evidence and all."""

from hypothesis import given, settings
from hypothesis import strategies as st

from studydesk.core.bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    TextQuestion,
    Tolerance,
    KeyPoint,
    TrueFalseQuestion,
    WrittenQuestion,
)
from studydesk.core.gift import SKIPPED, export_gift, import_gift
from studydesk.core.check import load_bank, load_bank_text
from tests.support import DATA, SEED_BANK

FIXTURE = DATA / "gift" / "every_construct.gift"


def test_import_export_import_gives_the_same_bank():
    first = import_gift(FIXTURE.read_text(encoding="utf-8"))
    exported = export_gift(first.bank)
    again = import_gift(exported.text)
    assert again.bank.questions == first.bank.questions
    assert again.skipped == 0


def test_per_answer_feedback_survives_gift_to_bank_to_gift():
    first = import_gift("::Capital::Capital?{=Canberra#Right. ~Sydney#Too big. ####Since 1913.}")
    text = export_gift(first.bank).text
    assert "::Capital::Capital?{\n\t=Canberra#Right.\n\t~Sydney#Too big.\n\t####Since 1913.\n}" in text


def test_seed_bank_survives_export_and_import():
    bank = load_bank(SEED_BANK).bank
    exported = export_gift(bank)
    back = import_gift(exported.text, title=bank.title)
    assert back.bank.questions == bank.questions  # evidence, hints, difficulty, units, order questions too
    assert back.reports == ()
    assert (exported.exported, exported.kept, exported.skipped) == (41, 1, 0)
    # With the article named again, the imported bank passes the checker, evidence and all.
    text = back.toml(article_ref="../../seeds/000_bbb594c5c87ceaad.txt")
    checked = load_bank_text(text, SEED_BANK)
    assert checked.ok, [str(p) for p in checked.problems]


TRICKY = (
    ChoiceQuestion(id="Q 1", prompt="Is 1 < 2? {yes}", choices=("%50% of it", "[html] tag", "a: b"),
                   answer="a: b", topic="Ratios/percent", explain="Line one\nline two", hint="# not a heading"),
    MultiQuestion(id="m", prompt="Pick", choices=("x", "y", "z"), answer=("z", "x"), points=2.5,
                  explain="If you chose x: good\nIf you chose y: no"),
    TextQuestion(id="t", prompt="Type", answer="5*3", accept=("15", "fifteen"), difficulty="hard",
                 explain="Why.\n\nIf you answered 15: yes\nIf you answered 16: close\nIf you answered anything else: no"),
    NumericQuestion(id="n", prompt="How far?", answer=-0.25, unit="km", tolerance=Tolerance(12.5, percent=True),
                    evidence=("quote \"one\"",)),
    TrueFalseQuestion(id="tf", prompt="True?", answer=False, explain="If you answered true: no"),
    MatchQuestion(id="mt", prompt="Pair", pairs=(("a", "b -> c"), ("d", "e")), distractors=("f",)),
    OrderQuestion(id="o", prompt="Order", items=("1", "2", "3"), topic="Ratios/percent"),
    WrittenQuestion(id="w", prompt="Why {it} matters?", model_answer="Because of #1 and ~2.", explain="Think.",
                    key_points=(KeyPoint(point="One", phrases=("first", "1st"), evidence=("a \"quote\"",)),
                                KeyPoint(point="Two", phrases=("second",)))),
)


def test_tricky_bank_survives_export_and_import():
    exported = export_gift(Bank(title="t", questions=TRICKY))
    assert [r.level for r in exported.reports if r.question] == ["changed", "changed", "changed", "changed",
                                                               "skipped", "changed"]
    assert import_gift(exported.text).bank.questions == TRICKY


# Any text at all: a bank and reports, never an exception; the bank is
# valid, and exporting and importing it again gives it back.

_words = st.text(alphabet="ab c<>&;*%-:\\=~#{}_'.\u00e9\t[]/", max_size=10)
_feedback = st.one_of(st.just(""), _words.map(lambda w: "#" + w))
_weight = st.sampled_from(["", "%50%", "%-50%", "%100%", "%33.3%", "%0%", "%--5%"])
_answer_blocks = st.one_of(
    st.lists(st.tuples(st.sampled_from(["=", "~"]), _weight, _words, _feedback).map("".join),
             min_size=1, max_size=5).map(" ".join),
    st.lists(st.tuples(st.just("~"), _weight, _words, _feedback).map("".join), min_size=2, max_size=4).map(" ".join),
    st.lists(st.tuples(st.just("="), _weight, _words, _feedback).map("".join), min_size=1, max_size=4).map(" ".join),
    st.tuples(st.sampled_from(["#", "#=", "#\n="]),
              st.sampled_from(["1", "-2.5", "3:1", "1..3", "3..1", "x", "*", "1e999"]), _feedback,
              st.sampled_from(["", "~#no", " =%50%4:1", " =5"])).map("".join),
    st.tuples(st.sampled_from(["T", "F", "TRUE", "FALSE", "true"]), _feedback, _feedback).map("".join),
    st.lists(st.tuples(st.just("="), _words, st.just(" -> "), _words).map("".join), min_size=1,
             max_size=4).map(" ".join),
    st.just(""),
)
_question = st.tuples(
    st.sampled_from(["", "// c\n", "// studydesk: points = 2\n", '// studydesk: evidence = ["q"]\n',
                     "$CATEGORY: x/y\n", '// studydesk: kind = "order"\n// studydesk: items = ["a", "b"]\n',
                     '// studydesk: answer = ["a", 1]\n', "// studydesk: items = [[1]]\n",
                     "// studydesk: unit = {}\n", '// studydesk: tolerance = "5%"\n']),
    st.one_of(st.just(""), _words.map(lambda w: f"::{w}::")),
    st.sampled_from(["", "[html]", "[markdown]", "[plain]"]),
    _words, st.just("{"), _answer_blocks, st.one_of(st.just(""), _words.map(lambda w: "####" + w)), st.just("}"),
    st.sampled_from(["", ".", " end"]),
).map("".join)
_gift = st.one_of(st.text(), st.lists(_question, min_size=1, max_size=4).map("\n\n".join))


@settings(deadline=None)  # examples from the profile: 150 in CI, thousands with --hypothesis-profile=long
@given(_gift)
def test_any_text_imports_to_a_valid_bank_that_round_trips(text):
    result = import_gift(text)
    assert sum(r.level == SKIPPED for r in result.reports) == result.skipped  # every skip is reported
    if not result.bank.questions:
        return
    checked = load_bank_text(result.toml(), "bank.toml")
    assert checked.ok, [str(p) for p in checked.problems]
    # An essay without key points is kept in the file and left out of quizzes.
    ready = tuple(q for q in result.bank.questions if not (isinstance(q, WrittenQuestion) and not q.key_points))
    assert checked.bank.questions == ready
    assert import_gift(export_gift(result.bank).text).bank.questions == result.bank.questions
