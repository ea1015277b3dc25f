"""What the twenty-sixth validation set's readers failed (2026-12-06) that was mechanical: "A third and final
mission" read as a share; a war's name blanked as a number ("the ____' War"); a conversion template the copy
broke ("60 e6impgal"); "all of the above currents" with nothing above. The rest is in docs/generator.md."""

import pytest

from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.quantities import find_figures


@pytest.mark.parametrize("sentence, number, why", [
    ("A third and final mission to Tiangong-1, the crewed Shenzhou 10, docked in June 2013.", "third", "ordinal"),
    ("The battle was a decisive naval engagement during the Seven Years' War.", "Seven", "war's name"),
    ("New Sweden was established during the Thirty Years' War when Sweden was a great power.", "Thirty",
     "war's name"),
])
def test_a_name_or_an_ordinal_is_not_asked_as_a_number(sentence, number, why):
    figures = find_figures(sentence)
    fig = next(f for f in figures if number in sentence[f.start:f.end])
    assert why in why_not_asked(fig, sentence, figures)


def test_a_broken_conversion_template_is_no_prose():
    assert not is_prose("The terminal was the fifth largest oil storage depot, with a capacity of about 60 e6impgal "
                        "of fuel.")


def test_the_above_leans_on_what_the_reader_cannot_see():
    assert dangling("While all of the above currents deposit marine plants into the sea, the water is clear.")


def test_a_tanks_number_is_a_label_not_an_amount():
    sentence = "The first and largest explosion occurred near tank 912, which led to further explosions."
    assert not find_figures(sentence)
