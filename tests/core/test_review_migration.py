"""The review schedule arrives in a history written by older code (schema 2,
tests/data/history/make_v2.py): nothing is lost, the answers kept become
each question's first reviews, and fsrs works the cards out from them."""

import shutil
import sqlite3
from datetime import datetime, timezone

import msgspec
from fsrs import Card, Rating

from studydesk.core.check import load_bank
from studydesk.core.history import SCHEMA_VERSION, History
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from tests.core.test_review import Clock, fsrs_scheduler
from tests.support import DATA

OLD = DATA / "history" / "history-v2.sqlite"
BANK = msgspec.structs.replace(load_bank(DATA / "history" / "bank-at-v2.toml").bank, path=None)
KEY = BANK.title  # the old file names its bank by its title


def table(db, name):
    cursor = db.execute(f"SELECT * FROM {name} ORDER BY rowid")
    return [dict(zip([d[0] for d in cursor.description], row)) for row in cursor.fetchall()]


def old_copy(tmp_path):
    """The old file, copied, with one more attempt the old code could write:
    a test not handed in, whose answer may still change."""
    path = tmp_path / "history.sqlite"
    shutil.copy(OLD, path)
    db = sqlite3.connect(path)
    with db:
        db.execute("INSERT INTO attempt (id, bank_path, bank_title, started, mode, seed, topics, question_ids,"
                   " possible) VALUES (9, ?, ?, '2026-12-05T10:00:00+01:00', 'test', 5, '[]', '[\"hub\"]', 1)",
                   (KEY, KEY))
        db.execute("INSERT INTO answer VALUES (9, 'hub', 'places', '2026-12-05T10:01:00+01:00', '\"x\"', 0, 1)")
    before = {name: table(db, name) for name in ("attempt", "answer")}
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()
    return path, before


def test_the_schedule_arrives_in_an_old_history_with_nothing_lost(tmp_path):
    path, before = old_copy(tmp_path)
    history, message = History.open(path)
    assert message is None
    history.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 4
    for name, rows in before.items():  # every attempt and answer as it was
        after = table(db, name)
        assert [{k: row[k] for k in old} for old, row in zip(rows, after, strict=True)] == rows
    reviews = table(db, "review")
    db.close()

    # Each answer of a finished attempt, or of practice, is a review; the
    # test not handed in is not. Its score gives its rating.
    kept = [a for a in before["answer"] if a["attempt_id"] != 9]
    assert len(reviews) == len(kept) == 11
    assert {(r["question_id"], r["rating"]) for r in reviews} == {
        (a["question_id"], 3 if a["score"] >= 1 else 2 if a["score"] > 0 else 1) for a in kept}
    assert all(r["source"] == "history" and r["bank_path"] == KEY for r in reviews)
    assert sum(r["first"] for r in reviews) == len({a["question_id"] for a in kept}) == 9
    assert reviews[0]["reviewed"].endswith("+00:00")  # kept in UTC, whatever offset the answer had


def test_fsrs_works_the_cards_out_from_the_old_answers_once(tmp_path):
    path, _ = old_copy(tmp_path)
    History.open(path)[0].close()
    store = ReviewStore.open(path)
    schedule = Schedule(store, fsrs_scheduler(), Clock())
    assert schedule.rebuild() == 9
    assert schedule.rebuild() == 0  # once
    reference = fsrs_scheduler()
    for record in store.cards():
        reviews = store.reviews(record.bank_path, record.question_id)
        card = Card(card_id=0, due=reviews[0].reviewed)
        for r in reviews:
            card, _ = reference.review_card(card, Rating(r.rating), r.reviewed)
        assert (record.card.due, record.card.state) == (card.due, card.state)
        assert record.card.stability == card.stability and record.asks == ""
    # The first time its bank is seen, each card learns what its question asks, and keeps its schedule.
    due = {c.question_id: c.card.due for c in store.cards()}
    schedule.sync(BANK)
    assert all(c.asks and c.card.due == due[c.question_id] for c in store.cards())
    store.close()

    # A history opened again keeps it all.
    again = ReviewStore.open(path)
    assert len(again.cards()) == 9 and again.due_counts(datetime(2100, 1, 1, tzinfo=timezone.utc)) == {KEY: 9}
    again.close()
