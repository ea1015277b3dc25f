"""What the nineteenth validation set's readers failed (2026-12-06) that was
mechanical, each with a made-up text of the same shape: "What was the mine to
the east of Lens?" for how far; a date asked beside a question on its year,
whose wrong dates are in other years; and "It" on a page about a plague at a
place named as the place. The rest (trivia, and stems that name no craft) is
in docs/generator.md."""

from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.candidates import Candidate
from studydesk.core.generate.clause import frame
from studydesk.core.generate.phrasing import question
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.rank import select

from tests.core.generate.helpers import prompts_of


def test_a_distance_off_a_place_is_asked_how_far():
    sentence = "The mine was 2 km (1 mi) to the east of Port Vell, in the Orrin district."
    fig = next(f for f in find_figures(sentence) if f.value == 2)
    asked = question(frame(sentence, fig, None, None, False), fig, None)
    assert asked and asked.lower().startswith("how far was the mine to the east of port vell"), asked


def _timeline(qid, answer, wrong, sentence):
    q = ChoiceQuestion(id=qid, prompt=f"Question {qid}?", choices=[answer, *wrong], answer=answer)
    return Candidate(q, "", "timeline", "figure", qid, key=qid, sentence=sentence, score=0.9)


def test_a_date_is_not_asked_beside_a_question_on_its_year():
    year = _timeline("a", "2008", ["2006", "2007", "2009"], 0)
    day = _timeline("b", "22 February 2008", ["22 March 2006", "22 January 2009", "22 May 2007"], 1)
    assert len(select([year, day], 5)) == 1
    other = _timeline("c", "22 February 2010", ["22 March 2006", "22 January 2009", "22 May 2007"], 1)
    assert len(select([year, other], 5)) == 2


_PLAGUE = """= Orrin plague =

The Orrin plague was a pneumonic plague that occurred mainly in Orrin in 1910–1911. It killed 60,000 people \
in Orrin and its neighbours.

Orrin is a region of northern Valdoria. The plague reached Port Vell in 1911, carried by fur trappers.

It was an airborne disease and was incredibly deadly, with a near 100 percent mortality rate in Orrin.
"""


def test_it_on_a_page_about_an_event_at_a_place_is_the_event():
    prompts = [p for p in prompts_of(_PLAGUE) if "airborne" in p]
    assert prompts and all("[Orrin] was" not in p for p in prompts), prompts
    assert any("[The Orrin plague] was an airborne" in p for p in prompts), prompts
