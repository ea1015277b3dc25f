"""What the fiftieth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import re

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.lexicon import third_person
from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.quality import dangling
from studydesk.core.generate.worth import worth

from .helpers import drafted, find_figures, page_text, prompts_of, why_not_asked_in


def test_a_name_with_an_accented_capital_is_a_name():
    analysis = analyse(parse_article(page_text("wp-demilitarisation-of-aland-wikipedia")))
    assert analysis.subject is not None and analysis.subject.name == "Åland"


def test_the_area_between_two_named_places_names_itself():
    s = ("The naval Battle of Chesma took place on 5–7 July 1770 near and in Çeşme Bay, in the area between the "
         "western tip of Anatolia and the island of Chios.")
    assert dangling(s) == ""
    assert dangling("Fighting went on in the area for two days.") != ""
    assert any("July 1770" in (q.answer if hasattr(q, "answer") else "")
               for q in drafted(page_text("wp-battle-of-chesma-1770-piglix")))


def test_a_who_question_puts_a_plural_verb_in_the_singular():
    asked = [p for p in prompts_of(page_text("wn-kuwait-mosque-bombing-sentences-2015")) if "swathe" in p]
    assert asked == ["Which organisation holds a large swathe of Iraq and Syria?"]


def test_a_length_of_time_beside_its_bracketed_dates_is_given_away():
    s = ("The Battle of Fuzhou was the opening engagement of the 16-month Sino-French War "
         "(December 1883 – April 1885).")
    fig = next(f for f in find_figures(s) if f.dimension == "duration")
    assert given_away(s, fig) == "the dates it runs between"
    s = "The Battle of Fuzhou was the opening engagement of the 16-month Sino-French War."
    assert given_away(s, next(f for f in find_figures(s) if f.dimension == "duration")) == ""


def test_one_end_of_a_vague_range_is_not_asked():
    s = ("Hundreds or perhaps tens of thousands of local ethnic Italians were killed during the first years of "
         "the exodus.")
    figures = find_figures(s)
    assert [why_not_asked(f, s, figures) for f in figures] == [
        "one end of a vague range, whose middle a wrong choice may name"] * 2
    assert why_not_asked_in("Tens of thousands of people fled the city.", "vague") == ""


def test_a_count_with_nothing_counted_is_not_asked():
    s = "2 million were in Manchuria (formerly Manchukuo), and 1.5 million were in China proper."
    figures = find_figures(s)
    assert [why_not_asked(f, s, figures) for f in figures] == ["a count of what the sentence before named"] * 2
    assert why_not_asked_in("About 300 were killed in the fire.", "count") == ""


def test_a_war_is_not_who_he_is():
    s = 'After World War II he fled to Argentina, living under the pseudonym "Ricardo Clement".'
    assert "with nobody named before it" in dangling(s)
    assert dangling("After World War II Eichmann fled to Argentina, where he lived.") == ""
    asked = [p for p in prompts_of(page_text("wp-eichmann-trial-1961-wikipedia")) if "fled to Argentina" in p]
    assert asked and all("[Eichmann] fled" in p for p in asked), asked


def test_a_relative_time_leans_on_another_story_and_its_year_is_reckoned():
    s = "The ferry sank two years later, and 300 people died."
    assert "than what" in dangling(s)  # on a page of several stories: later than which?
    assert dangling(s, subject="the MV Sewol") == ""  # on the page of one, than its event
    s = ("The French victory at the Battle of Beachy Head two years earlier, in June 1690, had opened up the "
         "possibility of destroying the allied fleet.")
    assert why_not_asked_in(s, "date") == "reckoned from another date the reader may know"
    assert not any("two years earlier, in ____" in p for p in prompts_of(
        page_text("wp-battles-of-barfleur-and-la-hogue-1692-classicistranieri")))


def test_a_direct_question_does_not_carry_as_a_result():
    asked = prompts_of(page_text("wp-izmit-earthquake-1999-datana"))
    assert asked and not any("as a result in" in p for p in asked), asked


def test_the_length_of_a_speech_or_a_meeting_is_trivia():
    s = "The budget speech lasted for 91 minutes."
    (fig,) = find_figures(s)
    assert "the length of a speech or a meeting" in worth(fig, s, [fig])[1]
    s = "The rescue lasted for 91 minutes."
    (fig,) = find_figures(s)
    assert worth(fig, s, [fig])[1] == []


def test_a_distance_to_the_southeast_of_the_city_is_where_a_place_lies():
    s = ("The battle was fought off the Pagoda Anchorage in Mawei harbour, 15 kilometres to the southeast of the "
         "city of Fuzhou.")
    fig = next(f for f in find_figures(s) if f.dimension == "length")
    assert "where a place lies, from another" in worth(fig, s, find_figures(s))[1]


def test_the_page_s_own_head_noun_does_not_lean_back():
    asked = prompts_of(page_text("wp-istrian-dalmatian-exodus-1943-worddisk"))
    assert any(p.endswith('"The exodus started in ____ and ended completely only in 1960."') for p in asked), asked


# A helper's review of these changes found each of the following; each is held here.

def test_only_the_speech_or_meeting_that_lasted_is_marked_down():
    for s in ("Police said in a statement that the standoff lasted 11 hours.",
              "The gunman held 20 hostages for 16 hours before the talks ended."):
        figures = find_figures(s)
        fig = next(f for f in figures if f.unit == "hours")
        assert "the length of a speech or a meeting" not in worth(fig, s, figures)[1], s
    for s in ("Conceived in an urgent 38-hour meeting, the convoy system began operating on 25 August 1944.",
              "The two premiers had a meeting, for 40 minutes, in Thessaloniki."):
        figures = find_figures(s)
        fig = next(f for f in figures if f.unit in ("hours", "minutes"))
        assert "the length of a speech or a meeting" in worth(fig, s, figures)[1], s


def test_only_the_area_between_named_places_names_itself():
    assert dangling("Smith governed the province between 1990 and 1995.") != ""
    assert dangling("Fighting raged in the area between the river and the hills.") != ""
    assert dangling("Troops entered the region between Kursk and Orel in 1943.") == ""


def test_a_lifespan_before_a_length_of_time_gives_nothing_away():
    s = "Adolf Eichmann (1906–1962) spent 15 years in hiding in Argentina."
    assert given_away(s, next(f for f in find_figures(s) if f.dimension == "duration")) == ""


def test_the_third_person_of_a_verb():
    assert [third_person(v) for v in ("hold", "go", "carry", "reach", "raise")] == [
        "holds", "goes", "carries", "reaches", "raises"]


def test_a_cause_or_a_time_given_in_the_sentence_s_own_first_clause():
    assert dangling("Heavy rain fell for a week, and as a result the river flooded in Kent.") == ""
    assert dangling("Smith was born in Kent, and two years later his family moved to London.") == ""
    assert not any("as a result" in q.prompt for q in drafted(page_text("wp-izmit-earthquake-1999-datana")))


def test_a_named_war_or_crisis_is_not_who_he_is():
    for s in ("After the Second World War he fled to Argentina.", "After the Korean War he fled to Japan.",
              "During the Great Depression he lost his farm."):
        assert "with nobody named before it" in dangling(s), s
    assert dangling("War Minister Smith said he would resign.") == ""


def test_a_count_after_of_the_whole_is_counted():
    s = "Of the 500 passengers, 300 were from Britain, and 200 were from France."
    figures = find_figures(s)
    assert [why_not_asked(f, s, figures) for f in figures if f.value in (300, 200)] == ["", ""]


def test_no_direct_question_asks_as_much_as_how_much():
    # Read blind in the sample after set 50's changes: "Total economic impact may have been as much as how much?"
    for stem in ("wp-pakistan-floods-2010-wikipedia", "wn-briefs-kashmir-netanya-2006", "wn-shorts-ba-qantas-merger-2008"):
        asked = prompts_of(page_text(stem))
        assert asked and not any(re.search(r"\bas (?:much|many) as (?:how|what)\b", p) for p in asked), asked
    assert any("rose as much as ____ percent" in p for p in asked), asked  # asked in its sentence instead
