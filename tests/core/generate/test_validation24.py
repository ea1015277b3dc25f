"""What the twenty-fourth validation set's readers failed (2026-12-06) that was mechanical: one toll asked
twice ("the death toll was at 770", "at least 770 people have been killed"); a date whose year the sentence
shows, among choices in other years; "the 1888–89 League ... until the spring of ____"; a New Style date
beside its Old Style one; "dying by the ____"; a percentage the two figures beside it divide to; direct
questions with a second predicate ("how many kilometres long and 20 to 203 km wide?"); a population blanked
while the toll out of it stood in the stem. The rest is in docs/generator.md."""

import re

import pytest

from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate import generate_bank

from tests.core.generate.helpers import drafted, prompts_of, why_not_asked_in


def test_one_toll_is_asked_once_however_it_is_worded():
    text = ("Orrin earthquake\n\nIndonesian officials have said that at least 770 people have been killed and "
            "thousands more feared trapped, following a powerful earthquake on Wednesday. As of 13.00 UTC, a disaster "
            "ministry official said that the official death toll was at 770, with 290 people being heavily wounded "
            "and a further 2,090 receiving light injuries. Most of the deaths were reported in the city of Orrin, "
            "where 500 buildings were toppled by the quake.\n")
    tolls = [q.prompt for q in generate_bank(text, seed=0).bank.questions
             if re.search(r"(?<![\d,])770(?![\d,])", str(getattr(q, "answer", ""))) or "770" in str(q.answer)]
    assert len(tolls) <= 1, tolls


def test_a_dates_year_in_view_is_kept_by_its_wrong_choices():
    text = ("Orrin stock market turbulence\n\nThe 2015-2016 Orrin stock market turbulence began with the "
            "popping of a stock market bubble on 12 June 2015 and ended in early February 2016. A third of the value "
            "of shares on the Vell Stock Exchange was lost within one month. By 8 July 2015, the market had fallen "
            "30 percent over three weeks.\n")
    dated = [q for q in drafted(text) if isinstance(q, ChoiceQuestion) and q.answer == "12 June 2015"]
    assert dated, prompts_of(text)
    assert all("2015" in c for q in dated for c in q.choices), [q.choices for q in dated]


@pytest.mark.parametrize("sentence, kind, why", [
    ("The 1888–89 Football League was the first edition of the League, which ran until the spring of 1889.", "year",
     "span"),
    ("The treaty was concluded on 26 February (OS) or 8 March 1658 (NS) during the Second Northern War.", "date",
     "calendar"),
    ("By the autumn of 1867, people were dying by the thousands.", "vague", "speech"),
    ("According to a 2018 report, ₹15.3 lakh crore of the ₹15.41 lakh crore in demonetised notes, or approximately "
     "99.3%, were deposited in banks.", "percent", "worked out"),
])
def test_a_figure_its_sentence_gives_away_is_not_asked(sentence, kind, why):
    assert why in why_not_asked_in(sentence, kind)


@pytest.mark.parametrize("text, asked", [
    ("Orrin Lake\n\nOrrin Lake is the second-largest lake in the Vell Territories of Valdoria. It is 480 km "
     "(298 mi) long and 20 to 203 km (12 to 126 mi) wide. It covers an area of 27,200 km2 in the southern part of "
     "the territory.\n", r"long and 20 to 203"),
    ("Orrin\n\nOrrin is a small archipelago in the North Sea. Orrin is located 46 km off the Valdorian coastline "
     "and consists of two islands. Its population is 1,127.\n", r"coastline and consists"),
])
def test_no_direct_question_with_a_second_predicate(text, asked):
    assert not [p for p in prompts_of(text) if re.search(asked, p) and "____" not in p], prompts_of(text)


def test_the_toll_is_asked_before_the_population_it_is_out_of():
    text = ("Orrin famine of 1943\n\nThe Orrin famine of 1943 was a famine in the Valdorian province of Orrin. "
            "Generally the estimates are between 1.5 and 4 million deaths, taking into account starvation, "
            "malnutrition and disease, out of Orrin's 60.3 million population.\n")
    blanks = [p for p in prompts_of(text) if "Generally the estimates" in p]
    assert blanks and "60.3 million population" in blanks[0], blanks
