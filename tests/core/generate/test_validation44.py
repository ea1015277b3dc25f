"""What the forty-fourth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import pytest

from studydesk.core.article import split_sentences
from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.audit import defects_of
from studydesk.core.generate.quality import is_prose, leaning_opening
from studydesk.core.generate.quantities import find_figures

from .helpers import page_text, prompts_of


def test_a_blank_inside_a_pronunciation_s_bracket_is_not_asked():
    # "Sejong the Great (세종대왕, ...: [se̞(ː)dzo̞ŋ dewaŋ]; 15 May 1397 – 8 April 1450) was the fourth ruler": the
    # birth date was blanked, then the whole bracket cut as a name in another script, leaving no blank; the audit
    # now refuses a sentence to complete with no blank, and sees a blank in a bracket that holds another
    prompts = prompts_of(page_text("wp-sejong-the-great-1418-calendarz"))
    assert not any("the fourth ruler of the Joseon Dynasty" in p and "____" not in p for p in prompts)
    assert not any("Sejong the Great (" in p for p in prompts)
    q = ChoiceQuestion(id="q", prompt='Which words complete this sentence from the article? "Sejong the Great '
                       '(Korean pronunciation: [se(ː)dzoŋ]; ____ – 8 April 1450) was king."',
                       choices=("15 May 1397", "15 May 1396"), answer="15 May 1397")
    assert any(d.kind == "conversion" for d in defects_of(q, "figure", []))


def test_an_irregular_past_before_an_ed_verb_is_the_clause_s_verb():
    from studydesk.core.generate.phrasing import _do_support

    assert _do_support("Dang Hongxin chose a copper membrane that resolved the difficulty", "", "in what year") is None
    assert _do_support("Dang Hongxin resolved the difficulty", "", "in what year") == \
        "in what year did Dang Hongxin resolve the difficulty"


def test_the_audit_sees_a_sentence_to_complete_with_no_blank():
    q = ChoiceQuestion(id="q", prompt='Which words complete this sentence from the article? "Sejong was king."',
                       choices=("15 May 1397", "15 May 1396"), answer="15 May 1397")
    assert any(d.kind == "garbled" for d in defects_of(q, "figure", []))


def test_a_reference_list_is_no_prose():
    assert not is_prose("Archived from the original on 10 June 2014.")
    assert not is_prose("The paper was founded in Mantua in 1664.", "References[edit]")
    prompts = prompts_of(page_text("wp-gazzetta-di-mantova-1664-wikipedia"))
    assert not any("Archived" in p for p in prompts)


def test_a_founding_year_in_a_glued_infobox_line_is_still_asked_in_the_prose():
    # "Founded1664; 360 years ago (1664)" is an infobox's line, not a headline that gives the year away; and
    # "established in 1664 making it the world's oldest" (the comma lost) stands alone on a one-topic page
    prompts = prompts_of(page_text("wp-gazzetta-di-mantova-1664-wikipedia"))
    assert any("Gazzetta di Mantova was established in ____ making it" in p for p in prompts)


def test_a_date_of_the_page_s_own_subject_further_down_is_asked():
    prompts = prompts_of(page_text("wp-mansa-musa-1312-wikipedia"))
    assert any("Musa went on hajj to Mecca in ____" in p for p in prompts)


def test_a_date_in_another_clause_than_the_subject_s_is_not_its_own():
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse

    analysis = analyse(parse_article(page_text("wp-mansa-musa-1312-wikipedia")))
    assert analysis.subject_s_own("Musa went on hajj to Mecca in ")
    assert not analysis.subject_s_own("Musa was ruler; his brother went on hajj to Mecca in ")
    assert not analysis.subject_s_own("Musa was ruler of Mali, when Egypt's sultan died in ")
    assert not analysis.subject_s_own("His brother went on hajj in ")


@pytest.mark.parametrize(("sentence", "want"), [
    ("The history of the Kilwa Sultanate begins around 960–1000 AD.", []),
    ("It was founded in 957 AD by Ali.", []),
    ("The abbey fell in 1066 AD.", [("1066", "year")]),
    ("Tickets have five-digit numbers, from 00000 to 99999.", []),
    ("The grand prize was for the number 03604.", []),
])
def test_years_of_an_era_and_ticket_numbers_are_no_amounts(sentence, want):
    assert [(f.text, f.kind) for f in find_figures(sentence)] == want


def test_in_that_case_leans_on_the_sentence_before():
    assert leaning_opening("In that case, the winner receives yearly payments, generally 20, 25, or 30.")
    assert not leaning_opening("In case of a tie, the pot is shared.")


def test_a_sentence_with_two_copulas_is_not_turned_round():
    prompts = prompts_of(page_text("wp-spanish-christmas-lottery-1812-wikipedia"))
    assert not any(p.startswith("In what year was the first time") for p in prompts)


def test_would_be_without_its_condition_does_not_stand_alone():
    # "In 2024, with 193 million tickets ... The total amount for the first prize El Gordo would be €772 million."
    prompts = prompts_of(page_text("wp-spanish-christmas-lottery-1812-wikipedia"))
    assert not any("El Gordo" in p and "would be ____" in p for p in prompts)
    assert any("In 2024, with 193 million pre-printed €20 tickets" in p for p in prompts)  # its condition given


def test_a_stop_after_a_bracket_ends_the_sentence_even_with_no_space():
    text = "It was launched by the Indian Space Research Organisation (ISRO).The mission is a technology project."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "It was launched by the Indian Space Research Organisation (ISRO).", "The mission is a technology project."]


def test_an_abbreviation_spelled_out_does_not_repeat_its_last_word():
    prompts = prompts_of(page_text("wp-mars-orbiter-mission-2013-studymode-copy"))
    assert any("[The Mars Orbiter Mission] began with a feasibility study in ____" in p for p in prompts)
    assert not any("Mission] mission" in p for p in prompts)


def test_what_a_review_of_the_change_found():
    from studydesk.core.article import parse_article
    from studydesk.core.generate.analysis import analyse
    from studydesk.core.generate.lexicon import unit_info
    from studydesk.core.generate.quality import References, resolve

    # "m" is lower-case metres, also after a no-break space; "M. Smith" is a name
    assert [f.kind for f in find_figures("In 2004 M. Smith wrote it.")] == ["year"]
    assert find_figures("The tower is 52\u00a0m tall.")[0].unit == "m" and unit_info("M")[1] == ""
    # a leading zero is a ticket's number, not "2,000 to" or "$1.09 to"
    assert [f.text for f in find_figures("The price went from $1.09 to $4 a gallon.")][-1] == "$4"
    # only an acronym's head noun is swallowed: "The wreck rose" keeps its verb
    assert resolve("The wreck rose in 1982.", References(things=(("wreck", "the Mary Rose"),))) == \
        "[The Mary Rose] rose in 1982."
    # a page whose subject is "the Mars Orbiter Mission" owns "The Mars Orbiter Mission was launched in"
    mission = analyse(parse_article(page_text("wp-mars-orbiter-mission-2013-studymode-copy")))
    assert mission.subject.name == "the Mars Orbiter Mission"
    assert mission.subject_s_own("The Mars Orbiter Mission was launched in ")
    assert not analyse(parse_article(page_text("wp-mansa-musa-1312-wikipedia"))).subject_s_own("Musab went in ")
    from studydesk.core.generate.phrasing import question
    from studydesk.core.generate.clause import frame

    sentence = "The tunnel is 50 km long between Dover and Calais."
    (fig,) = find_figures(sentence)
    asked = question(frame(sentence, fig, None, None, False), fig, None, False)
    assert asked is None or "Calais" in asked
