"""A worksheet's choice of questions, which of them need room to calculate,
and quotes as print sets them: without a display."""

import msgspec
from hypothesis import given
from hypothesis import strategies as st

from studydesk.core.check import load_bank
from studydesk.core.session import QuizSettings, select_questions
from studydesk.core.words import printed_quotes
from studydesk.core.worksheet_plan import WorksheetPlan, needs_working
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank


def test_the_whole_bank_by_default_in_its_order():
    assert WorksheetPlan().questions(BANK) == BANK.questions
    assert WorksheetPlan().describe(BANK) == "seed 0"


def test_topics_and_length_pick_as_a_quiz_does_and_keep_the_bank_order():
    plan = WorksheetPlan(topics=("population",), length=4, seed=11)
    chosen = plan.questions(BANK)
    quiz = select_questions(BANK, QuizSettings(("population",), 4, seed=11))
    assert {q.id for q in chosen} == {q.id for q in quiz} and len(chosen) == 4
    assert list(chosen) == [q for q in BANK.questions if q in chosen]
    assert plan.describe(BANK) == "seed 11; topics population; 4 of the 42 questions in the bank"
    assert WorksheetPlan(topics=("population", "weather")).unknown_topics(BANK) == ["weather"]
    assert WorksheetPlan(length=100).questions(BANK) == BANK.questions


def test_a_number_worked_out_needs_room_and_one_read_off_does_not():
    worked = {q.id for q in BANK.questions if needs_working(q)}
    assert worked == {"population-share-left", "force-ratio-attackers", "war-years"}
    read_off = BANK.question("kramatorsk-distance")
    assert not needs_working(read_off)  # 80 km, as the evidence says
    assert needs_working(msgspec.structs.replace(read_off, answer=160.0))  # twice it: worked out
    assert not needs_working(msgspec.structs.replace(read_off, evidence=()))  # nothing to tell by


def test_printed_quotes():
    assert printed_quotes('He said "no" (and \'maybe\').') == "He said \u201cno\u201d (and \u2018maybe\u2019)."
    assert printed_quotes("Russia's '90s") == "Russia\u2019s \u201990s"
    assert printed_quotes('"Quoted," she said') == "\u201cQuoted,\u201d she said"
    assert printed_quotes("\u201calready curly\u201d") == "\u201calready curly\u201d"


@given(st.text())
def test_printed_quotes_change_only_the_quotes(text):
    printed = printed_quotes(text)
    assert len(printed) == len(text)
    assert all(a == b or a in "'\"" for a, b in zip(text, printed, strict=True))
    assert '"' not in printed and "'" not in printed
