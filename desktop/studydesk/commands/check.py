"""studydesk check BANK... [--json]: every problem of every bank, at once."""

from __future__ import annotations

import argparse
import json
import sys

from studydesk.core.check import load_bank
from studydesk.core.words import plural


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("banks", nargs="+", metavar="BANK", help="bank files (.toml) to check")
    p.add_argument("--json", action="store_true", help="print the results as JSON for other tools")


def run(args: argparse.Namespace) -> int:
    reports = [(name, load_bank(name)) for name in args.banks]
    failed = any(not result.ok for _, result in reports)
    if args.json:
        print(json.dumps({
            "ok": not failed,
            "files": [
                {
                    "file": name,
                    "ok": result.ok,
                    "questions": len(result.bank.questions) if result.bank else None,
                    "charts": len(result.bank.charts) if result.bank else None,
                    "problems": [p.to_dict() for p in result.problems],
                }
                for name, result in reports
            ],
        }, indent=2, ensure_ascii=False))
        return 1 if failed else 0
    for name, result in reports:
        if result.bank is not None:
            bank = result.bank
            print(f"{name}: ok: {plural(len(bank.questions), 'question')}, {plural(len(bank.charts), 'chart')}")
        for problem in result.problems:
            print(problem, file=sys.stdout if result.ok else sys.stderr)
    return 1 if failed else 0
