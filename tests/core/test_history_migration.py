"""A history file written by Study Desk before retries had their own shuffle
(schema 2, made by tests/data/history/make_v2.py with that code) opens in
this one: every row kept as it was, the retry marked, and an unfinished
attempt resumed with its options in the order the student saw them."""

import json
import shutil
import sqlite3

import msgspec

from studydesk.core.history import SCHEMA_VERSION, History
from studydesk.core.check import load_bank
from studydesk.core.session import presented_options
from tests.support import DATA

OLD = DATA / "history" / "history-v2.sqlite"
# The file names the bank by its title (it was written for a bank with no path).
# The seed bank as it was when the old file was made (make_v2.py): a bank may change after its history.
BANK = msgspec.structs.replace(load_bank(DATA / "history" / "bank-at-v2.toml").bank, path=None)


def rows(path):
    db = sqlite3.connect(path)
    try:
        tables = {}
        for table in ("attempt", "answer"):
            cursor = db.execute(f"SELECT * FROM {table} ORDER BY rowid")
            names = [d[0] for d in cursor.description]
            tables[table] = [dict(zip(names, row)) for row in cursor.fetchall()]
        return tables, db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()


def test_a_schema_2_history_keeps_every_row_and_gains_the_reshuffle(tmp_path):
    path = tmp_path / "history.sqlite"
    shutil.copy(OLD, path)
    before, version = rows(path)
    assert version == 2 and len(before["attempt"]) == 3 and len(before["answer"]) == 11

    history, message = History.open(path)
    assert message is None
    history.close()
    after, version = rows(path)
    assert version == SCHEMA_VERSION >= 3
    for table in ("attempt", "answer"):
        assert len(after[table]) == len(before[table])
        for old, new in zip(before[table], after[table], strict=True):
            assert {k: new[k] for k in old} == old  # every value as it was
    assert [a["reshuffle"] for a in after["attempt"]] == [0, 0, 0]
    assert [a["flagged"] for a in after["attempt"]] == ["[]"] * 3  # schema 5: nothing was flagged
    assert OLD.read_bytes() != path.read_bytes()  # the copy was migrated; the fixture is only ever copied


def test_the_old_retry_is_marked_left_off_the_progress_and_resumed_as_it_was_shown(tmp_path):
    path = tmp_path / "history.sqlite"
    shutil.copy(OLD, path)
    shown = json.loads((DATA / "history" / "history-v2-options.json").read_text(encoding="utf-8"))
    history, _ = History.open(path)
    records = {r.id: r for r in history.attempts()}
    assert [r.is_retry for r in records.values()] == [False, True, False]
    assert records[2].parent_id == 1 and records[2].settings.reshuffle == 0
    assert [r.id for r, _ in history.topic_scores(BANK)] == [1, 3]

    # Every attempt's options come back in the order the old code showed them.
    for attempt_id, options in shown.items():
        record = records[int(attempt_id)]
        for qid, order in options.items():
            assert list(presented_options(BANK.question(qid), record.seed, record.reshuffle)) == order

    unfinished = history.unfinished(BANK)
    assert unfinished is not None and unfinished.id == 2
    retry = history.resume(BANK, unfinished)
    assert retry.retry_of == 1 and len(retry.grades) == 1
    assert {q.id: list(retry.options(q)) for q in retry.questions} == shown["2"]
    while not retry.finished:
        retry.answer(None)
    # A retry of that retry: saved as one, its options shuffled anew.
    again = retry.retry_missed()
    history.follow(again)
    record = history.attempt(again.attempt_id)
    assert record.is_retry and record.parent_id == 2 and record.reshuffle == 1
    assert all(again.options(q) != retry.options(q) for q in again.questions if retry.options(q))
    assert [r.id for r, _ in history.topic_scores(BANK)] == [1, 3]
    history.close()
