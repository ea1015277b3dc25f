"""What the twenty-third validation set's readers failed (2026-12-06) that was mechanical, and why pages gave
no draft: "When did the history ... dates back to a concession award"; one of two depths asked beside the
other; a name asked for that its own question prints; "When was California held?"; one toll asked twice
as "lives" and "people"; the tournament named for the final; a street address blanked; a table's row taken
for the title; "such as" read as leaning on the sentence before; "(18,506 ft). It" not split. The rest is
in docs/generator.md."""

import re

import pytest

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.bank import NumericQuestion, TextQuestion
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.quality import dangling

from tests.core.generate.helpers import drafted, prompts_of


def test_no_do_support_on_a_participle_after_the_verb():
    text = ("Orrin Mine\n\nThe Orrin Mine is a former coal mine in Valdoria. The history of coal mining on the site of "
            "the Orrin Mine dates back to a concession awarded by royal decree on 30 September 1822; a transcription "
            "error caused the name of the site to be changed from Orrin Myne. The mine "
            "employed 779 workers by 1955.\n")
    assert not [p for p in prompts_of(text) if "When did the history" in p], prompts_of(text)


def test_one_of_two_figures_of_a_unit_is_not_asked_beside_the_other():
    text = ("Mount Orrin\n\nMount Orrin is the highest mountain in Valdoria, at 5,642 m. Mount Orrin stands 20 km "
            "(12 mi) north of the main range of the Vell and 65 km (40 mi) south-southwest of the town of Kisl.\n")
    direct = [p for p in prompts_of(text) if p.startswith("How far")]
    assert not [p for p in direct if "65 km" in p or "20 km" in p], direct


def test_a_name_is_not_asked_for_where_the_question_prints_it():
    text = ("1993 Orrin general election\n\nGeneral elections were held in Orrin on 23 May 1993. The UNTOR was "
            "formed at the end of February 1992, and Yasushi Akashi was appointed as head of the UNTOR. The result "
            "was a hung parliament with the Vell Party being the largest party with 58 seats.\n")
    names = [q.prompt for q in drafted(text) if isinstance(q, TextQuestion)]
    assert not [p for p in names if "UNTOR" in p], names


def test_a_place_after_its_city_is_not_the_subject_of_a_when_question():
    text = ("Women's marathon\n\nThe Women's Marathon at the 1984 Summer Olympics in Los Angeles, California (United "
            "States) was held on August 5, 1984. It was the first time women ran the marathon at the Olympics, and "
            "50 athletes from 28 nations took part.\n")
    assert not [p for p in prompts_of(text) if "When was California" in p], prompts_of(text)


def test_one_toll_is_asked_once_whether_as_lives_or_people():
    text = ("Orrin Flood\n\nThe Orrin Flood struck the village of Orrin in Valdoria on 15 August 1952. A storm with "
            "heavy rainfall led to the flooding of the village and a total loss of 34 lives. In total, 34 people "
            "died, with a further 420 made homeless. More than 100 buildings were destroyed.\n")
    tolls = [q for q in generate_bank(text, seed=0).bank.questions if isinstance(q, NumericQuestion) and q.answer == 34]
    assert len(tolls) <= 1, [q.prompt for q in tolls]


def test_it_on_the_page_on_a_final_is_the_final_not_the_tournament():
    text = ("1999 Orrin Cup Final\n\nThe final of the 1999 Orrin Cup was a football match that took place on 10 July "
            "1999, to determine the winner of the 1999 Orrin Cup. The match represented one of the most important "
            "events in the history of the sport. It was played before over 90,000 fans in what remains the "
            "largest crowd ever to watch a women's sporting event.\n")
    played = [i for i in analyse(parse_article(text)).sentences if i.text.startswith("It was played")]
    assert [i.refs.subject for i in played] == ["the 1999 Orrin Cup Final"]


def test_a_street_address_is_not_blanked():
    text = ("Orrin Factory fire\n\nThe Orrin Factory fire in Valdor was the deadliest industrial disaster in the "
            "city's history, killing 146 workers. The factory was located on the 8th, 9th, and 10th floors of the "
            "Asch Building, which was built in 1901 and remains standing at 23–29 Washington Place.\n")
    assert not [p for p in prompts_of(text) if "____ Washington Place" in p], prompts_of(text)


def test_a_tables_row_is_no_title():
    text = ("Industry | Financial services; Banking |\n---|---|\nFate | Liquidated |\n\nThe Orrin Bank was a financial "
            "institution created by the Orrin family in Valdoria during the 15th century.\n")
    assert parse_article(text).title == ""


def test_such_as_leans_on_nothing_before():
    sentence = ("In the late 1950s, the use of orrinide in 46 countries resulted in more than 10,000 children born "
                "with a range of severe deformities, such as phocomelia.")
    assert not dangling(sentence)


@pytest.mark.parametrize("text, first", [
    ("Mount Orrin is the highest mountain in Valdoria, at 5,642 m (18,506 ft). It is located in the Vell.",
     "Mount Orrin is the highest mountain in Valdoria, at 5,642 m (18,506 ft)."),
    ("He met Dr. Smith in 1950. Then", "He met Dr. Smith in 1950."),
])
def test_a_stop_after_a_closing_bracket_ends_the_sentence(text, first):
    start, end = split_sentences(text)[0]
    assert text[start:end] == first
    assert re.match(r"\S", text[end:].strip() or "x")


@pytest.mark.parametrize("text, asked", [
    ("Orrin Company\nFounded | 1581 |\nHeadquarters | London |\n\nThe Orrin Company was an English chartered company "
     "formed in 1592. It traded with the Ottoman Empire, and its charter was renewed in 1605 for twelve years. The "
     "company had 53 members in 1600.\n", r"formed in (?:____|what year)"),
    ("Orrin Desert\nArea | 238,254 km2 (91,990 sq mi) |\n\nThe Orrin Desert is an arid region of Valdoria that "
     "covers an area of 200,000 km2. About 61% of the desert lies in the Valdorian state of Vell.\n",
     r"area of ____|how many square"),
])
def test_a_figure_the_infobox_gives_otherwise_is_not_asked(text, asked):
    prompts = prompts_of(text)
    assert prompts, "the page still gives a draft"
    assert not [p for p in prompts if re.search(asked, p)], prompts


def test_the_infobox_of_another_time_does_not_count():
    # Lake Orrin's 2,000 km² today against its 400,000 km² in a wetter age: not one figure twice
    text = ("Lake Orrin\nArea | 2,000 km2 |\n\nLake Orrin is an endorheic lake in Valdoria. During the humid period "
            "its area reached 400,000 km2, and it fed the rivers of the Vell. The lake supports 2 million people.\n")
    assert [p for p in prompts_of(text) if "400,000" in p or "area reached" in p], prompts_of(text)
