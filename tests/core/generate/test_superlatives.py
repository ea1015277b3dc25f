"""The claim of rank a page makes of its subject ("the highest mountain in Europe"), asked with the other ranks of
the same word, and its opposite where it has one, as wrong choices (superlatives.py)."""

import random

import pytest

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.superlatives import superlative_candidates

from .helpers import drafted


def _asked(text: str):
    found = superlative_candidates(analyse(parse_article(text)), random.Random(0))
    return found[0].question if found else None


def test_the_subject_s_claim_is_asked_with_the_other_ranks_of_its_word_and_its_opposite():
    q = _asked("Mount Elbrus\n\nMount Elbrus is the highest mountain in Europe. It lies in the Caucasus.\n")
    assert q.answer == "highest"
    assert sorted(q.choices) == ["highest", "lowest", "second-highest", "second-lowest"]
    assert '"Mount Elbrus is the ____ mountain in Europe."' in q.prompt


def test_a_word_with_no_opposite_is_asked_against_its_other_ranks():
    q = _asked("Tangshan\n\nThe Tangshan earthquake was the deadliest earthquake of the century. It struck at night.\n")
    assert sorted(q.choices) == ["deadliest", "fourth-deadliest", "second-deadliest", "third-deadliest"]


def test_a_ranked_claim_keeps_its_rank_and_the_page_s_spelling():
    q = _asked("Zambezi\n\nThe Zambezi is the fourth longest river in Africa. It flows into the Indian Ocean.\n")
    assert q.answer == "fourth longest" and "longest" in q.choices and "fourth shortest" in q.choices


def test_a_rank_the_sentence_shows_elsewhere_is_no_wrong_choice():
    q = _asked("Jagiellonian University\n\nThe Jagiellonian University is the oldest university in Poland and the "
               "second oldest university in Central Europe. It has many students.\n")
    assert q.answer == "oldest" and "second oldest" not in q.choices and len(q.choices) == 4


def test_first_is_asked_against_other_places_in_the_order():
    q = _asked("Skylab\n\nSkylab was the first space station the United States launched into orbit, and the second "
               "space station ever visited by a crew.\n")
    assert q.answer == "first" and "second" not in q.choices and len(q.choices) == 4


@pytest.mark.parametrize("text", [
    # what ranks above it tells the rank
    "Danube\n\nThe Danube is the second-longest river in Europe, after the Volga. It flows east.\n",
    # the claim is not about the page's subject
    "Rotterdam\n\nRotterdam is a city in the Netherlands. Its neighbour Antwerp is the largest port in Belgium.\n",
    # the title gives it away
    "Largest port in Europe\n\nThe Port of Rotterdam is the largest port in Europe. It is in the Netherlands.\n",
    # the first of two
    "Spirit\n\nSpirit is the first of the two Mars Exploration Rover missions. It landed in 2004.\n",
])
def test_no_claim_is_asked_where_its_answer_shows_or_it_is_of_something_else(text):
    assert _asked(text) is None


def test_a_page_with_few_figures_gets_its_central_claim():
    text = ("Volga\n\nThe Volga is the longest river in Europe. It flows through central Russia to the Caspian Sea, "
            "and most of Russia's population lives in its basin.\n")
    assert any(getattr(q, "answer", "") == "longest" for q in drafted(text))
