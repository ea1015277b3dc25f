"""What the seventeenth validation set's readers failed (2026-12-06) that was
mechanical, each with a made-up text of the same shape: stems that give their
answer away by arithmetic ("three angles, two per angle", "AD 62" before "AD
79") or across questions ("in March 2015" beside the one March choice); wrong
choices 0.25, 0.75 and 1.25 times a round key; blanks in fixed phrases ("bent
in ____", "4 x ____ km relay", "Thirty-____ Army", "Three Mile Island"); a
start asked where a later one is as true ("from the third onwards"); a
rewritten question that cuts a pair or splices a clause; an event page named
without its year; a ship page's "the ship" left unnamed; and a share "up to a
third" offered "up to half" as wrong. The rest (trivia) is in docs/generator.md."""

import random

import pytest

from studydesk.core.bank import ChoiceQuestion, TextQuestion
from studydesk.core.generate.audit import defects_of
from studydesk.core.generate.candidates import Candidate
from studydesk.core.generate.distractors import fraction_choices, number_choices
from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.rank import select

from tests.core.generate.helpers import prompts_of, why_not_asked_in


def test_a_count_the_sentence_multiplies_out_is_given_away():
    sentence = ("The Orrin Tower's six lifts stand in the three corners of its triangular shaft "
                "(two lifts per corner).")
    six = next(f for f in find_figures(sentence) if f.value == 6)
    assert given_away(sentence, six)
    plain = "The Orrin Tower has six lifts in its triangular shaft, each able to carry 20 people."
    assert not given_away(plain, next(f for f in find_figures(plain) if f.value == 6))


def test_years_between_two_years_of_our_era_are_given_away():
    sentence = ("The AD 79 eruption of Mount Orrin was preceded by an earthquake seventeen years beforehand, "
                "on 5 February AD 62.")
    (span,) = [f for f in find_figures(sentence) if f.unit == "years"]
    assert given_away(sentence, span)


def _question(qid, prompt, answer, choices, sentence):
    q = ChoiceQuestion(id=qid, prompt=prompt, choices=choices, answer=answer)
    return Candidate(q, "", "timeline", "figure", qid, key=qid, sentence=sentence, score=0.9)


def test_a_date_another_question_gives_to_the_month_is_not_asked_beside_it():
    arriving = _question("a", 'Which words complete this sentence? "The Orrin probe was the first to orbit ____ '
                         'bodies, arriving at Valdor in March 2015."', "Two", ["Two", "Three", "Four", "Five"], 0)
    entered = _question("b", 'Which words complete this sentence? "[The Orrin probe] entered Valdor\'s orbit '
                        'on ____."', "March 6, 2015",
                        ["March 6, 2015", "June 6, 2014", "October 6, 2016", "January 6, 2013"], 1)
    assert len(select([arriving, entered], 5)) == 1
    entered.question = ChoiceQuestion(id="b", prompt=entered.question.prompt, answer="July 6, 2015",
                                      choices=["July 6, 2015", "June 6, 2014", "October 6, 2016", "March 6, 2013"])
    assert len(select([arriving, entered], 5)) == 2


def test_wrong_answers_to_a_round_sum_are_round_too():
    fig = find_figures("The lawsuit against Orrin's auditors was settled for $175 million in 1998.")[0]
    for seed in range(10):
        _, wrong = number_choices(fig, random.Random(seed))
        assert not any("." in w for w in wrong), wrong  # not 43.8, 131.2 or 218.8 million beside a round key


def test_a_share_with_a_ceiling_gets_wrong_answers_below_it():
    (fig,) = find_figures("Up to a third of Valdoria's plant life is found nowhere else.")
    for seed in range(5):
        answer, wrong = fraction_choices(fig, random.Random(seed))
        assert answer == "Up to a third"
        assert set(wrong) <= {"Up to a quarter", "Up to one-fifth", "Up to one-tenth"}, wrong


@pytest.mark.parametrize("sentence", [
    "The needle of the anemometer at Port Vell was bent in half by the gusts.",
    "Forecasters give a good chance of up to half a metre of snow in Orrin.",
    "A crowd of 90,000 saw Valdoria win the men's 4 x 10 km relay.",
    "Opposing them on the ground was the Valdorian Thirty-Second Army.",
    "The Three Mile Harbour accident was a partial flooding of the Orrin dock.",
    "The Battle of Orrin Landing was fought April 67, 1862, in southern Valdoria.",  # "6–7" without its dash
])
def test_no_figure_in_a_fixed_phrase(sentence):
    asked = [f.text for f in find_figures(sentence) if f.text not in ("90,000", "1862")]
    assert asked == [], asked


def test_a_start_is_not_asked_where_a_later_one_is_as_true():
    assert why_not_asked_in("Orrin Rovers won 1–0 in every round from the third onwards.", "ordinal")


@pytest.mark.parametrize("prompt", [
    "Mount Orrin's summit lies about how many kilometres west of both the Valdorian border?",
    "Who served as governor from 1901 to 1909, and Taft succeeded him with his support?",
])
def test_a_rewritten_question_that_cuts_a_pair_or_splices_a_clause_is_refused(prompt):
    q = TextQuestion(id="q", prompt=prompt, answer="Orrin")
    assert any(d.kind == "garbled" for d in defects_of(q, "who", []))


_FINAL = """1931 Orrin Cup Final

The 1931 Orrin Cup Final was a football match between Port Vell and Valdor Town on 25 April 1931 at the \
Orrin Stadium. Port Vell won by two goals to nil in front of a crowd of 60,000.

The final was preceded by chaotic scenes as vast crowds surged into the ground, far exceeding its official \
capacity of approximately 45,000. Police on horseback cleared the pitch.
"""


def test_an_event_page_names_the_event_with_its_year():
    prompts = [p for p in prompts_of(_FINAL) if "chaotic scenes" in p]
    assert prompts and all("[The 1931 Orrin Cup Final]" in p for p in prompts), prompts


_SHIP = """= MS Valdoria =

MS Valdoria was a car-passenger ferry built in 1980 for the shipping company Orrin Line. She sailed between \
Port Vell and Sundby until she sank in a storm.

The ship's sinking on 12 October 1994, in the Orrin Sea, was one of the worst peacetime disasters of the \
century, claiming 612 lives. An inquiry named the bow door as the cause.
"""


def test_the_ship_on_a_ship_page_is_named():
    prompts = [p for p in prompts_of(_SHIP) if "sinking" in p]
    assert prompts and all("The ship's sinking" not in p for p in prompts), prompts
    assert any("[MS Valdoria's] sinking" in p for p in prompts), prompts
