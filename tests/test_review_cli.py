"""studydesk review --due, run as a script runs it: one line per bank with
its cards due today, tab-separated, or JSON."""

import json
import os
import subprocess
import sys
from datetime import timedelta

from studydesk.core.check import load_bank
from studydesk.core.grading import grade, right_response
from studydesk.core.history import History
from studydesk.core.review import Schedule
from studydesk.core.review_store import ReviewStore
from tests.support import copy_seed


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "studydesk", *args], capture_output=True, text=True, timeout=60,
                          env=env)


def test_due_counts_for_each_bank(tmp_path):
    path = tmp_path / "history.sqlite"
    History.open(path)[0].close()
    store = ReviewStore.open(path)
    schedule = Schedule(store)
    mine = load_bank(copy_seed(tmp_path)).bank
    gone = load_bank(copy_seed(tmp_path, "gone.toml")).bank
    for bank, count in ((mine, 3), (gone, 2)):
        for q in bank.questions[:count]:
            schedule.record(bank, q, grade(q, right_response(q)), when=schedule.clock() - timedelta(days=40))
    schedule.record(mine, mine.questions[5], grade(mine.questions[5], right_response(mine.questions[5])))  # not due
    store.close()
    gone.path.unlink()

    out = run("review", "--due", "--history", str(path))
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        f"2\t0\t{gone.path.resolve()}\t(file not found)",
        f"3\t{len(mine.questions) - 4}\t{mine.path.resolve()}\t{mine.title}",
    ]
    rows = json.loads(run("review", "--due", "--json", "--history", str(path)).stdout)
    assert [(r["due"], r["title"], r["problem"]) for r in rows] == [(2, "", "file not found"), (3, mine.title, "")]


def test_no_history_yet_prints_nothing_and_a_missing_file_named_fails(tmp_path):
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = run("review", "--due", env=env)
    assert (out.returncode, out.stdout, out.stderr) == (0, "", "")
    out = run("review", "--due", "--history", str(tmp_path / "none.sqlite"))
    assert out.returncode == 1 and out.stderr.startswith("studydesk review: no history at ")
    assert run("review").returncode == 2  # --due is what it does
