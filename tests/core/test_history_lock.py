"""The history while another program holds its file (issue 15, item 5):
answers never wait on the lock, go to the file once it is free, and are never
dropped without a word. Another program is a second sqlite connection."""

import sqlite3
import threading
import time

import pytest

from studydesk.core.history import History
from studydesk.core.check import load_bank
from studydesk.core.session import TEST, QuizSettings, Session
from tests.support import SEED_BANK

BANK = load_bank(SEED_BANK).bank


def _session(length=3, seed=2):
    return Session.start(BANK, QuizSettings(length=length, seed=seed, mode=TEST))


def in_file(path, sql, args=()):
    """What another program reading the file sees."""
    db = sqlite3.connect(path, timeout=5)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def eventually(condition, timeout=5.0):
    """Whether `condition` comes true within `timeout` seconds, nothing else being done."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


class Holder:
    """Another program holding the file's write lock (or, exclusive, every lock)."""

    def __init__(self, path, exclusive=False):
        self.db = sqlite3.connect(path, isolation_level=None, timeout=0.1, check_same_thread=False)
        if exclusive:
            self.db.execute("PRAGMA locking_mode = EXCLUSIVE")
        self.db.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")

    def release(self):
        self.db.execute("ROLLBACK")
        self.db.close()


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "history.sqlite"
    History.open(path)[0].close()
    return path


def test_an_answer_does_not_wait_for_the_lock_and_is_written_once_it_is_free(path):
    history, _ = History.open(path, timeout=5)  # a busy wait of 5 s, were it taken on this thread
    heard = []
    history.problem_found.connect(heard.append)
    session = _session(3)
    attempt = history.follow(session)
    holder = Holder(path)
    try:
        start = time.monotonic()
        session.answer("anything")
        assert time.monotonic() - start < 3  # generous: the writer's tries never block the caller (it waited 5 s)
        assert eventually(lambda: heard)
        assert "1 answer is kept and will be saved as soon as it can take them" in heard[0]
        assert history.unsaved == 1
    finally:
        holder.release()
    # No other answer, no flush: the writer goes back to the file by itself.
    assert eventually(lambda: in_file(path, "SELECT count(*) FROM answer WHERE attempt_id = ?", (attempt,)) == [(1,)])
    assert history.unsaved == 0 and history.problem == ""
    history.close()


def test_a_session_started_while_the_file_is_held_goes_to_the_file_after(path):
    history, _ = History.open(path)
    holder = Holder(path)
    try:
        session = Session.start(BANK, QuizSettings(length=3, seed=2))  # practice: it ends with its last answer
        assert history.follow(session) is None  # no id yet: the file could not take the attempt
        while not session.finished:
            session.answer("x")
        retry = session.retry_missed()
        history.follow(retry)
        retry.answer("y")
    finally:
        holder.release()
    assert eventually(lambda: session.attempt_id is not None and retry.attempt_id is not None)
    assert history.path == path  # not in memory for good
    rows = in_file(path, "SELECT a.id, a.parent_id, a.finished IS NOT NULL, count(x.question_id) FROM attempt a"
                         " JOIN answer x ON x.attempt_id = a.id GROUP BY a.id ORDER BY a.id")
    assert rows == [(session.attempt_id, None, 1, 3), (retry.attempt_id, session.attempt_id, 0, 1)]
    assert retry.retry_of == session.attempt_id
    assert history.attempt(retry.attempt_id).is_retry
    history.close()


def test_a_file_held_at_opening_is_used_once_it_is_free(path):
    holder = Holder(path, exclusive=True)
    try:
        history, message = History.open(path, timeout=0.2)
        assert "in use by another copy" in message and "saved to it as soon as it is free" in message
        assert not [p for p in path.parent.iterdir() if ".unreadable-" in p.name]  # not moved aside
        session = _session(2)
        history.follow(session)
        session.answer("x")
        assert history.attempts() == []  # nothing can be read yet
    finally:
        holder.release()
    assert eventually(lambda: in_file(path, "SELECT count(*) FROM answer") == [(1,)])
    assert [r.id for r in history.attempts()] == [session.attempt_id]
    history.close()


def test_closing_says_how_many_answers_it_could_not_save(path):
    history, _ = History.open(path)
    heard = []
    history.problem_found.connect(heard.append)
    session = _session(3)
    history.follow(session)
    holder = Holder(path)
    try:
        session.answer("x")
        session.answer("y")
        assert history.close(timeout=0.3) == 2
    finally:
        holder.release()
    assert heard[-1].startswith("2 answers could not be saved to the history (") and heard[-1].endswith("are lost.")
    assert in_file(path, "SELECT count(*) FROM answer") == [(0,)]


def test_closing_waits_for_a_lock_let_go_meanwhile(path):
    history, _ = History.open(path)
    session = _session(3)
    history.follow(session)
    holder = Holder(path)
    session.answer("x")
    threading.Timer(0.3, holder.release).start()
    assert history.close(timeout=5) == 0
    assert in_file(path, "SELECT count(*) FROM answer") == [(1,)]


def test_a_test_taken_while_the_file_is_held_keeps_its_changes_and_submission_in_order(path):
    history, _ = History.open(path)
    holder = Holder(path)
    try:
        test = _session(3)
        history.follow(test)
        first, second, third = test.questions
        test.answer("x", first)
        test.answer("y", second)
        test.answer("z", first)  # changed
        test.withdraw(second)  # taken back
        test.submit()
    finally:
        holder.release()
    assert eventually(lambda: test.attempt_id is not None and history.unsaved == 0)
    rows = in_file(path, "SELECT question_id, response FROM answer WHERE attempt_id = ?", (test.attempt_id,))
    assert rows == [(first.id, '"z"')]
    assert history.attempt(test.attempt_id).finished is not None
    history.close()
