"""On the seed article the generator asks about every figure the seed bank
covers (issue 2) and about what is at stake; the committed draft is exactly
what it writes, so a change to the generator shows in the diff."""

from __future__ import annotations

import pytest

from studydesk.core.bank import ChoiceQuestion, MatchQuestion, MultiQuestion, NumericQuestion, OrderQuestion, \
    TextQuestion
from studydesk.core.generate import generate_bank
from tests.support import ROOT, SEED_ARTICLE

COMMITTED = ROOT / "resources" / "banks" / "pokrovsk-generated.toml"


@pytest.fixture(scope="module")
def bank():
    return generate_bank(SEED_ARTICLE.read_text(encoding="utf-8"), article_ref="x.txt", seed=0).bank


def _asked(q) -> str:
    """What a question puts to the student and expects back, as one text."""
    parts = [q.prompt]
    if isinstance(q, ChoiceQuestion | MultiQuestion):
        parts.append(q.answer if isinstance(q.answer, str) else " ".join(q.answer))
    elif isinstance(q, NumericQuestion):
        parts.append(f"answer={q.answer:g}")
    elif isinstance(q, TextQuestion):
        parts.append(q.answer)
    elif isinstance(q, OrderQuestion):
        parts += q.items
    elif isinstance(q, MatchQuestion):
        parts += [f"{a} {b}" for a, b in q.pairs]
    return " ".join(parts)


# Each figure of the seed: something that shows a question targets it.
FIGURES = {
    "population before the war, around 60,000": ("answer=60000", "around 60,000"),
    "fewer than 1,300 residents": ("Fewer than 1,300",),
    "the 1,200 km front line": ("answer=1200",),
    "one third of the fighting": ("Nearly one-third",),
    "half of the strikes": ("Roughly half",),
    "900,000 Russian losses": ("More than 900,000", "answer=900000"),
    "more than twice Ukraine's": ("More than twice", "Fewer than 450,000"),
    "outnumbered eight to one": ("Eight to one", "answer=80"),
    "80 km to Kramatorsk": ("answer=80",),
    "Bakhmut in May 2023": ("May 2023", "Bakhmut"),
    "the fourth winter": ("The fourth",),
    "spring 2026": ("answer=2026",),
    "units of two or three men": ("Two or three men",),
}


@pytest.mark.parametrize("figure", sorted(FIGURES))
def test_every_figure_of_the_seed_is_asked(bank, figure):
    asked = [_asked(q) for q in bank.questions]
    assert any(any(mark in a for mark in FIGURES[figure]) for a in asked), figure


def test_the_stakes_are_asked(bank):
    asked = " ".join(_asked(q) for q in bank.questions)
    assert "gateway" in asked
    assert "last major barrier" in asked
    assert "Sloviansk" in asked and "Kramatorsk" in asked
    assert "if Pokrovsk falls" in asked or "If Pokrovsk falls" in asked


def test_the_fall_of_pokrovsk_has_a_question_on_its_consequence(bank):
    consequences = [q for q in bank.questions if isinstance(q, ChoiceQuestion) and "would happen if" in q.prompt]
    assert consequences
    q = consequences[0]
    assert "largest Ukrainian city" in q.answer and "Bakhmut" in q.answer


def test_the_current_population_keeps_its_bound(bank):
    for q in bank.questions:
        if isinstance(q, NumericQuestion) and q.answer == 1300:
            assert "fewer than" in q.prompt.lower()
        if isinstance(q, ChoiceQuestion) and "1,300" in q.answer:
            assert q.answer.startswith("Fewer than")


def test_zelensky_claims_are_asked_as_his(bank):
    share = [q for q in bank.questions if isinstance(q, ChoiceQuestion) and q.answer == "Nearly one-third"]
    assert share and share[0].prompt.startswith("According to Zelensky")
    ratio = [q for q in bank.questions if isinstance(q, ChoiceQuestion) and q.answer == "Eight to one"]
    assert ratio and ratio[0].prompt.startswith("According to Zelensky")
    assert any("independently verified" in q.prompt and q.answer is False for q in bank.questions
               if q.kind == "truefalse")


def test_the_committed_draft_is_what_the_generator_writes():
    from studydesk.core.generate import generate_bank as gen

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    fresh = gen(text, article_ref="../../seeds/000_bbb594c5c87ceaad.txt", seed=0).to_toml()
    assert COMMITTED.read_text(encoding="utf-8") == fresh, (
        "regenerate it: studydesk generate seeds/000_bbb594c5c87ceaad.txt "
        "-o resources/banks/pokrovsk-generated.toml --seed 0 --force")
