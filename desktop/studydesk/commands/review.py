"""studydesk review --due: how many cards each bank has due today, for scripts.

One line per bank that has cards, tab-separated: due, new (questions never
answered), the bank's path, its title; or --json. The schedule is read from
the student's history (or --history FILE); each bank found on disk is read
first, so that cards of questions since removed are not counted, as in the
window. A bank missing from disk is listed with what the history knows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .common import fail

PROG = "studydesk review"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--due", action="store_true", required=True,
                   help="print the cards due today for each bank: due, new, path, title (tab-separated)")
    p.add_argument("--history", type=Path, metavar="FILE",
                   help="the history to read (default: the student's, where the window keeps it)")
    p.add_argument("--json", action="store_true", help="one JSON list of {bank, title, due, new, problem}")


def run(args: argparse.Namespace) -> int:
    from studydesk.core.check import load_bank, problem_count
    from studydesk.core.review import Schedule
    from studydesk.core.review_store import ReviewStore

    path = args.history
    if path is None:
        from studydesk.paths import history_path

        path = history_path()
    if not path.is_file():
        if args.history is not None:
            return fail(PROG, f"no history at {path}")
        if args.json:
            print("[]")
        return 0  # no history yet: no bank has cards
    store = ReviewStore.open(path)
    if store.path is None:
        return fail(PROG, f"{path} is not a Study Desk history that this version can read")
    schedule = Schedule(store)
    schedule.rebuild()
    rows = []
    for key in sorted({record.bank_path for record in store.cards()}):
        bank, problem = None, ""
        if Path(key).is_file():
            result = load_bank(Path(key))
            bank = result.bank
            problem = "" if bank is not None else problem_count(result.problems)
        else:
            problem = "file not found"
        if bank is not None:
            schedule.sync(bank)
        rows.append({"bank": key, "title": bank.title if bank else "", "problem": problem,
                     "new": len(schedule.new_questions(bank)) if bank else 0})
    due = schedule.due_counts()
    for row in rows:
        row["due"] = due.get(row["bank"], 0)
    store.close()
    if args.json:
        print(json.dumps([{k: r[k] for k in ("bank", "title", "due", "new", "problem")} for r in rows],
                         ensure_ascii=False, indent=1))
    else:
        for r in rows:
            sys.stdout.write(f"{r['due']}\t{r['new']}\t{r['bank']}\t{r['title'] or '(' + r['problem'] + ')'}\n")
    return 0
