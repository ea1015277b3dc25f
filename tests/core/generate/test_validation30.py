"""What the thirtieth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import random

import pytest

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.distractors import fraction_choices
from studydesk.core.generate.not_asked import why_not_asked
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import is_prose
from studydesk.core.generate.quantities import find_figures

from .helpers import drafted


def test_a_range_of_decimals_in_millions_is_one_range_not_a_ratio():
    (fig,) = find_figures("a Homo ergaster youth who lived 1.5 to 1.6 million years ago.")
    assert (fig.kind, fig.value, fig.high, fig.text) == ("range", 1_500_000, 1_600_000, "1.5 to 1.6 million years")


def test_three_to_one_is_still_a_ratio():
    (fig,) = find_figures("Women outnumbered men 3 to 1.")
    assert fig.kind == "ratio" and fig.value == 3


@pytest.mark.parametrize("sentence, day", [
    ("The third Isle of Wight Festival was held on August 28, 29 and 30 1970.", 29),
    ("On 5 and 6 December, the government shut down public services.", 5),
])
def test_a_day_in_a_list_of_days_is_no_count(sentence, day):
    assert not [f for f in find_figures(sentence) if f.kind == "count" and f.value == day]


def test_a_fraction_the_sentence_states_is_no_wrong_choice():
    sentence = "In the non-London council areas, the voting will affect either a third or half of the councillors."
    (fig,) = find_figures(sentence)
    answer, wrong = fraction_choices(fig, random.Random(0), sentence[:fig.start] + sentence[fig.end:])
    assert answer == "Half" and "One-third" not in wrong and len(wrong) == 3


def test_around_after_a_verb_of_motion_is_a_preposition():
    sentence = "It was the first human-powered aircraft to fly a figure eight around two markers one half mile apart."
    assert all(f.qualifier != "around" for f in find_figures(sentence))
    assert [f.qualifier for f in find_figures("The fire killed around 200 people.")] == ["around"]


@pytest.mark.parametrize("sentence", [
    "For the next eight years he worked for Pravda.",
    "Several American directors were considered three years earlier, before the film was shelved.",
])
def test_a_span_counted_from_the_sentence_before_is_not_asked(sentence):
    figures = find_figures(sentence)
    assert why_not_asked(figures[0], sentence, figures) == "a span counted from the sentence before"


def test_a_span_with_its_own_end_may_be_asked():
    sentence = "The siege lasted four years, and the city opened two years later than planned."
    figures = find_figures(sentence)
    assert not any(why_not_asked(f, sentence, figures) for f in figures)


_BRIEF = ("Moussaoui sentenced\n\nZacarias Moussaoui, convicted for conspiring with al-Qaeda, will get life in prison. "
          "U.S. District Judge Leonie Brinkema, the trial judge, has agreed to the sentence and formally sentenced "
          "Moussaoui in Alexandria, Virginia.\n\nMayoral elections will be held for Hackney, Watford, Newham and "
          "Lewisham. Polls also open in Florence, Thessaloniki and Athens.\n")


def test_a_judge_named_with_her_title_is_a_person_not_a_place():
    analysis = analyse(parse_article(_BRIEF))
    assert analysis.entities.entities["U.S. District Judge Leonie Brinkema"].kind == "person"
    places = [q for q in drafted(_BRIEF) if q.prompt.startswith("Which places")]
    assert not [q for q in places if any("Brinkema" in c for c in q.choices)]


def test_who_asks_for_the_person_not_the_office():
    answers = [q.answer for q in drafted(_BRIEF) if q.prompt.startswith("Who ")]
    assert "Leonie Brinkema" in answers


def test_the_award_just_named_leans_on_that_sentence():
    text = ("Pig (novel)\n\nPig is a 1994 novel by Andrew Cowan. After many rejections from publishers Cowan sent off a "
            "manuscript to the Betty Trask Awards and won £7,000.\n\nWithin days of winning the award Cowan received 12 "
            "letters from publishers interested in the book.\n")
    analysis = analyse(parse_article(text))
    info = next(i for i in analysis.sentences if i.text.startswith("Within days"))
    assert info.the_earlier == "the award"
    assert not [q for q in drafted(text) if "12" in str(getattr(q, "answer", "")) or "letters" in q.prompt]


def test_the_page_s_own_noun_and_a_name_in_the_same_sentence_are_no_back_reference():
    text = ("1924 Winter Olympics\n\nThe games were organized by the French Olympic Committee. Although not initially "
            "termed Winter Olympics, the International Olympic Committee decided in 1926 that the committee would "
            "grant them that status.\n")
    info = analyse(parse_article(text)).sentences[-1]
    assert info.the_earlier == ""


def test_spaced_footnote_marks_close_the_sentence_before_them():
    text = "It became the first dinosaur they had ever seen. [5] It was also popular. [6] [7] Next it moved."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "It became the first dinosaur they had ever seen. [5]", "It was also popular. [6] [7]", "Next it moved."]
    assert FOOTNOTE.sub("", "It was from 19,000 tourists in 1985, [7] to 376,000 in 2016. [8]") == \
        "It was from 19,000 tourists in 1985, to 376,000 in 2016."


def test_a_conversion_the_copy_lost_after_an_amount_leaves_its_sentence_readable():
    sentence = "Scopes was found guilty and was fined $100 (), but the verdict was overturned on a technicality."
    assert is_prose(sentence)
    assert FOOTNOTE.sub("", "was fined ____ (), but") == "was fined ____, but"
    assert not is_prose("The universe holds 89.7 sextillion () percent of the stars in the sky.")
