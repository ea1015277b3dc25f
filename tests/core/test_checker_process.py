"""The checker in a process of its own gives what checking here gives: a
bank file loaded, the editor's text checked edit after edit (each bank built
again from only what changed), saved, and a question added; it answers a
failure with its message, and a process that ended is reported, not waited
for."""

import io

import pytest

from studydesk.core.bank import TrueFalseQuestion
from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.check.process import CheckerProcess, CheckFailed
from studydesk.core.check.transfer import PIECE, CheckerGone, ResultReader, ResultWriter
from studydesk.core.edit import add_question, table_lines
from studydesk.core.files import content_digest
from tests.support import copy_seed, many_questions

pytestmark = pytest.mark.slow  # each test starts a process


@pytest.fixture
def checker():
    process = CheckerProcess()
    yield process
    process.close()


def test_a_bank_loaded_in_the_process_is_the_bank_loaded_here(checker, tmp_path):
    bank = copy_seed(tmp_path)
    bank.write_text(many_questions(bank.read_text(encoding="utf-8"), 2 * PIECE + 10), encoding="utf-8")
    seen = []
    result = checker.load(bank, progress=lambda done, of: seen.append((done, of)))
    assert result == load_bank(bank)
    assert seen[-1][0] == seen[-1][1] == len(result.bank.questions) and len(seen) > 2  # in pieces
    assert checker.load(tmp_path / "missing.toml") == load_bank(tmp_path / "missing.toml")


def test_the_editors_text_checks_edit_after_edit_as_it_would_here(checker, tmp_path):
    bank = copy_seed(tmp_path)
    lines = many_questions(bank.read_text(encoding="utf-8"), PIECE + 5).split("\n")
    tables, result = checker.open_text(bank, "\n".join(lines))
    assert result == load_bank_text("\n".join(lines), bank) and result.ok
    assert tables == table_lines("\n".join(lines))
    prompt = next(i for i, line in enumerate(lines) if line.startswith('prompt = "') and i > len(lines) // 2)
    steps = [
        [(prompt, prompt + 1, ['prompt = "Changed?"'])],                      # one question changes
        [(prompt, prompt + 1, ['prompt = "Changed?', 'still open"'])],        # a syntax error
        [(prompt, prompt + 2, ['prompt = "Fixed?"']), (0, 0, ["# a comment", ""])],  # fixed, lines move
        [(len(lines) - 5, len(lines), [])],                                   # the end cut off
    ]
    for edits in steps:
        for first, end, new in edits:
            lines[first:end] = new
        tables, result = checker.check(edits)
        text = "\n".join(lines)
        assert result == load_bank_text(text, bank)
        if result.ok:
            assert tables == table_lines(text)
    assert checker.text([]) == "\n".join(lines)


def test_saving_writes_the_text_atomically_and_gives_its_digest(checker, tmp_path):
    bank = copy_seed(tmp_path)
    before = bank.read_text(encoding="utf-8")
    checker.open_text(bank, before)
    digest = checker.save([(0, 0, ["# saved by the checker"])], backup=True)
    written = bank.read_bytes()
    assert written.decode("utf-8") == "# saved by the checker\n" + before
    assert digest == content_digest(written)
    assert (bank.parent / "mine.toml~").read_text(encoding="utf-8") == before


def test_adding_a_question_is_one_edit_that_gives_what_add_question_gives(checker, tmp_path):
    bank = copy_seed(tmp_path)
    text = bank.read_text(encoding="utf-8")
    checker.open_text(bank, text)
    question = TrueFalseQuestion(id="added", prompt="Is this added?", answer=True, evidence=())
    first, end, new = checker.add_question([], question)
    lines = text.split("\n")
    lines[first:end] = new
    assert "\n".join(lines) == add_question(text, question)
    assert end - first < 5  # only where it goes, not the whole text


def test_failures_come_back_with_their_message_and_an_ended_process_is_reported(checker, tmp_path):
    bank = copy_seed(tmp_path)
    checker.open_text(bank, "[bank\nnot toml")
    with pytest.raises(CheckFailed, match="not valid TOML"):
        checker.add_question([], TrueFalseQuestion(id="x", prompt="P?", answer=True))
    tables, result = checker.check([])  # still serving
    assert not result.ok
    checker._process.kill()  # noqa: SLF001 - as if it crashed
    with pytest.raises(CheckerGone):
        checker.check([])
    assert checker.open_text(bank, bank.read_text(encoding="utf-8"))[1].ok  # a new process, the text again
    checker.close()
    with pytest.raises(CheckerGone):
        checker.load(bank)


def test_results_travel_as_the_change_from_the_last(tmp_path):
    bank = copy_seed(tmp_path)
    text = many_questions(bank.read_text(encoding="utf-8"), 30)
    pipe = io.BytesIO()
    writer, reader = ResultWriter(pipe), ResultReader(pipe)
    for edit in ("", 'prompt = "Changed?"', "broken = ", 'prompt = "Again?"'):
        now = text.replace('prompt = "', edit + "\n" + 'prompt = "', 1) if edit else text
        result = load_bank_text(now, bank)
        start = pipe.tell()
        writer.write(result)
        sent = pipe.tell() - start
        pipe.seek(start)
        assert reader.read() == result
        if edit == 'prompt = "Again?"':  # one question changed: far less than the whole bank went
            assert sent < len(now) / 10
