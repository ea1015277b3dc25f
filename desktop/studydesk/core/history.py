"""Past attempts and their answers, in SQLite.

As Anki keeps its collection: the standard library's sqlite3 in WAL mode, one
transaction per answer, so a crash or a closed laptop loses nothing already
answered. The schema version lives in PRAGMA user_version and migrates
forward. A file that cannot be used is moved aside, never overwritten, and the
app carries on (in memory if it must) with a message saying what happened.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from .bank import Bank, MultiQuestion, OrderQuestion, Question
from .callbacks import Event
from .history_schema import SCHEMA_VERSION, HistoryError, migrate, move_aside
from .session import TEST, QuizSettings, Session

if TYPE_CHECKING:
    from .grading import Grade



class AttemptRecord(msgspec.Struct, frozen=True):
    id: int
    bank_path: str
    bank_title: str
    started: str
    finished: str | None
    mode: str
    seed: int
    topics: tuple[str, ...]
    question_ids: tuple[str, ...]
    possible: float
    answered: int
    earned: float
    parent_id: int | None = None  # the attempt whose missed questions this one retries
    reshuffle: int = 0

    @property
    def is_retry(self) -> bool:
        return self.parent_id is not None

    @property
    def resumable(self) -> bool:
        """Left before the end: practice with questions to answer, or a test
        not yet submitted (its answers can still change)."""
        return self.finished is None and (self.answered < len(self.question_ids) or self.mode == TEST)

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    @property
    def settings(self) -> QuizSettings:
        return QuizSettings(self.topics, len(self.question_ids), self.mode, self.seed, self.reshuffle)


class AnswerRecord(msgspec.Struct, frozen=True):
    attempt_id: int
    bank_path: str
    bank_title: str
    answered: str
    question_id: str
    topic: str
    response: Any
    score: float
    points: float

    @property
    def correct(self) -> bool:
        return self.score >= 1 - 1e-9


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# json is imported on first use: a first start, with no attempt to resume,
# never needs it before the window is up.
def _from_json(text: str) -> Any:
    import json

    return json.loads(text)


def _to_json(response: Any) -> str:
    import json

    if isinstance(response, (set, frozenset)):
        response = sorted(response)
    elif isinstance(response, tuple):
        response = list(response)
    return json.dumps(response, ensure_ascii=False)


class History:
    """The attempt store. Safe to call from a worker thread (one lock)."""

    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path  # None when kept in memory only
        self._lock = threading.RLock()
        self._pending: list[tuple[str, tuple]] = []  # writes that failed, retried before the next
        self.problem = ""  # what went wrong after opening, for the window to say
        self.problem_found = Event()  # (message)

    # Opening

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None, *, timeout: float = 5.0) -> tuple[History, str | None]:
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
                return cls.open(None)[0], (
                    f"The history at {path} is in use by another copy of Study Desk; "
                    "this session's answers will not be saved.")
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

    def flush(self) -> bool:
        """Try once more to write answers that are waiting; True when none are left."""
        return not self._pending or self._write([])

    def close(self) -> None:
        with self._lock:
            self.flush()
            self._db.close()

    # Writing: one transaction each

    def start_attempt(self, session: Session) -> int:
        import json  # (see _from_json)

        bank = session.bank
        settings = session.settings
        row = (bank_key(bank), bank.title, _now(), session.mode, settings.seed,
               json.dumps(list(settings.topics)), json.dumps([q.id for q in session.questions]),
               session.possible, session.retry_of, settings.reshuffle)
        sql = ("INSERT INTO attempt (bank_path, bank_title, started, mode, seed, topics, question_ids, possible,"
               " parent_id, reshuffle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        with self._lock:
            try:
                with self._db:
                    attempt_id = int(self._db.execute(sql, row).lastrowid)
            except sqlite3.Error as exc:
                # No id without the database: carry on in memory, and say so.
                self._fall_back_to_memory(f"The history file stopped working ({exc}); this session's answers "
                                          "are kept in memory only.")
                with self._db:
                    attempt_id = int(self._db.execute(sql, row).lastrowid)
        session.attempt_id = attempt_id
        return attempt_id

    def _fall_back_to_memory(self, message: str) -> None:
        try:
            self._db.close()
        except sqlite3.Error:
            pass
        self._db = self._connect(":memory:")
        self.path = None
        self._pending = []
        self._report(message)

    def record_answer(self, attempt_id: int, question: Question, response: Any, grade: Grade,
                      *, finished: bool = False) -> None:
        """Save one answer in its own transaction. If the database is busy or
        damaged, the answer is kept and written with the next one."""
        writes = [(
            "INSERT OR REPLACE INTO answer (attempt_id, question_id, topic, answered, response, score, points)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (attempt_id, question.id, question.topic, _now(), _to_json(response), grade.score, grade.points),
        )]
        if finished:
            writes.append(("UPDATE attempt SET finished = ? WHERE id = ?", (_now(), attempt_id)))
        self._write(writes)

    def _write(self, writes: list[tuple[str, tuple]]) -> bool:
        with self._lock:
            batch = self._pending + writes
            try:
                with self._db:
                    for sql, args in batch:
                        self._db.execute(sql, args)
            except sqlite3.Error as exc:
                self._pending = batch
                self._report(f"Answers could not be saved to the history ({exc}); they are kept and will be "
                             "saved with the next answer.")
                return False
            self._pending = []
            if self.problem:
                self.problem = ""
            return True

    @property
    def unsaved(self) -> int:
        """Writes waiting for the database to accept them."""
        return len(self._pending)

    def _report(self, message: str) -> None:
        first = message != self.problem
        self.problem = message
        if first:
            self.problem_found.emit(message)

    def _read(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        """Rows, or none (and a problem reported) when the file is damaged or busy."""
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                self._report(f"The history could not be read ({exc}).")
                return []

    def withdraw_answer(self, attempt_id: int, question: Question) -> None:
        """A test's answer taken back before it was submitted."""
        self._write([("DELETE FROM answer WHERE attempt_id = ? AND question_id = ?", (attempt_id, question.id))])

    def finish_attempt(self, attempt_id: int) -> None:
        """The attempt is over (a test submitted); kept as the first time it was."""
        self._write([("UPDATE attempt SET finished = ? WHERE id = ? AND finished IS NULL", (_now(), attempt_id))])

    def follow(self, session: Session) -> int:
        """Record a session as it goes: the attempt now, each answer as it is
        given (changed or taken back, in a test), and its end."""
        attempt_id = session.attempt_id or self.start_attempt(session)

        def on_answer(question: Question, response: Any, grade: Grade) -> None:
            # Practice ends with its last answer: both in one transaction.
            self.record_answer(attempt_id, question, response, grade, finished=session.finished)

        session.answered.connect(on_answer)
        session.withdrawn.connect(lambda question: self.withdraw_answer(attempt_id, question))
        if session.mode == TEST:
            session.finished_event.connect(lambda: self.finish_attempt(attempt_id))
        return attempt_id

    # Reading

    _ATTEMPT_SQL = (
        "SELECT a.id, a.bank_path, a.bank_title, a.started, a.finished, a.mode, a.seed, a.topics, a.question_ids,"
        " a.possible, count(x.question_id), coalesce(sum(x.score * x.points), 0), a.parent_id, a.reshuffle"
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
        return [_attempt(r) for r in self._read(sql, args)]

    def attempt(self, attempt_id: int) -> AttemptRecord | None:
        rows = self._read(self._ATTEMPT_SQL + " WHERE a.id = ? GROUP BY a.id", (attempt_id,))
        return _attempt(rows[0]) if rows else None

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
        return {qid: _from_json(text) for qid, text in rows}

    def resume(self, bank: Bank, record: AttemptRecord) -> Session:
        session = Session.resume(bank, list(record.question_ids), record.settings, record.id,
                                 _revive(bank, self.responses(record.id)), retry_of=record.parent_id,
                                 submitted=record.finished is not None and record.mode == TEST)
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
        return [AnswerRecord(r[0], r[1], r[2], r[3], r[4], r[5], _from_json(r[6]), r[7], r[8]) for r in rows]

    def attempt_answers(self, bank: Bank, attempt_id: int) -> dict[str, AnswerRecord]:
        """One attempt's answers by question id, with the points they scored
        when given, their responses in the form grading takes for `bank`."""
        given = self.answers(attempt_id=attempt_id)
        revived = _revive(bank, {a.question_id: a.response for a in given})
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


def _attempt(r: tuple) -> AttemptRecord:
    return AttemptRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(_from_json(r[7])),
                         tuple(_from_json(r[8])), r[9], r[10], r[11], r[12], r[13])


def _revive(bank: Bank, responses: dict[str, Any]) -> dict[str, Any]:
    """JSON gives lists back; multi answers are sets and order answers tuples."""
    out = {}
    for qid, value in responses.items():
        q = bank.question(qid)
        if isinstance(q, MultiQuestion) and isinstance(value, list):
            value = set(value)
        elif isinstance(q, OrderQuestion) and isinstance(value, list):
            value = tuple(value)
        out[qid] = value
    return out
