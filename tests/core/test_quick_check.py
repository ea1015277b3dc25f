"""The quick path (msgspec) and the careful checker agree.

On a bank the quick path accepts, both build the same questions; on a bank
the careful checker accepts, the quick path accepts too, so real banks load
at C speed; and a bank with problems gives exactly the messages the careful
checker gives alone.
"""

from __future__ import annotations

import copy
import math
from contextlib import contextmanager
from unittest import mock

import pytest
import tomli
from hypothesis import assume, given
from hypothesis import strategies as st

from studydesk.core import load as load_module
from studydesk.core.article import parse_article
from studydesk.core.load import load_bank_text
from studydesk.core.quick_check import quick_questions
from tests.core.test_fuzz import KEYS, SEED_DOC, toml_text, values
from tests.support import SEED_ARTICLE, SEED_BANK

ARTICLE = parse_article(SEED_ARTICLE.read_text(encoding="utf-8"))
SENTENCES = [s.text for s in ARTICLE.sentences]


@contextmanager
def careful_only():
    with mock.patch.object(load_module, "quick_questions", lambda tables, article: None):
        yield


def both_ways(text: str):
    with careful_only():
        careful = load_bank_text(text, SEED_BANK)
    quick = load_bank_text(text, SEED_BANK)
    # repr as well as ==: it tells 1 from 1.0 and 0.0 from -0.0, which == does not
    if quick.bank is not None and careful.bank is not None:
        assert repr(quick.bank.questions) == repr(careful.bank.questions)
    return quick, careful


def test_the_seed_bank_takes_the_quick_path_and_builds_what_the_careful_checker_builds():
    tables = copy.deepcopy(SEED_DOC["question"])
    quick = quick_questions(tables, ARTICLE)
    assert quick is not None and len(quick) == len(SEED_DOC["question"])
    text = SEED_BANK.read_text(encoding="utf-8")
    fast, careful = both_ways(text)
    assert careful.ok and fast.bank == careful.bank
    assert [type(q) for q in fast.bank.questions] == [type(q) for q in careful.bank.questions]


def test_one_bad_question_gives_the_careful_checkers_messages():
    doc = copy.deepcopy(SEED_DOC)
    next(q for q in doc["question"] if q["kind"] == "choice")["answer"] = "not a choice at all"
    fast, careful = both_ways(toml_text(doc))
    assert not fast.ok and fast.problems == careful.problems
    assert any("is not one of its choices" in p.message for p in fast.problems)


def near_values(question: dict, others: list[dict]) -> st.SearchStrategy:
    """Values a teacher might really write: almost right, or right for another field."""
    texts = [v for v in question.values() if isinstance(v, str)]
    lists = [v for v in question.values() if isinstance(v, list)]
    blank = st.sampled_from(["", " ", "\t", "  padded  "])
    numbers = st.sampled_from([0, -1, 1, 2.5, -0.0, 1e308, math.inf, -math.inf, math.nan, True, False, 2**63 - 1])
    tolerances = st.sampled_from(["5%", " 5 %", "-1%", "1e400%", "nan%", "%", "5", "0%", "1_0%"])
    quotes = st.sampled_from(SENTENCES) | st.sampled_from(SENTENCES).map(lambda s: "  " + s.replace(" ", "  "))
    return st.one_of(
        blank, numbers, tolerances, quotes,
        st.lists(quotes, max_size=3),
        st.sampled_from(texts) if texts else blank,
        st.sampled_from(lists).map(lambda v: v + v[:1]) if lists else blank,  # a duplicate entry
        st.sampled_from(lists).map(lambda v: v[1:]) if lists else blank,  # one fewer
        st.sampled_from(lists).map(lambda v: [v, v]) if lists else blank,
        st.sampled_from([o.get("id") for o in others]),  # another question's id
        st.sampled_from(["easy", "medium", "hard", "Easy", "choice", "match", "multi", "numeric"]),
        values,
    )


@given(st.data())
def test_quick_and_careful_agree_on_any_changed_seed_bank(data):
    doc = copy.deepcopy(SEED_DOC)
    questions = doc["question"]
    for _ in range(data.draw(st.integers(1, 3))):
        q = data.draw(st.sampled_from(questions))
        key = data.draw(st.sampled_from(KEYS + list(q)))
        action = data.draw(st.sampled_from(["replace", "replace", "remove"]))
        if action == "remove":
            q.pop(key, None)
        else:
            q[key] = data.draw(near_values(q, questions))
    text = toml_text(doc)
    assume(text is not None)
    fast, careful = both_ways(text)
    assert fast.problems == careful.problems
    assert fast.bank == careful.bank
    if careful.ok:  # and the quick path did take it
        tables = tomli.loads(text)["question"]
        assert quick_questions(tables, ARTICLE) is not None, careful.bank.questions


@given(st.dictionaries(st.sampled_from(["bank", "question", "chart"]), values, max_size=3))
def test_quick_and_careful_agree_on_any_toml_document(doc):
    text = toml_text(doc)
    assume(text is not None)
    fast, careful = both_ways(text)
    assert fast.problems == careful.problems and fast.bank == careful.bank


QUOTE = SENTENCES[2]
VALID = {
    "choice": {"choices": ["A", "B", "C"], "answer": "B"},
    "multi": {"choices": ["A", "B", "C"], "answer": ["A", "C"]},
    "truefalse": {"answer": True},
    "numeric": {"answer": 80, "unit": "km", "tolerance": "5%"},
    "text": {"answer": "Donetsk", "accept": ["Donetsk region"]},
    "order": {"items": ["one", "two", "three"]},
    "match": {"pairs": [["a", "1"], ["b", "2"]], "distractors": ["3"]},
}
# (kind, key, value, accepted): one change to a valid question, and whether the careful checker takes it.
CASES = [
    ("choice", "choices", ["A", "A", "B"], False), ("choice", "choices", ["A", " ", "B"], False),
    ("choice", "choices", ["B"], False), ("choice", "answer", "D", False), ("choice", "answer", " ", False),
    ("choice", "answer", ["B"], False), ("choice", "choices", ["A", "B", 3], False),
    ("multi", "answer", [], False), ("multi", "answer", ["A", "A"], False), ("multi", "answer", ["A", "D"], False),
    ("multi", "answer", "A", False), ("multi", "choices", ["A", "B", "C", "A"], False),
    ("truefalse", "answer", 1, False), ("truefalse", "answer", "true", False),
    ("numeric", "answer", math.inf, False), ("numeric", "answer", math.nan, False), ("numeric", "answer", True, False),
    ("numeric", "answer", "80", False), ("numeric", "answer", 2**62, True), ("numeric", "answer", -3.5, True),
    ("numeric", "tolerance", "-1%", False), ("numeric", "tolerance", "x", False), ("numeric", "tolerance", -1, False),
    ("numeric", "tolerance", True, False), ("numeric", "tolerance", [1], False), ("numeric", "tolerance", "nan%", False),
    ("numeric", "tolerance", " 5 %", True), ("numeric", "tolerance", 0, True), ("numeric", "tolerance", 2.5, True),
    ("numeric", "tolerance", "1_0%", True), ("numeric", "unit", 5, False), ("numeric", "unit", "", True),
    ("numeric", "tolerance", -0.0, True), ("numeric", "tolerance", "-0%", True), ("numeric", "tolerance", 0.0, True),
    ("numeric", "answer", 10**400, False), ("numeric", "tolerance", 10**400, False),
    ("choice", "points", 10**400, False),
    ("text", "accept", ["x", "x"], False), ("text", "accept", [" "], False), ("text", "accept", [], True),
    ("text", "answer", "  ", False),
    ("order", "items", ["one", "one", "two"], False), ("order", "items", ["one"], False),
    ("order", "items", ["one", ""], False),
    ("match", "pairs", [["a", "1"], ["a", "2"]], False), ("match", "pairs", [["a", "1"], ["b", "1"]], False),
    ("match", "pairs", [["a", "1"], ["b", " "]], False), ("match", "pairs", [["a", "1"]], False),
    ("match", "pairs", [["a", "1", "x"], ["b", "2"]], False), ("match", "distractors", ["3", "3"], False),
    ("match", "distractors", [" "], False), ("match", "distractors", ["1"], False), ("match", "distractors", [], True),
    ("choice", "points", 0, False), ("choice", "points", -1, False), ("choice", "points", math.inf, False),
    ("choice", "points", math.nan, False), ("choice", "points", True, False), ("choice", "points", "1", False),
    ("choice", "points", 2, True), ("choice", "points", 0.5, True),
    ("choice", "topic", " ", True), ("choice", "topic", "", True), ("choice", "topic", 5, False),
    ("choice", "id", " ", False), ("choice", "id", "first", False), ("choice", "id", 5, False),
    ("choice", "prompt", " ", False), ("choice", "prompt", None, False),
    ("choice", "difficulty", "", False), ("choice", "difficulty", "Easy", False), ("choice", "difficulty", "hard", True),
    ("choice", "explain", 3, False), ("choice", "hint", "Look at the map.", True),
    ("choice", "evidence", [], False), ("choice", "evidence", "", False), ("choice", "evidence", " ", False),
    ("choice", "evidence", ["not in the article at all"], False), ("choice", "evidence", [QUOTE, 5], False),
    ("choice", "evidence", None, False), ("choice", "evidence", [QUOTE, SENTENCES[0]], True),
    ("choice", "evidence", "  " + QUOTE.replace(" ", "  "), True),  # spacing forgiven by the article search
    ("choice", "promt", "typo", False), ("choice", "items", ["a", "b"], False), ("choice", "kind", "Choice", False),
    ("choice", "kind", None, False),
]


def bank_with(kind: str, key: str, value) -> str:
    changed = {"id": "changed", "kind": kind, "prompt": "Which?", "evidence": QUOTE, **VALID[kind]}
    if value is None:
        changed.pop(key, None)
    else:
        changed[key] = value
    first = {"id": "first", "kind": "truefalse", "prompt": "True?", "answer": False, "evidence": QUOTE}
    last = {"id": "last", "kind": "order", "prompt": "Order?", "items": ["x", "y"], "evidence": SENTENCES[0]}
    doc = {"bank": dict(SEED_DOC["bank"]), "question": [first, changed, last]}
    return toml_text(doc)


@pytest.mark.parametrize("kind,key,value,accepted", CASES, ids=lambda v: repr(v)[:30])
def test_each_rule_is_kept_by_both_paths(kind, key, value, accepted):
    text = bank_with(kind, key, value)
    fast, careful = both_ways(text)
    assert careful.ok is accepted, [str(p) for p in careful.problems]
    assert fast.problems == careful.problems and fast.bank == careful.bank
    if accepted:
        assert quick_questions(tomli.loads(text)["question"], ARTICLE) is not None


def test_every_kind_as_written_takes_the_quick_path():
    for kind in VALID:
        text = bank_with(kind, "hint", "")
        assert quick_questions(tomli.loads(text)["question"], ARTICLE) is not None, kind


def test_duplicate_ids_are_found_across_the_slices_the_quick_path_checks_in_turn():
    questions = [{"id": f"q{i}", "kind": "truefalse", "prompt": f"Is {i} even?", "answer": i % 2 == 0,
                  "evidence": QUOTE} for i in range(600)]
    doc = {"bank": dict(SEED_DOC["bank"]), "question": questions}
    fast, careful = both_ways(toml_text(doc))
    assert fast.ok and len(fast.bank.questions) == 600
    questions[290]["id"] = "q10"  # the first slice holds q10, the second this one
    text = toml_text(doc)
    assert quick_questions(tomli.loads(text)["question"], ARTICLE) is None
    fast, careful = both_ways(text)
    assert not fast.ok and fast.problems == careful.problems
    assert [p.message for p in fast.problems] == ['duplicate id "q10"']


def test_numbers_too_large_for_a_float_are_errors_not_crashes():
    doc = copy.deepcopy(SEED_DOC)
    numeric = next(q for q in doc["question"] if q["kind"] == "numeric")
    numeric["answer"] = numeric["points"] = numeric["tolerance"] = 10**400
    doc["chart"][0]["values"][0] = 10**400
    doc["chart"][0]["total"] = 10**400
    fast, careful = both_ways(toml_text(doc))
    assert not fast.ok and fast.problems == careful.problems
    messages = [p.message for p in fast.problems]
    assert "points must be a number above 0" in messages and any("answer must be a number" in m for m in messages)
    assert any("tolerance" in m for m in messages) and any("values" in m for m in messages), messages
