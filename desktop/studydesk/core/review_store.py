"""The review schedule's rows in the history file: a card for each question
answered, keyed by its bank and its id, and every review of it.

The store has its own connection to the history's SQLite file (in WAL mode
two connections share it, as two copies of Study Desk would), so the
schedule needs nothing of History's insides. Each review is one short
transaction; a write the file refuses (busy, damaged) is kept and made with
the next one, and `problem_found` says so. Times are UTC, ISO 8601.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from .callbacks import Event
from .history_schema import SCHEMA_VERSION, HistoryError, migrate

if TYPE_CHECKING:
    from fsrs import Card

BUSY_MS = 40  # how long a write waits for another program's lock before it is kept for later


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def moment(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


@dataclass
class CardRecord:
    """A question's card: where it is, what it asked when last seen, and its fsrs state."""

    bank_path: str
    question_id: str
    asks: str
    card: Card
    retired: str | None = None


@dataclass(frozen=True)
class Review:
    reviewed: datetime
    rating: int
    first: bool
    source: str  # "quiz", "review" or "history"


_CARD_COLUMNS = "bank_path, question_id, asks, state, step, stability, difficulty, due, last_review, retired"


class ReviewStore:
    def __init__(self, connection: sqlite3.Connection, path: Path | None) -> None:
        self._db = connection
        self.path = path
        self._lock = threading.RLock()
        self._pending: list[tuple[str, tuple]] = []
        self.problem = ""
        self.problem_found = Event()  # (message)

    @classmethod
    def open(cls, path: str | Path | None) -> ReviewStore:
        """The schedule in the history file at `path` (which History has opened
        and brought up to date), or in memory for None or a file that cannot be used."""
        if path is not None:
            try:
                return cls(cls._connect(str(path)), Path(path))
            except (sqlite3.Error, HistoryError, OSError):
                pass  # History has said what is wrong with the file; the schedule lives in memory
        return cls(cls._connect(":memory:"), None)

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, timeout=BUSY_MS / 1000, isolation_level=None, check_same_thread=False)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise HistoryError(f"the history's schema {version} is newer than this Study Desk's")
            if target != ":memory:":
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = FULL")
            migrate(db, version)
            return db
        except BaseException:
            db.close()
            raise

    def close(self) -> None:
        with self._lock:
            self._write([])
            self._db.close()

    # Reading

    def _read(self, sql: str, args: tuple | list = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._db.execute(sql, args).fetchall()
            except sqlite3.Error as exc:
                self._report(f"The review schedule could not be read ({exc}).")
                return []

    def cards(self, bank_path: str | None = None) -> list[CardRecord]:
        """Every card, retired ones too; of one bank when given."""
        sql = f"SELECT {_CARD_COLUMNS} FROM card"
        rows = self._read(sql + " WHERE bank_path = ?", (bank_path,)) if bank_path is not None else self._read(sql)
        return [_record(row) for row in rows]

    def card(self, bank_path: str, question_id: str) -> CardRecord | None:
        rows = self._read(f"SELECT {_CARD_COLUMNS} FROM card WHERE bank_path = ? AND question_id = ?",
                          (bank_path, question_id))
        return _record(rows[0]) if rows else None

    def due(self, before: datetime) -> list[CardRecord]:
        """The cards in their banks due before a moment, soonest first."""
        rows = self._read(f"SELECT {_CARD_COLUMNS} FROM card WHERE retired IS NULL AND due < ?"
                          " ORDER BY due, bank_path, question_id", (iso(before),))
        return [_record(row) for row in rows]

    def due_counts(self, before: datetime) -> dict[str, int]:
        """How many cards of each bank are due before a moment (by the bank's path)."""
        rows = self._read("SELECT bank_path, count(*) FROM card WHERE retired IS NULL AND due < ?"
                          " GROUP BY bank_path", (iso(before),))
        return dict(rows)

    def reviewed_since(self, since: datetime, source: str) -> tuple[int, int]:
        """(new cards, other cards) reviewed from `source` since a moment."""
        rows = self._read("SELECT coalesce(sum(first), 0), count(*) - coalesce(sum(first), 0) FROM review"
                          " WHERE reviewed >= ? AND source = ?", (iso(since), source))
        return (int(rows[0][0]), int(rows[0][1])) if rows else (0, 0)

    def reviews(self, bank_path: str, question_id: str) -> list[Review]:
        rows = self._read("SELECT reviewed, rating, first, source FROM review WHERE bank_path = ? AND question_id = ?"
                          " ORDER BY reviewed, id", (bank_path, question_id))
        return [Review(moment(r[0]), int(r[1]), bool(r[2]), r[3]) for r in rows]

    def without_cards(self) -> list[tuple[str, str]]:
        """(bank, question) reviewed but without a card: answers kept before the schedule was."""
        return [tuple(r) for r in self._read(
            "SELECT DISTINCT bank_path, question_id FROM review r WHERE NOT EXISTS"
            " (SELECT 1 FROM card c WHERE c.bank_path = r.bank_path AND c.question_id = r.question_id)")]

    # Writing

    def save(self, records: list[CardRecord], review: tuple[CardRecord, Review] | None = None) -> bool:
        """Cards, and a review of one of them, in one transaction."""
        writes = [(f"INSERT OR REPLACE INTO card ({_CARD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   _row(record)) for record in records]
        if review is not None:
            record, r = review
            writes.append(("INSERT INTO review (bank_path, question_id, reviewed, rating, first, source)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           (record.bank_path, record.question_id, iso(r.reviewed), r.rating, int(r.first), r.source)))
        return self._write(writes)

    def _write(self, writes: list[tuple[str, tuple]]) -> bool:
        with self._lock:
            batch = self._pending + writes
            if not batch:
                return True
            try:
                with self._db:
                    for sql, args in batch:
                        self._db.execute(sql, args)
            except sqlite3.Error as exc:
                self._pending = batch
                self._report(f"Reviews could not be saved to the history ({exc}); they are kept and will be "
                             "saved with the next one.")
                return False
            self._pending = []
            self.problem = ""
            return True

    @property
    def unsaved(self) -> int:
        return len(self._pending)

    def _report(self, message: str) -> None:
        first = message != self.problem
        self.problem = message
        if first:
            self.problem_found.emit(message)


def _record(row: tuple) -> CardRecord:
    from fsrs import Card, State  # on first use: a start that only counts due cards never needs it

    bank_path, question_id, asks, state, step, stability, difficulty, due, last_review, retired = row
    card = Card(card_id=0, state=State(state), step=step, stability=stability, difficulty=difficulty,
                due=moment(due), last_review=moment(last_review) if last_review else None)
    return CardRecord(bank_path, question_id, asks, card, retired)


def _row(record: CardRecord) -> tuple:
    card = record.card
    return (record.bank_path, record.question_id, record.asks, int(card.state), card.step, card.stability,
            card.difficulty, iso(card.due), iso(card.last_review) if card.last_review else None, record.retired)
