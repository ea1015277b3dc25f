"""What the fortieth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.quantities import find_figures

from .helpers import page_text, prompts_of, why_not_asked_in


def _figure(sentence: str, text: str):
    (fig,) = [f for f in find_figures(sentence) if f.number_text == text or f.text == text]
    return fig


def test_a_third_before_a_name_is_an_ordinal():
    assert why_not_asked_in("Royal Brunei acquired a third 737 in 1980.", "fraction")
    assert not why_not_asked_in("A third of the villages were abandoned.", "fraction")


def test_a_line_s_number_is_its_name():
    sentence = "Metro map, including Lines 3 & 6 (currently under construction)."
    fig = _figure(sentence, "6")
    assert why_not_asked(fig, sentence, find_figures(sentence))


def test_a_figure_true_of_some_of_them_is_not_asked():
    sentence = "Its walls, some of which were over five metres high, were built without mortar."
    fig = _figure(sentence, "five")
    assert why_not_asked(fig, sentence, find_figures(sentence))


def test_by_with_is_a_copy_s_loss():
    assert not is_prose("In 2024, KLIA is ranked first in the index by with 11,188 possible connections.")


def test_the_other_one_named_gives_two_away():
    sentence = ("It is one of only two commercial airports in New Zealand (the other being Christchurch) capable of "
                "handling Boeing 747 aircraft.")
    assert given_away(sentence, _figure(sentence, "two"))


def test_a_share_and_its_two_counts_give_each_other_away():
    sentence = "In the Four Corners states, 17 of the 33 HPS cases in 1993 resulted in death, a 52% case fatality rate."
    for text in ("52", "17"):
        assert given_away(sentence, _figure(sentence, text)), text
    unrelated = "About 40% of the 33 cases were children."
    assert not given_away(unrelated, _figure(unrelated, "40"))


def test_an_adverb_opening_a_sentence_is_no_name_for_it():
    assert dangling("Officially recognized as its own condition in 1917, it is believed to have existed far longer.")


def test_a_rank_beside_another_superlative_is_not_blanked():
    prompts = prompts_of(page_text("wp-kuala-lumpur-international-airport-owiki"))
    assert not any("is the ____ and busiest" in p for p in prompts)
    assert not any("Which places" in p and "AirAsia" in p for p in prompts)  # airlines are no places


def test_a_part_of_the_blank_is_not_asked_in_a_question_of_its_own():
    prompts = prompts_of(page_text("wp-delhi-metro-2002-portal-trains-edgio"))
    assert not any("how many stations of which" in p for p in prompts)


def test_a_chain_of_it_goes_on_meaning_the_title_s_subject():
    prompts = prompts_of(page_text("wp-african-rinderpest-epizootic-1890s-wikipedia"))
    assert any("[The 1890s African rinderpest epizootic] killed ____ cattle" in p for p in prompts)
    # not a subject the title does not name: "[Dortmund] holds the European record" on the Westfalenstadion's page
    assert not any(p.count("[Dortmund] holds") for p in prompts_of(page_text("wp-westfalenstadion-1974-clateway")))


def test_where_a_place_lies_from_a_city_is_worth_less():
    from studydesk.core.generate.worth import worth

    def value(sentence: str, text: str) -> float:
        return worth(_figure(sentence, text), sentence, find_figures(sentence))[0]

    located = "Caral is located in the Supe valley, 182 kilometers north of Lima."
    apposed = "Expo 2012 opened in the town of Yeosu, approximately 455 kilometers south of Seoul."
    length = "The canal is 182 kilometers long and links the two seas."
    assert value(located, "182") < value(length, "182") - 0.15
    assert value(apposed, "455") < value(length, "182") - 0.15
