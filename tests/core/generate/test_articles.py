"""The generator on the seed and the development corpus (tests/data/articles,
freely licensed pages nobody here wrote, and the team's own four): every bank
passes the checker and the audit, asks each sentence once, sizes the quiz to
what the article supports, and keeps qualifiers and sources."""

from __future__ import annotations

import re
import shutil

import pytest
from studydesk.core.bank import ChoiceQuestion, MultiQuestion, NumericQuestion, TextQuestion, TrueFalseQuestion
from studydesk.core.generate import GenerateError, generate_bank
from studydesk.core.generate.audit import audit
from studydesk.core.generate.entities import spelled_out
from studydesk.core.generate.rank import WORDS_PER_QUESTION, budget
from studydesk.core.check import load_bank

from tests.core.generate.helpers import (
    ARTICLES,
    answer_in_evidence,
    evidence_found,
    figures_in,
    from_figure,
    implies,
    number_of,
)
from tests.support import DATA

_CACHE: dict[tuple[str, int], object] = {}


def _drafts() -> tuple[list[str], dict[str, str]]:
    """The articles that give a draft, and those that give none with the reason said."""
    drafted, refused = [], {}
    for name in sorted(ARTICLES):
        try:
            generate_bank(ARTICLES[name].read_text(encoding="utf-8"))
            drafted.append(name)
        except GenerateError as exc:
            refused[name] = str(exc)
    return drafted, refused


DRAFTED, REFUSED = _drafts()


def generated(name: str, seed: int = 0):
    key = (name, seed)
    if key not in _CACHE:
        _CACHE[key] = generate_bank(ARTICLES[name].read_text(encoding="utf-8"), article_ref="article.txt", seed=seed)
    return _CACHE[key]


@pytest.fixture(params=DRAFTED)
def name(request):
    return request.param


def test_an_article_with_nothing_worth_asking_gives_a_clear_reason():
    """Precision over recall: a page of news briefs with no sentence that stands on its own gives no
    draft rather than a padded one, but that stays the exception in the corpus."""
    # Briefs, portals, pages of quotes or infoboxes, and pages whose only figures are dates far from their
    # opening, which blind readers passed 5 times in 17 (docs/generator.md, sets 11 and 12).
    assert len(REFUSED) <= len(ARTICLES) * 3 // 10, REFUSED
    for name, reason in REFUSED.items():
        assert re.fullmatch(r"found (?:nothing in the article that makes a question worth asking|no sentence with a "
                            r"figure, a name or a stake that reads on its own)", reason), (name, reason)
    assert {"seed", "cholera", "danube", "lagos", "rosetta"} <= set(DRAFTED)


def test_the_bank_passes_the_checker_from_a_file(name, tmp_path):
    shutil.copy(ARTICLES[name], tmp_path / "article.txt")
    (tmp_path / "bank.toml").write_text(generated(name).to_toml(), encoding="utf-8")
    result = load_bank(tmp_path / "bank.toml")
    assert result.ok, [str(p) for p in result.problems]


def test_no_mechanical_defects(name):
    g = generated(name)
    assert audit(g.bank, g.origins) == []


def test_the_quiz_is_as_long_as_the_article_supports(name):
    g = generated(name)
    words = sum(len(s.text.split()) for s in g.bank.article.sentences)
    assert 1 <= len(g.bank.questions) <= budget(words)
    assert budget(words) <= max(3, -(-words // WORDS_PER_QUESTION))


def test_each_sentence_is_asked_once(name):
    g = generated(name)
    asked = [q.evidence[0] for q in g.bank.questions
             if g.origins[q.id] not in ("reasoning", "compare", "order", "match", "sources")]
    assert len(asked) == len(set(asked))


def test_every_quote_is_in_the_article(name):
    g = generated(name)
    article = g.bank.article
    for q in g.bank.questions:
        assert q.evidence and evidence_found(article, q.evidence), q.id
    for c in g.bank.charts:
        assert evidence_found(article, c.evidence), c.id


def test_every_question_has_a_comment_and_a_topic(name):
    g = generated(name)
    for q in g.bank.questions:
        assert g.comments.get(q.id), q.id
        assert q.topic and q.topic != "general"
    for c in g.bank.charts:
        assert g.comments.get(c.id)


def test_answers_are_the_figures_the_text_states(name):
    g = generated(name)
    for q in g.bank.questions:
        if from_figure(g.comments[q.id]):
            assert answer_in_evidence(q, " ".join(q.evidence)), (q.id, q.prompt)


def test_wrong_choices_are_wrong(name):
    g = generated(name)
    for q in g.bank.questions:
        if isinstance(q, ChoiceQuestion):
            assert len(set(c.lower() for c in q.choices)) == len(q.choices), q.id
            assert q.choices.count(q.answer) == 1
            answer = number_of(q.answer)
            for choice in q.choices:
                other = number_of(choice)
                if choice != q.answer and answer and other:
                    assert not implies(answer, other), (q.id, q.answer, choice)
        if isinstance(q, MultiQuestion):
            for wrong in set(q.choices) - set(q.answer):
                assert wrong not in " ".join(q.evidence), (q.id, wrong)


def test_altered_statements_are_not_in_the_article(name):
    g = generated(name)
    for q in g.bank.questions:
        if isinstance(q, TrueFalseQuestion) and not q.answer \
                and not q.prompt.startswith("According to the article, the figures"):
            assert not g.bank.article.contains(q.prompt.rstrip(".")), q.prompt


def test_true_statements_do_not_copy_their_sentence(name):
    g = generated(name)
    for q in g.bank.questions:
        if isinstance(q, TrueFalseQuestion) and q.answer:
            assert q.prompt.rstrip(".") != q.evidence[0].rstrip("."), q.id


def test_qualified_figures_are_never_asked_as_exact(name):
    g = generated(name)
    for q in g.bank.questions:
        if not from_figure(g.comments[q.id]):
            continue
        figures = [f for f in figures_in(q.evidence) if f.bound]
        if isinstance(q, NumericQuestion):
            for f in figures:
                if abs(f.value - q.answer) < 1e-9 and "____" not in q.prompt:
                    # A bound is a choice question; an approximation accepts a range.
                    assert f.bound == "approx" and q.tolerance.amount > 0, (q.id, f.text)
        if isinstance(q, ChoiceQuestion):
            answer = number_of(q.answer)
            for f in figures:
                if answer and abs(f.value - answer[1]) < 1e-9 and f.qualifier and not f.qualifier.startswith(
                        ("exceed", "surpass", "top")):
                    assert answer[0] or f.qualifier in q.prompt.lower(), (q.id, q.answer)


def test_sources_are_kept(name):
    g = generated(name)
    for q in g.bank.questions:
        m = re.search(r", source: (.+)\)$", g.comments[q.id])
        if m and from_figure(g.comments[q.id]):
            # Asked as the source's claim, or quoted with the source's words in the quote ("the USGS" may be
            # named as the page spells it out: "[The United States Geological Survey] says")
            word = m.group(1).split()[-1]
            whole = spelled_out(ARTICLES[name].read_text(encoding="utf-8")).get(word, word)
            said = "ccording to" in q.prompt or any(w.lower() in q.prompt.lower() for w in (word, whole))
            assert said, (q.id, q.prompt)


def test_the_same_seed_gives_the_same_bank(name):
    text = ARTICLES[name].read_text(encoding="utf-8")
    assert generate_bank(text, seed=3).to_toml() == generate_bank(text, seed=3).to_toml()


def test_other_seeds_may_differ(name):
    base = generated(name, 0).to_toml()
    assert any(generated(name, seed).to_toml() != base for seed in (1, 2))


def test_max_caps_the_questions(name):
    text = ARTICLES[name].read_text(encoding="utf-8")
    for cap in (1, 5, 12):
        g = generate_bank(text, max_questions=cap)
        assert 1 <= len(g.bank.questions) <= cap


def test_the_bank_is_grouped_by_topic(name):
    text = generated(name).to_toml()
    topics = re.findall(r'^topic = "(.*)"$', text, re.M)
    seen: list[str] = []
    for t in topics:
        if not seen or seen[-1] != t:
            assert t not in seen, f"topic {t} appears in two places"
            seen.append(t)


def test_the_kinds_vary_where_the_text_allows():
    kinds = set()
    for name in DRAFTED:
        kinds |= {type(q) for q in generated(name).bank.questions}
    assert {NumericQuestion, ChoiceQuestion, TrueFalseQuestion, TextQuestion, MultiQuestion} <= kinds
    for name in ("seed", "lagos", "danube"):
        assert len({q.kind for q in generated(name).bank.questions}) >= 3, name


# The validation articles (tests/data/validation) are read by people only once, at the end of a round of
# work on the generator (docs/generator.md); the audit, being mechanical, holds them as it holds the rest.
VALIDATION = sorted((DATA / "validation").glob("*.txt")) or [pytest.param(None, marks=pytest.mark.skip(
    reason="no validation set is waiting: the last one joined the corpus and the next is not yet collected"))]


@pytest.mark.parametrize("path", VALIDATION, ids=lambda p: p.stem if p else "none")
def test_validation_articles_have_no_mechanical_defects(path):
    try:
        g = generate_bank(path.read_text(encoding="utf-8"))
    except GenerateError as exc:
        assert str(exc).startswith("found "), str(exc)
        return
    assert audit(g.bank, g.origins) == []
