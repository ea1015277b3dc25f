"""The library's banks as the Library page lists them: each with its title,
article, questions, last score and due cards; a missing or broken one with
its reason; and the seed bank copied, with its article, to the student's folder."""

from datetime import timedelta

from studydesk.core.check import load_bank
from studydesk.core.grading import grade, right_response
from studydesk.core.history import History
from studydesk.core.library import copy_seed, find_banks, read_entry
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from studydesk.core.session import QuizSettings, Session
from tests.support import SEED_BANK


def test_banks_listed_then_those_in_folders_each_once(tmp_path):
    (tmp_path / "unit" / "deep").mkdir(parents=True)
    for name in ("b.toml", "A.toml", "unit/c.toml", "unit/deep/too-deep.toml", ".hidden/x.toml"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    listed = [tmp_path / "gone.toml", tmp_path / "b.toml"]
    assert find_banks(listed, [tmp_path, tmp_path / "nowhere"]) == [
        tmp_path / "gone.toml", tmp_path / "b.toml", tmp_path / "A.toml", tmp_path / "unit" / "c.toml"]


def test_a_missing_and_a_broken_bank_say_why(tmp_path):
    gone = read_entry(tmp_path / "gone.toml")
    assert not gone.ok and gone.title == "gone.toml" and gone.problem.startswith("file not found")
    broken = tmp_path / "broken.toml"
    broken.write_text('[bank]\ntitle = "Broken"\n\n[[question]]\nid = "q"\nkind = "choice"\nprompt = "?"\n'
                      'choices = ["a", "b"]\nanswer = "c"\n', encoding="utf-8")
    entry = read_entry(broken)
    assert not entry.ok and entry.title == "broken.toml"
    assert entry.problem == '1 problem; the first: line 9: answer "c" is not one of its choices'
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\x00\xff" * 20)
    assert not read_entry(binary).ok and "problem" in read_entry(binary).problem


def test_a_bank_with_its_last_score_and_due_cards(tmp_path):
    history, _ = History.open(tmp_path / "history.sqlite")
    schedule = Schedule(ReviewStore.open(history.path))
    bank = load_bank(SEED_BANK).bank
    quiz = Session(bank, bank.questions[:4], QuizSettings())
    history.follow(quiz)
    schedule.follow(quiz)
    for i in range(4):
        q = quiz.current
        quiz.answer(right_response(q) if i else None)
    schedule.record(bank, bank.questions[5], grade(bank.questions[5], right_response(bank.questions[5])),
                    when=schedule.clock() - timedelta(days=30))
    entry = read_entry(SEED_BANK, history, schedule)
    assert entry.ok and (entry.title, entry.article, entry.questions) == (
        bank.title, "000_bbb594c5c87ceaad.txt", len(bank.questions))
    assert entry.last_score == 0.75 and entry.due == 1 and entry.new == len(bank.questions) - 5
    history.close()


def test_the_seed_bank_is_copied_with_its_article_and_a_copy_is_kept(tmp_path):
    folder = tmp_path / "Documents" / "Study Desk"
    copy = copy_seed(SEED_BANK, folder)
    assert copy == folder / "pokrovsk.toml" and (folder / "pokrovsk.txt").exists()
    loaded = load_bank(copy)
    assert loaded.ok and loaded.bank.article_path == folder / "pokrovsk.txt"
    assert loaded.bank.questions == load_bank(SEED_BANK).bank.questions
    assert "# Study Desk question bank: the battle for Pokrovsk." in copy.read_text(encoding="utf-8")
    copy.write_text(copy.read_text(encoding="utf-8").replace("Pokrovsk: the gateway", "Mine: the gateway"),
                    encoding="utf-8")
    assert copy_seed(SEED_BANK, folder) == copy and load_bank(copy).bank.title.startswith("Mine")  # kept
