"""studydesk export-gift BANK -o FILE: a Study Desk bank as a Moodle GIFT file.

What GIFT has no place for is reported as BANK:LINE: message, where LINE is
the question's [[question]] line, and kept in "// studydesk:" comments that
studydesk import-gift reads back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studydesk.core.gift import at_bank_lines, export_gift
from studydesk.core.check import load_bank
from studydesk.core.write import write_atomic

from .common import fail, refuse_overwrite

PROG = "studydesk export-gift"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("bank", type=Path, metavar="BANK", help="a bank file (.toml)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="the GIFT file to write; without it the GIFT goes to standard output")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def run(args: argparse.Namespace) -> int:
    out: Path | None = args.output
    refused = refuse_overwrite(PROG, out, args.force)
    if refused is not None:
        return refused
    loaded = load_bank(args.bank)
    if not loaded.ok:
        for problem in loaded.problems:
            print(problem, file=sys.stderr)
        return fail(PROG, f"{args.bank} has errors; fix them first (studydesk check shows them)")
    bank = loaded.bank
    result = export_gift(bank)

    log = sys.stderr if out is None else sys.stdout  # standard output may be the GIFT itself
    for report in at_bank_lines(result.reports, bank, args.bank.read_text(encoding="utf-8-sig")):
        print(report.located(str(args.bank)), file=log)
    if not result.exported and not result.kept:
        return fail(PROG, "no question could be written as GIFT; nothing written")
    if out is None:
        sys.stdout.write(result.text)
    else:
        write_atomic(out, result.text)
    print(result.summary(), file=log)
    return 0
