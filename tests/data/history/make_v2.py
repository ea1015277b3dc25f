"""How history-v2.sqlite was made: run once with Study Desk at commit 7644241
(history schema 2), before schema 3 existed, so that the migration test reads
a file written by the old code, not one imitated by the new.

    PYTHONPATH=desktop python tests/data/history/make_v2.py

It writes history-v2.sqlite (checkpointed, no WAL files) and, beside it,
history-v2-options.json: the order the old code showed each question's
options in, for every attempt.
"""

import json
import sqlite3
from pathlib import Path

import msgspec

from studydesk.core.check import load_bank
from studydesk.core.grading import right_response
from studydesk.core.history import SCHEMA_VERSION, History
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
assert SCHEMA_VERSION == 2, "run this with the code that wrote schema 2"
# No path: the history names the bank by its title, the same on every machine.
BANK = msgspec.structs.replace(load_bank(ROOT / "resources" / "banks" / "pokrovsk.toml").bank, path=None)
# (The seed bank as it was then is kept beside this script as bank-at-v2.toml, for the migration test.)
IDS = ["cities-beyond", "events-in-order", "force-ratio", "places-match", "in-range", "kramatorsk-distance"]

out = HERE / "history-v2.sqlite"
out.unlink(missing_ok=True)
history, _ = History.open(out)
options = {}

# 1. A practice quiz, finished: multi and order partly right, one choice wrong.
quiz = Session(BANK, tuple(BANK.question(i) for i in IDS), QuizSettings(mode=PRACTICE, seed=123))
history.follow(quiz)
for q in quiz.questions:
    response = right_response(q)
    if q.id == "cities-beyond":
        response = {q.answer[0], next(c for c in q.choices if c not in q.answer)}
    elif q.id == "events-in-order":
        response = (q.items[1], q.items[0], *q.items[2:])
    elif q.id == "force-ratio":
        response = next(c for c in q.choices if c != q.answer)
    quiz.answer(response)
options[quiz.attempt_id] = {q.id: list(quiz.options(q)) for q in quiz.questions}

# 2. Its retry of the missed questions, left after one answer.
retry = quiz.retry_missed()
history.follow(retry, parent_id=quiz.attempt_id)
retry.answer(right_response(retry.current))
options[retry.attempt_id] = {q.id: list(retry.options(q)) for q in retry.questions}

# 3. A test, finished, all right.
test = Session.start(BANK, QuizSettings(length=4, mode=TEST, seed=77))
history.follow(test)
while not test.finished:
    test.answer(right_response(test.current))
options[test.attempt_id] = {q.id: list(test.options(q)) for q in test.questions}
history.close()

db = sqlite3.connect(out)
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.execute("PRAGMA journal_mode = DELETE")
db.close()
(HERE / "history-v2-options.json").write_text(json.dumps(options, indent=1, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
print(f"wrote {out} and its options")
