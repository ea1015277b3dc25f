"""What the forty-fifth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from .helpers import page_text, prompts_of


def test_the_page_s_own_kind_opening_a_sentence_owns_its_date():
    # "The order was founded by Bruno of Cologne in 1084" on the Carthusians' page: the order's own founding year,
    # not a side event's date further down the page
    prompts = prompts_of(page_text("wp-carthusians-1084-arthistoryreference"))
    assert any("was founded by Bruno of Cologne in ____" in p for p in prompts)


def test_a_regnal_number_is_no_surname():
    # "Philip IV of France, King Philip IV of France, ...": "he" is "[Philip IV]", not "[IV]"
    prompts = prompts_of(page_text("wp-knights-templar-1119-theinfolist"))
    assert any("[Philip IV] pressured Pope Clement V" in p for p in prompts)
    assert not any("[IV]" in p for p in prompts)


def test_a_year_before_the_source_is_not_the_source_s():
    from studydesk.core.generate.sources import attributions

    sentence = "In the year 1995 researchers estimated that only 51 Antiguan racer snakes were alive."
    (a,) = attributions(sentence, {})
    assert (a.source, sentence[a.start:a.start + 11]) == ("researchers", "researchers")
    prompts = prompts_of(page_text("wp-antiguan-racer-pinocchiopedia"))
    assert not any("According to the year" in p for p in prompts)


def test_the_three_and_therefore_lean_on_the_sentence_before():
    from studydesk.core.generate.quality import leaning_opening

    assert leaning_opening("The three were sold to the Columbus Zoo for $7,500.") == "The three"
    assert leaning_opening("The three brothers were born in Basel.") == ""
    prompts = prompts_of(page_text("wp-french-republican-calendar-1793-wikiclassic"))
    assert not any("therefore" in p for p in prompts)


def test_a_number_word_inside_a_name_is_no_figure():
    from studydesk.core.generate.quantities import find_figures

    assert find_figures("It was also known as the Great Forty-Foot telescope.") == []
    assert [f.text for f in find_figures("Forty people died.")] == ["Forty"]


def test_a_language_code_left_of_a_lost_pronunciation_goes():
    prompts = prompts_of(page_text("wp-skellig-michael-wikipedia"))
    assert prompts and not any("/ga/" in p for p in prompts)


def test_one_question_on_a_length_or_an_area_per_page():
    # read blind: Chester Zoo's second acreage ("acres" is now an area), the Commerzbank Tower's second height
    from studydesk.core.generate import generate_bank

    for stem, unit in (("wp-chester-zoo-1931-amazingdaysout", "acres"), ("wp-commerzbank-tower-1997-liquisearch", "metres")):
        bank = generate_bank(page_text(stem), article_ref="a.txt", seed=0).bank
        assert len([q for q in bank.questions if q.id.startswith(f"{unit}-")]) == 1, stem


def test_a_relative_s_birth_or_death_date_is_a_side_event_s():
    from studydesk.core.generate.quantities import find_figures
    from studydesk.core.generate.worth import worth

    for sentence in ("Jambo's older sister Goma, born on 23 December 1959 in Basel, was the first gorilla in Europe.",
                     "They had a son, who was born in Basel and died at Wuppertal Zoo on 12 May 1984.",
                     "Jambo was moved to Jersey Zoo, founded by Gerald Durrell on April 27, 1972."):
        (fig,) = [f for f in find_figures(sentence) if f.kind == "date"]
        assert "the date of a side event" in worth(fig, sentence, [fig], "Jambo")[1], sentence
    main = "Jambo was born on 17 April 1961 in Basel."
    (fig,) = find_figures(main)
    assert "the date of a side event" not in worth(fig, main, [fig], "Jambo")[1]


def test_what_a_review_of_the_change_found():
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse
    from studydesk.core.generate.page_marks import FOOTNOTE
    from studydesk.core.generate.quantities import find_figures
    from studydesk.core.generate.sources import attributions

    # a shortened name keeps its whole attribution; "the Year 1995" goes whatever its case
    sentence = "Turkish Prime Minister Recep Tayyip Erdogan reported 55 buildings destroyed."
    (a,) = attributions(sentence, {"Recep Tayyip Erdogan": "Erdogan"})
    assert a.start == 0 and a.source == "Erdogan"
    assert attributions("In the Year 1995 researchers estimated that 51 snakes lived.", {})[0].source == "researchers"
    # "acre-feet" is a volume and Acre a city
    assert [f.unit for f in find_figures("It holds 27 million acre feet of water.")] == [""]
    assert [f.kind for f in find_figures("In 1104 Acre was captured.")] == ["year"]
    # a language code goes only where the lost pronunciation's bracket closes
    assert FOOTNOTE.sub("", "The sound /th/ is ð (Sceilg Mhichíl /ga/).") == "The sound /th/ is ð (Sceilg Mhichíl)."
    # "therefore" after its premise stands alone
    analysis = analyse(parse_article(page_text("wp-agriculture-in-ivory-coast-wikipedia")))
    info = next(i for i in analysis.sentences if "and therefore" in i.text)
    assert analysis.stands_alone(info, info.text)
    # the page's kind owns a date only as the subject of a verb
    dam = analyse(parse_article(page_text("wp-three-gorges-dam-blog-copy")))
    assert not dam.subject_s_own("The dam body was finished in ")
