"""The generator's written answers: only from a sentence that states what is
at stake as two or more consequences, each a key point grounded in the
article's words; kept at the lowest score a kept question may have."""

import pytest

from studydesk.core.article import parse_article
from studydesk.core.bank import WrittenQuestion
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.rank import MIN_SCORE
from studydesk.core.generate.written import written_candidates
from studydesk.core.grading import grade
from studydesk.core.key_points import points_found
from studydesk.core.words import normalize_text
from tests.support import SEED_ARTICLE


def drafted(text):
    return written_candidates(analyse(parse_article(text)))


def test_the_seed_article_s_stake_becomes_a_written_answer_with_grounded_points():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    (cand,) = drafted(text)
    q = cand.question
    assert isinstance(q, WrittenQuestion) and cand.score == MIN_SCORE and cand.origin == "written"
    assert q.prompt == "According to the article, what would seizing Pokrovsk do? Explain in a sentence or two."
    assert q.model_answer == q.evidence[0] and q.evidence[0] in text
    prompt = set(normalize_text(q.prompt).split())
    for point in q.key_points:
        (evidence,) = point.evidence
        assert evidence in q.model_answer and point.point.endswith(evidence)
        for phrase in point.phrases:  # each phrase is in its own point's words, none in the prompt
            assert normalize_text(phrase) in normalize_text(evidence)
            assert not set(normalize_text(phrase).split()) & prompt
    assert points_found(q, q.model_answer) == (True, True)  # the model answer makes every point
    assert points_found(q, "It would help the Kremlin's claim, and put pressure on Kyiv.") == (True, True)
    assert grade(q, "Nothing much would change.").score == 0
    generated = generate_bank(text)
    assert [x.kind for x in generated.bank.questions].count("written") == 1


@pytest.mark.parametrize("sentence", [
    "The new bridge would cut the journey to the coast.",  # one consequence: no points to count
    "Their arms would thrash violently and some noted that their eyes were vacant.",  # a pronoun
    "Blood would pool into the feet and they would bleed into their shoes.",
    "If the victims did not succumb, they would collapse from exhaustion and die of thirst.",  # "if", a pronoun
    "Mayor Smith would build a school and open a clinic.",  # a name: asked with its case, not drafted yet
])
def test_no_written_answer_where_the_points_would_not_be_grounded(sentence):
    text = "The town of Elmsford\nThe town of Elmsford lies on the river Elm. " + sentence
    assert drafted(text) == []


def test_another_article_s_stake_and_its_phrases():
    text = ("The Elm dam\nThe Elm dam was finished in 1972 on the river Elm. Building the second dam would flood "
            "the valley's farms and double the region's power output.")
    (cand,) = drafted(text)
    q = cand.question
    assert q.prompt == "According to the article, what would building the second dam do? Explain in a sentence or two."
    assert [(p.point, p.phrases) for p in q.key_points] == [
        ("Building the second dam would flood the valley's farms", ("valley's farms",)),
        ("Building the second dam would double the region's power output", ("region's power", "power output"))]
    # A list of three ("flood ..., displace ... and double ...") is not drafted: its commas could join anything.
    assert drafted(text.replace("farms and", "farms, displace 4,000 villagers and")) == []
