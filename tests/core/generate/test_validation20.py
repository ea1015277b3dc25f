"""What the twentieth validation set's readers failed (2026-12-06) that was mechanical and is handled so
far: a bound's wrong answers that repeat its own number ("Over 127,000" beside "Fewer than 127,000"), which
readers of sets 18 and 20 took for a sign of the key. The rest is in docs/generator.md."""

import random

import pytest

from studydesk.core.generate.distractors import number_choices
from studydesk.core.generate.quantities import find_figures


@pytest.mark.parametrize("sentence, number", [
    ("A record crowd of over 127,000 watched the final at Port Vell.", "127,000"),
    ("The rupture ran over 230 km along the Orrin fault.", "230"),
    ("Up to 1,300 people died in the Valdorian floods.", "1,300"),
])
def test_no_wrong_answer_repeats_the_bounds_own_number(sentence, number):
    (fig,) = find_figures(sentence)
    for seed in range(5):
        answer, wrong = number_choices(fig, random.Random(seed))
        assert number in answer and not any(number in w for w in wrong), wrong


def test_a_small_floor_still_gets_three_wrong_answers():
    (fig,) = find_figures("At least 6 people died in the Orrin fire.")
    answer, wrong = number_choices(fig, random.Random(0))
    assert answer == "At least 6" and len(wrong) == 3
