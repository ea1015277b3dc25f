"""A draft under review: kept, dropped and edited questions, filters, and what
is saved (only the kept questions, the teacher's own text kept as written)."""

from __future__ import annotations

import tomli
import pytest

from studydesk.core.bank import NumericQuestion
from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.draft import Draft, DraftError
from studydesk.core.generate import generate_bank
from tests.support import DATA, SEED_ARTICLE, SEED_BANK


@pytest.fixture(scope="module")
def generated():
    return generate_bank((DATA / "articles" / "lagos.txt").read_text(encoding="utf-8"), article_ref="lagos.txt")


def test_a_generated_draft_keeps_the_best_and_offers_the_rest(generated):
    draft = Draft.from_generated(generated)
    kept = [item for item in draft.items if item.kept]
    offered = [item for item in draft.items if not item.kept]
    assert [i.question for i in kept] == list(generated.bank.questions)
    assert offered and [i.question for i in offered] == list(generated.alternates)
    assert all(i.score is not None and i.comment for i in draft.items)
    assert min(i.score for i in kept) >= max(i.score for i in offered) - 0.5  # ranked, more or less


def test_saving_writes_exactly_the_kept_questions(generated, tmp_path):
    draft = Draft.from_generated(generated)
    first, offered = 0, next(i for i, item in enumerate(draft.items) if not item.kept)
    draft.set_kept(first, False)
    draft.set_kept(offered, True)
    (tmp_path / "lagos.txt").write_text((DATA / "articles" / "lagos.txt").read_text(encoding="utf-8"))
    (tmp_path / "bank.toml").write_text(draft.to_toml(), encoding="utf-8")
    result = load_bank(tmp_path / "bank.toml")
    assert result.ok, [str(p) for p in result.problems]
    saved = [q.id for q in result.bank.questions]
    expected = [item.question.id for item in draft.items if item.kept]
    assert sorted(saved) == sorted(expected)
    assert draft.items[first].question.id not in saved and draft.items[offered].question.id in saved
    assert "# Draft question bank generated" in draft.to_toml()  # the header and comments stay


def test_filters_by_topic_and_kind(generated):
    draft = Draft.from_generated(generated)
    topic, kind = draft.topics[0], draft.kinds[0]
    assert draft.shown() == list(range(len(draft.items)))
    assert all(draft.items[i].question.topic == topic for i in draft.shown(topic=topic))
    assert all(draft.items[i].question.kind == kind for i in draft.shown(kind=kind))
    both = draft.shown(topic=topic, kind=kind)
    assert set(both) == set(draft.shown(topic=topic)) & set(draft.shown(kind=kind))


def test_an_edit_replaces_the_question_and_keeps_it(generated):
    draft = Draft.from_generated(generated)
    index = next(i for i, item in enumerate(draft.items) if not item.kept)
    old = draft.items[index].question
    draft.replace_question(index, NumericQuestion(id=old.id, prompt="Edited?", answer=1, topic=old.topic,
                                                  evidence=old.evidence))
    assert draft.items[index].kept and draft.items[index].question.prompt == "Edited?"
    with pytest.raises(DraftError, match="already has the id"):
        draft.replace_question(index, NumericQuestion(id=draft.items[0].question.id, prompt="x", answer=1))


def test_a_bank_from_a_file_keeps_its_own_text(tmp_path):
    text = SEED_BANK.read_text(encoding="utf-8")
    bank = load_bank(SEED_BANK).bank
    draft = Draft.from_bank(bank, text)
    assert draft.kept_count == len(bank.questions)
    assert draft.to_toml() == text  # nothing dropped: the file unchanged, byte for byte
    dropped = draft.items[0].question.id
    draft.set_kept(0, False)
    old = draft.items[2].question
    draft.replace_question(2, NumericQuestion(id="renamed", prompt="How many?", answer=2, topic=old.topic,
                                              evidence=old.evidence))
    saved = draft.to_toml()
    ids = [q["id"] for q in tomli.loads(saved)["question"]]
    assert dropped not in ids and "renamed" in ids and old.id not in ids
    assert len(ids) == len(bank.questions) - 1
    # The teacher's comments for other questions and the charts stay as written.
    assert saved.count("[[chart]]") == text.count("[[chart]]")
    kept_comment = next(line for line in text.splitlines() if line.startswith("#") and "population" in line)
    assert kept_comment in saved
    result = load_bank_text(saved, SEED_BANK)
    assert result.ok, [str(p) for p in result.problems]
    assert SEED_ARTICLE.exists()
