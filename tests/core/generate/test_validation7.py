"""What the seventh validation set's readers failed (2026-12-05), each with a
made-up sentence of the same shape: days of a month read as an amount,
wrong choices no one could believe (a magnitude of 48, 1.3 people), a
spoken number or year cut or misread, a dollar range read as its first end,
a speed's unit lost behind a bracket, a blank on "U.S.", a sentence cut at
"Maj.", and a source read as "the freeze"."""

import random
import re

import pytest

from studydesk.core.article import split_sentences
from studydesk.core.generate import generate_bank
from studydesk.core.generate.distractors import number_choices, range_choices
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.sources import attributions
from tests.support import DATA


def _figures(sentence):
    return [(f.kind, f.text, f.value) for f in find_figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "The Battle of Antietam was fought September 16–18, 1862, near the town of Sharpsburg.",
    "The Great Fire burned in the city of Boston during November 9–10, 1872, destroying much of it.",
])
def test_the_days_of_a_month_are_a_date_not_an_amount(sentence):
    assert [k for k, _, _ in _figures(sentence)] == ["year"]


def test_a_magnitude_gets_neighbours_not_multiples():
    (fig,) = find_figures("Rescue work was slowed by aftershocks measured as being up to 5.2 in magnitude, officials said.")
    answer, wrong = number_choices(fig, random.Random(3))
    assert answer == "Up to 5.2"
    values = [float(w.split()[-1]) for w in wrong]
    assert all(5.2 <= v <= 8.2 for v in values), wrong  # above the ceiling, but a magnitude still


def test_a_range_of_people_is_never_divided_into_fractions_of_a_person():
    (fig,) = [f for f in find_figures("By some reports, as many as seventeen or eighteen people may have died, and more than 90 "
                                       "are missing.")
              if f.kind == "range"]
    answer, wrong = range_choices(fig)
    assert not any("." in w for w in wrong), wrong


def test_a_spoken_number_is_read_whole_and_its_choices_are_all_digits():
    sentence = "Militants freed two hundred and sixty five prisoners in an attack on the jail last Sunday."
    assert _figures(sentence) == [("count", "two hundred and sixty five", 265.0)]
    _, wrong = number_choices(find_figures(sentence)[0], random.Random(1))
    assert all(w.replace(",", "").isdigit() for w in wrong), wrong


@pytest.mark.parametrize("sentence", [
    "The former prime minister was killed in two thousand nine.",
    "The cuts are estimated to remove $20–$25 billion from the budget, critics said.",
    "The storm brought winds as high as 120 miles (193 km) per hour to the coast.",
])
def test_no_amount_is_read_from_a_spoken_year_a_dollar_range_end_or_a_speed_cut_by_a_bracket(sentence):
    assert [k for k, _, _ in _figures(sentence)] in ([], ["year"])


@pytest.mark.parametrize("page", ["wn-obama-elected-2008.txt", "wp-wall-street-crash-1929-viewer.txt"])
def test_a_blank_is_never_made_on_us_in_us_history(page):
    text = (DATA / "articles" / page).read_text(encoding="utf-8")
    assert re.search(r"\bU\.S\. [a-z]", text)  # "U.S. history", "the U.S. banking system"
    bank = generate_bank(text, article_ref="a.txt").bank
    assert not any(getattr(q, "answer", None) in ("U.S", "U.S.") for q in bank.questions)


def test_a_rank_abbreviation_does_not_end_a_sentence():
    text = "The Union army under Maj. Gen. John Pope was defeated. It withdrew to Washington."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The Union army under Maj. Gen. John Pope was defeated.", "It withdrew to Washington."]


def test_critics_of_something_are_the_source_not_the_something():
    first = attributions("Critics of the plan said that the cuts, estimated to remove 5,000 jobs, went too far.")[0]
    assert first.source == "critics of the plan"


@pytest.mark.parametrize("page", ["wn-sunda-strait-tsunami-2018-copy.txt", "wp-battle-of-gettysburg-owiki.txt"])
def test_no_typed_name_is_a_possessive_pair_or_cut_at_an_abbreviation(page):
    """"Indonesia's Sunda Strait" ("the Sunda Strait" fills the blank too) and
    "Gen. George Meade's Army of the Potomac" were keys; "Union Maj" became one."""
    bank = generate_bank((DATA / "articles" / page).read_text(encoding="utf-8"), article_ref="a.txt").bank
    typed = [q for q in bank.questions if q.kind == "text"]
    assert not [q.answer for q in typed if re.search(r"['’]s\s", q.answer)]
    assert not [q.prompt for q in typed if "____." in q.prompt]


def test_an_age_after_a_name_is_no_figure_to_ask():
    assert _figures("Maria Lopez, 31, was arrested at the hospital after trying to take the baby.") == []


def test_one_name_of_a_list_is_not_blanked():
    bank = generate_bank((DATA / "articles" / "wp-chelyabinsk-meteor-2013-copy.txt").read_text(encoding="utf-8"),
                         article_ref="a.txt").bank
    assert not [q.answer for q in bank.questions if q.kind == "text" and q.answer in ("Sverdlovsk", "Tyumen")]
