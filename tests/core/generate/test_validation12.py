"""What the twelfth validation set's readers failed (2026-12-06), each with a
made-up text of the same shape: blanks that still did not name the page
because its title line is repeated or marked up ("= 1755 Lisbon earthquake
=") or its lead defines it with an aside or "took place", the half of "three
and a half minutes" asked as a share, "The ____ teams", a number of years
between two dates the page gives, and "claimed the throne" read as someone
speaking."""

import random

import pytest
from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.figures import FigureContext, figure_candidates
from studydesk.core.generate.sources import attributions

from tests.core.generate.helpers import prompts_of


def _topic(text: str) -> str:
    return analyse(parse_article(text)).topic


BODY = ("The earthquake struck Valdoria at 16:53 local time on 12 January 2010, 25 km west of Port Vell. An "
        "estimated 3 million people were affected by the quake. The government of Valdoria estimated that 250,000 "
        "residences and 30,000 commercial buildings had collapsed or were severely damaged. By 24 January, at "
        "least 52 aftershocks had been recorded.\n")


@pytest.mark.parametrize(("text", "topic"), [
    ("2010 Orrin earthquake\n\n2010 Orrin earthquake\nDate 12 January 2010\n\n" + BODY, '"2010 Orrin earthquake"'),
    ("= 1755 Orrin earthquake =\n\nInfobox\n- Title: 1755 Orrin earthquake\n\n" + BODY, '"1755 Orrin earthquake"'),
    ("The Orrin disaster, also referred to as the Orrin gas tragedy, was a gas leak incident on the night of "
     "2–3 December 1984. " + BODY, "the Orrin disaster"),
    ("The Battle of Orrin took place on 14 October 1066 between the Norman-French army and an English army. "
     + BODY, "the Battle of Orrin"),
    ("A volcano is a rupture in the crust of a planet. " + BODY, ""),
    ("General elections were held in Valdoria on 25 February 1990. " + BODY, ""),
    ("24 March\n\n24 March\n\n" + BODY, ""),
])
def test_the_page_is_named_by_its_title_line_or_the_name_its_lead_defines(text, topic):
    assert _topic(text) == topic


def test_a_blank_on_a_page_whose_title_line_is_repeated_names_the_page():
    prompts = prompts_of("2010 Orrin earthquake\n\n2010 Orrin earthquake\nDate 12 January 2010\n\n" + BODY)
    blanks = [p for p in prompts if "this sentence" in p]
    assert blanks and all('from the article "2010 Orrin earthquake"' in p for p in blanks), prompts


def test_the_half_of_three_and_a_half_is_not_asked():
    text = ("The 1755 Orrin earthquake struck on the morning of 1 November 1755. Contemporary reports state that "
            "the earthquake lasted from three and a half to six minutes, causing fissures 5 metres wide to appear "
            "in the city centre. Estimates place the death toll in Orrin between 12,000 and 50,000.")
    assert not [p for p in prompts_of(text) if "fraction" in p or "three and ____" in p], prompts_of(text)


def test_the_teams_of_a_final_are_not_counted():
    text = ("The 1986 Orrin Cup Final was played on 29 June 1986 before 114,600 people. Argentina won 3–2. "
            "The two teams met again in the 2014 final, which Germany won. Valdano scored after 55 minutes.")
    assert not [p for p in prompts_of(text) if "The ____ teams" in p or "The two teams" in p and "how many" in p]


def test_years_between_two_dates_the_page_gives_are_not_asked():
    text = ("The Orrin disaster was a gas leak incident on the night of 2–3 December 1984 at a pesticide plant in "
            "Orrin. Over 500,000 people were exposed to the gas. The Valdor Chemical Company purchased the plant's "
            "owner in 2001, 17 years after the disaster.")
    analysis = analyse(parse_article(text))
    info = analysis.sentences[-1]
    (years,) = [f for f in info.figures if f.dimension == "duration"]
    assert figure_candidates(FigureContext(analysis, info, years, random.Random(0)), {}, []) == []


def test_claimed_the_throne_is_no_attribution():
    sentence = ("Harold Godwinson, from the most powerful family in England, claimed the throne shortly after "
                "Edward the Confessor died in January 1066.")
    assert attributions(sentence, {}) == []
    assert attributions("The rebels claimed that 40 soldiers died.", {})


def _date_score(text: str, sentence_start: str) -> float:
    analysis = analyse(parse_article(text))
    info = next(i for i in analysis.sentences if i.text.startswith(sentence_start))
    fig = next(f for f in info.figures if f.kind in ("date", "year"))
    return max(c.score for c in figure_candidates(FigureContext(analysis, info, fig, random.Random(0)), {}, []))


def test_a_date_far_from_the_opening_paragraph_ranks_lower():
    """Read blind, dates in a page's opening paragraph passed 13 times in 15 and dates further down 5 in 17
    (a summit's month, a magazine ranking's year): the same date ranks lower away from the opening."""
    lead = "The Orrin Canal is a 98-kilometre waterway in Valdoria. "
    for date in ("Valdoria's first railway was opened on 21 June 1895. ",
                 "The Orrin Canal was opened on 21 June 1895. "):
        first = _date_score(lead + date + "Ships pay a toll of 40 crowns each.\n", date[:20])
        second = _date_score(lead + "Ships pay a toll of 40 crowns each.\n\n" + date, date[:20])
        # the page's subject's own date, its subject opening the sentence, is the story's wherever it is (set 44)
        assert second == pytest.approx(first if date.startswith("The Orrin Canal") else first - 0.1)


def test_the_opening_is_the_sentence_that_defines_the_page_after_a_caption():
    text = ("The Empire, from the 1909 edition of the Gazetteer, shaded by rule.\n\n"
            "The Partition of Orrin was the 1947 partitioning of the Orrin Empire into two states. It displaced "
            "between 10 and 20 million people.\n")
    analysis = analyse(parse_article(text))
    assert analysis.topic == "the Partition of Orrin"
    caption, partition = analysis.sentences[0], analysis.sentences[1]
    assert partition.text.startswith("The Partition") and partition.block == analysis.lead_block != caption.block
