"""What the thirty-fourth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import re

import pytest

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import DUMMY_IT, dangling, is_prose
from studydesk.core.generate.quantities import find_figures

from .helpers import page_text, prompts_of, why_not_asked_in


def _split(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_a_footnote_mark_after_a_quotation_s_close_ends_the_sentence():
    assert _split('Moreton wrote, "It is one of the most ambitious shows ever staged."[6] It is estimated that the '
                  'tour cost £37 million to stage.') == [
        'Moreton wrote, "It is one of the most ambitious shows ever staged."[6]',
        "It is estimated that the tour cost £37 million to stage."]


def test_a_name_written_with_an_exclamation_mark_does_not_end_the_sentence():
    assert len(_split("GeoCities, later Yahoo! GeoCities, was a web hosting service. It closed in 2009.")) == 2
    assert len(_split("He won! Then he left.")) == 2


def test_a_model_s_number_is_no_count_but_a_margin_of_votes_is():
    assert not [f for f in find_figures("It was developed using a 6502 assembler running on Multics.")
                if f.value == 6502]
    assert [f.value for f in find_figures("He was defeated by an SNP candidate with a 149 vote margin.")] == [149]


@pytest.mark.parametrize("sentence", [
    "The statue held the record for the tallest statue from 1993 to 2008., it is the fifth-tallest statue in the world.",
])
def test_a_stop_run_into_a_comma_is_a_copy_s_loss(sentence):
    assert not is_prose(sentence)


@pytest.mark.parametrize("sentence", [
    "McCain has phoned Obama to concede the election.",
    "MacArthur was the driving force behind the operation at Inchon in 1950.",
    "GeoCities was started in November 1994 by David Bohnett and John Rezner.",
])
def test_a_name_with_a_capital_inside_is_prose_not_an_infobox_label_glued_to_its_value(sentence):
    assert is_prose(sentence)
    assert not is_prose("Deaths144 (28 adults, 116 children)")


def test_an_empty_pronunciation_and_a_broken_conversion_are_left_out_of_the_question():
    assert FOOTNOTE.sub("", "Fernando de Noronha (Portuguese pronunciation: ) is an archipelago of 21 islands.") == \
        "Fernando de Noronha is an archipelago of 21 islands."
    assert FOOTNOTE.sub("", "It has an area of 20.2 km2 (7+13⁄16 sq mi) and 6,000 people.") == \
        "It has an area of 20.2 km2 and 6,000 people."


def test_farther_at_leans_on_what_it_is_farther_than():
    assert dangling("Sicily is farther at 205 kilometres, while Malta is 176 kilometres east.")


def test_a_floor_stated_after_a_vague_figure_is_not_asked():
    assert why_not_asked_in("The Andaman islands have been inhabited for several thousand years, at the very least.",
                            "vague")
    assert not why_not_asked_in("The Andaman islands have been inhabited for several thousand years.", "vague")


def test_a_lettered_footnote_mark_is_no_figure():
    assert find_figures("Lampedusa (Maltese: Lampeduża)[lower-alpha 1] is the largest island.") == []


def test_it_is_thought_with_a_new_subject_is_a_dummy_it():
    assert DUMMY_IT.match("It is thought Aboriginal Tasmanians were separated from the mainland 10,000 years ago.")
    assert not DUMMY_IT.match("It is believed to be the largest battle ever fought involving chariots.")


def test_a_title_s_bracketed_years_do_not_hide_the_kind_its_lead_gives():
    # "The Wall Live (2010–13)" opens "The Wall Live is a worldwide concert tour": "the tour" is the page's own
    # (named since its hatnote, "For the original Pink Floyd tour ...", is page chrome)
    prompts = prompts_of(page_text("wp-the-wall-live-2010-wikipedia"))
    assert any(re.search(r"first leg of (?:the tour|\[the Wall Live\])", p) for p in prompts)


def test_it_after_the_tour_opening_a_sentence_is_the_tour():
    text = ("Blond Ambition World Tour\n\nThe Blond Ambition World Tour was the third concert tour by Madonna. It "
            "began on April 13, 1990, in Chiba, Japan. Pepsi was to sponsor it. The tour garnered positive reviews "
            "from critics and was a commercial success. It received an award at the Pollstar Awards and grossed "
            "over US$62.7 million.")
    assert any("62.7" in p or "grossed" in p for p in prompts_of(text))


def test_a_name_s_number_is_part_of_the_name():
    from studydesk.core.generate.entities import EntityIndex

    names = EntityIndex(["Falcon 1 was a small-lift launch vehicle built by SpaceX.",
                         "Falcon 1 was launched a total of five times.", "On 3 February 1966 Luna 9 landed."]).entities
    assert "Falcon 1" in names and "Luna 9" in names and "Falcon" not in names
    assert not [f for f in find_figures("Its sister orbital probe Chang'e 2 was launched on 1 October 2010.")
                if f.value == 2]
    assert [f.value for f in find_figures("Reagan's 525 electoral votes is the highest total.")] == [525]


def test_a_lead_s_apposition_may_hold_a_number_s_abbreviation():
    text = ("Luna 9, internal designation Ye-6 No.13, was an unmanned space mission of the Soviet Union. On 3 "
            "February 1966 the Luna 9 spacecraft became the first to land softly on the Moon. It used a landing "
            "bag to survive the impact speed of 22 kilometres per hour. The Earth was 384,000 km away. The Earth "
            "saw the pictures. Radio signals reached the Earth.")
    assert analyse(parse_article(text)).subject.name == "Luna 9"  # not the Earth, named three times
