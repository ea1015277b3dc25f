"""What the thirty-second validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

import pytest

from studydesk.core.article import parse_article, split_sentences
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.entities import EntityIndex
from studydesk.core.generate.quality import dangling, is_prose
from studydesk.core.generate.sources import attributions

from .helpers import prompts_of

_FINE = ("FAA fines American Airlines\n\nThe US Federal Aviation Administration has fined American Airlines a record "
         "US$24.2 million, saying the carrier failed to fix wiring on its MD-80 airplanes. The FAA says that American "
         "Airlines flew 286 of the airplanes 14,278 times without upgrading the wiring. The carrier has 30 days to "
         "appeal the fine.\n")


def test_a_noun_the_page_used_before_leans_on_that_sentence():
    infos = analyse(parse_article(_FINE)).sentences
    assert [i.the_earlier for i in infos[1:]] == ["the airplanes", "The carrier"]
    assert not [p for p in prompts_of(_FINE) if "The carrier has" in p or "of the airplanes" in p]


def test_the_kind_the_lead_gives_the_subject_is_the_subject():
    text = ("Falcon 1\n\nFalcon 1 was a small-lift launch vehicle operated by SpaceX. It first flew in 2006. The vehicle "
            "was launched a total of five times.\n")
    info = analyse(parse_article(text)).sentences[-1]
    assert info.the_earlier == ""


@pytest.mark.parametrize("sentence", [
    "Coffee production increased by 13.7% percent in 2015/2016, declined by 2% in 2017.",
    "The operation, involving 11 police forces over a -year period, ended in 1977.",
])
def test_a_copy_s_slips_are_not_prose(sentence):
    assert not is_prose(sentence)


@pytest.mark.parametrize("sentence, leans", [
    ("Foreign Affairs Minister Alexander Downer told parliament today that he had asked Indonesia for clemency.", True),
    ("Constantinople is today called Istanbul.", False),
])
def test_a_news_report_s_today_leans_on_its_date(sentence, leans):
    assert bool(dangling(sentence)) is leans


def test_a_dateline_run_into_the_first_sentence_stands_apart():
    text = "Tuesday, December 21, 2004 Thieves have gotten away with £20m. The gang fled."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Tuesday, December 21, 2004", "Thieves have gotten away with £20m.", "The gang fled."]


def test_usage_estimates_are_no_source_and_a_dash_inside_a_name_does_not_cut_it():
    assert attributions("Usage estimates are difficult, but two recent estimates put the users at 100,000.") == []
    (a,) = attributions("According to the terms of the 1939 German–Soviet non-aggression pact, 51.1% went east.")
    assert a.source == "the terms of the 1939 German–Soviet non-aggression pact"


def test_a_region_named_inside_a_country_is_not_what_the_country_is():
    index = EntityIndex(["Tea was first grown around the Caspian Sea region of Azerbaijan in the 1880s.",
                         "The disaster struck the Welsh village of Aberfan in 1966."])
    assert "region" not in index.entities["Azerbaijan"].nouns
    assert "village" in index.entities["Aberfan"].nouns
