"""What the eighth validation set's readers failed (2026-12-05), each with a
made-up sentence of the same shape: days after an abbreviated month read as
an amount ("Dec. 200 or 210"), the number in a name that opens a sentence
asked ("Shoemaker–Levy ____"), a measurement to its decimals given wrong
choices ten times it, the key alone keeping its "approximately", and name
blanks kept although fewer than half of them passed."""

import random

import pytest

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.build import _collect
from studydesk.core.generate.distractors import multiple_choices, number_choices
from studydesk.core.generate.quality import dangling
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.rank import ALTERNATE_SCORE, MIN_SCORE
from tests.support import DATA


@pytest.mark.parametrize("sentence", [
    "The rocket is now scheduled to launch Dec. 20 or 21 from its pad at the base.",
    "Voting was moved to Sept. 4 or 5 after the floods closed the polling stations.",
])
def test_the_days_after_an_abbreviated_month_are_no_amount(sentence):
    assert find_figures(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Apollo 11 landed on the Moon after a flight of four days.",
    "Shoemaker–Levy 9, at the time orbiting Jupiter, was found on a photograph.",
])
def test_the_number_of_a_name_opening_a_sentence_is_no_count(sentence):
    assert [f.text for f in find_figures(sentence) if f.value in (9, 11)] == []


@pytest.mark.parametrize("sentence", ["About 50 people died in the fire.", "Some 40 homes burned to the ground."])
def test_a_figure_after_an_opening_qualifier_is_still_read(sentence):
    assert [f.kind for f in find_figures(sentence)] == ["count"]


def test_a_measurement_to_its_decimals_gets_near_choices_not_multiples():
    (fig,) = find_figures("In 2005 the survey measured the summit at a height of 8,844.43 m above the sea.")[1:]
    answer, wrong = number_choices(fig, random.Random(0))
    assert answer.startswith("8,844.43")
    values = [float(w.split()[0].replace(",", "")) for w in wrong]
    assert all(0.7 * 8844.43 <= v <= 1.3 * 8844.43 for v in values), wrong


def test_wrong_multiples_carry_the_keys_qualifier():
    (fig,) = find_figures("The new engine is approximately three times as powerful as the old one.")
    answer, wrong = multiple_choices(fig, random.Random(0))
    assert answer == "Approximately three times"
    assert all(w.startswith("Approximately ") for w in wrong), wrong


def test_name_blanks_are_offered_in_the_review_list_not_kept():
    """Scored for the review list's alternates, below what a draft keeps (whether one is shown among them
    depends on how many better alternates the page has)."""
    text = (DATA / "articles" / "cholera.txt").read_text(encoding="utf-8")
    generated = generate_bank(text, article_ref="a.txt", seed=0)
    assert not [q for q in generated.bank.questions if q.prompt.startswith("Which name completes")]
    candidates, _ = _collect(analyse(parse_article(text)), random.Random(0))
    names = [c.score for c in candidates if c.question.prompt.startswith("Which name completes")]
    assert names and all(ALTERNATE_SCORE <= score < MIN_SCORE for score in names), names


@pytest.mark.parametrize("sentence", [
    "Of these, 25,000 were British, with another 6,000 from the Legion.",
    "Among them, 40 were children under the age of ten.",
    "Approximately 20 minutes later at 9:04 am, the ship exploded.",
])
def test_a_sentence_that_counts_from_the_one_before_leans_on_it(sentence):
    assert dangling(sentence).startswith("opens with")


def test_a_sentence_that_names_its_own_whole_does_not_lean():
    assert dangling("The army had 68,000 men, of whom 25,000 were British.") == ""


def test_the_event_named_after_a_place_is_bracketed_whole_not_as_the_place():
    text = (DATA / "articles" / "wp-kashmir-earthquake-2005-portal-copy.txt").read_text(encoding="utf-8")
    prompts = [q.prompt for q in generate_bank(text, article_ref="a.txt", seed=0).bank.questions]
    assert not [p for p in prompts if "[Kashmir]" in p]
    assert [p for p in prompts if "[The Kashmir earthquake] occurred" in p]  # "The earthquake occurred at ..."


def test_one_question_to_a_year_whether_typed_or_chosen():
    text = (DATA / "articles" / "wn-south-american-community-2004.txt").read_text(encoding="utf-8")
    years = [str(getattr(q, "answer", "")).removesuffix(".0")
             for q in generate_bank(text, article_ref="a.txt", seed=0).bank.questions if q.topic == "timeline"]
    assert years.count("2005") == 1, years  # a numeric 2005.0 and a choice "2005" were both kept


def test_no_question_is_rebuilt_around_ranging():
    text = (DATA / "articles" / "wp-shoemaker-levy-9-copy.txt").read_text(encoding="utf-8")
    generated = generate_bank(text, article_ref="a.txt", seed=0)
    prompts = [q.prompt for q in [*generated.bank.questions, *generated.alternates]]
    assert not [p for p in prompts if "ranging how many" in p]  # "fragments ranging up to 2 km"
