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


def test_a_key_offered_in_other_words_is_a_mirror_too():
    one = ChoiceQuestion(id="a", prompt="Other sources estimate the total value at ____.",
                         answer="About 1 billion euros",
                         choices=("About 1 billion euros", "About 0.1 billion euros", "About 10 billion euros",
                                  "About 0.5 billion euros"))
    other = ChoiceQuestion(id="b", prompt="More accurate estimates place the total value at ____.",
                           answer="Around 113 million euros",
                           choices=("Around 226 million euros", "Around 1,000 million euros",
                                    "Around 113 million euros", "Around 452 million euros"))
    kept = select([_candidate(one, 0.9, 1), _candidate(other, 0.8, 2)], 10)
    assert [c.question.id for c in kept] == ["a"]


def test_two_measures_in_different_units_are_no_mirror():
    one = ChoiceQuestion(id="a", prompt="It lasted ____.", answer="Three days",
                         choices=("Three days", "Four days", "Six days", "Ten days"))
    other = ChoiceQuestion(id="b", prompt="It was ____ long.", answer="Four km",
                           choices=("Three km", "Four km", "Eight km", "Twelve km"))
    assert len(select([_candidate(one, 0.9, 1), _candidate(other, 0.8, 2)], 10)) == 2


def _candidate(q, score, sentence):
    return Candidate(q, "", "figures", "figure", q.id, f"fact:{q.id}", sentence, score)


def test_keys_that_are_merely_close_are_no_mirror():
    one = ChoiceQuestion(id="a", prompt="The lake lies ____ from the city.", answer="About 100 km",
                         choices=("About 100 km", "About 300 km", "About 600 km", "About 30 km"))
    other = ChoiceQuestion(id="b", prompt="The river runs ____ to the sea.", answer="About 110 km",
                           choices=("About 110 km", "About 400 km", "About 900 km", "About 40 km"))
    assert len(select([_candidate(one, 0.9, 1), _candidate(other, 0.8, 2)], 10)) == 2
