"""What the fifty-second validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.page_marks import FOOTNOTE, without_marks
from studydesk.core.generate.page_subject import defined_kind, kinds_of, lead_sentence
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.worth import worth

from .helpers import drafted, find_figures, page_text, prompts_of, why_not_asked_in


def kept(text: str) -> list:
    """The questions a draft keeps, not those it offers besides."""
    return list(generate_bank(text, article_ref="a.txt", seed=0).bank.questions)


def test_an_image_s_credited_caption_is_no_title():
    text = ("| Statue of Booming Ben by Todd McGrain | |\n| Species | Tympanuchus cupido cupido |\n"
            "Booming Ben was the last confirmed heath hen. He was last spotted on Martha's Vineyard on March 11, 1932.\n")
    assert parse_article(text).title == ""
    assert parse_article("Statue of Liberty\n\nThe Statue of Liberty is a statue. It was built in 1886.\n").title \
        == "Statue of Liberty"
    asked = prompts_of(page_text("wp-booming-ben-heath-hen-1932-wikimili"))
    assert asked and not any("Todd McGrain" in p for p in asked), asked


def test_a_markdown_title_loses_its_hashes():
    assert parse_article("# Brazilian cruzeiro real\n\nThe cruzeiro real was a currency. It was used.\n").title \
        == "Brazilian cruzeiro real"


def test_a_bracket_holding_a_raw_formula_is_dropped():
    s = ("The cruzeiro real ($\\mathrm{CRS}\\!\\!\\!\\Vert$, plural: cruzeiros reais) was the short-lived currency "
         "of Brazil between August 1, 1993 and June 30, 1994.")
    assert FOOTNOTE.sub("", s).startswith("The cruzeiro real was the short-lived currency")
    asked = prompts_of(page_text("wp-brazilian-cruzeiro-real-1993-wikipedia"))
    assert any("The cruzeiro real was the short-lived currency of Brazil between ____" in p for p in asked), asked
    assert not any("mathrm" in p for p in asked), asked


def test_a_script_bracket_takes_the_comma_before_the_verb_with_it():
    s = "The University of Dhaka (Bengali: ঢাকা বিশ্ববিদ্যালয়, also known as DU), is the oldest university."
    assert without_marks(s) == "The University of Dhaka is the oldest university."
    s = "The city (Bengali: ঢাকা), with its port, is old."
    assert without_marks(s) == "The city, with its port, is old."
    s = "The Nedelin catastrophe, known in Russia as the Catastrophe at Baikonur (Russian: Катастрофа), was an accident."
    assert without_marks(s) == "The Nedelin catastrophe, known in Russia as the Catastrophe at Baikonur, was an accident."


def test_a_coin_s_face_value_in_a_list_is_trivia():
    s = "Stainless-steel coins were issued in 1993 and 1994 in denominations of 5, 10, 50 and 100 cruzeiros reais."
    figures = find_figures(s)
    five = next(f for f in figures if f.text == "5")
    assert "a coin's or note's face value in a list" in worth(five, s, figures)[1]
    s = "Coins included 20 and 100 Krone gold coins minted with the same standard."
    figures = find_figures(s)
    assert "a coin's or note's face value in a list" in worth(figures[0], s, figures)[1]
    for s in ("Outdated coins were taken out of circulation between 1887 and 1892.",
              "The report notes that 20 and 30 species died out."):
        figures = find_figures(s)
        assert all("a coin's or note's face value in a list" not in worth(f, s, figures)[1] for f in figures), s
    s = "The largest note of the old leu was 1,000,000 lei, or 100 new lei."
    figures = find_figures(s)
    assert "a coin's or note's face value in a list" not in worth(figures[0], s, figures)[1]


def test_an_amount_after_or_in_another_unit_is_a_conversion():
    assert why_not_asked_in("The field contained 16 Goilbbl or 2.2 billion tons in the beginning.", "measure") \
        == "the amount before it, in another unit"
    s = "The largest note of the new leu is worth 500 new lei, or approximately US$167 and €139."
    figures = find_figures(s)
    assert [why_not_asked(f, s, figures) for f in figures] == [
        "", "the amount before it, in another unit", "the amount before it, in another unit"]
    for s in ("The road is 5 km or 6 km long.", "Some 10 or 12 people were hurt.",
              "He faced a fine of 500 lei or 30 days in prison.",
              "The toll is $1.25 for passenger cars or $1.06 with a pass."):
        figures = find_figures(s)
        assert figures and all(why_not_asked(f, s, figures) == "" for f in figures), s


def test_a_broken_barrels_template_is_no_prose():
    assert not is_prose("Daqing oil field contained 16 Goilbbl or 2.2 billion tons in the beginning.")
    assert is_prose("Daqing oil field contained 16 billion barrels in the beginning.")


def test_it_after_a_sentence_opening_with_another_thing_is_that_thing():
    asked = prompts_of(page_text("wp-churchill-falls-generating-station-1971-owiki"))
    assert not any("Generating Station] is ____ long" in p for p in asked), asked
    assert any(p.endswith("the tenth largest in the world, and the second-largest in Canada, after the "
                          "Robert-Bourassa generating station in northwestern Quebec.\"") for p in asked), asked
    said = "Mir Station\n\nMir was a space station. {} was launched in 1986. It was 31 m long.\n"
    assert analyse(parse_article(said.format("The device"))).sentences[-1].refs.subject == "Mir"  # another name
    assert analyse(parse_article(said.format("The station's power house"))).sentences[-1].refs.subject == ""
    assert analyse(parse_article(said.format("The station's construction"))).sentences[-1].refs.subject == "Mir"


def test_a_count_of_the_colon_list_after_it_is_given_away():
    s = ("Four currencies circulated: the Russian ruble, the German Papiermark, the German Ostruble and the "
         "Austro-Hungarian krone.")
    assert given_away(s, find_figures(s)[0]) == "the list it counts"
    for s in ("Four currencies were in use: the ruble, the mark, the Ostruble and the krone.",
              "Four currencies circulated in Poland: the ruble, the mark, the Ostruble and the krone."):
        assert given_away(s, find_figures(s)[0]) == "the list it counts", s
    s = "Four currencies circulated: the ruble and the mark."
    assert given_away(s, find_figures(s)[0]) == ""


def test_the_success_and_the_new_currency_lean_back():
    s = "Because the success occurred four days before the anniversary, the field was named Daqing."
    assert dangling(s).startswith("refers back")
    s = "The stability of the new currency was guaranteed by the Reichsbank up to 1 billion mark."
    assert dangling(s).startswith("refers back")
    assert not dangling("The success of the launch was celebrated in 1957 by 3,000 people.")
    for s in ("In 1924 the new currency called the złoty replaced the marka.", "In 1999 the euro became the new "
              "currency for 11 countries.", "Talks stalled in 2004 over the failure to resolve the dispute."):
        assert not dangling(s), s


def test_a_long_definition_with_notes_before_its_bracket_says_what_the_page_is():
    s = ("The Ostend Company[1][2] (Dutch: Oostendse Compagnie; French: Compagnie d'Ostende), officially the "
         "General Company Established in the Austrian Netherlands for Commerce and Navigation in the Indies "
         "(Compagnie générale établie dans les Pays-Bas Autrichiens pour le Commerce et la Navigation aux Indes)[a] "
         "was a chartered trading company in the Austrian Netherlands (modern-day Belgium) in the Holy Roman "
         "Empire which was established in 1722 to trade with the East and West Indies.")
    assert not is_prose(s)  # too long to ask on
    assert lead_sentence(["Company typeChartered company", s, "It took its name from Ostend."]) == s
    assert defined_kind(s, "Ostend Company") == "company"


def test_one_month_of_one_year_is_asked_once():
    keys = [q.answer for q in kept(page_text("wp-fourah-bay-college-1827-wikimili"))]
    assert sum("February 1827" in str(k) for k in keys) == 1, keys
    keys = [q.answer for q in kept(page_text("wp-madeira-floods-2010-wikipedia"))]  # two days of one month: both
    assert {"19 February 2010", "20 February 2010"} <= set(keys), keys


def test_the_price_a_sentence_assumes_is_its_condition():
    s = "At a price of $19.4 per gram of gold, Mponeng only needs to extract 10 grams of gold per ton to stay open."
    figures = find_figures(s)
    assert "the condition the sentence sets" in worth(figures[0], s, figures)[1]
    assert "the condition the sentence sets" not in worth(figures[1], s, figures)[1]
    s = "At the current gold price of $19 per gram, the mine needs 10 grams per ton."
    figures = find_figures(s)
    assert "the condition the sentence sets" in worth(figures[0], s, figures)[1]
    s = "At a rate of 30 metres a year, the glacier is retreating fast."
    figures = find_figures(s)
    assert "the condition the sentence sets" not in worth(figures[0], s, figures)[1]
    asked = prompts_of(page_text("wp-mponeng-gold-mine-1987-kiwix-2024"))
    assert any("only needs to extract ____ grams" in p for p in asked), asked


def test_one_count_from_a_list_per_page():
    asked = [q.prompt for q in kept(page_text("wp-bwindi-impenetrable-national-park-wikipedia"))
             if "____ species" in q.prompt]
    assert len(asked) == 1, asked


def test_a_page_on_a_thing_with_no_capitalised_name_is_about_that_thing():
    text = ("Polish marka\n\nThe marka (Polish: marka polska) was the currency of the Kingdom of Poland between 1917 "
            "and 1924. It was subdivided into 100 fenigs. In 1917 the marka replaced the Ostruble and the ruble.\n")
    analysis = analyse(parse_article(text))
    assert analysis.subject.name.removeprefix("the ") == "marka" and "currency" in analysis.subject.nouns
    story = ("The government was the first in the region to raise rates, the central bank said on Monday. The "
             "government plans to cut 10,000 jobs by 2006. The government said the deficit would fall in 2005.\n")
    assert analyse(parse_article(story)).subject is None or analyse(parse_article(story)).subject.name != "government"
    asked = prompts_of(page_text("wp-poouli-2004-profilpelajar"))  # untitled: "The poʻo-uli (...) or ... is an"
    assert any('"The poʻo-uli was discovered in ____' in p for p in asked), asked


def test_a_species_of_bird_is_also_the_bird():
    s = ("The poʻo-uli (Melamprosops phaeosoma) [3] or Hawaiian black-faced honeycreeper is an extinct species of "
         "passerine bird that was endemic to the island of Maui.")
    assert kinds_of(s, "poʻo-uli") == {"species", "bird"}
    assert kinds_of("Mir was a Soviet space station that operated in low Earth orbit.", "Mir") == {"station"}


def test_a_name_the_title_ends_with_in_any_case_is_the_subject():
    analysis = analyse(parse_article(page_text("wp-austrian-krone-1919-wikipedia")))
    assert analysis.subject.name == "Krone" and analysis.single_topic  # not "Austria" of "Austrian"
    analysis = analyse(parse_article(page_text("wp-izmit-earthquake-1999-datana")))
    assert analysis.subject.name == "İzmit"  # not "Earthquake" of "1999 İzmit earthquake"
    analysis = analyse(parse_article(page_text("wn-bali-nine-ringleaders-sentenced-2006")))
    assert analysis.subject.name == "Bali Nine"  # not "Death", shouted in a quote, of "... sentenced to death"


def test_it_after_the_lead_is_the_page_s_subject():
    asked = prompts_of(page_text("wp-texas-city-disaster-1947-wikipedia"))
    assert any("[The Texas City disaster] was the ____ industrial accident" in p for p in asked), asked
    # "It took until the 1860s ... for cholera to be driven out": an "it" that names nothing
    assert not any("took until the 1860s" in p for p in prompts_of(page_text("cholera")))


def test_its_before_the_thing_it_means_and_the_date_of_the_page_s_own_doing():
    s = "Despite its profitability, the company was eventually ordered to close down in 1731."
    assert not dangling(s, False, "the Ostend Company", frozenset(), frozenset({"company"}))
    assert dangling(s, False, "the Ostend Company", frozenset(), frozenset())  # "the company" is not the page's
    s = "The British government exerted pressure on Austria, fearing the Dutch effects on their own traders."
    assert not dangling(s)
    assert dangling("The government later rejected their demands in 1912.")
    assert dangling("The pressure on Austria grew, fearing the Dutch effects on their own traders.")
    asked = prompts_of(page_text("wp-ostend-company-1722-atozwiki"))
    assert any("[the Ostend Company] was eventually ordered to close down in ____" in p for p in asked), asked


def test_a_who_question_takes_the_surname_and_an_alias_does_not_unseat_the_name_a_page_uses():
    who = [q for q in drafted(page_text("wp-boxer-rebellion-1900-epfl")) if q.kind == "text" and "Cixi" in q.answer]
    assert who and "Cixi" in (who[0].answer, *who[0].accept), who
    # "Galatasaray Spor Kulübü (...) or Galatasaray SK is a Turkish sports club": the page says "Galatasaray"
    assert analyse(parse_article(page_text("wp-galatasaray-1905-classicistranieri"))).subject.name == "Galatasaray"


def test_a_superlative_s_explanation_keeps_an_abbreviation_whole():
    explained = [q.explain for q in drafted(page_text("wp-texas-city-disaster-1947-wikipedia"))
                 if "deadliest" in q.explain]
    assert explained and all(e.endswith("in U.S. history\".") for e in explained), explained
