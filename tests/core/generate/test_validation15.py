"""What the fifteenth validation set's readers failed (2026-12-06), each with a
made-up text of the same shape: "When did the 1997 Unite Kingdom general
election was held?", a question word inside a relative clause, nautical miles
asked as miles, a coordinate asked as a figure, one end of "between $402 and
$407 billion" keyed as 402 dollars, counts the sentence answers by naming
what it counts, a range of years given wrong choices a thousand years off,
date choices differing only in the month, years the sentence subtracts to,
and a year inside an event's name."""

import random
import re

from studydesk.core.generate.clause import frame
from studydesk.core.generate.date_choices import date_choices
from studydesk.core.generate.distractors import range_choices
from studydesk.core.generate.giveaways import difference_in_view, names_its_items
from studydesk.core.generate.phrasing import question
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import prompts_of


def _asked(sentence: str, kind: str | None = None) -> str | None:
    fig = next(f for f in find_figures(sentence) if kind is None or f.kind == kind)
    fr = frame(sentence, fig, None, None, False)
    return fr and question(fr, fig, None)


def test_a_name_opening_with_united_is_not_a_verb_to_put_in_the_present():
    assert _asked("The 1997 United Kingdom general election was held on 1 May 1997.", "date") == \
        "When was the 1997 United Kingdom general election held?"


def test_no_question_word_inside_a_relative_clause():
    sentence = ("The part of the platform which contained the galley where about 100 victims had taken refuge was "
                "recovered in late 1988 from the sea bed.")
    assert _asked(sentence, "count") is None


def test_nautical_miles_and_tons_keep_their_unit():
    (buoy,) = find_figures("The wreck buoy is approximately 1.1 nautical miles from the platform.")
    assert buoy.unit == "nmi" and buoy.unit_name == "nautical miles"
    (station,) = find_figures("The station weighed 100 tons at launch.")
    assert station.unit == "tons"


def test_a_coordinate_is_no_figure():
    assert find_figures("The landing coordinates are 5°S 351°E.") == []


def test_one_end_of_a_range_of_money_is_no_figure_and_years_between_stay():
    assert find_figures("It closed institutions worth between $402 and $407 billion.") == []
    assert [f.value for f in find_figures("The airship was built between 1931 and 1936.")] == [1931, 1936]


def test_a_count_the_sentence_answers_by_naming_its_items_gives_itself_away():
    def count(sentence):
        return next(f for f in find_figures(sentence) if f.kind == "count")

    bid = "The only two cities to bid for the 1980 Summer Olympics were Moscow and Los Angeles."
    assert names_its_items(bid, count(bid))
    bridge = "The bridge opened on November 1, 1957, connecting two peninsulas linked for decades by ferries."
    assert names_its_items(bridge, count(bridge))
    teams = "Two teams reached the final in Paris after a month of matches."
    assert not names_its_items(teams, count(teams))


def test_a_range_of_years_gets_other_years_as_wrong_choices():
    (winter,) = find_figures("The plague appeared during the siege of Seleucia in the winter of 165–166.")
    answer, wrong = range_choices(winter)
    assert answer == "165–166" and len(wrong) == 3
    for choice in wrong:
        lo, hi = (int(x) for x in re.findall(r"\d+", choice))
        assert hi - lo == 1 and 100 <= lo <= 200, wrong


def test_date_choices_shift_the_year_as_well_as_the_month():
    (fig,) = find_figures("The crew returned to Spain on 6 September 1522.")
    for seed in range(10):
        answer, wrong = date_choices(fig, random.Random(seed))
        assert answer == "6 September 1522"
        assert sum(1 for w in wrong if w.endswith("1522")) <= 1, wrong


def test_years_the_sentence_subtracts_to_give_the_count_away():
    sentence = ("The 1999 earthquake was part of a sequence along the fault that started in 1939, moving west over a "
                "period of 60 years.")
    (span,) = [f for f in find_figures(sentence) if f.unit == "years"]
    assert difference_in_view(span)


def test_a_year_inside_an_events_name_and_a_year_said_again_are_not_asked():
    text = ("The Orrin Pipeline System is an oil transportation system spanning Valdoria. The pipeline was built "
            "after the 1973 oil crisis caused a sharp rise in oil prices. Hyperinflation affected the Valdorian mark "
            "between 1921 and 1923, primarily in 1923.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "the ____ oil crisis" in p or "primarily in ____" in p], prompts
