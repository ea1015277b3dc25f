"""A bank parsed table by table (core/check/sections.py) checks exactly as
the whole text does: the same bank, the same problems at the same lines and
columns, the same table lines for the editor, whatever the text, and edit
after edit with the same cache."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydesk.core.check import load_bank_text
from studydesk.core.check.sections import SectionCache
from studydesk.core.edit import table_lines
from tests.support import SEED_BANK

SEED_TEXT = SEED_BANK.read_text(encoding="utf-8")


def same_both_ways(text: str, cache: SectionCache | None = None) -> None:
    cache = cache or SectionCache()
    whole = load_bank_text(text, SEED_BANK)
    cut = load_bank_text(text, SEED_BANK, sections=cache)
    assert cut == whole
    if cache.sections is not None and whole.bank is not None:
        assert cache.table_lines() == table_lines(text)


# Pieces that make a bank's text cut badly if anything does.
PIECES = st.sampled_from([
    "\n", "[[question]]\n", "[bank]\n", "[[chart]]\n", " [[question]] \n", "[question.extra]\n", "[chart]\n",
    "[[bank]]\n", '"""', "'''", '"', "'", "[", "]", "{", "}", "=", "#", ",", " ", "x", "1", "id = ", 'id = "q"\n',
    'kind = "truefalse"\n', "answer = true\n", "pairs = [\n", '["a", "1"],\n', "]\n", 'explain = """\n',
    "a.b = 1\n", 'title = "T"\n', "\r\n", "\\", "\t", "é",
])
edits = st.lists(st.tuples(st.floats(0, 1), st.integers(0, 40), st.lists(PIECES, max_size=4).map("".join)),
                 min_size=1, max_size=4)


def edited(text: str, edit: tuple[float, int, str]) -> str:
    where, cut, insert = edit
    at = int(where * len(text))
    return text[:at] + insert + text[at + cut:]


@given(edits)
def test_an_edited_seed_bank_checks_the_same_parsed_whole_or_by_table(changes):
    cache = SectionCache()
    text = SEED_TEXT
    same_both_ways(text, cache)
    for change in changes:
        text = edited(text, change)
        same_both_ways(text, cache)


@given(st.lists(PIECES, max_size=30).map("".join))
def test_any_text_of_toml_pieces_checks_the_same(text):
    same_both_ways(text)


@pytest.mark.parametrize("text", [
    # A header line inside a multi-line string, or an array whose items start lines with "[".
    SEED_TEXT.replace('explain = "', 'explain = """\n[[question]]\nid = "x"\n"""\nhint = "', 1),
    SEED_TEXT + '\n[[question]]\nid = "pairs"\nkind = "match"\nprompt = "P?"\npairs = [\n["a", "1"],\n["b", "2"],\n]\n',
    SEED_TEXT.replace("[bank]", "[bank]\n[bank]", 1),  # twice
    SEED_TEXT + "\n[question.extra]\nnote = 1\n",
    'title = "before any table"\n' + SEED_TEXT,
    SEED_TEXT.replace('prompt = "', 'prompt = "unclosed\n', 3),  # a syntax error in the middle
    SEED_TEXT.replace("\n[[question]]", '\nnotes = """still open\n[[question]]', 1),  # unclosed at a table's end
    SEED_TEXT.replace("\n", "\r\n"),
    # An indented header inside a question's part: the whole text fails at it (a second [bank]) first.
    SEED_TEXT.replace("\nanswer = ", "\n [bank]\n = ", 1),
    SEED_TEXT.replace("\nanswer = ", "\n  [[question]] # again\n = ", 1),
    "",
    "[[question]]",
])
def test_texts_that_must_not_be_cut_where_they_look_cut(text):
    same_both_ways(text)


def test_a_table_unchanged_since_the_last_check_is_not_parsed_again(monkeypatch):
    import tomli

    cache = SectionCache()
    load_bank_text(SEED_TEXT, SEED_BANK, sections=cache)
    parsed = []
    real = tomli.loads
    monkeypatch.setattr(tomli, "loads", lambda text: parsed.append(text) or real(text))
    text = SEED_TEXT.replace('prompt = "', 'prompt = "Edited: ', 1)
    assert load_bank_text(text, SEED_BANK, sections=cache) == load_bank_text(text, SEED_BANK)
    assert len(parsed) == 2  # the edited table, then the whole text for the comparison
    assert "Edited: " in parsed[0] and parsed[0].lstrip().startswith("[[question]]")


def test_a_slip_at_the_end_of_one_table_is_told_as_at_the_end_of_the_bank_only_when_it_is():
    # Found by the property test above: a "\" left at the end of a table in the middle of the bank.
    at = len(SEED_TEXT) // 2
    same_both_ways(SEED_TEXT[:at] + "\\\n[[question]]\n" + SEED_TEXT[at:], SectionCache())
