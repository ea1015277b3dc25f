"""Messages that say exactly what is wrong and where (issue 15, item 6):
the key set twice, a UTF-16 file, a string left open, a quoted number, and
"an article"."""

import os

import pytest

from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.files import TextFileError, read_text_file

HEAD = '[bank]\ntitle = "T"\n\n[[question]]\nid = "q"\nkind = "numeric"\nprompt = "How far?"\n'


def only(text):
    problem, = load_bank_text(text, "b.toml").errors  # (the warning: no article)
    return problem


@pytest.mark.parametrize("line, key, column", [
    ('  id = "again"   # set twice', "id", 3),
    ('"prompt" = "again"', '"prompt"', 1),
    ('x.y = 1\nx.y = 2', "x.y", 1),
    ('t = {a = 1, a = 2}', "a", 13),
])
def test_a_key_set_twice_is_named_with_its_column_on_the_line(line, key, column):
    problem = only(HEAD + line + "\n")
    assert problem.message == f'the key "{key}" is set twice'
    assert problem.line == HEAD.count("\n") + line.count("\n") + 1
    source = (HEAD + line).splitlines()[problem.line - 1]
    assert source[problem.column - 1:].startswith(key)  # a column on the line: where the key starts
    assert problem.hint == "each key may be set once per table; delete or rename one of the two"


def test_a_table_declared_twice_is_named():
    problem = only('[bank]\ntitle = "T"\n\n[bank]\ndescription = "x"\n')
    assert (problem.line, problem.column, problem.message) == (4, 1, "the table [bank] is declared twice")


@pytest.mark.parametrize("value, start, quote", [
    ('"the 1,200-kilometre front\nanswer = 80', 11, '"'),  # basic, cut by the line's end
    ("'the front\nanswer = 80", 11, "'"),                   # literal
    ('"the front', 11, '"'),                                # at the end of the file
    ('"""the front\n\nanswer = 80\n', 11, '"""'),           # multi-line, never closed
])
def test_an_unclosed_string_says_so_and_where_it_starts(value, start, quote):
    problem = only(HEAD + "hint = " + value)
    line = HEAD.count("\n") + 1
    assert (problem.line, problem.column) == (line, start - 3)
    assert problem.message == f"unclosed string: it starts at line {line}, column {start - 3}, and is never closed"
    assert problem.hint.startswith(f"close it with {quote}")


def test_quotes_in_comments_and_closed_strings_before_it_are_not_taken_for_it():
    problem = only(HEAD + '# a "quoted" comment with an " open quote\nunit = "km"\nhint = "open\nanswer = 80\n')
    assert (problem.line, problem.column) == (10, 8) and problem.message.startswith("unclosed string")


@pytest.mark.parametrize("answer, hint", [
    ('"eighty"', 'write 80, not "eighty"'),
    ('"1,200"', 'write 1200, not "1,200"'),
    ('"80 km"', 'write 80 and unit = "km", not "80 km"'),
    ('"a lot"', "write the number in digits without quotes, such as 1200"),
])
def test_a_quoted_answer_is_shown_as_the_number_it_says(answer, hint):
    problem = only(HEAD + f"answer = {answer}\n")
    assert problem.message == "answer must be a number (no quotes)" and problem.hint == hint


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_named_so_with_how_to_fix_it(tmp_path, encoding):
    bank = tmp_path / "bank.toml"
    bank.write_bytes('[bank]\ntitle = "Caf\u00e9"\n'.encode(encoding))
    problem, = load_bank(bank).problems
    assert problem.message.startswith("the bank is UTF-16 text, which Study Desk does not read; save it as UTF-8")
    (tmp_path / "article.txt").write_bytes("A headline\nA sentence here.\n".encode(encoding))
    bank.write_text('[bank]\ntitle = "T"\narticle = "article.txt"\n', encoding="utf-8")
    problem = next(p for p in load_bank(bank).errors if p.where == "bank")
    assert problem.message.startswith("the article is UTF-16 text")


def test_binary_data_is_still_binary_data(tmp_path):
    path = tmp_path / "photo.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "not a text file (it holds binary data)" in load_bank(path).errors[0].message


def test_an_article_is_an_article(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(TextFileError) as caught:
        read_text_file(tmp_path / "folder.txt", limit=100, what="article")
    assert str(caught.value).endswith("is a folder, not an article file")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(TextFileError) as caught:
        read_text_file(tmp_path / "pipe.txt", limit=100, what="article")
    assert str(caught.value).endswith("an article is a text file")
    (tmp_path / "big.txt").write_bytes(b"x" * (3 * 2**20))
    with pytest.raises(TextFileError) as caught:
        read_text_file(tmp_path / "big.txt", limit=2**20, what="article")
    assert "an article must be under 1 MB" in str(caught.value)
    with pytest.raises(TextFileError) as caught:
        read_text_file(tmp_path / "folder.txt", limit=100, what="bank")
    assert str(caught.value).endswith("is a folder, not a bank file")
