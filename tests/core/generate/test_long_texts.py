"""A book-length text is read as evenly spaced runs of sentences, so a draft comes in about a second; an article
is read whole."""

from studydesk.core.article import parse_article
from studydesk.core.generate.analysis import MAX_SENTENCES, analyse


def _numbered(n: int) -> str:
    return "\n".join(f"Paragraph {i} says that the town of Number{i} had 1,{i % 1000:03d} people in 1990."
                     for i in range(n))


def test_an_article_is_read_whole():
    text = _numbered(MAX_SENTENCES)
    assert [s.text for s in analyse(parse_article(text)).sentences] == [s.text for s in parse_article(text).sentences]


def test_a_book_is_read_in_runs_from_its_start_to_its_end():
    text = _numbered(MAX_SENTENCES * 10)
    read = [s.text for s in analyse(parse_article(text)).sentences]
    assert len(read) <= MAX_SENTENCES
    assert read[0].startswith("Paragraph 0 ") and read[-1].startswith(f"Paragraph {MAX_SENTENCES * 10 - 1} ")
    middle = sum(1 for s in read if MAX_SENTENCES * 4 <= int(s.split()[1]) < MAX_SENTENCES * 6)
    assert middle >= MAX_SENTENCES // 10  # the middle fifth is read too, not only the two ends

