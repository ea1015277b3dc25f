"""What the forty-first validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.page_subject import page_topic

from .helpers import page_text, prompts_of


def test_a_title_ending_in_a_word_that_is_also_a_verb_is_still_the_page_s_title():
    # "Jog Falls", "Guangzhou Opera House": no headline's verb; "Copenhagen Opera House | |": an infobox's title row
    for stem, title in (("wp-jog-falls-uncensored-wiki", "Jog Falls"),
                        ("wp-guangzhou-opera-house-2010-wikipedia", "Guangzhou Opera House"),
                        ("wp-copenhagen-opera-house-2005-piglix", "Copenhagen Opera House")):
        assert analyse(parse_article(page_text(stem))).topic == f'"{title}"', stem
    # a headline's verb still makes no title
    assert page_topic("Police arrest man\n\nPolice arrested a man in Leeds.", "", ["Police arrested a man."]) == ""


def test_a_sentence_that_names_nothing_names_its_article():
    prompts = prompts_of(page_text("wp-copenhagen-opera-house-2005-piglix"))
    assert any(p.startswith('Which words complete this sentence from the article "Copenhagen Opera House"? '
                            '"Construction began in ____') for p in prompts)


def test_the_lake_area_is_the_lake_s_area():
    prompts = prompts_of(page_text("wp-lake-balkhash-liquisearch"))
    assert not any("in [Lake Balkhash] area" in p for p in prompts)


def test_a_unit_before_a_noun_is_not_asked_how_many():
    prompts = prompts_of(page_text("wp-bic-cristal-1950-quizzclub"))
    assert not any("how many millimetres sphere" in p for p in prompts)


def test_a_title_row_that_repeats_its_name_names_it_once():
    text = "Lampedusa Lampedusa | |\nGeography | |\nLampedusa is the largest island of the Pelagie Islands."
    assert page_topic(text, "Lampedusa", ["Lampedusa is the largest island of the Pelagie Islands."]) == '"Lampedusa"'
