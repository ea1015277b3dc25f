"""What the thirty-first validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import random

import pytest

from studydesk.core.article import parse_article
from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.audit import defects_of
from studydesk.core.generate.giveaways import in_title
from studydesk.core.generate.quality import References, dangling, resolve
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.superlatives import superlative_candidates

from .helpers import prompts_of


def test_a_note_on_a_namesake_above_the_text_is_not_what_the_page_is_about():
    text = ("Another Pic du Midi is the Pic du Midi d'Ossau.\n\nThe Pic du Midi de Bigorre is a mountain in the "
            "French Pyrenees famous for its observatory.\n\nConstruction of the observatory began in 1878, and the 8 "
            "meter dome was completed in 1908.\n")
    assert "Another" not in analyse(parse_article(text)).topic
    assert not [p for p in prompts_of(text) if "Another Pic" in p]


def test_its_is_not_named_when_the_sentence_names_another_of_the_series():
    refs = References(subject="Chang'e", it="Chang'e")
    sentence = "Its sister orbital probe Chang'e 2 was launched on 1 October 2010."
    assert resolve(sentence, refs) == sentence
    assert resolve("Its orbit was low.", refs) == "[Chang'e's] orbit was low."


def test_the_telescope_is_not_named_when_two_telescopes_were_just_named():
    text = ("Arecibo Observatory\n\nThe Arecibo Observatory is an observatory in Puerto Rico. Its main instrument was "
            "the Arecibo Telescope, a 305 m dish. Completed in 1963, it was the largest single-aperture telescope for "
            "53 years, surpassed in July 2016 by the Five-hundred-meter Aperture Spherical Telescope in China. A full "
            "collapse of the telescope occurred on 1 December 2020.\n")
    assert not [p for p in prompts_of(text) if "collapse of [the Five-hundred" in p]


@pytest.mark.parametrize("sentence, leans", [
    ("A bimetallic 500 fils followed in 2000.", True),
    ("The war followed the revolution of 1917.", False),
])
def test_followed_with_nothing_before_it_leans_on_the_sentence_before(sentence, leans):
    assert bool(dangling(sentence)) is leans


@pytest.mark.parametrize("title, sentence, given", [
    ("Five-hundred-meter Aperture Spherical Telescope", "FAST has a 500 m diameter dish.", True),
    ("Magnitude seven earthquake hits Japan", "An earthquake with a magnitude of 7.0 struck off the shore.", True),
    ("Falcon 1", "The vehicle was launched a total of five times.", False),
])
def test_a_number_the_title_writes_in_words_is_given_away(title, sentence, given):
    (fig,) = find_figures(sentence)
    assert in_title(fig, title) is given


@pytest.mark.parametrize("text, answer", [
    ("Greenland\n\nGreenland is the world's largest island. It lies between the Arctic and Atlantic oceans.\n",
     "largest"),
    ("Tristan da Cunha\n\nTristan da Cunha is the most remote inhabited archipelago in the world. It is in the South "
     "Atlantic.\n", "most remote"),
    ("Operation Magic Carpet\n\nOperation Magic Carpet was the first in a series of operations. It began in 1949.\n",
     None),
])
def test_claims_of_the_world_s_and_of_most_are_read_too(text, answer):
    found = superlative_candidates(analyse(parse_article(text)), random.Random(0))
    assert (found[0].question.answer if found else None) == answer


def _year_question(key: str, wrong: tuple[str, ...], evidence: str) -> ChoiceQuestion:
    return ChoiceQuestion(id="q", prompt="It was founded in ____.", answer=key, choices=(key, *wrong),
                          evidence=(evidence,))


def test_another_founding_year_of_the_article_is_no_wrong_choice():
    article = ["The park itself was founded by Carl Hagenbeck Jr. in 1907.",
               "In 1874, Hagenbeck opened a zoo facility in Hamburg, called Carl Hagenbeck's Tierpark.",
               "After the king rescinded the company's monopoly in 1697, the company became insolvent, and a newly "
               "founded company took over."]
    figures = [(s, f) for s in article for f in find_figures(s)]
    def also_true(wrong: tuple[str, ...]) -> list[str]:
        question = _year_question("1907", wrong, article[0])
        return [d.detail for d in defects_of(question, "figure", figures) if d.kind == "also-true"]

    assert len(also_true(("1874", "1904", "1908"))) == 1 and "1874" in also_true(("1874", "1904", "1908"))[0]
    # 1697 is the year of a monopoly's end, though "founded" stands later in its sentence
    assert not also_true(("1697", "1904", "1908"))
