"""What the twenty-ninth validation set showed (2026-12-06) that was mechanical. The rest is in docs/generator.md."""

import pytest

from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.candidates import Candidate
from studydesk.core.generate.quality import References, dangling, resolve
from studydesk.core.generate.rank import select


@pytest.mark.parametrize("sentence", [
    "The Alhambra was converted into a royal palace in 1333 by Yusuf I, Sultan of Granada.",
    "In 1526 Charles I & V commissioned a new Renaissance palace.",
    "The Battle of Poltava was fought between the armies of Peter I of Russia and Charles XII of Sweden.",
])
def test_a_king_s_numeral_is_not_the_page_speaking(sentence):
    assert "speaking of itself" not in dangling(sentence)


@pytest.mark.parametrize("sentence", [
    "I moved to Leeds in 1990 and opened a shop.",
    "The shop closed in 2001, and then I moved to the coast.",
    "The shop, as I recall, closed in 2001.",
])
def test_the_writer_s_i_still_leans_on_the_page(sentence):
    assert "speaking of itself" in dangling(sentence)


def test_it_was_estimated_that_names_nothing():
    sentence = "It was estimated that around 10 million people participated in the funeral."
    assert resolve(sentence, References(it="Khomeini")) == sentence


def _kept(first: tuple[str, ...], second: tuple[str, ...]) -> list[str]:
    """Which of two choice questions the ranking keeps; each is its key, then its wrong choices."""
    candidates = [Candidate(ChoiceQuestion(id=qid, prompt=f"It was ____ ({qid}).", answer=key, choices=(key, *wrong)),
                            "", "figures", "figure", qid, f"fact:{qid}", n, score)
                  for n, (qid, score, (key, *wrong)) in enumerate((("a", 0.9, first), ("b", 0.8, second)))]
    return [c.question.id for c in select(candidates, 10)]


def test_a_key_offered_in_other_words_is_a_mirror_too():
    assert _kept(("About 1 billion euros", "About 0.1 billion euros", "About 10 billion euros",
                  "About 0.5 billion euros"),
                 ("Around 113 million euros", "Around 226 million euros", "Around 1,000 million euros",
                  "Around 452 million euros")) == ["a"]


def test_two_measures_in_different_units_are_no_mirror():
    assert _kept(("Three days", "Four days", "Six days", "Ten days"),
                 ("Four km", "Three km", "Eight km", "Twelve km")) == ["a", "b"]


def test_keys_that_are_merely_close_are_no_mirror():
    assert _kept(("About 100 km", "About 300 km", "About 600 km", "About 30 km"),
                 ("About 110 km", "About 400 km", "About 900 km", "About 40 km")) == ["a", "b"]
