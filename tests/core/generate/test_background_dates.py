"""Figures readers marked trivia in sets 27 to 29, read again on 2026-12-07: a place's founding year on the page of
an event there, the year of a poll, the dates of someone's family life."""

import pytest

from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.worth import worth


def _worth(sentence: str, number: str, title: str = "") -> tuple[float, list[str]]:
    figures = find_figures(sentence)
    fig = next(f for f in figures if f.number_text == number)
    return worth(fig, sentence, figures, title)


@pytest.mark.parametrize("title, sentence, number", [
    ("Dresden Green Vault burglary", "The burglary took place at the Green Vault in Dresden, one of the oldest museums "
     "in Europe, founded in 1723 by Augustus II the Strong.", "1723"),
    ("Johnstown Flood", "The village of Johnstown was founded in 1800 by the Swiss immigrant Joseph Johns.", "1800"),
    ("Triangle Shirtwaist Factory fire", "The factory was on the 8th, 9th, and 10th floors of the Asch Building, which "
     "was built in 1901.", "1901"),
])
def test_when_the_place_of_an_event_was_built_is_its_background(title, sentence, number):
    assert "when the place of an event was built" in _worth(sentence, number, title)[1]


@pytest.mark.parametrize("title, sentence, number", [
    # not a page on an event
    ("University of Salamanca", "The university was founded in 1218 by King Alfonso IX.", "1218"),
    # the event's own figure, after a building year
    ("Rabaul Queen sinking", "The ship, built in 1983, sank with 350 people aboard.", "350"),
    ("Rabaul Queen sinking", "The ferry, launched in Japan, sank in 2012 with 350 people aboard.", "2012"),
])
def test_an_event_s_own_figures_and_other_pages_foundings_are_not_background(title, sentence, number):
    assert "when the place of an event was built" not in _worth(sentence, number, title)[1]


def test_the_year_of_a_poll_is_the_date_of_an_honour():
    assert "the date of an honour" in _worth("Harrison came 39th in the BBC's 2002 public poll of the 100 Greatest "
                                             "Britons.", "2002")[1]


@pytest.mark.parametrize("sentence, number", [
    ("His wife died in 1846, in childbirth of their daughter in Ogle County, Illinois.", "1846"),
    ("Glidden was a teacher there for about 8 years, during which years he married Clarissa Foster in 1837.", "1837"),
])
def test_a_date_of_someone_s_family_life_is_worth_less(sentence, number):
    assert "a date of someone's family life" in _worth(sentence, number)[1]


@pytest.mark.parametrize("sentence, number", [
    ("Pressed by Franklin's wife, Jane, and others, the Admiralty launched a search for the missing expedition in "
     "1848.", "1848"),
    ("He patented the design in 1874, and his father sold the farm.", "1874"),
])
def test_a_family_word_elsewhere_in_the_sentence_is_no_family_date(sentence, number):
    assert "a date of someone's family life" not in _worth(sentence, number)[1]
