"""studydesk import-gift FILE -o BANK: a Moodle GIFT file as a Study Desk bank.

Every question that could not cross over as it was is reported as
FILE:LINE: message; the bank is written atomically and then checked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studydesk.core.gift import import_gift
from studydesk.core.files import MAX_BANK_BYTES, TextFileError, read_text_file
from studydesk.core.check import load_bank, load_bank_text
from studydesk.core.write import relative_ref, write_atomic

from .common import fail, refuse_overwrite

PROG = "studydesk import-gift"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("gift", type=Path, metavar="FILE", help="a Moodle GIFT file (.gift or .txt)")
    p.add_argument("-o", "--output", type=Path, metavar="BANK",
                   help="the bank to write (.toml); without it the bank goes to standard output")
    p.add_argument("--force", action="store_true", help="overwrite BANK if it exists")
    p.add_argument("--title", help="the bank's title (default: the GIFT file's name)")
    p.add_argument("--article", type=Path, metavar="PATH",
                   help="the article the questions are on: written into the bank so that "
                        "studydesk check tests the evidence quotes against it")


def run(args: argparse.Namespace) -> int:
    out: Path | None = args.output
    refused = refuse_overwrite(PROG, out, args.force)
    if refused is not None:
        return refused
    if args.article is not None and not args.article.is_file():
        return fail(PROG, f"article file not found: {args.article}")
    try:
        text = read_text_file(args.gift, limit=MAX_BANK_BYTES, what="GIFT")
    except TextFileError as exc:
        return fail(PROG, str(exc))

    result = import_gift(text, title=args.title or args.gift.stem)
    log = sys.stderr if out is None else sys.stdout  # standard output may be the bank itself
    for report in result.reports:
        print(report.located(str(args.gift)), file=log)
    if not result.bank.questions:
        print(result.summary(), file=log)
        return fail(PROG, f"no questions in {args.gift} that Study Desk can use; nothing written")

    folder = out.parent if out is not None else Path.cwd()
    bank_text = result.toml(article_ref=relative_ref(args.article, folder) if args.article else "")
    if out is None:
        sys.stdout.write(bank_text)
        check = load_bank_text(bank_text, "<stdout>")  # an article path is then relative to here
    else:
        write_atomic(out, bank_text)
        check = load_bank(out)
    print(result.summary(), file=log)
    shown = [p for p in check.problems if p.severity == "error" or args.article is not None]
    for problem in shown:
        print(problem, file=sys.stderr)
    if not check.ok:
        return fail(PROG, "the bank was written but does not pass studydesk check (see above)")
    return 0
