"""What the twentieth validation set's readers failed (2026-12-06) that was mechanical: a bound's wrong
answers that repeat its own number ("Over 127,000" beside "Fewer than 127,000"); "[the Francis Dam]" for
the St. Francis Dam; the USSR asked as "which organisation"; "halved his match" asked among "tripled" and
"quadrupled"; a count one stem multiplies out with another's; a scope in brackets dropped from a question;
a reading beside another a hair away; the year in another event's name; a page that prints its title twice,
with an infobox in wiki markup ("date=20 October 1827"), which gave no draft; "The ... disaster, also known as ...,
occurred at ..." read as no sentence, as if "occurred" were a participle. The rest is in docs/generator.md."""

import random

import pytest

from studydesk.core.article import parse_article
from studydesk.core.bank import NumericQuestion
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.candidates import Candidate
from studydesk.core.generate.distractors import number_choices
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.rank import select

from tests.core.generate.helpers import ARTICLES, drafted, implies, number_of, prompts_of, why_not_asked_in


@pytest.mark.parametrize("sentence, number", [
    ("A record crowd of over 127,000 watched the final at Port Vell.", "127,000"),
    ("The rupture ran over 230 km along the Orrin fault.", "230"),
    ("Up to 1,300 people died in the Valdorian floods.", "1,300"),
])
def test_no_wrong_answer_repeats_the_bounds_own_number(sentence, number):
    (fig,) = find_figures(sentence)
    for seed in range(5):
        answer, wrong = number_choices(fig, random.Random(seed))
        assert number in answer and not any(number in w for w in wrong), wrong


def test_a_small_floor_still_gets_three_wrong_answers():
    (fig,) = find_figures("At least 6 people died in the Orrin fire.")
    answer, wrong = number_choices(fig, random.Random(0))
    assert answer == "At least 6" and len(wrong) == 3


def test_the_abbreviated_saint_stays_in_a_name():
    text = ("St. Orrin Dam\n\nThe St. Orrin Dam was a concrete gravity dam in Valdoria that was built between 1924 "
            "and 1926 to serve the city of Port Vell. It failed catastrophically in 1928 due to a defective "
            "foundation, unleashing a flood that claimed the lives of at least 431 people. The collapse of the dam "
            "is considered one of the worst civil engineering disasters of the century.\n")
    prompts = prompts_of(text)
    assert any("[The St. Orrin Dam]" in p or "[the St. Orrin Dam]" in p for p in prompts), prompts
    assert not any("[the Orrin Dam]" in p or "[The Orrin Dam]" in p for p in prompts), prompts


_BLOCKADE = """= Port Vell blockade =

The Port Vell blockade was one of the first major crises of the Valdorian war. The USSR blocked the railways and \
roads to Port Vell in June 1948. On 12 May 1949, the USSR lifted the blockade of Port Vell. The airlift carried \
2.3 million tons of cargo to the city in 278,228 flights.
"""


def test_the_ussr_is_a_state_not_an_organisation():
    entities = analyse(parse_article(_BLOCKADE)).entities
    assert entities.entities["USSR"].kind == "place"
    assert not any("organisation" in p.lower() for p in prompts_of(_BLOCKADE))


def test_a_halved_match_is_no_multiple():
    assert not [f for f in find_figures("The hosts won when Orrin halved his match with Vell.") if f.kind == "multiple"]
    assert [f for f in find_figures("The town halved its debt within a year.") if f.kind == "multiple"]


def _count(qid, prompt, answer, sentence):
    q = NumericQuestion(id=qid, prompt=prompt, answer=answer)
    return Candidate(q, "", "numbers", "figure", qid, key=qid, sentence=sentence, score=0.9)


def test_a_count_another_stem_multiplies_out_is_not_kept_beside_it():
    house = _count("a", "Elections were held for all 64 seats, with each of Valdoria's 15 counties having two.", 64, 0)
    senate = _count("b", "The Senate had ____ seats up for elections, with two from each county.", 30, 1)
    assert len(select([house, senate], 5)) == 1
    other = _count("c", "The Senate had ____ seats up for elections, with two from each county.", 31, 1)
    assert len(select([house, other], 5)) == 2


def test_a_count_that_holds_only_within_a_scope_keeps_it():
    text = ("= Orrin River =\n\nThe Orrin River is the longest river in Valdoria, and flows 1,200 km to the sea.\n\n"
            "The Orrin River basin (excluding Lake Vell and the lakes of its headwaters) is home to 55 native fish "
            "species, including two endemics.\n")
    fish = [q.prompt for q in drafted(text) if "55" in str(getattr(q, "answer", "")) or "fish" in q.prompt]
    assert fish and all("excluding Lake Vell" in p for p in fish), fish


def test_a_reading_beside_another_a_hair_away_is_not_asked():
    sentence = "The index reached an intra-day high of 38,957.44 on 29 December before closing at 38,915.87."
    figures = find_figures(sentence)
    from studydesk.core.generate.not_asked import why_not_asked

    high = next(f for f in figures if f.value == 38957.44)
    assert why_not_asked(high, sentence, figures)
    alone = "The index closed at a record 38,915.87 on 29 December, up 4 percent on the year."
    figures = find_figures(alone)
    assert not why_not_asked(next(f for f in figures if f.value == 38915.87), alone, figures)


def test_the_year_in_another_events_name_is_not_asked():
    assert why_not_asked_in("The toll is exceeded only by the Great Flood of 1862 in the state's history.", "year")
    assert not why_not_asked_in("Further talks are expected in March or April of 2005 in Port Vell.", "year")


_NAVAL = """Battle of Orrin

Battle of Orrin

Infobox Military Conflict
conflict=Battle of Orrin
date=20 October 1827
place=Orrin, Valdoria
result=Decisive Valdorian victory

The naval Battle of Orrin was fought on 20 October 1827, during the Valdorian War of Independence in Orrin Bay, \
on the west coast of the Vell peninsula. A combined Valdorian and Estran fleet destroyed an armada of the Empire. \
It is notable for being the last major naval battle in history to be fought entirely with sailing ships.
"""


def test_a_page_that_prints_its_title_twice_and_an_infobox_in_markup_asks_its_date():
    assert any("20 October 1827" == getattr(q, "answer", "") for q in drafted(_NAVAL))


def test_the_title_line_is_not_counted_among_a_pages_headings():
    # The Matterhorn's copy prints its name twice, then a caption and labels, each a short line. Once the
    # doubled name became the title, counting it as one more heading made the page read as a page of briefs,
    # and its first ascent went unasked.
    text = ARTICLES["wp-matterhorn-kiwix-2015"].read_text(encoding="utf-8")
    assert any(str(getattr(q, "answer", "")) == "1865" for q in drafted(text))


def test_a_verb_with_no_passive_after_a_comma_is_still_the_sentences_verb():
    from studydesk.core.generate.quality import is_prose

    assert is_prose("The Orrin colliery disaster, also known as the Orrin explosion (Valdorian: Tanchwa Orrin), "
                    "occurred at the Universal Colliery in Orrin, near Vell, on 14 October 1913.")
    assert not is_prose("The Orrin Company, founded by merchants of Vell, London and Port Vell.")


def test_an_oil_spill_is_measured_in_gallons_and_barrels():
    (gallons, barrels) = find_figures("It spilled 10.8 million US gallons (260,000 bbl) of crude oil.")
    assert (gallons.unit, gallons.value, barrels.unit) == ("gal", 10.8e6, "bbl")
    (kegs,) = find_figures("Fawkes was found guarding 36 barrels of gunpowder.")
    assert kegs.unit == ""  # a count of barrels, not a volume


def test_the_days_after_a_date_the_sentence_gives_do_not_lean_on_another():
    from studydesk.core.generate.quality import dangling

    assert not dangling("The Orrin spill occurred on ____, when the tanker struck a reef and spilled oil over the "
                        "next few days.")
    assert dangling("The tanker spilled more oil over the next few days.")


@pytest.mark.parametrize("sentence, year", [
    ("The Battle of Orrin took place in 490 BC during the first Valdorian invasion of Estra.", 490),
    ("The Battle of Vell was the decisive battle of the civil war, fought on 9 August 48 BC near Vell.", 48),
])
def test_a_year_bc_is_a_year_blanked_before_its_era(sentence, year):
    (fig,) = find_figures(sentence)
    assert (fig.kind, fig.value, fig.extra) == ("year", year, "BC")
    prompts = prompts_of(f"Battle of Orrin\n\n{sentence} The Valdorians lost the battle.\n")
    assert any("____ BC" in p for p in prompts), prompts


def test_a_year_bc_is_never_ordered_or_subtracted_among_years_ad():
    text = ("Battle of Orrin\n\nThe Battle of Orrin took place in 490 BC during the first Valdorian invasion. "
            "The Orrin museum opened in 1890 near the battlefield. A new road to the museum was built in 1950. "
            "The battlefield was declared a national park in 1975.\n")
    questions = drafted(text)
    ordered = [item for q in questions if q.kind == "order" for item in q.items]
    assert ordered and not any("Battle of Orrin" in item for item in ordered), ordered
    apart = [q.prompt for q in questions if "How many years separate" in q.prompt]
    assert not any("Battle of Orrin" in p for p in apart), apart


def test_a_roughly_given_year_bc_is_not_asked():
    assert why_not_asked_in("Egypt emerged from prehistory around 3150 BC, when the two lands were united.", "year")


def test_an_infobox_date_line_in_a_list_is_no_headline():
    text = ("= Battle of Vell =\n\nInfobox\n- Conflict: Battle of Vell\n- Date: 9 August 1648\n- Place: Vell\n\n"
            "The Battle of Vell was the decisive battle of the Valdorian civil war, fought on 9 August 1648 near Vell "
            "in central Estra. The rebels lost half their army.\n")
    assert any(getattr(q, "answer", "") == "9 August 1648" for q in drafted(text))


def test_a_battle_of_a_place_is_one_name_written_with_the():
    text = ("Battle of Orrin\n\nThe Battle of Orrin took place on 14 October 1066, between the Valdorian army and "
            "the Estran army. The battle was fought near Vell, about 6 miles northwest of Orrin, and lasted all day. "
            "The battle ended with the death of King Harold and some 4,000 of his men.\n")
    entities = analyse(parse_article(text)).entities
    assert "Battle of Orrin" in entities.entities and "Battle" not in entities.entities
    prompts = prompts_of(text)
    assert any("[the Battle of Orrin]" in p or "[The Battle of Orrin]" in p for p in prompts), prompts
    assert not any("[Battle of Orrin]" in p for p in prompts), prompts


def test_a_length_of_time_is_not_asked_beside_the_dates_it_runs_between():
    from studydesk.core.generate.giveaways import span_asked

    (weeks, *_) = find_figures("The Battle of Orrin lasted five weeks from 16 December 1944 to 28 January 1945.")
    assert span_asked("The Battle of Orrin lasted how many weeks from 16 December 1944 to 28 January 1945?", weeks)
    assert not span_asked("How many weeks did the Battle of Orrin last?", weeks)
    text = ("Battle of Orrin\n\nThe Battle of Orrin was the last major offensive of the Valdorian army. It lasted "
            "five weeks from 16 December 1944 to 28 January 1945. About 19,000 Valdorian soldiers were killed.\n")
    assert not any("how many weeks" in p.lower() and "1944" in p for p in prompts_of(text))


@pytest.mark.parametrize("sentence", [
    "The market value of the Orrin exchange has dropped by more than 90%.",
    "Over 60% of Valdoria is covered by forest.",
    "At least 12% of voters in Vell stayed home.",
    "Up to 30% of the Orrin crop was lost to the floods.",
    "Fewer than 5% of the households in Vell replied.",
])
def test_a_bounded_shares_wrong_answers_are_all_false(sentence):
    from studydesk.core.generate.distractors import percent_choices

    (fig,) = find_figures(sentence)
    answer, wrong = percent_choices(fig, random.Random(0))
    key = number_of(answer.rstrip("%"))
    assert len(wrong) == 3
    for w in wrong:
        assert not implies(key, number_of(w.rstrip("%"))), (answer, w)
