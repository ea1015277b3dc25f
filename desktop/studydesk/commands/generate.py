"""studydesk generate ARTICLE [-o BANK] [--seed N] [--max N] [--title T] [--force]:
draft a question bank from an article's plain text, then check it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studydesk.core.generate import GenerateError, generate_bank
from studydesk.core.load import MAX_ARTICLE_BYTES, ArticleError, load_bank, read_text_file
from studydesk.core.words import plural
from studydesk.core.write import relative_ref, write_atomic

from .common import fail, refuse_overwrite

PROG = "studydesk generate"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=Path, help="the article as a plain-text file (UTF-8)")
    p.add_argument("-o", "--output", type=Path, metavar="BANK",
                   help="where to write the bank (.toml); without it the bank is printed")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same bank (default 0)")
    p.add_argument("--max", type=int, metavar="N", dest="max_questions",
                   help="at most N questions (default: the generator's own limit)")
    p.add_argument("--title", help="the bank's title (default: the article's title)")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")


def run(args: argparse.Namespace) -> int:
    if args.max_questions is not None and args.max_questions < 1:
        return fail(PROG, "--max must be 1 or more")
    refused = refuse_overwrite(PROG, args.output, args.force)
    if refused is not None:
        return refused
    try:
        text = read_text_file(args.article, limit=MAX_ARTICLE_BYTES, what="article")
    except ArticleError as exc:
        return fail(PROG, str(exc))
    ref = relative_ref(args.article, args.output.parent if args.output is not None else Path("."))
    try:
        generated = generate_bank(text, article_ref=ref, title=args.title, seed=args.seed,
                                  max_questions=args.max_questions)
    except GenerateError as exc:
        return fail(PROG, f"{args.article}: {exc}")
    toml = generated.to_toml()
    if args.output is None:
        sys.stdout.write(toml)
        return 0
    try:
        write_atomic(args.output, toml)
    except OSError as exc:
        return fail(PROG, f"cannot write {args.output}: {exc.strerror or exc}")
    result = load_bank(args.output)
    if not result.ok:
        for problem in result.problems:
            print(problem, file=sys.stderr)
        return 1
    bank = result.bank
    print(f"wrote {args.output}: {plural(len(bank.questions), 'question')}, {plural(len(bank.charts), 'chart')}")
    return 0
