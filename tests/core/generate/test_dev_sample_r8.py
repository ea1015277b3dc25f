"""What the readers of the development sample after set 8 failed (2026-12-05),
each with a made-up article of the same shape: a blank over the opening that
leans on the sentence before ("____ later at 9:04 am"), "By comparison", "the
hypocenter" of an earthquake the page does not name, a name cut at "Saint",
"da" or a dash, one distance asked twice from two sentences, and the dates of
things a sentence mentions on the way."""

import pytest

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.entities import EntityIndex
from studydesk.core.generate.quality import dangling, leaning_opening
from studydesk.core.generate.worth import worth
from studydesk.core.generate.quantities import find_figures
from tests.support import DATA


def _questions(text: str) -> list[str]:
    generated = generate_bank(text, article_ref="a.txt", seed=0)
    return [q.prompt for q in generated.bank.questions]


def _everything(text: str) -> list[str]:
    generated = generate_bank(text, article_ref="a.txt", seed=0)
    return [q.prompt for q in (*generated.bank.questions, *generated.alternates)]


def test_the_leaning_opening_is_found_and_a_figure_inside_it_is_not_asked():
    sentence = "About 25 minutes later at 8:05 am, the crew ordered the passengers into the lifeboats."
    assert leaning_opening(sentence) == "About 25 minutes later"
    assert leaning_opening("The crew ordered the passengers into the lifeboats at 8:05 am.") == ""
    # The page the readers failed it on: "____ later at 9:04:35 am, Mont-Blanc exploded."
    prompts = _everything((DATA / "articles" / "wp-halifax-explosion-1917-copy.txt").read_text(encoding="utf-8"))
    assert prompts, "the article's other figures are still asked"
    assert not [p for p in prompts if "later at 9:04" in p], prompts


@pytest.mark.parametrize("sentence", [
    "By comparison, the 2011 earthquake off Japan had a magnitude of 9.1.",
    "In comparison, the city of Leeds recorded 41 mm of rain.",
    "The hypocenter was located at a depth of 26 km below the surface.",
    "A total of 147 aftershocks were registered in the first day after the initial quake.",
    "The epicentre lay 40 km east of the port.",
])
def test_comparisons_and_parts_of_an_unnamed_quake_lean_on_the_sentence_before(sentence):
    assert dangling(sentence)


def test_the_epicenter_of_a_named_quake_stands_alone():
    assert not dangling("The epicenter of the 2005 Kashmir earthquake was 19 km north-east of Muzaffarabad.")


@pytest.mark.parametrize("sentence, name", [
    ("Saint Helena is a volcanic island some 1,874 km west of Africa.", "Saint Helena"),
    ("The island was named by the navigator Tristão da Cunha, who sighted it in 1506.", "Tristão da Cunha"),
    ("Ships sail from Mar del Plata in Argentina.", "Mar del Plata"),
    ("One proposal is the Red Sea–Dead Sea Water Conveyance project.", "Red Sea–Dead Sea Water Conveyance"),
])
def test_names_are_read_whole(sentence, name):
    assert name in EntityIndex([sentence]).entities


def test_a_page_without_a_title_is_about_the_name_its_lead_defines():
    # Run together from two articles, the page names the second island more often than the first.
    text = ("Tristan da Cunha, colloquially Tristan, is a remote group of volcanic islands in the South Atlantic. "
            "Tristan da Cunha lies 2,437 kilometres from Saint Helena.\n"
            "Saint Helena is a volcanic and tropical island in the South Atlantic Ocean. "
            "Saint Helena is one of three parts of a British overseas territory. "
            "Saint Helena was sighted by a Portuguese navigator. Saint Helena has about 4,400 people.\n")
    analysis = analyse(parse_article(text))
    assert analysis.subject is not None and analysis.subject.name == "Tristan da Cunha"


def test_one_distance_said_twice_in_other_words_is_asked_once():
    text = ("Saint Helena\n\n"
            "Saint Helena is a volcanic and tropical island, located some 1,874 km west of mainland Africa. "
            "The island has a population of about 4,400 people, most of them in the capital, Jamestown. "
            "Saint Helena is located around 1,950 km west of the coast of southwestern Africa. "
            "Its highest point, Diana's Peak, rises to 818 metres above the sea. "
            "Until 2018 a ship made the 3,141 km, six-day journey from Cape Town to the island every three weeks.\n")
    prompts = _questions(text)
    distances = [p for p in prompts if "1,874" in p or "1,950" in p or "west of" in p]
    assert len(distances) == 1, prompts


@pytest.mark.parametrize("sentence, year", [
    ("During an excavation in 2004, a team of archaeologists discovered houses buried by the eruption.", 2004),
    ("Satellite images taken by NASA in 2014 revealed that the eastern basin had dried up.", 2014),
    ("Ayacucho was the site of an 1824 victory against Spanish troops.", 1824),
])
def test_the_date_of_a_side_event_is_worth_less(sentence, year):
    (fig,) = [f for f in find_figures(sentence) if f.value == year]
    main = "The volcano erupted in 1815, killing 71,000 people."
    (central,) = [f for f in find_figures(main) if f.value == 1815]
    side_worth, why = worth(fig, sentence, [fig])
    assert "the date of a side event" in why
    assert side_worth < worth(central, main, [central])[0] - 0.1
