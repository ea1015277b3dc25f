"""How generated questions and choices are worded: choices written as the
article writes its figure, names that are labels left alone, a past event
asked in the past."""

import pytest

from studydesk.core.bank import ChoiceQuestion, TextQuestion
from studydesk.core.generate import generate_bank
from studydesk.core.generate.clause import frame
from studydesk.core.generate.lexicon import number_name
from studydesk.core.generate.phrasing import question
from studydesk.core.generate.quantities import find_figures
from tests.support import DATA


@pytest.mark.parametrize("n, words", [(12, "twelve"), (21, "twenty-one"), (99, "ninety-nine"),
                                      (400, "four hundred"), (450, "450"), (1000, "1,000")])
def test_number_names(n, words):
    assert number_name(n) == words


def _bank(*sentences: str):
    text = "A news report\n\n" + " ".join(sentences) + "\n"
    return generate_bank(text, article_ref="a.txt").bank


def test_a_figure_in_words_gets_choices_in_words():
    bank = _bank("Crude oil rose to a record price on Tuesday as traders worried about supplies from the Gulf.",
                 "Last week, U.S. stockpiles of crude oil were down nearly four million barrels, the Energy "
                 "Department said in its weekly report.",
                 "Analysts at the bank said the price could rise further before the winter, when demand peaks.")
    (q,) = [q for q in bank.questions if "four million" in q.evidence[0]]
    assert isinstance(q, ChoiceQuestion), q
    assert not any(ch.isdigit() for choice in q.choices for ch in choice), q.choices


def test_a_label_before_a_number_is_not_asked_as_a_name():
    bank = _bank("Hurricane Gustav struck Cuba on Saturday with winds of 150 miles an hour, forcing thousands to "
                 "flee.", "The storm may be raised to Category 5 according to some sources in Havana.",
                 "Forecasters in Miami said the storm would reach the coast of Louisiana by Monday night.")
    assert not any(isinstance(q, TextQuestion) and q.answer == "Category" for q in bank.questions)


def test_a_past_duration_is_asked_in_the_past():
    # Asked of the clause alone: the draft itself asks it as a blank, since "the engine burn" names no craft.
    sentence = "On Friday, the orbiter made a 27-minute engine burn to slow itself into orbit around the planet."
    (fig,) = [f for f in find_figures(sentence) if f.dimension == "duration"]
    assert question(frame(sentence, fig, None, None, False), fig, None) == "How long was the engine burn on Friday?"


def test_a_list_of_names_is_kept_whole_in_a_rebuilt_question():
    bank = _bank("A storm surge flooded the east coast of England on the night of 31 January 1953.",
                 "In England, 307 people were killed in the counties of Lincolnshire, Norfolk, Suffolk and Essex.",
                 "Sea defences were rebuilt along the whole coast in the years that followed the flood.")
    prompts = [q.prompt for q in bank.questions if "307" in q.evidence[0]]
    assert prompts and all("Essex" in p for p in prompts), prompts


def test_one_day_written_two_ways_is_asked_once():
    # "On September 5, 2006, ... declared President Elect"; "confirmed ... on 5 September 2006": one day
    # (the shape of wp-mexican-election-2006, whose dates now rank below the floor as further down its page).
    text = ("Valdorian general election\n\nOn September 5, 2006, Marco Ruiz was declared President Elect by the "
            "Federal Electoral Tribunal after a long dispute. Ruiz's victory was confirmed by the Federal courts on "
            "5 September 2006, after weeks of protests. Eight political parties took part in the election, and "
            "turnout reached 58.6% of "
            "registered voters.\n")
    bank = generate_bank(text, article_ref="a.txt", max_questions=10).bank  # room for both, were both asked
    days = [q for q in bank.questions if isinstance(q, ChoiceQuestion)
            and q.answer.replace(",", "") in ("September 5 2006", "5 September 2006")]
    assert len(days) == 1, [q.prompt for q in days]


def test_a_year_question_never_loses_its_subject_to_a_comma():
    bank = _bank("The eventual successful project, organised by Eurotunnel, began construction in 1988 and opened "
                 "in 1994.", "The Channel Tunnel runs 50 km under the sea between England and France.",
                 "About 13,000 workers were employed on the project at its peak.")
    assert not any(q.prompt.startswith("In what year did began") for q in bank.questions)


def test_a_count_reported_with_a_participle_is_asked_with_its_verb():
    bank = _bank("A 7.2 magnitude earthquake struck eastern Turkey on Sunday, near the city of Van.",
                 "Turkish Prime Minister Recep Tayyip Erdogan reported 55 buildings destroyed in Ercis, north of "
                 "Lake Van.", "Rescue teams from across the country searched the rubble through the night.")
    prompts = [q.prompt for q in bank.questions if "55" in q.evidence[0]]
    assert prompts and not any("how many buildings destroyed" in p for p in prompts), prompts


def _real(name: str):
    (path,) = DATA.glob(f"*/{name}.txt")
    return generate_bank(path.read_text(encoding="utf-8"), article_ref=path.name).bank


def test_choices_for_a_multiple_before_more_read_in_the_sentence():
    # "the French losing more than fifty times more dead": each choice fits the blank before "more dead".
    bank = _real("wp-battle-of-agincourt-copy")
    (q,) = [q for q in bank.questions if "fifty times" in q.evidence[0] and isinstance(q, ChoiceQuestion)]
    assert all(c.lower().startswith(("more than", "less than")) and ("times" in c or "twice" in c)
               for c in q.choices), q.choices


def test_a_range_keeps_its_qualifier_in_every_choice():
    # "an estimated 10,000–15,000 Zulu attackers": no choice reads as an exact range.
    bank = _real("wp-battle-of-blood-river-liquisearch")
    qs = [q for q in bank.questions if "10,000" in q.evidence[0] and isinstance(q, ChoiceQuestion)]
    assert qs and all(c.startswith("An estimated") for q in qs for c in q.choices), [q.choices for q in qs]


def test_one_toll_written_two_ways_is_asked_once():
    (path,) = DATA.glob("*/wp-vajont-dam-1963-copy.txt")
    bank = generate_bank(path.read_text(encoding="utf-8"), article_ref=path.name).bank
    tolls = [q for q in bank.questions if isinstance(q, ChoiceQuestion) and q.answer == "Around 2,000"]
    assert len(tolls) <= 1, [q.prompt for q in tolls]


def test_every_choice_for_a_count_in_words_is_in_words():
    # "Twenty-seven British ships": a quarter of it is "Seven", not "7"
    bank = _real("wp-battle-of-trafalgar-wiki100k")
    (q,) = [q for q in bank.questions if isinstance(q, ChoiceQuestion) and q.answer == "Twenty-seven"]
    assert not any(ch.isdigit() for c in q.choices for ch in c), q.choices


def test_a_year_is_the_key_of_one_question_only():
    # "From 1928 to 1930 ..." and "The subsequent winter of 1930 ...": one blank on 1930 is enough
    bank = _real("wp-china-floods-1931-owiki")
    years = [str(q.answer) for q in bank.questions if q.topic == "timeline"]
    assert "1930" in years and len(years) == len(set(years)), years
