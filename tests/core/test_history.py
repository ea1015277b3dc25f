import sqlite3

from studydesk.core.history import SCHEMA_VERSION, History
from studydesk.core.check import load_bank
from studydesk.core.session import TEST, QuizSettings, Session
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank


def _session(length=3, seed=2):
    return Session.start(BANK, QuizSettings(length=length, seed=seed, mode=TEST))


def test_answers_are_saved_as_they_are_given(tmp_path):
    path = tmp_path / "history.sqlite"
    history, message = History.open(path)
    assert message is None
    session = _session()
    attempt = history.follow(session)
    session.answer("Eight to one")
    assert history.flush(timeout=5)  # the writer thread has written it
    # A second connection (another process, after a crash) sees it.
    other = sqlite3.connect(path)
    assert other.execute("SELECT count(*) FROM answer WHERE attempt_id = ?", (attempt,)).fetchone() == (1,)
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    other.close()
    record = history.attempt(attempt)
    assert record.answered == 1 and record.finished is None and record.mode == TEST


def test_unfinished_attempt_resumes_where_it_stopped(tmp_path):
    path = tmp_path / "history.sqlite"
    history, _ = History.open(path)
    session = _session(length=4)
    history.follow(session)
    first = session.current
    right = {"choice": lambda q: q.answer, "truefalse": lambda q: q.answer}.get(first.kind, lambda q: None)(first)
    session.answer(right)
    history.close()

    reopened, _ = History.open(path)
    record = reopened.unfinished(BANK)
    assert record is not None and record.answered == 1
    resumed = reopened.resume(BANK, record)
    assert [q.id for q in resumed.questions] == [q.id for q in session.questions]
    assert resumed.current.id == session.questions[1].id
    assert resumed.grades[first.id].score == session.grades[first.id].score
    while resumed.current is not None:
        resumed.answer(None)
    # Every question answered, but a test is over only when it is submitted:
    # until then it can be resumed and its answers changed.
    assert reopened.unfinished(BANK).answered == 4
    resumed.answer("changed", resumed.questions[0])
    resumed.submit()
    assert reopened.unfinished(BANK) is None
    assert reopened.attempt(record.id).finished is not None
    assert reopened.attempt(record.id).answered == 4
    assert reopened.responses(record.id)[first.id] == "changed"
    again = reopened.resume(BANK, reopened.attempt(record.id))
    assert again.finished and again.submitted  # a submitted test resumes to its results


def test_a_resumed_test_keeps_its_flags(tmp_path):
    path = tmp_path / "history.sqlite"
    history, _ = History.open(path)
    session = _session(length=4)
    history.follow(session)
    first, second, third = session.questions[:3]
    session.toggle_flag(first)
    session.toggle_flag(third)
    session.toggle_flag(second)
    session.toggle_flag(first)  # taken off again
    history.close()

    history, _ = History.open(path)
    record = history.unfinished(BANK)
    assert record.flagged == (second.id, third.id)  # in the order asked
    resumed = history.resume(BANK, record)
    assert resumed.flagged == {second.id, third.id}
    resumed.toggle_flag(third)
    history.close()
    history, _ = History.open(path)
    assert history.resume(BANK, history.unfinished(BANK)).flagged == {second.id}
    history.close()


def test_a_test_answer_taken_back_leaves_the_history(tmp_path):
    history, _ = History.open(tmp_path / "h.sqlite")
    q1, q2 = BANK.question("force-ratio"), BANK.question("kramatorsk-distance")
    session = Session(BANK, (q1, q2), QuizSettings(mode=TEST))
    attempt = history.follow(session)
    session.answer("80 km", q2)
    session.answer("Eight to one", q1)
    session.withdraw(q2)
    assert history.responses(attempt) == {"force-ratio": "Eight to one"}
    session.submit()
    record = history.attempt(attempt)
    assert record.finished is not None and (record.answered, record.earned, record.possible) == (1, 1.0, 2.0)
    assert not record.resumable
    answers = history.attempt_answers(BANK, attempt)
    assert list(answers) == ["force-ratio"] and answers["force-ratio"].score == 1.0


def test_attempt_list_scores_and_topics(tmp_path):
    history, _ = History.open(tmp_path / "h.sqlite")
    q1, q2 = BANK.question("force-ratio"), BANK.question("kramatorsk-distance")
    session = Session(BANK, (q1, q2), QuizSettings())
    history.follow(session)
    session.answer("Eight to one")
    session.answer("80 km")
    retry = Session(BANK, (q2,), QuizSettings(reshuffle=1), retry_of=session.attempt_id)
    history.follow(retry)
    retry.answer("10")
    later = Session(BANK, (q2,), QuizSettings())
    history.follow(later)
    later.answer("70")
    records = history.attempts(BANK)
    assert [r.id for r in records] == [later.attempt_id, retry.attempt_id, session.attempt_id]
    assert records[2].fraction == 1.0 and records[2].possible == 2 and not records[2].is_retry
    assert records[1].parent_id == session.attempt_id and records[1].is_retry and records[1].fraction == 0
    assert records[1].settings.reshuffle == 1
    # The progress per topic leaves the retry out: it is not an attempt at the bank.
    topics = history.topic_scores(BANK)
    assert [r.id for r, _ in topics] == [session.attempt_id, later.attempt_id]
    assert [t for _, t in topics] == [{"ratios": 1.0, "distances": 1.0}, {"distances": 0.0}]
    rows = history.answers(BANK)
    assert [(r.question_id, r.response, r.correct) for r in rows] == [
        ("force-ratio", "Eight to one", True), ("kramatorsk-distance", "80 km", True),
        ("kramatorsk-distance", "10", False), ("kramatorsk-distance", "70", False)]


def test_multi_and_order_responses_survive_json(tmp_path):
    history, _ = History.open(tmp_path / "h.sqlite")
    multi, order = BANK.question("cities-beyond"), BANK.question("events-in-order")
    session = Session(BANK, (multi, order), QuizSettings())
    history.follow(session)
    session.answer({"Sloviansk", "Kramatorsk"})
    session.answer(tuple(reversed(order.items)))
    record = history.attempts(BANK)[0]
    resumed = Session.resume(BANK, list(record.question_ids), record.settings, record.id, {})
    assert resumed.grades == {}
    revived = history.resume(BANK, record)
    assert revived.grades[multi.id].correct
    assert revived.grades[order.id].score == 0


def test_a_file_that_is_not_a_database_is_kept_aside(tmp_path):
    path = tmp_path / "history.sqlite"
    path.write_bytes(b"this is not sqlite at all" * 100)
    history, message = History.open(path)
    assert message and "kept as" in message
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("history.sqlite.unreadable-")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"this is not sqlite at all" * 100
    session = _session(1)
    history.follow(session)
    session.answer(None)
    assert len(history.attempts()) == 1  # a fresh history works


def test_a_newer_schema_is_kept_aside_not_overwritten(tmp_path):
    path = tmp_path / "history.sqlite"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.execute("CREATE TABLE future (x)")
    db.commit()
    db.close()
    history, message = History.open(path)
    assert "newer Study Desk" in message
    kept = next(p for p in tmp_path.iterdir() if ".unreadable-" in p.name and not p.name.endswith(("-wal", "-shm")))
    old = sqlite3.connect(kept)
    assert old.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 5
    old.close()


def test_version_1_database_migrates_forward_keeping_its_attempts(tmp_path):
    from studydesk.core.history_schema import MIGRATIONS

    path = tmp_path / "history.sqlite"
    db = sqlite3.connect(path)
    db.executescript(f"BEGIN; {MIGRATIONS[0]}; PRAGMA user_version = 1; COMMIT;")
    db.execute("INSERT INTO attempt (bank_path, bank_title, started, mode, seed, topics, question_ids, possible)"
               " VALUES ('b', 'Bank', '2026-01-01T10:00:00+00:00', 'practice', 1, '[]', '[\"q\"]', 1)")
    db.commit()
    db.close()
    history, message = History.open(path)
    assert message is None
    (record,) = history.attempts("b")
    assert record.bank_title == "Bank" and record.parent_id is None
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


def test_a_file_that_cannot_be_moved_aside_is_left_alone_and_history_stays_in_memory(tmp_path, monkeypatch):
    import studydesk.core.history as history_module

    path = tmp_path / "history.sqlite"
    path.write_bytes(b"junk" * 10)

    def refuse(*args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(history_module.os, "replace", refuse)  # as in a folder the user cannot write
    history, message = History.open(path)
    assert "will not be saved" in message and history.path is None
    assert path.read_bytes() == b"junk" * 10
    session = _session(1)
    history.follow(session)
    session.answer(None)
    assert len(history.attempts()) == 1


def test_a_truncated_history_is_kept_aside(tmp_path):
    path = tmp_path / "history.sqlite"
    history, _ = History.open(path)
    for seed in range(30):
        session = _session(5, seed)
        history.follow(session)
        while session.current is not None:
            session.answer("x" * 200)
        session.submit()
    history.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    for extra in tmp_path.glob("history.sqlite-*"):
        extra.unlink()
    truncated = path.read_bytes()
    reopened, message = History.open(path)
    assert "malformed" in message and "kept as" in message
    kept = next(p for p in tmp_path.iterdir() if ".unreadable-" in p.name)
    assert kept.read_bytes() == truncated  # kept as it was, for recovery
    assert reopened.attempts() == []


def test_a_damaged_file_found_while_reading_is_reported_not_raised(tmp_path):
    history, _ = History.open(tmp_path / "h.sqlite")
    heard = []
    history.problem_found.connect(heard.append)
    history._db.execute("DROP TABLE answer")  # as if the file lost a table
    assert history.attempts() == []
    assert heard and "could not be read" in heard[0]
    session = _session(2)
    history.follow(session)  # the attempt itself can still be stored
    session.answer("x")
    assert history.unsaved == 1  # kept, not lost, while the answer table is missing
