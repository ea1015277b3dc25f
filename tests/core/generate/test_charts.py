"""The generator's charts follow the rules a reader relies on: shares of one
named whole, each labelled with what it measures; a figure at two named
times; an implied value only when the text puts a number on it; no chart
when nothing fits, and never a range drawn as one value."""

from __future__ import annotations

import pytest

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.charts import charts_for
from tests.core.generate.helpers import ARTICLES


def charts(text: str):
    """The charts the generator draws from a one-paragraph article (no questions needed)."""
    return charts_for(analyse(parse_article("A title line\n" + text + "\n")))


def test_shares_of_one_whole_are_drawn_with_what_each_measures():
    (chart,) = charts("Coal provided 40% of France's electricity in 2020, gas 30% and nuclear 20%, "
                      "according to the ministry.")
    assert chart.kind == "share" and chart.labels == ("Coal", "Gas", "Nuclear")
    assert chart.values == (40.0, 30.0, 20.0) and "France's electricity" in chart.title


@pytest.mark.parametrize("text", [
    # Two wholes: a third of the fighting, half of the strikes.
    "According to Zelensky, nearly one-third of all fighting in France is near Lyon, with roughly half of "
    "artillery strikes concentrated in the area.",
    # Two clauses, one whole named: turnout is not a share of the voter base.
    "Turnout from the English Wikipedia slightly exceeds 10%, with 13.22%; voters from the English Wikipedia "
    "represent about 41.4% of the voter base.",
    # Shares that add up to more than the whole.
    "In Paris, 70% of residents own a car and 60% of residents own a bicycle, the city council said.",
])
def test_no_share_chart_when_the_shares_are_not_of_one_whole(text):
    assert not [c for c in charts(text) if c.kind == "share"]


def test_a_figure_at_two_named_times_is_a_change():
    (chart,) = charts("The population of Lagos rose from 1.2 million in 1970 to 15.4 million in 2020, "
                      "according to the United Nations.")
    assert chart.kind == "change" and chart.labels == ("1970", "2020")
    assert chart.values == (1_200_000, 15_400_000) and chart.title.startswith("The population of Lagos")


def test_a_floor_with_more_than_twice_draws_no_implied_value():
    text = ("According to Western analysts, total Russian losses may now exceed 900,000 killed or wounded, "
            "more than twice Ukraine's.")
    assert not [c for c in charts(text) if c.kind == "compare"]
    exact = charts("In 2023 the Danube carried 6,500 cubic metres per second, twice the Rhine's.")
    assert [c.labels for c in exact if c.kind == "compare"] == []  # "twice the Rhine's" needs a name first


def test_ranges_are_never_drawn_as_one_value():
    text = ("Historians estimate that 40 to 120 million people died in Asia, and 20 million people died in "
            "Europe, according to the survey.")
    for chart in charts(text):
        assert 40_000_000 not in chart.values and 120_000_000 not in chart.values


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_corpus_charts_follow_the_rules(name):
    from studydesk.core.generate import GenerateError

    try:
        g = generate_bank(ARTICLES[name].read_text(encoding="utf-8"))
    except GenerateError:
        return
    for chart in g.bank.charts:
        assert len(chart.labels) == len(chart.values) == len(chart.evidence) >= 2
        assert all(label.strip() and len(label.split()) <= 8 for label in chart.labels), chart.labels
        if chart.kind == "share":
            assert chart.title.startswith("Shares of ") and sum(chart.values) <= 100.5
        if any(chart.derived):
            assert all(note for note, derived in zip(chart.notes, chart.derived) if derived)
