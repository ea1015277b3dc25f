"""What the sixteenth validation set's readers failed (2026-12-06) that was
mechanical, each with a made-up text of the same shape: a year run into the
next sentence ("until 549.In 2013"), "In what year was Lehman Brothers a
firm founded?", a rank given away by what exceeds it, and wrong dates in
other years where the page's name, quoted in the question, gives the year.
The rest of what they failed (trivia, stems that give a figure away by
arithmetic) is in docs/generator.md."""

import random

from studydesk.core.article import split_sentences
from studydesk.core.generate.clause import frame
from studydesk.core.generate.date_choices import date_choices
from studydesk.core.generate.giveaways import ranked_after
from studydesk.core.generate.phrasing import question
from studydesk.core.generate.quantities import find_figures


def test_a_year_run_into_the_next_sentence_ends_it():
    text = "It persisted until 549.In 2013, researchers confirmed it. See No.5 for more. Pi is 3.14 roughly."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "It persisted until 549.", "In 2013, researchers confirmed it.", "See No.5 for more.", "Pi is 3.14 roughly."]


def test_no_year_question_puts_was_before_a_noun_phrase():
    sentence = "Lehman Brothers Holdings Inc. was a global financial services firm founded in 1847."
    (fig,) = find_figures(sentence)
    asked = question(frame(sentence, fig, None, None, False), fig, None)
    assert asked is None or not asked.startswith("In what year was Lehman"), asked


def test_a_rank_given_away_by_what_exceeds_it():
    sentence = "The Niger is the third-longest river in Africa, exceeded only by the Nile and the Congo."
    (fig,) = [f for f in find_figures(sentence) if f.kind == "ordinal"]
    assert ranked_after(sentence, fig)


def test_wrong_dates_keep_the_year_the_question_names():
    (fig,) = find_figures("Federal elections were held in Valdoria on 27 September 1998.")
    for seed in range(10):
        _, wrong = date_choices(fig, random.Random(seed), keep_year=True)
        assert all(w.endswith("1998") for w in wrong), wrong
        _, wrong = date_choices(fig, random.Random(seed))
        assert any(not w.endswith("1998") for w in wrong), wrong
