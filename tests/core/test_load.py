"""Every class of problem in a bank gives a precise, positioned message."""

import textwrap

import pytest

from studydesk.core.bank import ChoiceQuestion, MatchQuestion, NumericQuestion, Tolerance
from studydesk.core.check import load_bank, load_bank_text

HEAD = """\
[bank]
title = "Test"
article = "article.txt"

"""

GOOD_Q = """\
[[question]]
id = "force-ratio"
kind = "choice"
prompt = "By how much?"
choices = ["Two to one", "Eight to one"]
answer = "Eight to one"
evidence = "outnumbered eight to one"
"""


@pytest.fixture
def folder(tmp_path, seed_text):
    (tmp_path / "article.txt").write_text(seed_text, encoding="utf-8")
    return tmp_path


def check(folder, body, head=HEAD):
    path = folder / "bank.toml"
    path.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return load_bank(path)


def only_error(result):
    assert result.bank is None
    assert len(result.errors) == 1, [str(e) for e in result.errors]
    return result.errors[0]


def test_a_good_bank_loads(folder):
    result = check(folder, GOOD_Q)
    assert result.ok and not result.problems
    q = result.bank.questions[0]
    assert isinstance(q, ChoiceQuestion) and q.answer == "Eight to one"
    assert result.bank.article.find(q.evidence[0]) is not None


def test_answer_not_among_choices(folder):
    e = only_error(check(folder, GOOD_Q.replace('answer = "Eight to one"', 'answer = "Ten to one"')))
    assert (e.line, e.column) == (10, 10)
    assert e.where == 'question "force-ratio"'
    assert e.message == 'answer "Ten to one" is not one of its choices'
    assert str(e).endswith('bank.toml:10:10: question "force-ratio": answer "Ten to one" is not one of its choices')


def test_typo_in_a_key_suggests_the_right_one(folder):
    result = check(folder, GOOD_Q.replace("prompt =", "promt ="))
    messages = {(e.line, e.column, e.message, e.hint) for e in result.errors}
    assert (8, 1, 'unknown key "promt"', 'did you mean "prompt"?') in messages
    assert any(e.message == "no prompt" for e in result.errors)


def test_key_of_another_kind(folder):
    e = only_error(check(folder, GOOD_Q + 'unit = "km"\n'))
    assert e.message == 'key "unit" does not apply to kind "choice"'
    assert (e.line, e.column) == (12, 1)


def test_unknown_kind(folder):
    e = only_error(check(folder, GOOD_Q.replace('kind = "choice"', 'kind = "multiple"')))
    assert e.message == 'unknown kind "multiple"' and e.hint == 'did you mean "multi"?'
    assert (e.line, e.column) == (7, 8)


def test_duplicate_ids(folder):
    e = only_error(check(folder, GOOD_Q + "\n" + GOOD_Q))
    assert e.message == 'duplicate id "force-ratio"'
    assert e.line == 14


def test_duplicate_keys_are_a_syntax_error_with_position(folder):
    e = only_error(check(folder, GOOD_Q + 'id = "again"\n'))
    assert e.where == "TOML syntax" and e.message == 'the key "id" is set twice'
    assert (e.line, e.column) == (12, 1)


def test_syntax_error_position(folder):
    e = only_error(check(folder, GOOD_Q.replace('prompt = "By how much?"', "prompt = By how much?")))
    assert e.where == "TOML syntax"
    assert (e.line, e.column) == (8, 10)


def test_wrong_types(folder):
    result = check(folder, """\
        [[question]]
        id = "n"
        kind = "numeric"
        prompt = "How far?"
        answer = "80"
        points = -2
        difficulty = "tricky"
        evidence = 80
        """)
    messages = [e.message for e in result.errors]
    assert "answer must be a number (no quotes)" in messages
    assert "points must be a number above 0" in messages
    assert "difficulty must be one of easy, medium, hard" in messages
    assert "evidence must be a quote, or a list of quotes" in messages
    assert [e.line for e in result.errors] == [9, 10, 11, 12]


def test_negative_tolerance(folder):
    e = only_error(check(folder, """\
        [[question]]
        id = "n"
        kind = "numeric"
        prompt = "How far?"
        answer = 80
        tolerance = -1
        evidence = "Pokrovsk lies just 80 kilometers from Kramatorsk"
        """))
    assert e.message == "tolerance -1 is negative" and (e.line, e.column) == (10, 13)


def test_percentage_tolerance(folder):
    result = check(folder, """\
        [[question]]
        id = "n"
        kind = "numeric"
        prompt = "How many?"
        answer = 60000
        tolerance = "5%"
        evidence = "its population was around 60,000"
        """)
    q = result.bank.questions[0]
    assert isinstance(q, NumericQuestion) and q.tolerance == Tolerance(5, percent=True)
    assert (q.low, q.high) == (57000, 63000)
    bad = check(folder, """\
        [[question]]
        id = "n"
        kind = "numeric"
        prompt = "How many?"
        answer = 60000
        tolerance = "-5%"
        evidence = "its population was around 60,000"
        """)
    assert "percentage" in only_error(bad).message


def test_evidence_not_found_shows_the_closest_passage(folder):
    e = only_error(check(folder, """\
        [[question]]
        id = "kramatorsk"
        kind = "numeric"
        prompt = "How far?"
        answer = 80
        evidence = "Pokrovsk lies just 80 kilometres from Kramatorsk"
        """))
    assert e.message == "evidence not found in the article"
    assert e.hint.startswith('closest passage: "Pokrovsk lies just 80 kilometers from Kramatorsk')
    assert (e.line, e.column) == (10, 12)


def test_evidence_missing_when_there_is_an_article(folder):
    e = only_error(check(folder, GOOD_Q.replace('evidence = "outnumbered eight to one"\n', "")))
    assert e.message == "no evidence" and e.line == 5


def test_missing_article_file(folder):
    e = only_error(check(folder, GOOD_Q, head=HEAD.replace("article.txt", "gone.txt")))
    assert "article file not found" in e.message and (e.line, e.column) == (3, 11)


def test_empty_article_path_and_empty_article(folder):
    e = only_error(check(folder, GOOD_Q, head=HEAD.replace('"article.txt"', '""')))
    assert e.message == "article is empty"
    (folder / "blank.txt").write_text("\n\nAsk me anything\n", encoding="utf-8")
    e = only_error(check(folder, GOOD_Q, head=HEAD.replace("article.txt", "blank.txt")))
    assert "is empty" in e.message


def test_no_article_is_valid_with_a_warning(folder):
    result = check(folder, GOOD_Q.replace('evidence = "outnumbered eight to one"\n', ""),
                   head='[bank]\ntitle = "Imported"\n\n')
    assert result.ok
    assert [w.message for w in result.warnings] == ["no article: evidence quotes are not checked"]
    assert result.bank.article is None


def test_every_error_is_reported_at_once(folder):
    body = GOOD_Q.replace("prompt =", "promt =") + "\n" + GOOD_Q.replace('"force-ratio"', '"b"').replace(
        '"Eight to one"\nevidence', '"Nine"\nevidence')
    result = check(folder, body)
    assert len(result.errors) >= 3
    assert [e.line for e in result.errors] == sorted(e.line for e in result.errors)


def test_empty_file(folder):
    path = folder / "empty.toml"
    path.write_bytes(b"")
    e = only_error(load_bank(path))
    assert e.message == "the file is empty" and (e.line, e.column) == (1, 1)


def test_not_utf8(folder):
    path = folder / "latin1.toml"
    path.write_bytes('[bank]\ntitle = "Caf\u00e9"\n'.encode("latin-1"))
    e = only_error(load_bank(path))
    assert "not UTF-8" in e.message and (e.line, e.column) == (2, 13)


def test_not_text(folder):
    path = folder / "image.toml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    e = only_error(load_bank(path))
    assert "not a text file" in e.message


def test_not_found_and_folder(folder):
    assert "file not found" in only_error(load_bank(folder / "nope.toml")).message
    assert "folder" in only_error(load_bank(folder)).message


def test_newer_format(folder):
    result = check(folder, GOOD_Q, head=HEAD.replace('article = "article.txt"\n', 'article = "article.txt"\nformat = 2\n'))
    e = only_error(result)
    assert "newer" in e.message and e.line == 4


def test_single_bracket_question_table(folder):
    e = only_error(check(folder, GOOD_Q.replace("[[question]]", "[question]")))
    assert "[[question]]" in e.message


def test_unknown_top_level_table(folder):
    result = check(folder, GOOD_Q + "\n[[questoin]]\nid = 'x'\n")
    assert any(e.message == 'unknown table "questoin"' and e.hint == 'did you mean "question"?'
               for e in result.errors)


def test_multiline_strings_do_not_confuse_positions(folder):
    body = '''\
        [[question]]
        id = "a"
        kind = "truefalse"
        prompt = """A prompt
        [[question]]
        that spans lines"""
        answer = "yes"
        evidence = "outnumbered eight to one"
        '''
    e = only_error(check(folder, body))
    assert e.message == "answer must be true or false (no quotes)" and e.line == 11


def test_match_and_text_kinds(folder):
    result = check(folder, """\
        [[question]]
        id = "m"
        kind = "match"
        prompt = "Match"
        pairs = [["Kramatorsk", "80 km"], ["Bakhmut", "May 2023"]]
        distractors = ["1,200 km"]
        evidence = "since Bakhmut in May 2023"

        [[question]]
        id = "t"
        kind = "text"
        prompt = "Region?"
        answer = "Donetsk"
        accept = ["Donetsk region"]
        evidence = "the embattled Donetsk region"
        """)
    m = result.bank.questions[0]
    assert isinstance(m, MatchQuestion) and m.rights == ("80 km", "May 2023", "1,200 km")
    bad = check(folder, """\
        [[question]]
        id = "m"
        kind = "match"
        prompt = "Match"
        pairs = [["Kramatorsk", "80 km"], ["Bakhmut"]]
        evidence = "since Bakhmut in May 2023"
        """)
    assert "pairs" in only_error(bad).message


def test_charts_are_validated(folder):
    result = check(folder, GOOD_Q + """
        [[chart]]
        id = "pop"
        title = "Population"
        kind = "change"
        labels = ["Before", "Now"]
        values = [60000]
        evidence = "its population was around 60,000"

        [[chart]]
        id = "bad-values"
        title = "T"
        kind = "pie"
        labels = ["a"]
        values = ["1"]
        evidence = "not in the article at all"
        """)
    messages = [e.message for e in result.errors]
    assert "1 values for 2 labels" in messages
    assert 'unknown chart kind "pie"' in messages
    assert "values must be a list of numbers (no quotes)" in messages
    assert "evidence not found in the article" in messages


def test_share_chart_needs_a_whole(folder):
    result = check(folder, GOOD_Q + """
        [[chart]]
        id = "s"
        title = "Share"
        kind = "share"
        labels = ["Fighting"]
        values = [33]
        evidence = "nearly one-third of all fighting"
        """)
    assert "total" in only_error(result).message


def test_text_check_of_unsaved_text(folder):
    result = load_bank_text(HEAD + GOOD_Q, folder / "unsaved.toml")
    assert result.ok
