"""What the forty-ninth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.worth import worth

from .helpers import drafted, find_figures, page_text, prompts_of


def test_a_shape_or_an_order_that_counts_for_the_student_gives_the_count_away():
    s = "It has the shape of an irregular pentagon, and five angles are finished in projecting bastions."
    assert given_away(s, find_figures(s)[0]) == "the shape or the order that counts it"
    s = "It has five angles finished in projecting bastions."
    assert given_away(s, find_figures(s)[0]) == ""
    s = ("The fort was renovated twice in modern times, once by the Tranquebar Association in 2001 and secondly by "
         "the Department of Tourism in 2011.")
    (twice,) = [f for f in find_figures(s) if f.kind == "multiple"]
    assert given_away(s, twice) == "the shape or the order that counts it"
    assert not any("and ____ angles" in p for p in prompts_of(page_text("wp-fortaleza-de-santa-teresa-1762-eudic")))
    assert not any("renovated ____" in p for p in prompts_of(page_text("wp-fort-dansborg-piglix")))


def test_a_country_s_independence_year_is_a_side_date():
    s = "The fort was used as an inspection bungalow after India's independence in 1947."
    (fig,) = find_figures(s)
    assert "the date of a side event" in worth(fig, s, [fig], "Fort Dansborg")[1]


def test_a_bracket_of_lost_scripts_is_dropped_whole():
    s = ("The Battle of Taierzhuang (simplified Chinese: ; traditional Chinese: ; pinyin: Tái'érzhuāng Zhànyì) was "
         "a battle of the war.")
    assert FOOTNOTE.sub("", s) == "The Battle of Taierzhuang was a battle of the war."


def test_a_who_question_keeps_its_opening_year():
    questions = drafted(page_text("wp-kunta-kinteh-island-fort-james-wikipedia"))
    asked = [q.prompt for q in questions if "took over the Gambia's administration" in q.prompt]
    assert asked and all("1684" in p for p in asked), asked
