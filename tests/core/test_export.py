"""History as CSV: from a real History with answers of every kind, read back
with the csv module row by row."""

import csv
import io
import re

import msgspec
import pytest

from studydesk.core.check import load_bank
from studydesk.core.export import BOM, HEADER, answer_text, history_csv, write_history_csv
from studydesk.core.grading import grade
from studydesk.core.history import History
from studydesk.core.session import QuizSettings, Session
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank
MESSY = 'They "overwhelm", then\nretreat; or not'


def rows(text):
    return list(csv.reader(io.StringIO(text, newline="")))


def answered(history, bank, answers):
    """One attempt at the given questions, answered with the given responses."""
    questions = tuple(bank.question(qid) for qid in answers)
    session = Session(bank, questions, QuizSettings())
    attempt = history.follow(session)
    for response in answers.values():
        session.answer(response)
    return attempt


@pytest.fixture
def history(tmp_path):
    h, message = History.open(tmp_path / "history.sqlite")
    assert message is None
    yield h
    h.close()


def every_kind():
    order = BANK.question("events-in-order")
    match = BANK.question("figures-match")
    (l1, r1), (l2, r2), *_ = match.pairs
    return {
        "population-before": "60,000",  # numeric, right
        "population-now": "About 13,000",  # choice, wrong
        "figures-unverified": False,  # truefalse, right
        "in-range": {"Sloviansk", "Kramatorsk", "Kyiv"},  # multi: both right ones and a wrong one
        "infiltration-tactic": MESSY,  # text, wrong, with quotes, a comma and a newline
        "events-in-order": tuple(reversed(order.items)),  # order, wrong
        "figures-match": {l1: r1, l2: r1},  # match, one pair of five
    }


def test_one_row_per_answer_with_the_bank_wording(history):
    answers = every_kind()
    attempt = answered(history, BANK, answers)
    records = history.answers()
    table = rows(history_csv(records, {records[0].bank_path: BANK}))

    assert tuple(table[0]) == HEADER == ("bank", "attempt", "date", "question_id", "topic", "answer", "correct",
                                         "points")
    assert len(table) == 1 + len(answers)
    multi = BANK.question("in-range")
    order = BANK.question("events-in-order")
    (l1, r1), (l2, _), *rest = BANK.question("figures-match").pairs
    expected_answers = {
        "population-before": "60,000",
        "population-now": "About 13,000",
        "figures-unverified": "False",
        "in-range": "; ".join(c for c in multi.choices if c in {"Sloviansk", "Kramatorsk", "Kyiv"}),
        "infiltration-tactic": MESSY,
        "events-in-order": " \u2192 ".join(reversed(order.items)),
        "figures-match": "; ".join([f"{l1} \u2192 {r1}", f"{l2} \u2192 {r1}"] + [f"{left} \u2192 ?" for left, _ in rest]),
    }
    for row, (qid, response) in zip(table[1:], answers.items(), strict=True):
        q = BANK.question(qid)
        g = grade(q, response)
        bank, attempt_id, date, question_id, topic, answer, correct, points = row
        assert bank == BANK.title
        assert attempt_id == str(attempt)
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", date), date
        assert (question_id, topic) == (qid, q.topic)
        assert answer == expected_answers[qid]
        assert correct == ("yes" if g.correct else "no")
        assert float(points) == pytest.approx(g.earned, abs=1e-4)
    by_id = {row[3]: row for row in table[1:]}
    assert by_id["population-before"][6:] == ["yes", "1"]
    assert by_id["population-now"][6:] == ["no", "0"]
    assert by_id["in-range"][6] == "no" and 0 < float(by_id["in-range"][7]) < 1  # partial credit is not "correct"


def test_without_the_bank_answers_are_plain(history):
    answered(history, BANK, every_kind())
    table = rows(history_csv(history.answers()))
    by_id = {row[3]: row[5] for row in table[1:]}
    order = BANK.question("events-in-order")
    (l1, r1), (l2, _), *_ = BANK.question("figures-match").pairs
    assert by_id["figures-unverified"] == "False"
    assert by_id["in-range"] == "Kramatorsk; Kyiv; Sloviansk"  # as stored: sorted
    assert by_id["events-in-order"] == "; ".join(reversed(order.items))
    assert by_id["figures-match"] == f"{l1} \u2192 {r1}; {l2} \u2192 {r1}"
    assert by_id["infiltration-tactic"] == MESSY


def test_commas_quotes_and_newlines_survive_quoting(history):
    answered(history, BANK, {"infiltration-tactic": MESSY})
    text = history_csv(history.answers())
    assert '"They ""overwhelm"", then\nretreat; or not"' in text  # RFC 4180 quoting, not escaping
    assert text.endswith("\r\n")
    assert rows(text)[1][5] == MESSY


def test_formulas_are_not_run_but_negative_numbers_stay_numbers(history):
    answered(history, BANK, {"infiltration-tactic": '=HYPERLINK("http://example.invalid","x")',
                             "population-before": "-5"})
    table = rows(history_csv(history.answers()))
    assert table[1][5] == '\'=HYPERLINK("http://example.invalid","x")'
    assert table[2][5] == "-5"
    assert answer_text(None) == ""  # no answer: an empty cell, not "(no answer)"


def test_a_bank_edited_since_falls_back_to_the_plain_answer(history):
    answered(history, BANK, {"in-range": {"Kramatorsk", "Kyiv"}})
    multi = BANK.question("in-range")
    renamed = msgspec.structs.replace(multi, choices=tuple(c.replace("Kyiv", "Kiev") for c in multi.choices))
    edited = msgspec.structs.replace(BANK, questions=tuple(renamed if q.id == "in-range" else q for q in BANK.questions))
    records = history.answers()
    table = rows(history_csv(records, {records[0].bank_path: edited}))
    assert table[1][5] == "Kramatorsk; Kyiv"  # nothing the student ticked goes missing


def test_file_has_a_bom_and_holds_only_the_bank_asked_for(history, tmp_path):
    other = msgspec.structs.replace(BANK, title="Another bank", path=tmp_path / "another.toml")
    answered(history, BANK, {"population-now": "Fewer than 1,300", "figures-unverified": True})
    answered(history, other, {"population-before": "60000"})

    one = tmp_path / "one.csv"
    assert write_history_csv(history, one, BANK) == 2
    data = one.read_bytes()
    assert data.startswith(BOM.encode("utf-8")) and not data[3:].startswith(BOM.encode("utf-8"))
    table = rows(data.decode("utf-8-sig"))
    assert [row[3] for row in table[1:]] == ["population-now", "figures-unverified"]
    assert {row[0] for row in table[1:]} == {BANK.title}
    assert table[2][5] == "True" and table[2][6] == "no"

    every = tmp_path / "every.csv"
    assert write_history_csv(history, every) == 3
    assert [row[0] for row in rows(every.read_text(encoding="utf-8-sig"))[1:]] == [BANK.title, BANK.title,
                                                                                   "Another bank"]


def test_no_answers_gives_just_the_header(history):
    assert rows(history_csv(history.answers())) == [list(HEADER)]
