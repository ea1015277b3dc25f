"""Whether a sentence reads on its own: a pronoun the sentence itself
resolves is no reason to skip it; one that leans on an earlier sentence is."""

import pytest

from studydesk.core.generate.quality import dangling

STANDS_ALONE = [
    # A name whose last word is a plural noun may be "their" or "its".
    "The Free Democrats also scored one of their best results in their history, gaining 3%.",
    "The Chicago Bulls lost their first game of the season by 12 points.",
    "The Romans built their first road in 312 BC.",
    "Lagos grew by 600,000 people a year, and its port is the busiest in Nigeria.",
    "Eight months of fighting left 500 people dead in the city of Lagos.",
]

LEANS_BACK = [
    "Lagos grew quickly, and the Romans doubled their size.",
    "Trajan crossed it in 105 with 40,000 men.",
    "They are the only real winners of this election.",
    "The Romans built it in 312 BC.",
    # later than what?
    "Eight months later, the Red Army invaded Georgia with 20,000 men.",
    "Two years earlier the city had 500 people.",
]


@pytest.mark.parametrize("sentence", STANDS_ALONE)
def test_a_pronoun_the_sentence_resolves_is_no_reference_back(sentence):
    assert dangling(sentence) == ""


@pytest.mark.parametrize("sentence", LEANS_BACK)
def test_a_pronoun_that_leans_on_an_earlier_sentence_is_found(sentence):
    assert dangling(sentence) != ""
