"""What the fifty-fourth validation set showed (2026-12-07) that was mechanical. The rest is in docs/generator.md."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import analyse
from studydesk.core.generate.figure import display_value
from studydesk.core.generate.page_marks import FOOTNOTE
from studydesk.core.generate.page_subject import page_topic

from .helpers import find_figures, page_text, prompts_of


def test_a_thousand_thousand_is_a_million():
    fig = find_figures("More than a half-million people visit, and a hundred thousand more are reached.")[-1]
    assert display_value(fig, 1_000_000).lower() in ("one million", "a million", "1 million")
    assert "thousand" in display_value(fig, 50_000)


def test_a_museum_of_a_country_is_the_museum():
    analysis = analyse(parse_article(page_text("wp-national-museum-of-afghanistan-1919-liquisearch")))
    assert analysis.subject.name == "the National Museum of Afghanistan"
    asked = prompts_of(page_text("wp-national-museum-of-afghanistan-1919-liquisearch"))
    assert not any("[Afghanistan] was built" in p for p in asked), asked


def test_a_spaced_note_and_a_markdown_title_still_let_the_lead_name_the_page():
    s = 'It "transformed our understanding of the world".[ attribution needed ] [1]'
    assert FOOTNOTE.sub("", s) == 'It "transformed our understanding of the world".'
    text = page_text("wp-franck-hertz-experiment-1914-wikimili")
    assert page_topic(text, "Franck–Hertz", [s.text for s in analyse(parse_article(text)).sentences]) \
        == '"Franck–Hertz experiment"'
    asked = prompts_of(text)
    assert any("[The Franck–Hertz experiment] was presented on ____" in p for p in asked), asked


def test_the_review_of_set_54_s_changes():
    money = find_figures("The lawsuit was settled for $175 million in 1998.")[0]
    assert display_value(money, 1_750_000_000) == "$1,750 million"  # not a rounded "$1.8 billion"
    # a headline stays no topic, though its last word is a noun ("... poised for maiden launch")
    text = page_text("wn-delta-4-heavy-launch-2004")
    assert page_topic(text, "Delta 4", [s.text for s in analyse(parse_article(text)).sentences]) == ""
    assert "Visual C#" in page_topic("Visual C#\n\nVisual C# is a language. Visual C# was released in 2002.\n",
                                     "Visual C#", ["Visual C# is a language.", "Visual C# was released in 2002."])
    assert analyse(parse_article(page_text("wp-university-of-salamanca-wikipedia"))).subject.name \
        == "the University of Salamanca"
    assert FOOTNOTE.sub("", "It lived 100 years.[ 6] [ 7]").rstrip() == "It lived 100 years."
