"""The seed bank is the first thing a student sees: it must be complete and correct."""

from studydesk.core.bank import QUESTION_CLASSES, NumericQuestion
from studydesk.core.grading import grade
from studydesk.core.check import load_bank

from tests.support import SEED_ARTICLE, SEED_BANK


def test_seed_bank_loads_with_every_evidence_found():
    result = load_bank(SEED_BANK)
    assert result.ok and not result.problems, [str(p) for p in result.problems]
    bank = result.bank
    assert bank.article_path == SEED_ARTICLE.resolve()
    for q in bank.questions:
        assert q.evidence, q.id
        for quote in q.evidence:
            assert bank.article.find(quote) is not None, (q.id, quote)
    for chart in bank.charts:
        assert len(chart.evidence) == len(chart.labels)
        for quote in chart.evidence:
            assert bank.article.find(quote) is not None, (chart.id, quote)


def test_seed_bank_size_and_kinds():
    bank = load_bank(SEED_BANK).bank
    assert len(bank.questions) >= 30
    assert len(bank.charts) >= 5
    assert {q.kind for q in bank.questions} == set(QUESTION_CLASSES)
    assert {c.kind for c in bank.charts} == {"bar", "hbar", "compare", "share", "change"}
    assert {"distances", "population", "losses", "ratios", "shares", "places", "timeline"} <= set(bank.topics)


def test_seed_bank_covers_every_figure_of_the_article():
    bank = load_bank(SEED_BANK).bank
    quoted = " ".join(" ".join(q.evidence) for q in bank.questions)
    for figure in ("60,000", "1,300", "1,200", "one-third", "half", "900,000", "more than twice",
                   "eight to one", "80 kilometers", "May 2023", "the fourth", "2026", "two or three men"):
        assert figure in quoted, figure


def test_seed_bank_keeps_approximations_honest():
    bank = load_bank(SEED_BANK).bank
    now = bank.question("population-now")
    assert now.answer == "Fewer than 1,300"
    before = bank.question("population-before")
    assert isinstance(before, NumericQuestion) and before.tolerance.amount > 0  # "around 60,000"
    assert grade(before, "59,000").correct
    implied = bank.question("ukraine-losses-implied")
    assert implied.answer == "Less than half of Russia's losses"  # 900,000 is a floor: 450,000 is no limit
    assert "Fewer than 450,000" in implied.choices and "no limit" in implied.explain
    losses = next(c for c in bank.charts if c.id == "losses")
    assert losses.derived == (False, True) and losses.qualifiers[1] == "less than"


def test_reasoning_questions_have_right_answers():
    bank = load_bank(SEED_BANK).bank
    assert grade(bank.question("force-ratio-attackers"), "80").correct
    assert grade(bank.question("population-share-left"), "2.2%").correct
    assert grade(bank.question("war-years"), "4").correct
    assert 60000 / 1300 > 40  # "More than forty times"
    assert bank.question("population-factor").answer == "More than forty times"
    assert 80 / 1200 == 1 / 15
