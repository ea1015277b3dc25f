"""Brackets nested hundreds deep, which tomli refuses with RecursionError,
give an error naming the file and where the nesting is (issue 15, item 1)."""

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.edit import EditError, keep_questions

HEAD = '[bank]\ntitle = "Deep"\n\n[[question]]\nid = "q"\nkind = "truefalse"\nprompt = "True?"\nanswer = true\n'


def nested(depth: int, opening: str = "[", closing: str = "]") -> str:
    return opening * depth + "1" + closing * depth


def test_arrays_nested_too_deep_are_an_error_naming_the_file_and_line(tmp_path):
    bank = tmp_path / "deep.toml"
    bank.write_text(HEAD + '# [[[ in a comment\nhint = "[[[ in a string"\nextra = ' + nested(1000) + "\n",
                    encoding="utf-8")
    error, = load_bank(bank).problems
    assert (error.file, error.line, error.column) == (str(bank), 11, 1008)
    assert error.message == "brackets nested more than 400 deep (arrays or inline tables inside one another)"
    assert str(error).startswith(f"{bank}:11:1008: TOML syntax: brackets nested more than 400 deep")


def test_inline_tables_and_keys_of_a_thousand_parts_too(tmp_path):
    error, = load_bank_text(HEAD + "extra = " + nested(500, "{a = ", "}") + "\n", "deep.toml").problems
    assert error.line == 9 and "nested more than 400 deep" in error.message
    error, = load_bank_text(HEAD + "[" + ".".join(["a"] * 1200) + "]\n", "keys.toml").problems
    assert (error.file, error.message) == ("keys.toml", "a key has more than 1,000 dotted parts")


def test_check_says_so_without_a_traceback(tmp_path):
    bank = tmp_path / "deep.toml"
    bank.write_text(HEAD + "extra = " + nested(5000) + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "studydesk", "check", str(bank)], capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert f"{bank}:9:" in out.stderr and "nested more than 400 deep" in out.stderr


def test_saving_a_review_of_such_a_bank_is_refused_plainly():
    try:
        keep_questions(HEAD + "extra = " + nested(1000) + "\n", ["q"])
    except EditError as exc:
        assert "not valid TOML" in str(exc)
    else:
        raise AssertionError("no EditError")


@settings(max_examples=40)
@given(st.integers(1, 3000), st.sampled_from([("[", "]"), ("{a = ", "}"), ("[{a = ", "}]")]),
       st.sampled_from(["bank", "question", "chart"]))
def test_any_depth_in_any_table_gives_a_result_and_never_raises(depth, brackets, table):
    text = HEAD.replace('[[question]]', f'[[{table}]]') + "extra = " + nested(depth, *brackets) + "\n"
    result = load_bank_text(text, "deep.toml")
    assert result.bank is None and result.problems
    assert all(p.file == "deep.toml" and p.message for p in result.problems)
