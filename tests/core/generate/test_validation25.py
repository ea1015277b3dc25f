"""What the twenty-fifth validation set's readers failed (2026-12-06) that was mechanical: a copy that lost
its ship names ("the Australian light cruiser , under"); a pronunciation's bracket left as "(US:; ...)"; a
photo caption asked ("D-AIPX taking off ... in May 2014"); "More recent measurements" with nothing before;
"a little ____"; "a collision between ____ satellites"; what "TEU" stands for; a share that is 100 less the
other beside it; "around 3 December 1915" keyed without its "around". The rest is in docs/generator.md."""

import pytest

from studydesk.core.bank import ChoiceQuestion
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.quality import dangling, is_prose

from tests.core.generate.helpers import drafted


@pytest.mark.parametrize("sentence", [
    "The Battle of Orrin was a single-ship action after the Valdorian light cruiser , under the command of John "
    "Glossop, responded to an attack.",
    "D-AIPX taking off from Orrin Airport in May 2014.",
])
def test_a_broken_copy_or_a_caption_is_no_prose(sentence):
    assert not is_prose(sentence)


def test_a_pronunciation_goes_with_its_bracket():
    text = "Kīlauea (/ˌkiːlaʊˈeɪə/, US:; Hawaiian: [kiːlɐwˈwɛjə]) is an active shield volcano in the Orrin Islands."
    assert FOOTNOTE.sub("", text) == "Kīlauea is an active shield volcano in the Orrin Islands."


def test_more_recent_leans_on_the_sentence_before():
    assert dangling("More recent measurements showed that the glacier arm lost 100 m in 2006.")


@pytest.mark.parametrize("sentence, kind, why", [
    ("Jostedalsbreen has a length of a little more than 60 km.", "measure", "a little"),
    ("It was the first accidental collision between two intact artificial satellites in orbit.", "count", "between"),
    ("Rotterdam was the world's eleventh-largest container port in terms of twenty-foot equivalent units handled.",
     "measure", "unit's name"),
    ("Funes shows an insurmountable lead with 51.27% of the vote, while Ávila has 48.73%.", "percent", "100 less"),
])
def test_a_figure_its_words_give_away_is_not_asked(sentence, kind, why):
    assert why in why_not_asked_in_first(sentence, kind)


def why_not_asked_in_first(sentence: str, kind: str) -> str:
    """why_not_asked_in for the sentence's first figure of the kind (the helper wants only one)."""
    from studydesk.core.generate.not_asked import why_not_asked
    from studydesk.core.generate.quantities import find_figures

    figures = find_figures(sentence)
    fig = next(f for f in figures if f.kind == kind)
    return why_not_asked(fig, sentence, figures)


def test_a_qualified_date_keeps_its_qualifier_in_every_choice():
    text = ("Siege of Orrin\n\nThe Siege of Orrin was a siege of the Valdorian garrison in the town of Orrin. The "
            "Valdorian forces arrived at Orrin around 3 December 1915. The garrison of 11,800 men surrendered on 29 "
            "April 1916, after a siege of 147 days.\n")
    dated = [q for q in drafted(text) if isinstance(q, ChoiceQuestion) and "3 December 1915" in q.answer]
    assert dated, [q.prompt for q in drafted(text)]
    assert all(c.startswith("Around ") for q in dated for c in q.choices), [q.choices for q in dated]
