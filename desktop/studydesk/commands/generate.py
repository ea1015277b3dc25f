"""studydesk generate ARTICLE [-o BANK] [--seed N] [--max N] [--title T] [--force]:
draft a question bank from an article's plain text, then check it.

studydesk generate --audit ARTICLE... [--show]: draft a bank from each article
without writing it, and report its mechanical defects (core/generate/audit.py)
with the rate for each article; --show prints each question as a student sees
it, with its key and evidence, for a reviewer to read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studydesk.core.generate import GenerateError, generate_bank
from studydesk.core.files import MAX_ARTICLE_BYTES, TextFileError, read_text_file
from studydesk.core.check import load_bank
from studydesk.core.words import plural
from studydesk.core.write import relative_ref, write_atomic

from .common import fail, refuse_overwrite

PROG = "studydesk generate"


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", type=Path, nargs="+", help="the article as a plain-text file (UTF-8); "
                                                         "with --audit, one or more")
    p.add_argument("-o", "--output", type=Path, metavar="BANK",
                   help="where to write the bank (.toml); without it the bank is printed")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same bank (default 0)")
    p.add_argument("--max", type=int, metavar="N", dest="max_questions",
                   help="at most N questions (default: the generator's own limit)")
    p.add_argument("--title", help="the bank's title (default: the article's title)")
    p.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    p.add_argument("--audit", action="store_true",
                   help="write nothing; report each draft's mechanical defects and their rate")
    p.add_argument("--show", action="store_true", help="with --audit: print every question with its key")


def run(args: argparse.Namespace) -> int:
    if args.max_questions is not None and args.max_questions < 1:
        return fail(PROG, "--max must be 1 or more")
    if args.audit:
        return _audit(args)
    if args.show or args.output is not None and len(args.article) > 1 or len(args.article) > 1:
        return fail(PROG, "one article at a time (several only with --audit); --show goes with --audit")
    args.article = args.article[0]
    refused = refuse_overwrite(PROG, args.output, args.force)
    if refused is not None:
        return refused
    try:
        text = read_text_file(args.article, limit=MAX_ARTICLE_BYTES, what="article")
    except TextFileError as exc:
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


def _audit(args: argparse.Namespace) -> int:
    from studydesk.core.generate.audit import DEFECTS, audit, rates
    from studydesk.core.generate.sheet import question_text

    total_questions = total_defective = 0
    per_kind = dict.fromkeys(DEFECTS, 0)
    for path in args.article:
        try:
            text = read_text_file(path, limit=MAX_ARTICLE_BYTES, what="article")
            generated = generate_bank(text, article_ref=path.name, title=args.title, seed=args.seed,
                                      max_questions=args.max_questions)
        except (TextFileError, GenerateError) as exc:
            print(f"{path}: {exc}")
            continue
        bank = generated.bank
        defects = audit(bank, generated.origins)
        defective = {d.question_id for d in defects}
        n = len(bank.questions)
        total_questions += n
        total_defective += len(defective)
        for kind, count in rates(bank, defects).items():
            per_kind[kind] += count
        words = sum(len(s.text.split()) for s in bank.article.sentences) if bank.article else 0
        print(f"{path}: {plural(n, 'question')} from {words} words, {plural(len(bank.charts), 'chart')}; "
              f"{len(defective)} with defects ({_percent(len(defective), n)})")
        for d in defects:
            print(f"  {d}")
        if args.show:
            for q in bank.questions:
                print("\n" + question_text(q))
            print()
    print(f"all: {plural(total_questions, 'question')}, {total_defective} with defects "
          f"({_percent(total_defective, total_questions)})"
          + "".join(f"; {DEFECTS[k]}: {v}" for k, v in per_kind.items() if v))
    return 1 if total_defective else 0


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"
