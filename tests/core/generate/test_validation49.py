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


def test_the_second_review_s_counter_examples():
    from studydesk.core.generate.worth import worth as value_of

    # a year and a comma before a count leave it a count; a list of years makes the last a year
    assert [f.kind for f in find_figures("In 1990, 1500 soldiers died.")] == ["year", "count"]
    assert [f.kind for f in find_figures("It was Sudanese in the 1902, 1907, and 1972 treaties.")] == ["year"] * 3
    # the page's own independence is no side event
    s = "Ukraine's independence in 1991 was confirmed by a referendum."
    (fig,) = [f for f in find_figures(s) if f.kind == "year"]
    assert "the date of a side event" not in value_of(fig, s, [fig], "Declaration of Independence of Ukraine")[1]
    # an event's own figures are no standing fact of a place
    for s in ("Damage is estimated at 500 million dollars.", "Kathmandu has lost 1,200 buildings in the quake."):
        (fig,) = find_figures(s)
        assert "a standing fact of a place the event touched" not in value_of(fig, s, [fig], "2015 Nepal earthquake")[1]
    # "square" counts nothing; "once ... again" is no order
    for s in ("The fort covers 2 square kilometres and has 4 bastions.",
              "The bridge was closed twice; once it reopened, traffic rose again."):
        assert all(given_away(s, f) != "the shape or the order that counts it" for f in find_figures(s)), s
    # a bracket with one empty label keeps its facts
    s = "The fort (Irish: ; area 3 hectares, with a garrison of 400 men) stood on the hill."
    assert "garrison of 400" in FOOTNOTE.sub("", s)


def test_at_forty_is_an_age():
    import random

    from studydesk.core.generate.distractors import number_choices

    s = "Captain and goalkeeper Dino Zoff at forty also became the oldest player to win the World Cup."
    (fig,) = find_figures(s)
    for seed in range(10):
        _, wrong = number_choices(fig, random.Random(seed))
        assert "Four hundred" not in wrong and "Ten" not in wrong, wrong
