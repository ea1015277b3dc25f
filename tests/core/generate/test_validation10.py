"""What the tenth validation set's readers failed (2026-12-05), each with a
made-up sentence of the same shape where one fits: a stop after a bracket or
a possessive taken for an initial's (two sentences asked as one), "was three
years into" asked as "what was ... into", an inverted sentence ("Trailing
are ..."), a name that opens with a number word ("the Gorges Dam"), a "then"
that leans on the sentence before, "[The African Great Lake]" for "the lake",
the page's own broken "()", a count its own list gives away, a figure the
article gives twice differently, the victim's age, and a currency written
twice around a figure."""

import pytest
from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.clause import frame
from studydesk.core.generate.giveaways import counts_its_list
from studydesk.core.generate.phrasing import question
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.worth import worth
from studydesk.core.generate.quantities import find_figures

from tests.core.generate.helpers import prompts_of


@pytest.mark.parametrize(("text", "first"), [
    ("The dyke has 14 sluices and a drop of about 40 feet (12 m). It was finished on May 3, 1910.",
     "The dyke has 14 sluices and a drop of about 40 feet (12 m)."),
    ("The fleet grew to a size equal to Spain's. As a result, the treaty was signed in 1604.",
     "The fleet grew to a size equal to Spain's."),
])
def test_a_stop_after_a_bracket_or_a_possessive_ends_the_sentence(text, first):
    a, b = split_sentences(text)[0]
    assert text[a:b] == first


@pytest.mark.parametrize("text", [
    "The novel was written by J. R. R. Tolkien in the 1930s.",
    "The company was founded by George W. Bush and two friends.",
])
def test_an_initial_still_does_not_end_a_sentence(text):
    assert len(split_sentences(text)) == 1


def test_no_question_asks_what_a_subject_was_into():
    sentence = "By 1938, the Republic was four years into a large rearmament programme meant to double the navy."
    (fig,) = [f for f in find_figures(sentence) if f.kind == "measure"]
    asked = question(frame(sentence, fig, None, None, False), fig, None)
    assert asked is None or not asked.startswith("What"), asked


@pytest.mark.parametrize("sentence", [
    "Trailing are South Korea with 13% and China with 8% of the world's spam.",
    "Next came France with 12 medals and Italy with nine.",
    "The total capacity of the dam will then reach 22,500 MW.",
    "Aftershocks have rattled Turkey since then, the strongest of magnitude 6.",
])
def test_an_inverted_opening_and_a_then_lean_on_the_sentence_before(sentence):
    assert dangling(sentence)


@pytest.mark.parametrize("sentence", [
    "In 1981, Shenouda was exiled to a monastery by then-President Anwar Sadat.",
    "The pair put on 234 runs, a then national record, at Lord's in 1930.",
    "First proposed in the 1780s, then re-proposed in 1807, the canal was surveyed in 1808.",
])
def test_a_then_of_the_sentence_s_own_time_does_not_lean(sentence):
    assert not dangling(sentence)


def test_a_name_that_opens_with_a_number_word_keeps_it():
    text = ("Seven Rivers Dam\n\n"
            "The Seven Rivers Dam is a gravity dam on the Orra River in the north of Valdoria. "
            "Work on the Seven Rivers Dam began in 1994, and the dam was finished in 2006. "
            "The dam holds 3.2 billion cubic metres of water and has 12 turbines of 500 MW each.\n")
    analysis = analyse(parse_article(text))
    assert analysis.subject is not None and analysis.subject.name.endswith("Seven Rivers Dam")


def test_the_lake_is_the_lake_the_article_is_about_not_the_kind_it_is():
    text = ("Lake Orrin\n\n"
            "Lake Orrin is an Alpine Glacial Lake in the north of Valdoria. It is the second-deepest lake in the "
            "region, after Lake Brenn. The lake is shared among three countries—Valdoria, Ostmark and Felland—with "
            "Valdoria holding 60% of its shore. The lake is 48 km long and up to 310 m deep, and about 200,000 "
            "people live on its shores.\n")
    prompts = prompts_of(text)
    assert prompts
    assert not [p for p in prompts if "Glacial Lake]" in p], prompts
    assert [p for p in prompts if "Lake Orrin" in p], prompts


def test_a_count_its_own_list_gives_away_is_not_blanked():
    sentence = ("The lake is shared among four countries—Tanzania, the Democratic Republic of the Congo (the DRC), "
                "Burundi, and Zambia—with Tanzania holding most of it.")
    (count, *_) = find_figures(sentence)
    assert counts_its_list(sentence, count)
    partial = "Four countries took part, including Peru and Chile."
    assert not counts_its_list(partial, find_figures(partial)[0])
    other = "The river flows through six countries: Zambia, Angola and Namibia among them."
    assert not counts_its_list(other, find_figures(other)[0])


def test_a_page_s_broken_brackets_are_no_prose():
    assert not is_prose("Peak inflation is estimated at 79.6 billion percent month-on-month, 89.7 sextillion () "
                        "percent year-on-year in mid-November 2008.")


def test_a_figure_the_article_gives_otherwise_is_asked_only_in_its_sentence():
    text = ("Wanderer rover\n\n"
            "Wanderer is a robotic rover that landed on the plain of Orra on July 4, 2031. "
            "Wanderer was operational on the surface for 92 sols, and it sent back 550 images.\n"
            "The rover was designed for a mission lasting 7 sols and was active for 83 sols in the end. "
            "It drove 100 metres in all and made 16 chemical analyses of rocks and soil.\n")
    prompts = prompts_of(text)
    assert prompts
    assert not [p for p in prompts if "how many sols" in p], prompts


@pytest.mark.parametrize("sentence", [
    "Mr. Nunes, 51 years old, was an employee of the Noroeste Farm in Cabixi, 820 km from Porto Velho.",
    "Police are searching for a gunman after a 27-year-old clerk was shot in the store on Monday.",
    "The victim, aged 34, was found near the river on Sunday morning.",
])
def test_a_person_s_age_is_worth_little(sentence):
    (fig,) = [f for f in find_figures(sentence) if f.number_text in ("51", "27", "34")]
    assert "a person's age" in worth(fig, sentence, find_figures(sentence))[1]


def test_a_currency_written_twice_around_a_figure_is_not_asked():
    text = ("Tanker deal\n\n"
            "Emails among Air Force officials about a USD$23 billion dollar deal with Boeing were made public on "
            "Monday. The deal covers 100 tankers to be delivered by 2011, Senator John McCain said. "
            "Boeing employs 150,000 people in 70 countries, and the Air Force flies 5,000 aircraft.\n")
    prompts = prompts_of(text)
    assert not [p for p in prompts if "USD$____" in p or "23 billion" in p and "how" in p.lower()], prompts


def test_a_share_asks_its_first_clause_only():
    sentence = ("In minutes, 85 percent of the buildings in Tangshan collapsed or were rendered unusable, all "
                "services failed, and most of the bridges collapsed.")
    (fig,) = find_figures(sentence)
    asked = question(frame(sentence, fig, None, None, False), fig, None)
    assert asked is not None and "services" not in asked, asked


def test_no_did_question_has_an_adverb_for_its_subject():
    sentence = "MST is a large movement of agricultural workers in Brazil, officially founded in 1984."
    (fig,) = find_figures(sentence)
    asked = question(frame(sentence, fig, None, None, False), fig, None)
    assert asked is None or "did officially" not in asked, asked


def test_an_untitled_page_that_opens_as_an_encyclopedia_does_is_about_what_it_defines():
    """A copy of an encyclopedia entry with no title line ("Tunguska is a remote region ...") is about
    the name it defines, though it names it only twice: "the impact" in it is that name's impact, as
    on a titled page. It had given no draft at all."""
    text = ("Tunguska is a remote, largely uninhabited region in Siberia, Russia. It is known for an enormous "
            "impact event near the Tunguska River on the morning of June 30, 1908. The impact was felt as far "
            "away as 1,000 kilometres. Witnesses claimed to have heard a deafening bang.")
    analysis = analyse(parse_article(text))
    assert analysis.subject is not None and analysis.subject.name == "Tunguska"
    assert analysis.single_topic
    assert any("felt as far away as" in p for p in prompts_of(text))
