"""The history's SQLite schema, the steps that bring an older file up to it,
and what becomes of a file that cannot be used.

The version lives in PRAGMA user_version. Each step runs in its own
transaction and only adds: a file written by any earlier Study Desk keeps
every attempt and answer it holds.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

# Each step takes the database from version i to i + 1.
MIGRATIONS: tuple[str, ...] = (
    # 1: attempts and their answers
    """
    CREATE TABLE attempt (
        id INTEGER PRIMARY KEY,
        bank_path TEXT NOT NULL,
        bank_title TEXT NOT NULL,
        started TEXT NOT NULL,
        finished TEXT,
        mode TEXT NOT NULL,
        seed INTEGER NOT NULL,
        topics TEXT NOT NULL,          -- JSON list; empty for all topics
        question_ids TEXT NOT NULL,    -- JSON list, in the order asked
        possible REAL NOT NULL
    );
    CREATE INDEX attempt_by_bank ON attempt (bank_path, started);
    CREATE TABLE answer (
        attempt_id INTEGER NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        answered TEXT NOT NULL,
        response TEXT NOT NULL,        -- JSON
        score REAL NOT NULL,           -- 0 to 1
        points REAL NOT NULL,
        PRIMARY KEY (attempt_id, question_id)
    );
    """,
    # 2: a retry of missed questions remembers the attempt it came from
    """
    ALTER TABLE attempt ADD COLUMN parent_id INTEGER REFERENCES attempt (id);
    """,
    # 3: a retry shuffles its options anew (session.QuizSettings.reshuffle).
    # Attempts saved before were all shown in their seed's first order, retries
    # too, so 0 keeps every one of them as it was.
    """
    ALTER TABLE attempt ADD COLUMN reshuffle INTEGER NOT NULL DEFAULT 0;
    """,
    # 4: spaced review (review.py, review_store.py): a card for each question
    # answered, keyed by its bank and its id, and every review of it. The
    # answers kept before become the first reviews ('history'), a test's once
    # it was handed in; the cards are worked out from them by the fsrs
    # package when the schedule first opens the file (no SQL can do that).
    """
    CREATE TABLE card (
        bank_path TEXT NOT NULL,
        question_id TEXT NOT NULL,
        asks TEXT NOT NULL,            -- what the question asked when last seen; '' until then
        state INTEGER NOT NULL,        -- fsrs.State: 1 learning, 2 review, 3 relearning
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,             -- UTC, ISO 8601
        last_review TEXT,
        retired TEXT,                  -- when its question left the bank; NULL while it is there
        PRIMARY KEY (bank_path, question_id)
    );
    CREATE INDEX card_by_due ON card (due);
    CREATE TABLE review (
        id INTEGER PRIMARY KEY,
        bank_path TEXT NOT NULL,
        question_id TEXT NOT NULL,
        reviewed TEXT NOT NULL,        -- UTC, ISO 8601
        rating INTEGER NOT NULL,       -- fsrs.Rating: 1 again (wrong), 2 hard (partly right), 3 good (right)
        first INTEGER NOT NULL,        -- 1 for the card's first review: it was new then
        source TEXT NOT NULL           -- 'quiz', 'review', or 'history' (an answer kept before schema 4)
    );
    CREATE INDEX review_by_card ON review (bank_path, question_id, reviewed);
    CREATE INDEX review_by_time ON review (reviewed);
    INSERT INTO review (bank_path, question_id, reviewed, rating, first, source)
    SELECT a.bank_path, x.question_id, strftime('%Y-%m-%dT%H:%M:%S+00:00', x.answered),
           CASE WHEN x.score >= 1 - 1e-9 THEN 3 WHEN x.score > 0 THEN 2 ELSE 1 END,
           row_number() OVER (PARTITION BY a.bank_path, x.question_id ORDER BY x.answered, a.id) = 1,
           'history'
    FROM answer x JOIN attempt a ON a.id = x.attempt_id
    WHERE a.mode != 'test' OR a.finished IS NOT NULL
    ORDER BY x.answered, a.id;
    """,
    # 5: a test's questions flagged for review, kept for when it is resumed
    """
    ALTER TABLE attempt ADD COLUMN flagged TEXT NOT NULL DEFAULT '[]';  -- JSON list of question ids
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    pass


def migrate(db: sqlite3.Connection, version: int) -> None:
    """Take a database at `version` to SCHEMA_VERSION, one step at a time."""
    for step in range(version, SCHEMA_VERSION):
        try:
            db.executescript(f"BEGIN IMMEDIATE; {MIGRATIONS[step]}; PRAGMA user_version = {step + 1}; COMMIT;")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise


def move_aside(path: Path) -> Path | None:
    """Rename a database that cannot be used (and its WAL files) out of the way."""
    if not path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.unreadable-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.name}.unreadable-{stamp}-{n}")
    try:
        os.replace(path, kept)
        for suffix in ("-wal", "-shm"):
            extra = path.with_name(path.name + suffix)
            if extra.exists():
                os.replace(extra, kept.with_name(kept.name + suffix))
    except OSError:
        return None
    return kept
