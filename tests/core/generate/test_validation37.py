"""What the thirty-seventh validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import pytest

from studydesk.core.generate.quality import dangling, is_prose


@pytest.mark.parametrize("sentence", [
    "Several people have been jailed there in the over the 35 years of dictatorship.",
    "Ramayan was the most expensive TV show produced during at the time with a cost of 9 lakhs per episode.",
])
def test_words_the_copy_lost_leave_no_prose(sentence):
    assert not is_prose(sentence)


def test_the_remaining_leans_on_those_counted_before():
    assert dangling("The remaining 23 escapees managed to cross the French border.")


def test_a_place_named_in_apposition_is_named_on_the_spot():
    assert not dangling("A Croatian train en route from the capital, Zagreb, to the Dalmatian city of Split crashed, "
                        "killing six and wounding 40, according to medical authorities.")
    assert dangling("A train en route from the capital to Split crashed, killing six.")
