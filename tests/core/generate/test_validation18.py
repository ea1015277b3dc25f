"""What the eighteenth validation set's readers failed (2026-12-06) that was
mechanical, each with a made-up text of the same shape: a year its own stem
gives in short ("the Surveyor '98 Orbiter"), "N in M" read as a share where
it is a flight number and a year or a return period, a vague "many ____"
that a larger amount would fill as truly, a blank in a yacht class or a
directive's number, a "who" question that kept the page's citation mark, and
a page whose name only ever opens a sentence; and, seen in a test of the
next change, "How high is the dam and holds ...?". The rest (trivia) is in
docs/generator.md."""

import pytest

from studydesk.core.bank import NumericQuestion
from studydesk.core.generate.audit import defects_of
from studydesk.core.generate.giveaways import given_away
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import prompts_of, why_not_asked_in


def test_a_year_its_stem_gives_in_short_is_given_away():
    sentence = "The Orrin Orbiter (formerly the Valdor Surveyor '98 Orbiter) was launched on December 11, 1998."
    (date,) = [f for f in find_figures(sentence) if f.kind == "date"]
    assert given_away(sentence, date)
    plain = "The Orrin Orbiter was launched on December 11, 1998."
    assert not given_away(plain, find_figures(plain)[0])


@pytest.mark.parametrize("sentence", [
    "The crash of Orrin Air Flight 111 in 1998 generated a costly lawsuit.",
    "The gusts over Port Vell had a return period of 1 in 200 years.",
])
def test_n_in_m_is_no_share_beside_a_year_or_a_period(sentence):
    assert [f for f in find_figures(sentence) if f.kind == "fraction"] == []


def test_one_in_five_is_still_a_share():
    (fig,) = find_figures("One in five adults in Valdoria smoke.")
    assert fig.kind == "fraction" and fig.value == pytest.approx(0.2)


def test_many_thousands_is_not_asked():
    assert why_not_asked_in("Approximately 7,600 were injured in Orrin, and many thousands left homeless.", "vague")


@pytest.mark.parametrize("sentence", [
    "The Valdor II was the greatest threat to Orrin's dominance of the 12 Metre class.",
    "Policy passed to the European level as a result of European Community directive, 85/511 on disease.",
])
def test_no_figure_in_a_class_or_a_code(sentence):
    assert find_figures(sentence) == []


_CITED = """The Orrin Salt March was an act of nonviolent civil disobedience in Valdoria led by Mara Orrin. \
It began on 12 March 1930 and lasted 24 days.

The Valdorian Congress Working Committee gave Orrin the responsibility for organising the first act of civil \
disobedience, with Congress itself ready to take charge after Orrin's expected arrest.[12] Some 60,000 people \
were arrested.
"""


def test_a_how_question_that_kept_a_second_predicate_is_refused():
    q = NumericQuestion(id="q", prompt="How high is the Orrin Dam and holds 13.7 cubic kilometres of water?",
                        answer=143.0, unit="m")
    assert any(d.kind == "garbled" for d in defects_of(q, "figure", []))
    q = NumericQuestion(id="q", prompt="How high is the Orrin Dam, completed in 1976?", answer=143.0, unit="m")
    assert not [d for d in defects_of(q, "figure", []) if d.kind == "garbled"]


def test_a_who_question_drops_the_pages_citation_mark():
    prompts = [p for p in prompts_of(_CITED) if "responsibility" in p]
    assert prompts and all("[12]" not in p and ".?" not in p for p in prompts), prompts


_OPENS = """Orvell

Orvell (Valdorian: Orvel; Old Valdorian: Orvelle), formerly known as Vell-Ata (Old Valdorian: Vellata) and Marny, \
is the largest city in Valdoria, with a population of 1,703,481 people. Orvell is considered a World City by one \
ranking. It served as capital of the Valdorian state from 1929 to 1997, under the former Union. In 1997 the \
government relocated the capital to Orrin in the north of the nation.
"""


def test_a_page_whose_name_only_opens_sentences_still_has_a_subject():
    prompts = prompts_of(_OPENS)
    assert any("[Orvell]" in p for p in prompts), prompts
