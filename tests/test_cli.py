"""studydesk check, run as a user runs it: a subprocess, exit codes, no traceback."""

import json
import subprocess
import sys
import pytest

from studydesk import cli

from tests.support import SEED_BANK, seed_counts, seed_ok


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "studydesk", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_check_ok_prints_counts():
    out = run("check", str(SEED_BANK))
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().endswith(seed_ok())


def test_check_reports_every_error_and_exits_1(tmp_path):
    bank = tmp_path / "bad.toml"
    bank.write_text('[bank]\ntitle = "x"\n\n[[question]]\nid = "a"\nkind = "choice"\npromt = "?"\n'
                    'choices = ["A", "B"]\nanswer = "C"\n', encoding="utf-8")
    out = run("check", str(bank))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert f'{bank}:7:1: question "a": unknown key "promt" (did you mean "prompt"?)' in lines
    assert f'{bank}:9:10: question "a": answer "C" is not one of its choices' in lines
    assert any(": no prompt" in line for line in lines)


def test_check_json(tmp_path):
    bank = tmp_path / "empty.toml"
    bank.write_text("", encoding="utf-8")
    out = run("check", "--json", str(SEED_BANK), str(bank))
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert data["ok"] is False
    seed, empty = data["files"]
    assert seed["ok"] and (seed["questions"], seed["charts"]) == seed_counts()
    assert not empty["ok"]
    assert empty["problems"][0] == {"file": str(bank), "line": 1, "column": 1, "where": "file",
                                    "message": "the file is empty", "hint": "a bank starts with a [bank] table",
                                    "severity": "error"}


def test_check_binary_file_no_traceback(tmp_path):
    bank = tmp_path / "photo.toml"
    bank.write_bytes(bytes(range(256)) * 10)
    out = run("check", str(bank))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "not a text file" in out.stderr


def test_check_does_not_import_qt():
    code = ("import sys; from studydesk.cli import main; rc = main(['check', %r]); "
            "assert 'PySide6' not in sys.modules and 'pyqtgraph' not in sys.modules; sys.exit(rc)") % str(SEED_BANK)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_help_still_lists_the_options_and_tools(capsys):
    with pytest.raises(SystemExit) as exit:
        cli.window_parser().parse_args(["--help"])
    assert exit.value.code == 0
    out = capsys.readouterr().out
    assert "--screenshot OUT.png" in out and "(default: quiz)" in out and "studydesk check" in out


def test_a_reader_that_stops_early_gets_no_traceback():
    # "studydesk generate --audit *.txt | head -1": the pipe closes while the audit still writes
    from tests.support import DATA

    pages = [str(p) for p in sorted((DATA / "articles").glob("wp-*.txt"))[:60]]
    with subprocess.Popen([sys.executable, "-m", "studydesk", "generate", "--audit", *pages],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert "Traceback" not in err, err
    assert proc.returncode == 1
