"""The generator's reading of text: page chrome, figures with their qualifiers,
units and nouns, sources, and names."""

from __future__ import annotations

import pytest

from studydesk.core.article import is_chrome, parse_article
from studydesk.core.generate.entities import EntityIndex
from studydesk.core.generate.quantities import find_figures
from studydesk.core.generate.sources import attributions, source_of, unverified
from tests.core.generate.helpers import ARTICLES


def test_page_chrome_is_left_out():
    article = parse_article(ARTICLES["lagos"].read_text(encoding="utf-8"))
    assert article.title == "Lagos races to house a population that nobody can agree on"
    body = article.body
    for chrome in ("Skip to main content", "The Harbour Post | Africa", "By Amara Okafor", "Published 14 March",
                   "6 min read", "Share this article", "Image caption", "Related stories", "cookies",
                   "All rights reserved", "flood barrier plan stalls"):
        assert chrome not in body, chrome
    assert "By 2050" not in body  # not in the article either: bylines only
    for line in ("By 2050 the city will have grown.", "Published in 1859, the book sold out in a day."):
        assert not is_chrome(line)


@pytest.mark.parametrize(("text", "kind", "value", "qualifier", "unit", "noun"), [
    ("today, fewer than 1,300 residents remain", "count", 1300, "fewer than", "", "residents"),
    ("its population was around 60,000;", "count", 60000, "around", "", ""),
    ("along the 1,200-kilometre front line", "measure", 1200, "", "km", ""),
    ("nearly one-third of all fighting", "fraction", 1 / 3, "nearly", "", ""),
    ("with roughly half of Russian strikes", "fraction", 0.5, "roughly", "", ""),
    ("losses may now exceed 900,000 killed", "count", 900000, "exceed", "", ""),
    ("are outnumbered eight to one.", "ratio", 8, "", "", ""),
    ("lies just 80 kilometers from Kramatorsk", "measure", 80, "", "km", ""),
    ("since Bakhmut in May 2023.", "date", 2023 + 4 / 12, "", "", ""),
    ("sometimes only two or three men at a time", "range", 2, "", "", "men"),
    ("the fourth since Russia’s invasion", "ordinal", 4, "", "", ""),
    ("around 15.4 million people", "count", 15.4e6, "around", "", "people"),
    ("about 6,500 cubic metres per second", "measure", 6500, "about", "m³/s", ""),
    ("risen by about 40 percent", "percent", 40, "about", "%", ""),
    ("about two in three residents live", "fraction", 2 / 3, "about", "", "residents"),
    ("an estimated 85,000 people", "count", 85000, "an estimated", "", "people"),
    ("tens of thousands of casualties", "vague", 1e4, "", "", ""),
    ("more than 300 species of birds", "count", 300, "more than", "", "species of birds"),
    ("the mission cost about 1.4 billion euros", "measure", 1.4e9, "about", "euros", ""),
    ("nearly twice that of the Rhine", "multiple", 2, "nearly", "", ""),
])
def test_figures(text, kind, value, qualifier, unit, noun):
    figures = find_figures(text)
    assert len(figures) == 1, figures
    f = figures[0]
    assert (f.kind, f.qualifier, f.unit, f.noun) == (kind, qualifier, unit, noun)
    assert f.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["one of the largest cities", "an Ariane 5 rocket", "at 40 Broad Street",
                                  "the Third Mainland Bridge", "comet 67P/Churyumov", "it will one day house",
                                  "one of the ten largest cities", "it was 4.1 by 3.3 kilometres",
                                  # periods of play, times of day, the days of a span
                                  "the lead in the second half, but",
                                  "the ball for the first half, and Uruguay for the second.",
                                  "gates opening at eight in the morning", "at 9 a.m. sharp",
                                  "PASOK had 43,99% of the ballot"])  # a decimal comma
def test_not_figures(text):
    assert find_figures(text) == []


def test_the_days_of_a_span_are_no_amount_and_no_single_day():
    # "between 26 and 29 April 1994": the month is a date; 26 to 29 is no range and 29 April no day of it.
    (figure,) = find_figures("General elections were held between 26 and 29 April 1994.")
    assert (figure.kind, figure.value) == ("date", pytest.approx(1994 + 3 / 12))


def test_bounds():
    kinds = {f.qualifier: f.bound for t in ("nearly 64 hours", "fewer than 9 men", "more than 500 people",
                                             "up to 300 kilograms", "may now exceed 900,000 killed")
             for f in find_figures(t)}
    assert kinds == {"nearly": "approx", "fewer than": "upper", "more than": "lower", "up to": "upper",
                     "exceed": "lower"}


@pytest.mark.parametrize(("sentence", "figure", "source"), [
    ("According to Ukrainian President Volodymyr Zelensky, nearly one-third of all fighting is here.",
     "nearly one-third", "Zelensky"),
    ("Zelensky recently admitted that Ukrainian forces are outnumbered eight to one.", "eight to one", "Zelensky"),
    ("the United Nations puts the population at around 15.4 million, while the Lagos State government says "
     "more than 22 million people live in the state.", "more than 22 million", "the Lagos State government"),
    ("the United Nations puts the population at around 15.4 million, while the Lagos State government says "
     "more than 22 million people live in the state.", "around 15.4 million", "the United Nations"),
    ("Even so, it completed about 80 percent of its sequence, according to the mission team.", "about 80 percent",
     "the mission team"),
    ("Rents have roughly doubled since 2019, according to estate agents, while wages have risen by about "
     "40 percent.", "about 40 percent", None),
    ("On a working day, officials estimate, nearly 200,000 vehicles cross it.", "nearly 200,000", "officials"),
    # an adjective and a noun, not a name and a verb
    ("Early reports indicate at least 40 villages have been damaged.", "at least 40", None),
    ("One widely used estimate puts the English casualties at 450.", "450", None),
    ("Reuters reports that 40 people died in the storm.", "40", "Reuters"),
    # "an estimated" is an adjective: no one estimated here
    ("The Great Plague killed an estimated 100,000 people, almost a quarter of London's population.",
     "almost a quarter", None),
    ("The ministry estimated that 100,000 people died.", "100,000", "the ministry"),
])
def test_sources(sentence, figure, source):
    attrs = attributions(sentence, {"Volodymyr Zelensky": "Zelensky"})
    f = next(f for f in find_figures(sentence) if f.text == figure)
    found = source_of(attrs, f.start, f.end)
    assert (found.source if found else None) == source


def test_unverified():
    assert unverified("Although these figures are unverified, they underscore ...")
    assert unverified("The government's figure has not been independently verified.")
    assert not unverified("The figures were verified by the agency.")


def test_names():
    article = parse_article(ARTICLES["seed"].read_text(encoding="utf-8"))
    index = EntityIndex([s.text for s in article.sentences], article.title)
    assert index.main.name == "Pokrovsk"
    kinds = {name: e.kind for name, e in index.entities.items()}
    assert kinds["Pokrovsk"] == kinds["Kramatorsk"] == kinds["Sloviansk"] == "place"
    assert kinds["Volodymyr Zelensky"] == "person" and index.entities["Volodymyr Zelensky"].short == "Zelensky"
    assert kinds["DeepState UA"] == "org"
    assert "Seizing Pokrovsk" not in kinds and "Independent" not in kinds


@pytest.mark.parametrize("sentence, prose", [
    ("Pluto as viewed by New Horizons, July 13, 2015.", False),  # a caption: "as viewed" is no verb
    ("The city was viewed as a fortress by its 1940 planners.", True),
    ("The town, as expected, fell in 1940 to the army.", True),
])
def test_a_caption_is_not_prose(sentence, prose):
    from studydesk.core.generate.quality import is_prose

    assert is_prose(sentence) == prose
