"""What the thirty-fifth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.quantities import find_figures


def _why(sentence, text):
    figures = find_figures(sentence)
    (fig,) = [f for f in figures if f.text == text]
    return why_not_asked(fig, sentence, figures)


def test_a_wiki_s_unlinked_mark_is_left_out_of_the_question():
    assert FOOTNOTE.sub("", "In 1704 Bering entered the Russian Navy[?], and served in the Great Northern War.") == \
        "In 1704 Bering entered the Russian Navy, and served in the Great Northern War."


def test_figures_the_copy_lost_leave_no_prose():
    assert not is_prose("Its total floor space is over across eight stories, and the lobes of its roof peak at more "
                        "than above the ground.")
    assert is_prose("Its total floor space is over 207,000 m2 across eight stories.")


def test_a_total_beside_the_parts_it_includes_is_no_blank():
    sentence = ("Laver won a total of nineteen major tournaments, including eleven Grand Slam tournament titles and "
                "eight Pro Slam titles.")
    (fig,) = find_figures(sentence)
    assert given_away(sentence, fig) == "the parts it sums"
    other = sentence.replace("eight Pro", "three Pro")
    assert given_away(other, find_figures(other)[0]) == ""


def test_a_figure_worked_out_from_the_others_is_not_asked():
    assert _why("Running a mile in four minutes translates to a speed of 15 miles per hour.", "15 miles per hour")
    assert not _why("The novel has been translated into 50 languages.", "50")


def test_an_age_the_copy_garbled_is_not_asked_but_a_count_after_their_is():
    assert _why("In 1929, he became a lecturer at Kyoto Imperial University in his 22 after graduated from there.",
                "22")
    assert not _why("Benefits are calculated by averaging a worker's earnings in their 35 highest-paid years.", "35")


def test_inches_read_as_a_count_are_not_asked():
    assert _why("The motherboard, a 9 in (23 cm) CRT monitor, and a floppy drive were housed in a beige case.", "9")


def test_that_game_leans_on_the_game_named_before():
    assert dangling("Chamberlain set five other league records that game including most free throws made.")


def test_he_is_the_one_person_though_named_in_full_and_by_surname():
    text = ("Vitus Jonassen Bering (1680-1741), Danish navigator, was born in 1680 at the town of Horsens. In 1703 "
            "he entered the Russian Navy. A plan devised by the tsar led up to Bering's first voyage to Kamchatka. "
            "In 1725, under the auspices of the Russian government, he went overland to Okhotsk.")
    (info,) = [i for i in analyse(parse_article(text)).sentences if i.text.startswith("In 1725")]
    assert info.refs.person == "Vitus Jonassen Bering"
    # and "the Russian government" is no one "he" can mean: unnamed, the sentence leans back
    assert dangling(info.text)


def test_sales_opening_a_sentence_lean_on_whose_sales_the_page_said_before():
    from studydesk.core.generate.the_earlier import the_earlier

    assert the_earlier("Sales were initially brisk, with 300,000 copies sold.", set(), frozenset())
    assert the_earlier("Sales of annual season tickets amounted to 55,000 in 2015.", set(), frozenset())
    assert not the_earlier("Sales of the Game Boy reached 118 million units.", set(), frozenset())


def test_a_date_opening_the_sentence_is_not_the_claim_of_a_source_at_its_end():
    from .helpers import drafted

    text = ("Safaricom is a telecommunications company in Kenya. It was founded in 1997 as a subsidiary of Telkom "
            "Kenya. In March 2018, Safaricom was ranked as the best company to work for in the annual BrighterMonday "
            "survey according to career professionals and job seekers.")
    (q,) = [q for q in drafted(text) if "2018" in q.evidence[0]]
    assert "according to" not in q.explain.lower()
