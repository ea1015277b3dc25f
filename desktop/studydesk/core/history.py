"""Past attempts and their answers, in SQLite.

As Anki keeps its collection: the standard library's sqlite3 in WAL mode, one
transaction per answer, so a crash or a closed laptop loses nothing already
written. Answers are written by a worker thread (history_writer.py), so a
file another program holds never stalls the window: they wait, in order, and
go to the file once it is free. The schema version lives in PRAGMA
user_version and migrates forward. A file that cannot be used is moved aside,
never overwritten, and the app carries on (in memory if it must) with a
message saying what happened.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from .bank import Bank, Question
from .callbacks import Event
from .history_records import AnswerRecord, AttemptRecord, attempt_record, from_json, now, revive, to_json
from .history_schema import SCHEMA_VERSION, HistoryError, migrate, move_aside
from .history_writer import Write, WriteQueue
from .session import TEST, Session
from .words import plural

if TYPE_CHECKING:
    from .grading import Grade

# How long a try to write waits for another program's lock (it holds the
# lock that reads on the window's thread take too), how long a read waits for
# the writes before it, and how long closing waits for writes still waiting.
BUSY_MS = 40
SETTLE = 2.0
CLOSE_WAIT = 2.0


class History:
    """The attempt store. Safe to call from a worker thread (one lock)."""

    def __init__(self, connection: sqlite3.Connection | None, path: Path | None) -> None:
        self._db = connection  # None while another program holds the file: writes wait
        self.path = path  # None when kept in memory only
        self._lock = threading.RLock()
        self._queue = WriteQueue(self._write)
        self.problem = ""  # what went wrong after opening, for the window to say
        self._failure = ""  # why the last write failed
        self.problem_found = Event()  # (message)
        if connection is not None and path is not None:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")

    # Opening

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, timeout: float = 1.0) -> tuple[History, str | None]:
        """Open or create the history at `path`; None keeps it in memory.

        Returns the history and, when the file could not be used, a message
        for the user saying where the old file was kept.
        """
        if path is None:
            return cls(cls._connect(":memory:"), None), None
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(cls._connect(str(path), timeout), path), None
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc):
                return cls(None, path), (
                    f"The history at {path} is in use by another copy of Study Desk; this session's answers "
                    "are kept and saved to it as soon as it is free.")
            reason = str(exc)
        except (sqlite3.DatabaseError, HistoryError) as exc:
            reason = str(exc)
        except OSError as exc:
            reason = exc.strerror or str(exc)
        kept = move_aside(path)
        memory = cls.open(None)[0]
        if kept is None:
            return memory, (f"The history at {path} could not be opened ({reason}) and could not be moved "
                            "aside; this session's answers will not be saved.")
        try:
            return cls(cls._connect(str(path)), path), (
                f"The history file could not be opened ({reason}). It was kept as {kept} "
                "and a new history was started.")
        except (sqlite3.Error, HistoryError, OSError) as exc:
            return memory, (f"The history file could not be opened ({reason}); it was kept as {kept}, but a new "
                            f"one could not be created either ({exc}). This session's answers will not be saved.")

    @staticmethod
    def _connect(target: str, timeout: float = 5.0) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryError(f"it was written by a newer Study Desk (schema {version}, this one reads "
                                   f"up to {SCHEMA_VERSION})")
            if target != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = FULL")  # each answer on disk when its commit returns
            migrate(db, version)
            db.execute("SELECT count(*) FROM attempt").fetchone()  # proves the file is a database
            return db
        except BaseException:
            db.close()
            raise

    def flush(self, timeout: float = 0.5) -> bool:
        """Try once more to write what is waiting, and wait up to `timeout`
        seconds for it; True when nothing is left waiting."""
        return self._queue.flush(timeout)

    def close(self, timeout: float = CLOSE_WAIT) -> int:
        """Close the file, first waiting up to `timeout` seconds for writes
        still waiting. Returns how many answers could not be saved (0 but
        for a file held or broken all along); then problem_found says so."""
        left = self._queue.close(timeout)
        with self._lock:
            if self._db is not None:
                self._db.close()
        lost = sum(w.what == "answer" for w in left)
        if lost:  # (an attempt row alone holds no work of the student's)
            self._report(f"{plural(lost, 'answer')} could not be saved to the history "
                         f"({self._failure or 'it was closed'}) and {'is' if lost == 1 else 'are'} lost.")
        return lost

    # Writing: one transaction each

    def start_attempt(self, session: Session) -> int | None:
        """Record a new attempt. Returns its id, or None while the file cannot
        take it: then the session gets its id once the file does."""
        import json  # (see history_records.from_json)

        bank = session.bank
        settings = session.settings
        parent = session.retry_of if session.retry_of is not None else session.parent
        row = (bank_key(bank), bank.title, now(), session.mode, settings.seed,
               json.dumps(list(settings.topics)), json.dumps([q.id for q in session.questions]),
               session.possible, parent, settings.reshuffle)
        sql = ("INSERT INTO attempt (bank_path, bank_title, started, mode, seed, topics, question_ids, possible,"
               " parent_id, reshuffle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        self._queue.put(Write("attempt", sql, row, session))
        self._queue.settle(SETTLE)
        return session.attempt_id

    def record_answer(self, session: Session, question: Question, response: Any, grade: Grade,
                      *, finished: bool = False) -> None:
        """Save one answer in its own transaction, by the writer thread. If
        the file is busy or damaged, the answer waits and is written after."""
        self._queue.put(Write(
            "answer",
            "INSERT OR REPLACE INTO answer (attempt_id, question_id, topic, answered, response, score, points)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (session, question.id, question.topic, now(), to_json(response), grade.score, grade.points),
            session))
        if finished:
            self._queue.put(Write("finish", "UPDATE attempt SET finished = ? WHERE id = ?", (now(), session), session))

    def _write(self, batch: list[Write]) -> bool:
        """Make a batch of writes in one transaction (on the writer thread)."""
        ids: dict[int, int] = {}  # id(session) -> its attempt's id, for rows written in this batch

        def value(arg: Any) -> Any:
            return ids.get(id(arg), arg.attempt_id) if isinstance(arg, Session) else arg

        with self._lock:
            try:
                if self._db is None:
                    self._db = self._reconnect()
                with self._db:
                    for write in batch:
                        cursor = self._db.execute(write.sql, tuple(value(a) for a in write.args))
                        if write.what == "attempt":
                            ids[id(write.session)] = int(cursor.lastrowid)
            except (sqlite3.Error, HistoryError) as exc:
                failure = exc
            else:
                failure = None
        if failure is not None:
            self._failure = str(failure)
            answers = sum(w.what == "answer" for w in batch)
            self._report(f"Answers could not be saved to the history ({failure}); "
                         f"{plural(answers, 'answer')} {'is' if answers == 1 else 'are'} kept and will be saved "
                         "as soon as it can take them.")
            return False
        for write in batch:  # in order: a retry's parent has its id before the retry
            if write.what == "attempt":
                session = write.session
                if session.retry_of is None and session.parent is not None:
                    session.retry_of = session.parent.attempt_id
                session.attempt_id = ids[id(session)]  # last: another thread may be waiting for it
        self.problem = ""
        return True

    def _reconnect(self) -> sqlite3.Connection:
        """The file, once the program that held it when we opened lets it go."""
        assert self.path is not None
        db = self._connect(str(self.path), 0)
        db.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
        return db

    @property
    def unsaved(self) -> int:
        """Answers waiting for the file to take them."""
        return sum(w.what == "answer" for w in self._queue.waiting())

    def _report(self, message: str) -> None:
        first = message != self.problem
        self.problem = message
        if first:
            self.problem_found.emit(message)

    def _read(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        """Rows, or none (and a problem reported) when the file is damaged or
        busy. Writes made before it are read, unless they must wait."""
        self._queue.settle(SETTLE)
        with self._lock:
            try:
                if self._db is None:
                    self._db = self._reconnect()
                return self._db.execute(sql, args).fetchall()
            except (sqlite3.Error, HistoryError) as exc:
                failure = exc
        if self._db is not None:  # (while the file is held, opening said so)
            self._report(f"The history could not be read ({failure}).")
        return []

    def withdraw_answer(self, session: Session, question: Question) -> None:
        """A test's answer taken back before it was submitted."""
        self._queue.put(Write("withdraw", "DELETE FROM answer WHERE attempt_id = ? AND question_id = ?",
                              (session, question.id), session))

    def finish_attempt(self, session: Session) -> None:
        """The attempt is over (a test submitted); kept as the first time it was."""
        self._queue.put(Write("finish", "UPDATE attempt SET finished = ? WHERE id = ? AND finished IS NULL",
                              (now(), session), session))

    def save_flags(self, session: Session) -> None:
        """A test's flags as they are now, for when it is resumed."""
        import json

        flagged = [q.id for q in session.questions if q.id in session.flagged]
        self._queue.put(Write("flags", "UPDATE attempt SET flagged = ? WHERE id = ?",
                              (json.dumps(flagged), session), session))

    def follow(self, session: Session) -> int | None:
        """Record a session as it goes: the attempt now, each answer as it is
        given (changed or taken back, in a test), its flags, and its end. Returns its id
        (None while the file cannot take it yet: the session gets it then)."""
        if session.attempt_id is None:
            self.start_attempt(session)

        def on_answer(question: Question, response: Any, grade: Grade) -> None:
            # Practice ends with its last answer: both in one transaction.
            self.record_answer(session, question, response, grade, finished=session.finished)

        session.answered.connect(on_answer)
        session.withdrawn.connect(lambda question: self.withdraw_answer(session, question))
        if session.mode == TEST:
            session.finished_event.connect(lambda: self.finish_attempt(session))
            session.flags_changed.connect(lambda: self.save_flags(session))
        return session.attempt_id

    # Reading

    _ATTEMPT_SQL = (
        "SELECT a.id, a.bank_path, a.bank_title, a.started, a.finished, a.mode, a.seed, a.topics, a.question_ids,"
        " a.possible, count(x.question_id), coalesce(sum(x.score * x.points), 0), a.parent_id, a.reshuffle,"
        " a.flagged"
        " FROM attempt a LEFT JOIN answer x ON x.attempt_id = a.id"
    )

    def attempts(self, bank: Bank | str | None = None, *, limit: int | None = None) -> list[AttemptRecord]:
        """Attempts, newest first; of one bank when given."""
        sql = self._ATTEMPT_SQL
        args: list[Any] = []
        if bank is not None:
            sql += " WHERE a.bank_path = ?"
            args.append(bank_key(bank) if isinstance(bank, Bank) else bank)
        sql += " GROUP BY a.id ORDER BY a.started DESC, a.id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [attempt_record(r) for r in self._read(sql, args)]

    def attempt(self, attempt_id: int) -> AttemptRecord | None:
        rows = self._read(self._ATTEMPT_SQL + " WHERE a.id = ? GROUP BY a.id", (attempt_id,))
        return attempt_record(rows[0]) if rows else None

    def unfinished(self, bank: Bank) -> AttemptRecord | None:
        """The latest attempt at this bank that was left before the end.

        Runs before the first paint, so it finds that one attempt by index and
        counts only its answers, however long the history.
        """
        rows = self._read("SELECT id FROM attempt WHERE bank_path = ? AND finished IS NULL"
                          " ORDER BY started DESC, id DESC LIMIT 1", (bank_key(bank),))
        if not rows:
            return None
        record = self.attempt(rows[0][0])
        return record if record is not None and record.resumable else None

    def responses(self, attempt_id: int) -> dict[str, Any]:
        rows = self._read("SELECT question_id, response FROM answer WHERE attempt_id = ?", (attempt_id,))
        return {qid: from_json(text) for qid, text in rows}

    def resume(self, bank: Bank, record: AttemptRecord) -> Session:
        session = Session.resume(bank, list(record.question_ids), record.settings, record.id,
                                 revive(bank, self.responses(record.id)), retry_of=record.parent_id,
                                 submitted=record.finished is not None and record.mode == TEST,
                                 flagged=record.flagged)
        self.follow(session)
        return session

    def answers(self, bank: Bank | None = None, *, attempt_id: int | None = None) -> list[AnswerRecord]:
        """Every answer, oldest first, for export; of one bank or one attempt when given."""
        sql = ("SELECT x.attempt_id, a.bank_path, a.bank_title, x.answered, x.question_id, x.topic, x.response,"
               " x.score, x.points FROM answer x JOIN attempt a ON a.id = x.attempt_id")
        args: list[Any] = []
        sql += " WHERE 1"
        if bank is not None:
            sql += " AND a.bank_path = ?"
            args.append(bank_key(bank))
        if attempt_id is not None:
            sql += " AND x.attempt_id = ?"
            args.append(attempt_id)
        rows = self._read(sql + " ORDER BY x.answered, x.attempt_id, x.rowid", args)
        return [AnswerRecord(r[0], r[1], r[2], r[3], r[4], r[5], from_json(r[6]), r[7], r[8]) for r in rows]

    def attempt_answers(self, bank: Bank, attempt_id: int) -> dict[str, AnswerRecord]:
        """One attempt's answers by question id, with the points they scored
        when given, their responses in the form grading takes for `bank`."""
        given = self.answers(attempt_id=attempt_id)
        revived = revive(bank, {a.question_id: a.response for a in given})
        return {a.question_id: msgspec.structs.replace(a, response=revived[a.question_id]) for a in given}

    def topic_scores(self, bank: Bank) -> list[tuple[AttemptRecord, dict[str, float]]]:
        """For each attempt at a bank, oldest first, the fraction scored per topic.

        Retries are left out: a second go at the questions missed is not a new
        attempt at the bank, and would plot as a leap in every topic it holds."""
        records = {r.id: r for r in self.attempts(bank) if not r.is_retry}
        rows = self._read(
            "SELECT x.attempt_id, x.topic, sum(x.score * x.points) / sum(x.points) FROM answer x"
            " JOIN attempt a ON a.id = x.attempt_id WHERE a.bank_path = ? GROUP BY x.attempt_id, x.topic",
            (bank_key(bank),))
        per: dict[int, dict[str, float]] = {}
        for attempt_id, topic, fraction in rows:
            per.setdefault(attempt_id, {})[topic] = fraction
        ordered = sorted(records.values(), key=lambda r: (r.started, r.id))
        return [(r, per[r.id]) for r in ordered if r.id in per]


def bank_key(bank: Bank) -> str:
    """How the history names a bank: its file's full path."""
    return str(bank.path.resolve()) if bank.path else bank.title


