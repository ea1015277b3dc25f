"""studydesk import-gift and export-gift, run as a user runs them: a
subprocess, exit codes, FILE:LINE reports, no traceback."""

import subprocess
import sys

from studydesk.core.check import load_bank
from tests.support import DATA, SEED_ARTICLE, SEED_BANK

FIXTURE = DATA / "gift" / "every_construct.gift"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "studydesk", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_import_writes_a_bank_that_passes_the_check(tmp_path):
    bank = tmp_path / "bank.toml"
    out = run("import-gift", str(FIXTURE), "-o", str(bank))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert f'{FIXTURE}:71: question "Opinion": a Moodle essay has no key points: the question is left out of ' \
           "quizzes until it has 2 to 5 ([[question.key_points]] with point, phrases and evidence), and a " \
           "model_answer (Moodle's general feedback was empty)" in lines
    assert any(line.startswith(f'{FIXTURE}:94: question "Broken": unbalanced braces') for line in lines)
    assert lines[-1] == "imported 17 questions, skipped 2 (see above)"
    loaded = load_bank(bank)
    assert loaded.ok and len(loaded.bank.questions) == 16
    assert loaded.bank.title == "every_construct"
    assert bank.read_text(encoding="utf-8").startswith("# Imported from GIFT by studydesk import-gift.\n")


def test_import_refuses_to_overwrite_without_force(tmp_path):
    bank = tmp_path / "bank.toml"
    bank.write_text("mine", encoding="utf-8")
    out = run("import-gift", str(FIXTURE), "-o", str(bank))
    assert out.returncode == 1 and "exists; add --force" in out.stderr
    assert bank.read_text(encoding="utf-8") == "mine"
    assert run("import-gift", str(FIXTURE), "-o", str(bank), "--force", "--title", "Geo").returncode == 0
    assert load_bank(bank).bank.title == "Geo"


def test_import_to_standard_output(tmp_path):
    out = run("import-gift", str(FIXTURE))
    assert out.returncode == 0
    assert out.stdout.startswith("# Imported from GIFT") and "[[question]]" in out.stdout
    assert "imported 17 questions" in out.stderr  # reports stay off the bank's stream


def test_import_with_article_checks_evidence(tmp_path):
    gift = tmp_path / "q.gift"
    gift.write_text('// studydesk: evidence = "Before the war, its population was around 60,000"\n'
                    "::pop::How many lived there?{#60000:3000}\n", encoding="utf-8")
    bank = tmp_path / "sub" / "bank.toml"
    bank.parent.mkdir()
    out = run("import-gift", str(gift), "-o", str(bank), "--article", str(SEED_ARTICLE))
    assert out.returncode == 0, out.stderr
    loaded = load_bank(bank)
    assert loaded.ok and loaded.bank.article is not None
    assert loaded.bank.article_ref.startswith("../")  # relative to the bank, not to where the command ran
    gift.write_text("::pop::How many lived there?{#60000:3000}\n", encoding="utf-8")
    out = run("import-gift", str(gift), "-o", str(bank), "--force", "--article", str(SEED_ARTICLE))
    assert out.returncode == 1 and "no evidence" in out.stderr and "does not pass studydesk check" in out.stderr


def test_import_bad_files_give_a_message_not_a_traceback(tmp_path):
    binary = tmp_path / "photo.gift"
    binary.write_bytes(bytes(range(256)))
    latin = tmp_path / "latin.gift"
    latin.write_bytes("Caf\xe9?{T}".encode("latin-1"))
    empty = tmp_path / "empty.gift"
    empty.write_text("// nothing but a comment\n", encoding="utf-8")
    for path, message in ((binary, "not a text file"), (latin, "not UTF-8"), (tmp_path / "none.gift", "not found"),
                          (empty, "no questions")):
        out = run("import-gift", str(path), "-o", str(tmp_path / "out.toml"))
        assert out.returncode == 1, path
        assert message in out.stderr and "Traceback" not in out.stderr
        assert not (tmp_path / "out.toml").exists()


def test_export_then_import_gives_the_bank_back(tmp_path):
    gift = tmp_path / "pokrovsk.gift"
    out = run("export-gift", str(SEED_BANK), "-o", str(gift))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert f'{SEED_BANK}:15: question "population-before": no GIFT counterpart for evidence, difficulty, ' \
           "unit (residents), a percentage tolerance (5%, written as an absolute one for Moodle); kept in " \
           '"// studydesk:" comments, which Moodle skips' in lines
    assert lines[-1] == "exported 41 questions, 1 kept in comments for Study Desk only (see above)"
    bank = tmp_path / "back.toml"
    assert run("import-gift", str(gift), "-o", str(bank)).returncode == 0
    assert load_bank(bank).bank.questions == load_bank(SEED_BANK).bank.questions
    assert run("export-gift", str(SEED_BANK), "-o", str(gift)).returncode == 1  # exists, no --force


def test_export_refuses_a_broken_bank(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[bank]\ntitle = "x"\n\n[[question]]\nid = "a"\nkind = "choice"\n', encoding="utf-8")
    out = run("export-gift", str(bad), "-o", str(tmp_path / "out.gift"))
    assert out.returncode == 1 and "no prompt" in out.stderr and "fix them first" in out.stderr
    assert "Traceback" not in out.stderr and not (tmp_path / "out.gift").exists()
