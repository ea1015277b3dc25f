"""What the thirty-third validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import random

import pytest

from studydesk.core.article import split_sentences
from studydesk.core.generate.distractors import vague_choices
from studydesk.core.generate.quality import dangling
from studydesk.core.generate.quantities import find_figures

from .helpers import prompts_of


def test_op_is_an_abbreviation_not_a_sentence_s_end():
    text = "Romeo and Juliet, Op. 64, is a ballet by Sergei Prokofiev. It premiered in 1938."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Romeo and Juliet, Op. 64, is a ballet by Sergei Prokofiev.", "It premiered in 1938."]


@pytest.mark.parametrize("sentence", [
    "The coordinates of the hospital are 0°20'16.0\"N, 32°34'32.0\"E.",
    "Following the implementation of Law #7, revenues going to the General Fund were diminished.",
])
def test_a_coordinate_s_minutes_and_a_law_s_number_are_no_figures(sentence):
    assert find_figures(sentence) == []


def test_yesterday_leans_on_a_news_report_s_date():
    assert dangling("A train derailment at 20:41 local time (1841 UTC) yesterday just outside the city of Santiago "
                    "de Compostela has left at least 77 people dead.")


def test_dozens_of_is_offered_against_hundreds_of_not_a_few_hundred_of():
    sentence = "Gannett is but one of dozens of glaciers located in the Fitzpatrick Wilderness."
    (fig,) = [f for f in find_figures(sentence) if f.kind == "vague"]
    answer, wrong = vague_choices(fig, random.Random(0))
    assert answer == "Dozens" and all(not w.startswith("A few") for w in wrong)


def test_a_name_that_qualifies_the_subject_is_not_who_acts():
    text = ("Charlottetown Festival\n\nThe Charlottetown Festival is a seasonal musical theatre festival in "
            "Charlottetown. The Young Company shows are free to the public and take place at noon outside the "
            "Confederation Centre.\n")
    assert not [p for p in prompts_of(text) if p.startswith("Which organisation shows")]
