"""studydesk worksheet BANK -o OUT.pdf: a printable worksheet with an answer key.

--topic (again for more) and --length choose the questions as the start page
does for a quiz; the seed picks which when fewer than all are asked for.

The PDF is drawn with Qt's own PDF writer, offscreen: no window opens and no
display is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from studydesk.core.check import load_bank
from studydesk.core.words import plural
from studydesk.core.worksheet_plan import WorksheetPlan

from .common import refuse_overwrite


PAPER = {"a4": "A4", "letter": "Letter"}


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("bank", type=Path, metavar="BANK", help="the bank file (.toml)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--topic", action="append", default=[], metavar="TOPIC",
                   help="only questions on this topic; give it again for more (default: every topic)")
    p.add_argument("--length", type=_positive, metavar="N",
                   help="at most N questions, picked by the seed (default: all of the topics chosen)")
    p.add_argument("--seed", type=int, default=0,
                   help="picks the questions and shuffles the options; the same seed prints the same sheet "
                        "(default: 0)")
    p.add_argument("--no-key", action="store_true", help="leave out the answer key")
    p.add_argument("--paper", choices=sorted(PAPER), default="a4", help="paper size (default: a4)")
    p.add_argument("--force", action="store_true", help="overwrite OUT.pdf if it exists")


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    refused = refuse_overwrite("studydesk worksheet", out, args.force)
    if refused is not None:
        return refused
    result = load_bank(args.bank)
    for problem in result.problems:
        print(problem, file=sys.stdout if result.ok else sys.stderr)
    if result.bank is None:
        return 1
    plan = WorksheetPlan(tuple(dict.fromkeys(args.topic)), args.length, args.seed, answer_key=not args.no_key)
    unknown = plan.unknown_topics(result.bank)
    if unknown:
        print(f"{args.bank}: no topic {', '.join(repr(t) for t in unknown)}; its topics are "
              f"{', '.join(result.bank.topics) or '(none)'}", file=sys.stderr)
        return 1
    # Set before Qt starts: the worksheet never shows a window.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication, QPageSize

    from studydesk.render.pages import write_worksheet_pdf

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (fonts need it)
    size = getattr(QPageSize.PageSizeId, PAPER[args.paper])
    try:
        pages = write_worksheet_pdf(result.bank, out, plan, page_size=size)
    except OSError as exc:
        print(f"{out}: could not be written ({exc.strerror or exc})", file=sys.stderr)
        return 1
    print(f"wrote {out}: {plural(pages, 'page')}, {plural(len(plan.questions(result.bank)), 'question')}")
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
