"""What the thirty-ninth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import random

from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.distractors import number_choices
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.quantities import find_figures

from .helpers import drafted, page_text, prompts_of, why_not_asked_in


def _choices_of(stem: str, words: str) -> tuple[str, ...]:
    (q,) = [q for q in drafted(page_text(stem)) if words in q.prompt and isinstance(q, ChoiceQuestion)]
    return q.choices


def test_the_river_before_a_name_is_that_river_not_the_place_before_it():
    # "Located in the Tuscany region of Central Italy, the river Arno is ...": Italy is no river
    prompts = prompts_of(page_text("wp-arno-flood-1966-wikipedia"))
    assert not any("[Italy]" in p for p in prompts)
    assert any("km of [the Arno] is used for navigation" in p for p in prompts)
    assert not any("[the Arno] Arno" in p for p in prompts)


def test_a_year_that_dates_a_participle_is_not_asked_of_the_main_verb():
    # "It replaced an older bridge constructed in 1954": not "In what year did it replace ...?"
    prompts = prompts_of(page_text("wp-sunshine-skyway-bridge-piglix"))
    assert not any(p.startswith("In what year did") and "replace" in p for p in prompts)


def test_other_sources_lean_on_the_source_before():
    assert dangling("Other sources put the death toll at 476.")
    assert not dangling("The official death count was 418.")


def test_another_estimate_in_the_same_unit_goes_with_the_conversion():
    # "(perhaps more than 250,000 acres ...)" beside the blank rules out every smaller wrong choice
    prompts = prompts_of(page_text("wp-great-hinckley-fire-1894-wikipedia"))
    (acres,) = [p for p in prompts if "burned an area of ____" in p]  # "acres" is a unit, in the choices (set 45)
    assert "250,000" not in acres and "____, including the town of Hinckley" in acres


def test_an_amount_written_with_a_sign_keeps_it_in_its_choices():
    (fig,) = [f for f in find_figures("It was a £2.6 million train robbery.") if f.dimension == "money"]
    assert fig.display() == "£2.6 million" and fig.display(5.2e6) == "£5.2 million"
    (plain,) = find_figures("It cost 5 million dollars.")
    assert plain.display() == "5 million dollars"
    choices = _choices_of("wp-great-train-robbery-1963-blog-copy", "a ____ train robbery")
    assert "£2.6 million" in choices and not any("pounds" in c for c in choices)


def test_a_bracketed_year_inside_the_unit_stays():
    prompts = prompts_of(page_text("wp-tillamook-burn-1933-wikipedia"))
    assert any("in contemporary (1933) dollars" in p for p in prompts)
    assert not any("in contemporary dollars" in p for p in prompts)


def test_an_acronym_the_page_spelled_out_is_named_in_full():
    prompts = prompts_of(page_text("wp-knoxville-worlds-fair-1982-askwikinow"))
    assert any(p.count("[The Knoxville International Energy Exposition] opened on May 1, 1982") for p in prompts)
    assert not any("The KIEE" in p for p in prompts)


def test_a_name_in_another_script_goes_without_its_language_named():
    sentence = ("The Convention Concerning the Exchange of Greek and Turkish Populations (Σύμβαση για την "
                "Ανταλλαγή, Türk ve Yunan Nüfuslarının Mübadelesine İlişkin Sözleşme), also known as the Lausanne "
                "Convention, was an agreement.")
    assert FOOTNOTE.sub("", sentence) == ("The Convention Concerning the Exchange of Greek and Turkish Populations, "
                                          "also known as the Lausanne Convention, was an agreement.")
    assert FOOTNOTE.sub("", "It holds 5 (five) seats.") == "It holds 5 (five) seats."


def test_the_key_is_not_the_smallest_or_largest_of_four_multiples():
    # "approximately 455 kilometers": wrong choices of 2, 3 and 4 times it gave the key away as the smallest
    (fig,) = find_figures("Yeosu lies approximately 455 kilometers south of Seoul.")
    for seed in range(40):
        answer, wrong = number_choices(fig, random.Random(seed))
        values = [float(w.split()[1].replace(",", "")) for w in wrong]
        assert min(values) < 455 < max(values), (seed, wrong)


def test_half_of_a_place_is_no_share():
    sentence = "The fire burned much of the southern half of the Door Peninsula."
    assert why_not_asked_in(sentence, "fraction")
    assert not why_not_asked_in("Half of the town's homes burned.", "fraction")


def test_a_date_whose_year_is_in_view_is_asked_with_the_year_kept():
    # "It opened one day before the Athens 2004 Summer Olympics, on 12 August 2004"
    choices = _choices_of("wp-rio-antirrio-bridge-kiwix-2024", "transport the Olympic flame")
    assert "12 August 2004" in choices and all(c.endswith("2004") for c in choices)
    # "(1404)" in the title, "of 1404" in the sentence; "on or around" goes into the blank whole
    prompts = prompts_of(page_text("wp-st-elizabeths-flood-1404-wikipedia"))
    assert any("of 1404 occurred ____, the namesake day" in p for p in prompts)
    assert not any("on or ____" in p for p in prompts)


def test_an_infobox_line_above_the_lead_is_no_heading_that_gives_its_date_away():
    prompts = prompts_of(page_text("wp-treaty-of-vereeniging-1902-wikipedia"))
    assert any("was a peace treaty, signed on ____" in p for p in prompts)


def test_a_wiki_template_s_name_is_no_prose():
    assert not is_prose("Template:History and Politics of Fiji Fiji Coups of 1987 refers to a chain of events.")


# Found by the blind sample read after these changes (docs/generator.md)

def test_a_date_beside_another_date_is_not_asked_with_the_year_kept():
    # "lasted from ____ until 7 July 1991": wrong choices in 1991 fell after the end
    prompts = prompts_of(page_text("wp-ten-day-war-1991-wikipedia"))
    assert not any("lasted from ____ until 7 July 1991" in p for p in prompts)


def test_a_bare_number_before_a_singular_unit_is_a_broken_template():
    assert not is_prose("The fires destroyed a total area of 350000 acre of old growth timber.")
    assert is_prose("The fires destroyed a total area of 350,000 acres of old growth timber.")


def test_the_remaining_few_lean_on_the_count_before():
    assert dangling("The Federal Reserve Bank of New York blocked the remaining how many transactions?")
    assert not dangling("The FDIC will retain the remaining assets for later disposition.")
