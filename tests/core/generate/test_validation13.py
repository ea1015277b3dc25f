"""What the thirteenth validation set's readers failed (2026-12-06), each with a
made-up text of the same shape: "the state" of "an island state of Valdoria"
named as Valdoria, "the station" and "the rover" left unnamed on a page that
defines its subject as one, lines broken at every link, a sentence cut at
"lit." inside brackets, a lost dash ("lasted 1015 seconds"), "How long is the
battle the?", a blank inside "Twenty-second Amendment", stems that give their
answer away (the month of the end date, "then helped provide the third"), one
of two hedged years, the week of a month, and the newspaper that ran a quote."""

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import drafted, prompts_of


def _refs(text: str) -> dict:
    return {info.text: info.refs for info in analyse(parse_article(text)).sentences}


ISLAND = ("Orrinland (abbreviated as ORR) is an island state of Valdoria. It is located 240 km (150 mi) to the "
          "south of the Valdorian mainland. The state encompasses the main island of Orrinland and 334 smaller islands. The state has a population of around 533,308 as of March 2019. Just "
          "over forty percent of the population resides in the metropolitan area of the state capital and largest "
          "city, Port Vell. Orrinland's area is 68,401 km2 (26,410 sq mi).\n")


def test_the_state_of_an_island_state_of_a_country_is_the_island_not_the_country():
    prompts = prompts_of(ISLAND)
    assert not [p for p in prompts if "[Valdoria" in p], prompts
    assert any("[Orrinland] has a population" in p for p in prompts), prompts
    analysis = analyse(parse_article(ISLAND))
    capital = next(i for i in analysis.sentences if "state capital" in i.text)
    assert "the metropolitan area of [Orrinland's] capital and largest city" in analysis.shown(capital, capital.text)


def test_a_direct_question_keeps_the_capital_of_a_possessive_name():
    prompts = prompts_of(ISLAND)
    assert not [p for p in prompts if "orrinland" in p], prompts


def test_a_time_in_hours_minutes_and_seconds_is_not_asked_as_its_hours():
    text = ("Orrin won the 2013 Tour of Valdoria on Sunday in Port Vell. Orrin's total time for the 3,400 km tour "
            "was 83 hours, 56 minutes and 40 seconds, four minutes faster than the runner-up. It was the 100th "
            "edition of the race, which 198 riders started.\n")
    questions = drafted(text)
    assert not [q.prompt for q in questions if "total time" in q.prompt and "____" not in q.prompt], \
        [q.prompt for q in questions]


MIRRA = ("Mirra (Russian: Мирра, IPA: [ˈmʲirə]; lit. Peace or World) was a Soviet space station, operational in low "
         "orbit from 1986 to 2001. With a greater mass than any station before it, Mirra was the first of the third generation of stations. Mirra served as a research laboratory in which crews conducted experiments.\n\n"
         "The first module of the station, known as the core module, was launched in 1986, and was followed by six "
         "further modules, all launched by Proton rockets.\n")


def test_the_kind_a_page_defines_its_subject_as_names_it_later():
    assert ("station", "Mirra") in _refs(MIRRA)[
        "The first module of the station, known as the core module, was launched in 1986, and was followed by six "
        "further modules, all launched by Proton rockets."].things
    prompts = prompts_of(MIRRA)
    assert any("of [Mirra]" in p for p in prompts), prompts


def test_a_stop_inside_brackets_that_close_soon_after_ends_no_sentence():
    text = "Mirra (Russian: Мирра; lit. Peace or World) was a station. It flew (magnitude 7.0.) The quake hit."
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == ["Mirra (Russian: Мирра; lit. Peace or World) was a station.",
                         "It flew (magnitude 7.0.)", "The quake hit."]


def test_lines_broken_mid_sentence_join_into_one_paragraph_with_every_offset_kept():
    text = ("Curio is a car-sized\nrover designed to explore the crater\nGale on\nMars as part of\nNASA's mission. "
            "It was launched in November 2011 and landed at 05:17\nUTC.\n\nOrigin and landing\nThe rover landed in August 2012.\n")
    article = parse_article(text)
    paragraphs = [b for b in article.blocks if b.kind == "paragraph"]
    assert paragraphs[0].text == ("Curio is a car-sized rover designed to explore the crater Gale on Mars as part of "
                                  "NASA's mission. It was launched in November 2011 and landed at 05:17 UTC.")
    assert all(len(b.text) == b.end - b.start for b in article.blocks)
    assert [b.kind for b in article.blocks][1:] == ["heading", "paragraph"]  # a heading stays one
    assert [s.text for s in article.sentences][:2] == [
        "Curio is a car-sized rover designed to explore the crater Gale on Mars as part of NASA's mission.",
        "It was launched in November 2011 and landed at 05:17 UTC."]


def test_a_range_that_lost_its_dash_is_no_figure():
    sentence = "Caused by a slip along the fault, the temblor lasted 1015 seconds and measured 6.9 on the scale."
    assert [f.value for f in find_figures(sentence)] == [6.9]


def test_an_ordinal_in_words_is_no_figure():
    sentence = "Orrin was leaving after the maximum two terms allowed by the Twenty-second Amendment."
    assert [f.value for f in find_figures(sentence)] == [2]


def test_a_length_before_another_clause_subject_is_asked_in_its_sentence():
    text = ("Second Battle of Orrin\n\nThe Second Battle of Orrin was a battle of the Second World War that took "
            "place near the Valdorian railway halt of Orrin. In October 1942 Lieutenant-General Marr, commander of "
            "Eighth Army, opened his offensive against the Axis forces. In a 13-day battle the Axis Panzerarmee "
            "Afrika was crushed and forced to retreat from Egypt and Libya to the borders of Tunisia. The Allied "
            "victory at Orrin was the beginning of the end of the Western Desert Campaign.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "the battle the" in p or p.startswith("How long")], prompts
    assert any("In a ____-day battle" in p for p in prompts), prompts


def test_a_stem_that_gives_its_answer_away_is_not_asked():
    text = ("The Battle of Orrin was an amphibious invasion that took place in Valdoria. The operation involved "
            "some 75,000 troops and 261 naval vessels. The battle began on 15 September 1950 and ended on 19 "
            "September. Marr fired in a powerful shot for the second goal, and then helped provide the third, with "
            "a long free kick to Dax.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "began on" in p or "When did the battle begin" in p], prompts
    assert not [p for p in prompts if "for ____ goal" in p], prompts


def test_one_of_two_years_the_page_hedges_between_is_no_figure():
    sentence = "The first cases were reported in Guizhou of southern Valdoria, in 1956 or in early 1957."
    assert find_figures(sentence) == []
    assert [f.value for f in find_figures("The first cases were reported in 1956, and more in 1957.")] == [1956, 1957]


def test_the_week_of_a_month_is_not_asked():
    text = ("The 1957 Orrin flu pandemic was a global pandemic of influenza that originated in Guizhou in southern "
            "Valdoria. Observers within Valdoria noted an epidemic beginning in the third week of February in western "
            "Guizhou, between its capital Guiyang and the city of Qujing in neighbouring Yunnan province. The "
            "pandemic killed between 1 and 4 million people.\n")
    assert not [p for p in prompts_of(text) if "____ week" in p], prompts_of(text)


def test_who_ran_a_quote_or_an_apposition_after_a_description_is_not_asked():
    text = ("The 1957 Orrin flu pandemic was a global pandemic of influenza. The virus spread to Singapore in "
            "February 1957 and Port Vell by April 1957. On 17 April 1957, The Times reported that \"an influenza "
            "epidemic has affected thousands of Port Vell residents\". One economist, Wee, wrote of the Marshall "
            "Plan in the Valdoria Review that it was a success. The pandemic killed between 1 and 4 million people.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "which organisation reported" in p], prompts
    assert not [p for p in prompts if p.startswith("Who wrote")], prompts


def test_a_direct_question_stops_before_a_second_clause_with_its_own_subject():
    text = ("The Great Depression in Valdoria was a period of economic slump from 1929 to 1939. Valdoria's world "
            "trade fell in half. Unemployment reached 70% in some areas at the start of the 1930s and many families "
            "depended entirely on payments from local government known as the dole.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "what percentage" in p and "families" in p], prompts


def test_a_capital_that_only_opens_a_question_names_nothing():
    analysis = analyse(parse_article(
        "Pokrovsk is a city in Donetsk Oblast. Russian forces are near Pokrovsk, 50 km from Kramatorsk.\n"))
    assert not analysis.names_a_name("Unemployment reached what percentage in some areas?")
    assert analysis.names_a_name("How far is Pokrovsk from Kramatorsk?")
    assert analysis.names_a_name("What happened in 1932?")


def test_a_line_ending_in_a_comma_and_a_participle_runs_on():
    text = ("Curio is a rover on Mars.\nCurio's landing site, nicknamed\nBradbury Landing, was less than 2.4 km from "
            "the center of its target.\n")
    assert [b.kind for b in parse_article(text).blocks] == ["paragraph", "paragraph"]
