"""studydesk generate, run as a user runs it: a subprocess, exit codes, no traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.core.generate.helpers import ARTICLES

pytestmark = pytest.mark.slow


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "studydesk", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_writes_a_bank_that_check_accepts(tmp_path):
    article = tmp_path / "texts" / "danube.txt"
    article.parent.mkdir()
    shutil.copy(ARTICLES["danube"], article)
    out = tmp_path / "banks" / "danube.toml"
    out.parent.mkdir()
    done = run("generate", str(article), "-o", str(out), "--seed", "4", "--max", "25", "--title", "The Danube")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out}: ") and "questions" in done.stdout
    text = out.read_text(encoding="utf-8")
    assert 'article = "../texts/danube.txt"' in text  # relative to the bank's folder
    assert 'title = "The Danube"' in text
    assert text.count("[[question]]") <= 25
    checked = run("check", str(out))
    assert checked.returncode == 0, checked.stderr


def test_prints_to_stdout_without_output(tmp_path):
    shutil.copy(ARTICLES["cholera"], tmp_path / "a.txt")
    done = run("generate", "a.txt", "--max", "5", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert 'article = "a.txt"' in done.stdout and done.stdout.count("[[question]]") <= 5


def test_refuses_to_overwrite_without_force(tmp_path):
    shutil.copy(ARTICLES["seed"], tmp_path / "a.txt")
    (tmp_path / "bank.toml").write_text("keep me", encoding="utf-8")
    done = run("generate", "a.txt", "-o", "bank.toml", cwd=tmp_path)
    assert done.returncode == 1 and "--force" in done.stderr and "Traceback" not in done.stderr
    assert (tmp_path / "bank.toml").read_text(encoding="utf-8") == "keep me"
    assert run("generate", "a.txt", "-o", "bank.toml", "--force", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize(("content", "words"), [
    (bytes(range(256)) * 4, "binary"),
    ("caf\u00e9".encode("latin-1") + b" au lait", "not UTF-8"),
    (b"", "empty"),
    (b"just some words without any sentence end", "found no sentence"),
])
def test_bad_articles_give_one_line_and_exit_1(tmp_path, content, words):
    (tmp_path / "a.txt").write_bytes(content)
    done = run("generate", "a.txt", "-o", "bank.toml", cwd=tmp_path)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and words in done.stderr, done.stderr
    assert not (tmp_path / "bank.toml").exists()


def test_missing_article(tmp_path):
    done = run("generate", "nope.txt", cwd=tmp_path)
    assert done.returncode == 1 and "not found" in done.stderr and "Traceback" not in done.stderr
