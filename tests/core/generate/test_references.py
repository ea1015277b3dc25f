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
    # an object pronoun that means someone named in an earlier clause; a possessive "her"
    "When Smith met the king in 1520, the king gave him 40 horses.",
    "Queen Mary gave her husband 40 horses.",
]

LEANS_BACK = [
    "Lagos grew quickly, and the Romans doubled their size.",
    "Trajan crossed it in 105 with 40,000 men.",
    "They are the only real winners of this election.",
    "The Romans built it in 312 BC.",
    # later than what?
    "Eight months later, the Red Army invaded Georgia with 20,000 men.",
    "Two years earlier the city had 500 people.",
    # the subject of "freed him" is not who "him" is
    "President Hosni Mubarak freed him four years later.",
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
    # The page defines its subject as a bridge: the bridge opening a paragraph is the Millau Viaduct,
    # never the Chenab Bridge the paragraph before mentioned in passing.
    assert refs["The bridge forms the last link of the A75 autoroute from Clermont-Ferrand."].things == (
        ("bridge", "the Millau Viaduct"),)


def test_the_bridge_of_a_bridge_the_sentence_names_is_left_alone():
    refs = _refs("The Millau Viaduct\n\n"
                 "The Chenab Bridge in India is due in 2009. Only the bridge deck of the Royal Gorge Bridge in "
                 "Colorado is higher, at 321 m.\n")
    assert refs["Only the bridge deck of the Royal Gorge Bridge in Colorado is higher, at 321 m."].things == ()


def test_a_name_ending_in_the_noun_keeps_its_the():
    # "won the siege": "won [the Great Siege of Malta]", not "won [Great Siege of Malta]"
    text = next(DATA.glob("*/wp-siege-of-malta-1565-military-wiki.txt")).read_text(encoding="utf-8")
    refs = _refs(text)
    (knights,) = [s for s in refs if s.startswith("The Knights, together with")]
    assert dict(refs[knights].things)["siege"] == "the Great Siege of Malta"


def test_a_bracket_that_only_restates_the_noun_is_left_out():
    refs = _refs("The Treaty of Tordesillas\n\n"
                 "The Treaty was signed at Tordesillas in 1494. It divided the lands outside Europe. "
                 "The treaty was signed by Spain, 2 July 1494, and by Portugal, 5 September 1494.\n")
    assert refs["The treaty was signed by Spain, 2 July 1494, and by Portugal, 5 September 1494."].things == ()


def test_it_as_an_object_is_not_the_thing_the_sentence_before_opened_with():
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse

    a = analyse(parse_article(
        "The Boston Tea Party\n\nThe Boston Tea Party was a political protest in Boston on December 16, 1773. "
        "After officials refused to return three shiploads of taxed tea to Britain, colonists destroyed "
        "the tea by throwing it into Boston Harbor.\n"))
    info = a.sentences[1]
    assert "[" not in a.shown(info, info.text) and not a.stands_alone(info, info.text)


def test_the_plural_an_earlier_sentence_spoke_of_leans_back():
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse

    a = analyse(parse_article(
        "Strikes in Poland\n\nIn 1988 workers began strikes across Poland, and 20,000 joined them. "
        "The strikes, as well as street demonstrations, continued until early September 1988. "
        "The Romans built 40 roads.\n"))
    strikes, romans = a.sentences[1], a.sentences[2]
    assert strikes.the_earlier == "The strikes" and not a.stands_alone(strikes, strikes.text)
    assert romans.the_earlier == ""
