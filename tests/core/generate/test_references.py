"""Whether a sentence reads on its own: a pronoun the sentence itself
resolves is no reason to skip it; one that leans on an earlier sentence is."""

import pytest

from tests.support import DATA

from studydesk.core.generate.quality import dangling

STANDS_ALONE = [
    # A name whose last word is a plural noun may be "their" or "its".
    "The Free Democrats also scored one of their best results in their history, gaining 3%.",
    "The Chicago Bulls lost their first game of the season by 12 points.",
    "The Romans built their first road in 312 BC.",
    "Lagos grew by 600,000 people a year, and its port is the busiest in Nigeria.",
    "Eight months of fighting left 500 people dead in the city of Lagos.",
]

LEANS_BACK = [
    "Lagos grew quickly, and the Romans doubled their size.",
    "Trajan crossed it in 105 with 40,000 men.",
    "They are the only real winners of this election.",
    "The Romans built it in 312 BC.",
    # later than what?
    "Eight months later, the Red Army invaded Georgia with 20,000 men.",
    "Two years earlier the city had 500 people.",
]


@pytest.mark.parametrize("sentence", STANDS_ALONE)
def test_a_pronoun_the_sentence_resolves_is_no_reference_back(sentence):
    assert dangling(sentence) == ""


@pytest.mark.parametrize("sentence", LEANS_BACK)
def test_a_pronoun_that_leans_on_an_earlier_sentence_is_found(sentence):
    assert dangling(sentence) != ""


def _refs(text: str):
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse

    return {info.text: info.refs for info in analyse(parse_article(text)).sentences}


def test_he_is_not_taken_for_someone_named_before_a_name_the_finder_could_not_place():
    # Khanjani, the spokesman quoted sentences before, is not who "he" is: the name that opens
    # the sentence before it is, though the finder cannot tell it is a person's.
    text = next(DATA.glob("*/wn-iran-presidential-runoff-2005.txt")).read_text(encoding="utf-8")
    refs = _refs(text)
    he = next(s for s in refs if s.startswith("He had the political support of low-income workers"))
    assert refs[he].person == "Ahmadinejad"


def test_the_bridge_opening_a_paragraph_is_not_a_bridge_named_in_passing_before():
    refs = _refs("The Millau Viaduct\n\n"
                 "The Millau Viaduct is a cable-stayed road bridge in southern France, 270 m above the Tarn.\n\n"
                 "The record is likely to be taken by the Chenab Bridge in India, due in 2009.\n\n"
                 "The bridge forms the last link of the A75 autoroute from Clermont-Ferrand.\n")
    assert refs["The bridge forms the last link of the A75 autoroute from Clermont-Ferrand."].things == ()


def test_the_bridge_of_a_bridge_the_sentence_names_is_left_alone():
    refs = _refs("The Millau Viaduct\n\n"
                 "The Chenab Bridge in India is due in 2009. Only the bridge deck of the Royal Gorge Bridge in "
                 "Colorado is higher, at 321 m.\n")
    assert refs["Only the bridge deck of the Royal Gorge Bridge in Colorado is higher, at 321 m."].things == ()
