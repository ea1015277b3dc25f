import re

from hypothesis import given
from hypothesis import strategies as st

import studydesk.core.page_chrome as chrome_module
from studydesk.core.article import forgive, is_chrome, parse_article, split_sentences


def test_seed_article_structure(seed_text):
    article = parse_article(seed_text)
    headings = [b.text for b in article.blocks if b.kind == "heading"]
    assert headings == [
        "Pokrovsk Under Siege",
        "Strategic Importance and Heavy Losses",
        "War of Attrition",
        "Winter and the Road Ahead",
    ]
    # The last two lines are the web page's chrome, not article text.
    assert "Ask me anything" not in article.body
    assert "Explore related questions" not in article.body
    assert article.blocks[-1].text.startswith("The coming winter")
    # The first line is a sentence, not a title.
    assert article.title == ""


def test_blocks_are_verbatim_slices_of_the_text(seed_text):
    article = parse_article(seed_text)
    for block in article.blocks:
        assert seed_text[block.start:block.end] == block.text
    for sentence in article.sentences:
        assert seed_text[sentence.start:sentence.end] == sentence.text


def test_sentences_are_not_split_by_abbreviations_decimals_or_quotes():
    text = ("Dr. Smith met Gen. Jones in the U.S. capital at 3.5 km from the river. "
            "He said, \u201cWe will hold. We will not leave,\u201d and left. It rained.")
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "Dr. Smith met Gen. Jones in the U.S. capital at 3.5 km from the river.",
        "He said, \u201cWe will hold. We will not leave,\u201d and left.",
        "It rained.",
    ]


def test_sentences_run_together_without_a_space_are_split():
    text = ("Ships wait along the harbour.Because of its position, the port grew fast. "
            "Trade rose in the 1990s.It doubled again, said Mr.Smith of the U.S.Navy, e.g.The docks.")
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "Ships wait along the harbour.",
        "Because of its position, the port grew fast.",
        "Trade rose in the 1990s.",
        "It doubled again, said Mr.Smith of the U.S.Navy, e.g.The docks.",
    ]
    article = parse_article("Title line\n" + text + "\n")
    assert [s.text for s in article.sentences][:2] == spans[:2]


def test_footnote_marks_after_the_stop_close_their_sentence():
    text = ("The craze centred on the tulip market.[3][4] At the peak, some bulbs sold for more than 10 times "
            "a craftsman's income.[citation needed] Prices then fell.")
    spans = [text[a:b] for a, b in split_sentences(text)]
    assert spans == [
        "The craze centred on the tulip market.[3][4]",
        "At the peak, some bulbs sold for more than 10 times a craftsman's income.[citation needed]",
        "Prices then fell.",
    ]


def test_a_short_first_line_is_the_title():
    article = parse_article("The River Thames\nThe Thames flows through London. It is 346 km long.\n")
    assert article.title == "The River Thames"
    assert article.blocks[1].kind == "paragraph"


def test_a_title_printed_twice_is_the_title_once():
    text = "Battle of Orrin\n\nBattle of Orrin\n\nInfobox Military Conflict\ndate=20 October 1827\n\n" \
           "The naval Battle of Orrin was fought on 20 October 1827 in Vell Bay. It was the last battle of its kind.\n"
    article = parse_article(text)
    assert article.title == "Battle of Orrin"
    assert [b.text for b in article.blocks].count("Battle of Orrin") == 1


def test_find_forgives_quotes_dashes_and_spacing_only(seed_text):
    article = parse_article(seed_text)
    span = article.find("Pokrovsk - once a key railway and supply hub")
    assert seed_text[span.start:span.end] == "Pokrovsk — once a key railway and supply hub"
    span = article.find('a crucial "gateway"   to the\nembattled Donetsk region')
    assert seed_text[span.start:span.end] == "a crucial “gateway” to the embattled Donetsk region"
    assert article.find("Pokrovsk—once") is not None
    # Spelling and case are not forgiven.
    assert article.find("Pokrovsk lies just 80 kilometres from Kramatorsk") is None
    assert article.find("OUTNUMBERED eight to one") is None
    assert article.find("   ") is None


def test_closest_passage_suggests_the_sentence_meant(seed_text):
    article = parse_article(seed_text)
    closest = article.closest_passage("Pokrovsk lies just 80 kilometres from Kramatorsk")
    assert closest.startswith("Pokrovsk lies just 80 kilometers from Kramatorsk")
    assert article.closest_passage("zzz qqq") is None


def test_sentence_at_offset(seed_text):
    article = parse_article(seed_text)
    span = article.find("outnumbered eight to one")
    assert article.sentence_at(span.start).text.startswith("Zelensky recently admitted")


def test_chrome_lines():
    for line in ("Ask me anything", "Explore related questions", "Jump to content", "Share this article",
                 "We use cookies to improve your experience", "Image caption: a tank"):
        assert is_chrome(line), line
    for line in ("Pokrovsk Under Siege", "War of Attrition", "Printing presses"):
        assert not is_chrome(line), line


def test_chrome_ignores_case_beyond_ascii_too():
    for line in ("PRINT", "PR\u0130NT", "S\u0130GN UP FOR OUR NEWSLETTER", "\u017fhare this article",
                 "Ana Sayfa | G\u00fcndem | \u0130stanbul B\u00fcy\u00fck\u015fehir Belediyesi Haberleri"):
        assert is_chrome(line), line
    assert not is_chrome("\u0130stanbul Under Siege")


@given(st.text(alphabet=st.sampled_from(list("abcdefghiklmnoprstuyACEIKNOPRSTU |:/0123456789\u0130\u0131\u017f\u212a\u00e9\u0307")),
               max_size=60)
       | st.sampled_from(["Share on X", "SIGN IN to read", "Photo: AP", "3 min read", "Updated 5 June 2024",
                          "\u00a9 2024 News Ltd", "Home | World | Europe", "COOKIES", "Read more"]))
def test_chrome_matches_as_the_pattern_does_with_ignorecase(line):
    reference = re.compile(chrome_module._CHROME_PATTERN, re.IGNORECASE | re.VERBOSE)
    assert is_chrome(line) == bool(reference.match(line.strip()) or chrome_module._BYLINE.match(line.strip()))


def test_the_fold_table_holds_every_letter_ignorecase_takes_for_an_ascii_one():
    import sys

    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    others = {chr(i) for i in range(0x80, sys.maxunicode + 1) if ascii_letter.fullmatch(chr(i))}
    assert others == {chr(c) for c in chrome_module._FOLD_TO_ASCII}


def test_forgive():
    assert forgive("a \u2014 b\u2019s \u201cc\u201d\n d") == "a-b's \"c\" d"


def test_a_quote_ending_or_starting_on_a_dash_is_highlighted_whole(seed_text):
    article = parse_article(seed_text)
    for quote in ("has been virtually flattened", "Pokrovsk —", "Pokrovsk -", "— once a key railway",
                  "the fourth since Russia's invasion —"):
        span = article.find(quote)
        found = seed_text[span.start:span.end]
        assert found.replace("\u2014", "-").replace("\u2019", "'") == quote.replace("\u2014", "-"), (quote, found)


def test_evidence_is_never_found_in_page_chrome(seed_text):
    article = parse_article(seed_text)
    assert article.find("Ask me anything") is None
    assert not article.contains("Explore related questions")
    assert article.find("in 2026.") is not None


@given(st.text(alphabet=st.sampled_from(list("ab -\u2013\u2014\u201c\u201d'\"\n\t\u00a0.")), max_size=200),
       st.text(alphabet=st.sampled_from(list("ab -\u2013\u201c\"\u00a0")), max_size=12))
def test_contains_uses_the_text_find_uses(text, quote):
    """contains() reads the forgiven text without building find()'s offset map."""
    article = parse_article(text)
    assert article._forgiven == article._index[0]
    verbatim = quote in article.visible and quote.strip() != "" and quote == quote.strip()
    assert article.contains(quote) == (verbatim or article.find(quote) is not None)
