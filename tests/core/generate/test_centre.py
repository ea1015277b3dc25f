"""How central a sentence is to its page (centre.py): a figure further down a page, in a sentence that
names nothing of the page's name, is a side story's, and scored lower."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.centre import name_words, off_centre

from tests.core.generate.helpers import prompts_of

_PAGE = """Orrin Dam

The Orrin Dam is an earth-filled dam on the Vell River in Valdoria, completed in 1976. It is 143 metres high \
and holds 13.7 cubic kilometres of water.

The dam irrigates 1.2 million hectares of farmland. Its power station produces 4,888 megawatts.

The town of Marby lies about 50 kilometres downstream of the project. Water is released through four large \
tunnels at the base. The Orrin Dam supplies some 16% of Valdoria's electricity. A road crosses the crest.
"""


def _info(analysis, snippet):
    return next(i for i in analysis.sentences if snippet in i.text)


def test_a_side_figure_further_down_is_off_centre():
    analysis = analyse(parse_article(_PAGE))
    assert off_centre(analysis, _info(analysis, "lies about 50 kilometres"))
    assert off_centre(analysis, _info(analysis, "four large tunnels"))


def test_the_page_named_or_its_lead_is_not_off_centre():
    analysis = analyse(parse_article(_PAGE))
    assert not off_centre(analysis, _info(analysis, "supplies some 16%"))  # further down, but names the dam
    assert not off_centre(analysis, _info(analysis, "143 metres high"))  # the lead


def test_the_draft_keeps_the_figures_of_the_page_over_a_side_storys():
    prompts = " ".join(prompts_of(_PAGE))
    assert "16%" in prompts or "supplies" in prompts
    assert "Marby" not in prompts


def test_a_names_words_are_cut_to_their_stem_without_years_or_kind_words():
    assert name_words("1994 Winter Olympics") == ["winter", "olympi"]
    assert name_words("Battle of Hattin") == ["hattin"]
