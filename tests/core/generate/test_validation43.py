"""What the forty-third validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.quality import leaning_opening

from .helpers import page_text, prompts_of


def test_the_one_in_rome_leans_on_the_sentence_before():
    assert leaning_opening("The one in Rome involved around three million people.") == "The one"
    assert leaning_opening("The one-day strike was called off.") == ""


def test_the_sea_floor_is_any_sea_s():
    prompts = prompts_of(page_text("wp-roter-sand-lighthouse-1885-wikimili"))
    assert not any("[the North Sea] floor" in p for p in prompts)
    from studydesk.core.generate.the_thing import _THE_NOUN
    assert [m.group(1) for m in _THE_NOUN.finditer("on the sea-floor, the sea floors, and the sea itself")] == ["sea"]


def test_a_definition_with_a_bracketed_aside_in_its_commas_still_gives_the_kind():
    # "The Treskilling Yellow, or three schilling banco error of color (Swedish: ..., literally ...), is a
    # Swedish postage stamp": "the stamp" and an opening "This stamp" are the page's
    analysis = analyse(parse_article(page_text("wp-treskilling-yellow-1855-wikipedia")))
    assert "stamp" in analysis.subject.nouns
    prompts = prompts_of(page_text("wp-treskilling-yellow-1855-wikipedia"))
    assert any('"[The Treskilling Yellow] was cancelled at Nya Kopparberget' in p for p in prompts)


def test_this_opening_a_sentence_names_only_the_page_s_own_kind():
    # "This treaty" on the Treaty of Ancón's page is that treaty
    prompts = prompts_of(page_text("wp-treaty-of-ancon-1883-wikipedia"))
    assert any("[The Treaty of Ancón], known as the Treaty of Lima" in p for p in prompts)


def test_the_date_in_the_page_s_own_definition_is_no_side_event_s():
    # "The Jarrow March (...), was an October 1936 protest march": the march's date, not "a 2019 study"'s
    prompts = prompts_of(page_text("wp-jarrow-march-1936-wikipedia"))
    assert any("was an ____ protest march" in p for p in prompts)


def test_a_title_s_bracket_or_closing_stop_still_names_the_page_s_definition():
    from studydesk.core.generate.quantities import find_figures
    from studydesk.core.generate.worth import worth

    for title, sentence in (("Black Friday (1869)", "Black Friday was a September 1869 gold panic in New York."),
                            ("Washington, D.C.", "Washington, D.C. is a 1790 creation of Congress and a city.")):
        fig = next(f for f in find_figures(sentence) if f.kind in ("date", "year"))
        assert "the date of a side event" not in worth(fig, sentence, [fig], title)[1], title
    side = "Historians cite a 1999 study of the panic."
    (fig,) = find_figures(side)
    assert "the date of a side event" in worth(fig, side, [fig], "Black Friday (1869)")[1]
