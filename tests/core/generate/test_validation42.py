"""What the forty-second validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.quality import leaning_opening
from studydesk.core.generate.worth import worth

from .helpers import find_figures, page_text, prompts_of, why_not_asked_in


def test_a_building_s_page_is_about_the_building_not_the_city_in_its_name():
    # "Liverpool Cathedral": "Liverpool" is named more often (the Diocese, the Bishop), yet the page is the cathedral's
    for stem, name in (("wp-liverpool-cathedral-1904-ipfs", "Liverpool Cathedral"),
                       ("wp-dunedin-railway-station-1906-uncensored-wiki", "Dunedin Railway Station")):
        assert analyse(parse_article(page_text(stem))).subject.name == name, stem
    # a fire's page keeps its city, which "the city" names
    assert analyse(parse_article(page_text("wp-great-chicago-fire-1871-copy"))).subject.name == "Chicago"


def test_a_year_of_a_gerund_s_clause_is_not_asked_as_the_main_verb_s():
    # "The Games were opened by Queen Elizabeth II for the first time since becoming Queen in 1952": keyed 1952,
    # "In what year were the Games opened" asks for 1978
    prompts = prompts_of(page_text("wp-commonwealth-games-1978-wikimili"))
    assert not any("In what year were the Games opened" in p for p in prompts)
    kept = generate_bank(page_text("wp-commonwealth-games-1978-wikimili"), seed=0).bank.questions
    assert not any("since becoming Queen in ____" in q.prompt for q in kept)  # a side clause's year: background


def test_a_sentence_opening_with_however_or_but_leans_on_the_one_before():
    assert leaning_opening("However, demonstration events such as goalball were held.") == "However"
    assert leaning_opening("But Cooper's compatriot, Stephen Holland, exacted revenge.") == "But"
    assert leaning_opening("Butter was rationed from 1940.") == ""
    prompts = prompts_of(page_text("wp-summer-paralympics-1972-hawaiilibrary"))
    assert not any('"However,' in p for p in prompts)


def test_the_city_name_is_the_city_s_name():
    prompts = prompts_of(page_text("wp-berlin-to-kitchener-name-change-1916-wikipedia"))
    assert any("whether to change [Berlin's] name" in p for p in prompts)
    assert not any("[Berlin] name" in p for p in prompts)


def test_a_count_s_date_in_brackets_is_kept():
    # "139,579 inhabitants (31 March 2010)": not a conversion to leave out, and no question that drops it
    prompts = prompts_of(page_text("wp-oulu-lsnib"))
    asked = [p for p in prompts if "inhabitants" in p]
    assert asked and all("(31 March 2010)" in p for p in asked)


def test_an_age_at_death_is_not_asked_where_the_page_gives_both_dates():
    prompts = prompts_of(page_text("wp-isabelle-dinoire-face-transplant-2005-wikipedia"))
    assert not any("died at age ____" in p for p in prompts)
    # an age at another moment of the life is still asked
    assert any("at the age of ____" in p for p in prompts_of(page_text("wp-ferranti-2005")))


def test_a_length_is_not_asked_as_what_a_building_is():
    # "It is approximately 5 kilometres (3.1 mi), by road, north-east of Kampala's central business district."
    prompts = prompts_of(page_text("wp-mulago-hospital-piglix"))
    assert not any(p.startswith("Roughly what is") for p in prompts)


def test_a_fragment_with_no_subject_is_not_asked():
    sentence = "Situated 186 kilometres southeast of Tallinn and 245 kilometres northeast of Riga, the capital of Latvia."
    figures = find_figures(sentence)
    from studydesk.core.generate.not_asked import why_not_asked
    assert why_not_asked(figures[1], sentence, figures) == "a fragment with no subject"
    assert why_not_asked_in("Located 20 km north of Lyon, the town has 5,000 inhabitants.", "count") == ""


def test_open_all_hours_is_a_phrase_and_a_place_far_away_a_side_detail():
    assert why_not_asked_in("The dining hall could seat up to 1,000 and was open 24 hours a day.", "measure")
    sentence = "A shuttle bus ran from the University campus to the main stadium five miles away."
    (fig,) = find_figures(sentence)
    assert "how far away a place is" in worth(fig, sentence, [fig])[1]
