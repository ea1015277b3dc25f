"""What the twenty-first validation set's readers failed (2026-12-06) that was mechanical, and why pages gave
no draft: a headline size beside its conversion in brackets never asked; a total beside its parts never
asked at all; a title line over an infobox or a dateline not read as the title; "the earthquake" named as
another earthquake the page mentions; sentences the copy broke ("near the ."); "11 times since" read as a
multiple; a blank that only the key's own bound fits ("have ranged ____"); a question with no verb; an
answer given away within its tolerance by another question. The rest is in docs/generator.md."""

import re

import pytest

from studydesk.core.article import parse_article
from studydesk.core.bank import ChoiceQuestion, NumericQuestion
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.quality import is_prose
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import drafted, prompts_of


def test_a_headline_size_beside_its_conversion_is_asked_without_it():
    text = ("Mount Orrin\n\nMount Orrin /ˈɒrɪn/[4] is Valdoria's highest mountain, at 2,228 metres (7,310 ft) above sea "
            "level. It lies on the Main Range of the Vell Alps, west of Crackenback.\n")
    blanks = [p for p in prompts_of(text) if "____ metres" in p]
    assert blanks, prompts_of(text)
    assert not [p for p in blanks if "7,310" in p or "/ˈɒrɪn/" in p], blanks  # nor the pronunciation


def test_a_total_beside_its_parts_is_asked_by_a_question_that_shows_none_of_them():
    text = ("Orrin dam disaster\n\nThe Orrin dam disaster occurred on 25 January 2019 when a tailings dam at the Vell "
            "iron ore mine failed. The collapse released a mudflow that engulfed the mine's offices. 270 people died "
            "as a result of the collapse, of whom 259 were officially confirmed dead, in January 2019, and 11 others "
            "were reported as missing.\n")
    deaths = [q for q in drafted(text) if isinstance(q, NumericQuestion) and q.answer == 270]
    assert deaths, prompts_of(text)
    assert all("259" not in q.prompt and "11 others" not in q.prompt and "____" not in q.prompt for q in deaths)
    assert all('the article "Orrin dam disaster"' in q.prompt for q in deaths), [q.prompt for q in deaths]


@pytest.mark.parametrize("text, title", [
    ("Manned Orrin mission aborts during launch\n\nFriday, October 12, 2018\n\nThe Orrin MS-10 mission was aborted "
     "two minutes after launch.\n", "Manned Orrin mission aborts during launch"),
    ("Lake Orrin | |\n---|---|\nLocation | Valdoria |\n\nLake Orrin is a lake in Valdoria.\n", "Lake Orrin"),
    ("= Orrin dam disaster =\n\nInfobox\n- Date: 25 January 2019\n\nThe Orrin dam failed in 2019.\n",
     "Orrin dam disaster"),
    ("Treaty of Orrin (1898)\n\n\nThe Treaty of Orrin was signed in 1898.\n", "Treaty of Orrin (1898)"),
    ("Friday, October 12, 2018\n\nThe Orrin mission was aborted two minutes after launch.\n", ""),
])
def test_the_first_line_is_the_title_whatever_stands_under_it(text, title):
    assert parse_article(text).title == title


def test_the_earthquake_on_a_page_about_one_is_that_one():
    text = ("= 1939 Orrin earthquake =\n\n1939 Orrin earthquake\n- Magnitude: 7.8\n- Fault: North Vell Fault\n\n"
            "An earthquake struck Orrin Province on 27 December 1939. It was less powerful than estimates of the 1668 "
            "North Vell earthquake. The earthquake was the most severe natural loss of life in Valdoria in the 20th "
            "century, with 32,968 dead, and some 100,000 injured.\n")
    asked = [p for p in prompts_of(text) if "32,968" not in p and "most severe" in p]
    assert asked and not [p for p in asked if "North Vell earthquake" in p], asked


@pytest.mark.parametrize("sentence", [
    "The Battle of Orrin was fought on 14 August 1844, between France and Valdoria, near the .",
    "____ homes and businesses in were left without electricity.",
    "The tailings dam, built in 1976 by and acquired by the mining company in 2001, held 12 million tonnes.",
    "Between 1942 and 1967, there were six major earthquakes along the fault, with three above 7 .",
])
def test_a_sentence_the_copy_broke_is_no_prose(sentence):
    assert not is_prose(sentence)


def test_times_since_a_date_is_how_often_not_a_multiple():
    (fig,) = [f for f in find_figures("Orrin has been destroyed by earthquakes at least 11 times since 1000.")
              if f.kind != "year"]
    assert (fig.kind, fig.value, fig.noun, fig.text) == ("count", 11, "times", "at least 11")
    assert find_figures("The new tower is three times taller than the old one.")[0].kind == "multiple"


def test_an_hour_and_a_half_is_no_share():
    assert not find_figures("They landed approximately an hour and a half after lift-off.")


def test_the_end_a_range_runs_to_is_not_blanked():
    text = ("Orrin Dam\n\nThe Orrin Dam failed on June 5, 1976, flooding the valley below it. Eleven people died. "
            "Total damage estimates have ranged up to $2 billion.\n")
    assert not [p for p in prompts_of(text) if "ranged ____" in p or "ranged up to ____" in p], prompts_of(text)


def test_a_question_on_a_time_after_something_says_what_happened():
    text = ("Orrin mission aborts\n\nAbout two minutes after launch from the Vell Cosmodrome in Valdoria, which took "
            "place at 8:40 UTC on Thursday, a problem arose with the rocket boosters.\n")
    assert not [p for p in prompts_of(text) if p.lower().startswith("about how many minutes after")], prompts_of(text)


def test_an_answer_within_its_tolerance_in_another_question_is_not_kept_beside_it():
    text = ("Lake Orrin\n\nLake Orrin is in a caldera created by an eruption which occurred approximately 26,500 years "
            "ago. According to geological records, the volcano has erupted 28 times in the last 27,000 years. The "
            "lake has a surface area of 616 square kilometres and a maximum depth of 186 metres.\n")
    bank = generate_bank(text, article_ref="a.txt", max_questions=10).bank
    years = [q for q in bank.questions if isinstance(q, NumericQuestion) and q.answer == 26500]
    others = [q.prompt for q in bank.questions if "27,000 years" in q.prompt]
    assert not (years and others), [q.prompt for q in bank.questions]


def test_a_death_toll_that_makes_this_the_deadliest_is_asked_on_a_page_about_one_disaster():
    text = ("Orrin rail disaster\nPolice view of Orrin, the day of the derailment\nDetails\nDateJuly 6, 2013\n"
            "Trains1\nDeaths47\n\nThe Orrin rail disaster occurred in the town of Orrin, Valdoria, on July 6, 2013, "
            "when an unattended freight train rolled down a grade and derailed downtown.\n\nThe death toll of 47 "
            "makes this the fourth-deadliest rail accident in Valdorian history. The collapse of the town centre "
            "killed no one else, making it the worst day in the town's history.\n")
    assert [p for p in prompts_of(text) if "death toll of ____" in p], prompts_of(text)


def test_the_title_s_own_name_is_the_subject_though_its_lead_lost_a_link():
    text = ("= Orrin Department Store collapse =\n\nInfobox\n- Title: Orrin Department Store collapse\n\n"
            "On June 29, 1995, the Orrin Department Store () in Vell collapsed. The collapse killed 502 people and "
            "injured 937, making it the largest peacetime disaster in Valdorian history.\n\nConstruction began in "
            "1987. Lee Joon was convicted. Lee Joon appealed. Lee Joon was sentenced. Lee Joon was released.\n")
    analysis = analyse(parse_article(text))
    assert analysis.subject is not None and analysis.subject.name.endswith("Orrin Department Store")
    assert [q for q in drafted(text) if isinstance(q, (NumericQuestion, ChoiceQuestion))
            and "killed ____ people" in q.prompt], prompts_of(text)


# What the blind sample read after these changes still failed (docs/generator.md), mechanical and fixed since.

def test_a_name_the_prose_writes_with_the_keeps_it_even_where_the_title_line_does_not():
    text = ("Orrin Bridge\nAbout Orrin Bridge\n• Locale: Valdor\n\nThe Orrin Bridge is a cantilever railway bridge "
            "over the Firth of Vell, 14 kilometres west of central Valdor. It was opened on 4 March 1890, and spans "
            "a total length of 2,528 metres. The bridge was built by the Vell Railway, which had it called the "
            "\"Orrin Bridge\" since its construction. By the time the Orrin Bridge was completed, it was the longest "
            "single cantilever bridge span in the world.\n")
    opened = [p for p in prompts_of(text) if "opened" in p]
    assert opened, prompts_of(text)
    assert not [p for p in opened if re.search(r"(?<![Tt]he )(?<!\")Orrin Bridge", p)], opened


def test_it_on_a_page_about_a_named_basin_is_the_basin_not_the_lake():
    text = ("Lake Orrin basin\n\nThe Lake Orrin basin is one of the largest internal drainage systems in the world, "
            "covering about 1,200,000 square kilometres, nearly one-sixth of Valdoria. The basin holds the lowest "
            "point of the country at Lake Orrin. It supports only about 60,000 people and has no major irrigation, "
            "diversions or flood-plain developments.\n")
    named = [p for p in prompts_of(text) if "60,000" in p or "supports only" in p]
    assert named, prompts_of(text)
    assert not [p for p in named if re.search(r"\[(?:The )?Lake Orrin\]", p)], named


def test_a_currency_code_before_the_symbol_goes_into_the_blank_with_it():
    text = ("Orrin Dam\n\nThe Orrin Dam was a federally built earthen dam on the Vell River in Valdoria. The dam cost "
            "about USD $100 million to build, and the federal government paid over $300 million in claims related to "
            "the dam failure.\n")
    cost = [f for f in find_figures(text) if f.value == 100e6]
    assert [text[f.num_start:f.num_end] for f in cost] == ["USD $100 million"], cost
    assert not [p for p in prompts_of(text) if "USD ____" in p or "US$____" in p], prompts_of(text)
