"""A bank names its article as a relative path to a .txt or .md file with
nothing hidden on the way; anything else is an error on the article line, so
a bank from someone else cannot make the app show or print any file it can
read (issue 15, item 3)."""

import os

import pytest

from studydesk.core.check import load_bank
from tests.support import copy_seed, seed_counts


def bank_naming(folder, ref: str):
    bank = folder / "bank.toml"
    bank.write_text(f"[bank]\ntitle = 'T'\narticle = '{ref}'\n", encoding="utf-8")  # literal: no escapes
    return bank


def article_error(bank):
    error = next(e for e in load_bank(bank).errors if e.where == "bank")
    assert (error.line, error.column) == (3, 11), "the error names the article's line and column"
    return error


@pytest.mark.parametrize("ref", ["/etc/passwd", "/tmp/article.txt", r"C:\Users\me\article.txt",
                                 r"\\server\share\article.txt", "C:article.txt"])
def test_an_absolute_path_is_refused(tmp_path, ref):
    error = article_error(bank_naming(tmp_path, ref))
    assert error.message == f'article must be a path relative to this bank, not "{ref}"'


def test_a_file_that_is_not_text_is_refused_however_it_is_reached(tmp_path):
    depth = len(tmp_path.parts)
    error = article_error(bank_naming(tmp_path, "../" * depth + "etc/passwd"))
    assert error.message.startswith("article must be a text file ending in .txt or .md, not ")
    assert error.hint == "save the article as plain text (.txt) beside the bank"


@pytest.mark.parametrize("ref", ["../.ssh/notes.txt", ".notes.txt", "sub/.git/article.md"])
def test_a_hidden_file_or_folder_on_the_way_is_refused(tmp_path, ref):
    target = tmp_path / "b" / ref
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("Secret notes. They are private.\n", encoding="utf-8")
    error = article_error(bank_naming(tmp_path / "b", ref))
    hidden = next(part for part in ref.split("/") if part.startswith(".") and part != "..")
    assert error.message == f'article path goes through a hidden file or folder ("{hidden}")'


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_text_name_linking_to_another_file_is_refused(tmp_path):
    (tmp_path / "article.txt").symlink_to("/etc/passwd")
    error = article_error(bank_naming(tmp_path, "article.txt"))
    assert error.message == 'article "article.txt" is a link to a file that is not .txt or .md (passwd)'


def test_the_seed_layout_and_markdown_articles_still_load(tmp_path, seed_text):
    (tmp_path / "resources" / "banks").mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    bank = copy_seed(tmp_path)  # banks/mine.toml naming ../seeds/...txt
    assert load_bank(bank).ok
    (tmp_path / "banks" / "article.MD").write_text(seed_text, encoding="utf-8")
    text = bank.read_text(encoding="utf-8")
    start = text.index('article = "') + len('article = "')
    moved = text[:start] + "./article.MD" + text[text.index('"', start):]
    bank.write_text(moved, encoding="utf-8")
    result = load_bank(bank)
    assert result.ok and len(result.bank.questions) == seed_counts()[0]


def test_a_path_longer_than_the_system_allows_is_an_error_not_a_crash(tmp_path):
    """Found by the fuzzing run (docs/robustness.md): asking whether it exists,
    or resolving it, raised OSError."""
    error = article_error(bank_naming(tmp_path, "a" * 300 + ".txt"))
    assert error.message.startswith(("cannot read the article file ", "cannot use the article path: "))
