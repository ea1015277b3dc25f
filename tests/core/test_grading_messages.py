"""What a feedback message says is the score given (docs/grading.md): for every
kind of question, for many partly right answers, at several point values.

The message is read as a student reads it (tests/grading_claims.py), and the
counts it gives are checked against the answer, worked out here afresh."""

from decimal import Decimal
from fractions import Fraction
from itertools import chain, combinations, permutations, product

import msgspec
import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydesk.core.bank import MatchQuestion, MultiQuestion, OrderQuestion
from studydesk.core.grading import grade, right_response
from studydesk.core.check import load_bank
from studydesk.core.points import points_text
from tests.grading_claims import cents, read_claim
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank
WORTH = (1, 2, 3, 0.5, 1.5, 10)


def by_kind(kind):
    return [q for q in BANK.questions if q.kind == kind]


def concordant_pairs(items, response):
    rank = {item: i for i, item in enumerate(items)}
    placed = [rank[r] for r in response]
    return sum(1 for i, j in combinations(range(len(placed)), 2) if placed[i] < placed[j])


def assert_agrees(question, response):
    """The points given are the points the message claims, and its counts are true."""
    g = grade(question, response)
    claim = read_claim(g.feedback, question.points)
    assert abs(Decimal(str(g.earned)) - claim.points) < Decimal("1e-9"), (g.feedback, g.earned)
    assert points_text(g.earned) == points_text(float(claim.points))
    assert g.correct == (claim.points == Decimal(str(question.points)))
    assert g.partial == (0 < claim.points < Decimal(str(question.points)))
    if g.partial:
        assert Decimal(str(g.earned)) == cents(g.earned), "partial credit is kept in hundredths"
    if isinstance(question, OrderQuestion) and claim.counted:
        n = len(question.items)
        assert claim.counted == (concordant_pairs(question.items, response), n * (n - 1) // 2)
    if isinstance(question, MatchQuestion) and claim.counted:
        assert claim.counted == (sum(response.get(left) == right for left, right in question.pairs),
                                 len(question.pairs))
    if isinstance(question, MultiQuestion) and claim.parts:
        right, wrong = set(question.answer), set(question.choices) - set(question.answer)
        hits, misses = len(set(response) & right), len(set(response) - right)
        assert (claim.hits, claim.right, claim.misses) == (hits, len(right), misses), g.feedback
        worth = Fraction(str(question.points))
        assert claim.parts[0] == cents(worth * Fraction(hits, len(right)))
        if misses:
            assert claim.parts[1] == -cents(worth * Fraction(misses, len(wrong)))
    return g


def every_response(q):
    if q.kind == "order":
        return list(permutations(q.items))
    if q.kind == "multi":
        return [set(c) for c in chain.from_iterable(combinations(q.choices, k) for k in range(len(q.choices) + 1))]
    if q.kind == "match":
        options = [*q.rights, None]
        return [{left: r for left, r in zip(q.lefts, rs, strict=True) if r is not None}
                for rs in product(options, repeat=len(q.lefts))]
    if q.kind in ("choice",):
        return list(q.choices)
    if q.kind == "truefalse":
        return [True, False]
    if q.kind == "numeric":
        return [right_response(q), "1", "10 billion", "h", "", "1,2,3", str(q.answer * 3)]
    if q.kind == "text":
        return [q.answer, q.answer.upper(), "no idea", ""]
    raise AssertionError(q.kind)


@pytest.mark.parametrize("kind", ["choice", "multi", "truefalse", "numeric", "text", "order", "match"])
@pytest.mark.parametrize("worth", WORTH)
def test_every_answer_to_every_seed_question_gets_the_points_its_message_says(kind, worth):
    questions = by_kind(kind)
    assert questions, f"the seed bank has no {kind} question"
    partial = 0
    for q in questions:
        q = msgspec.structs.replace(q, points=float(worth))
        for response in every_response(q):
            partial += assert_agrees(q, response).partial
    if kind in ("multi", "order", "match"):
        assert partial > 10  # the table does hold partly right answers


# The cases from issue 14, as a student saw them, and what they read now.
@pytest.mark.parametrize(("qid", "response", "message", "earned"), [
    ("events-in-order", lambda q: (q.items[1], q.items[0], *q.items[2:]),
     "Partly right: 5 of 6 pairs of items in the right order.", "0.83"),
    ("events-in-order", lambda q: (q.items[1], q.items[2], q.items[3], q.items[0]),
     "Partly right: 3 of 6 pairs of items in the right order.", "0.5"),
    ("cities-beyond", lambda q: {"Sloviansk", "Kyiv"},
     "Partly right: +0.5 for 1 of the 2 right choices, \u22120.33 for 1 wrong choice.", "0.17"),
    ("cities-beyond", lambda q: {"Sloviansk", "Kramatorsk", "Kyiv", "Donetsk", "Bakhmut"},
     "Wrong: +1 for both right choices, \u22121 for 3 wrong choices.", "0"),
    ("cities-beyond", lambda q: {"Sloviansk", "Kyiv", "Donetsk", "Bakhmut"},
     "Wrong: +0.5 for 1 of the 2 right choices, \u22121 for 3 wrong choices; a score never goes below 0.", "0"),
    ("cities-beyond", lambda q: {"Kyiv"}, "Wrong: none of the right choices ticked.", "0"),
])
def test_the_reported_cases(qid, response, message, earned):
    q = BANK.question(qid)
    g = assert_agrees(q, response(q))
    assert (g.feedback, points_text(g.earned)) == (message, earned)


def test_a_partly_right_answer_never_reads_as_all_or_nothing():
    long = OrderQuestion(id="o", prompt="?", items=tuple(f"item {i}" for i in range(40)))
    one_slip = (long.items[1], long.items[0], *long.items[2:])
    g = assert_agrees(long, one_slip)
    assert g.feedback == "Partly right: 779 of 780 pairs of items in the right order."
    assert g.partial and points_text(g.earned) == "0.99"
    worth_ten = msgspec.structs.replace(long, points=10.0)
    assert points_text(assert_agrees(worth_ten, one_slip).earned) == "9.99"


@st.composite
def order_answers(draw):
    n = draw(st.integers(2, 8))
    items = tuple(f"event {i}" for i in range(n))
    worth = draw(st.integers(2, 5000)) / 100
    return OrderQuestion(id="o", prompt="?", items=items, points=worth), draw(st.permutations(items))


@st.composite
def multi_answers(draw):
    n = draw(st.integers(2, 8))
    choices = tuple(f"choice {i}" for i in range(n))
    right = draw(st.sets(st.sampled_from(choices), min_size=1))
    worth = draw(st.integers(2, 5000)) / 100
    q = MultiQuestion(id="m", prompt="?", choices=choices, answer=tuple(c for c in choices if c in right),
                      points=worth)
    return q, draw(st.sets(st.sampled_from(choices)))


@st.composite
def match_answers(draw):
    n = draw(st.integers(1, 6))
    pairs = tuple((f"left {i}", f"right {i}") for i in range(n))
    distractors = tuple(f"other {i}" for i in range(draw(st.integers(0, 2))))
    worth = draw(st.integers(2, 5000)) / 100
    q = MatchQuestion(id="k", prompt="?", pairs=pairs, distractors=distractors, points=worth)
    options = st.sampled_from([r for _, r in pairs] + list(distractors))
    return q, draw(st.dictionaries(st.sampled_from([left for left, _ in pairs]), options))


@given(st.one_of(order_answers(), multi_answers(), match_answers()))
def test_property_message_and_points_agree(case):
    question, response = case
    assert_agrees(question, response)
