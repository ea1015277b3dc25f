"""The studydesk command: open the window, or run a tool on banks and articles.

    studydesk [BANK]                     open the study window
    studydesk check BANK... [--json]     validate banks

Subcommands import only what they need, so `check` never loads Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from studydesk import __version__


def _check(args: argparse.Namespace) -> int:
    from studydesk.core.load import load_bank

    reports = []
    failed = False
    for name in args.banks:
        result = load_bank(name)
        failed |= not result.ok
        reports.append((name, result))
    if args.json:
        out = {
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
        }
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 1 if failed else 0
    for name, result in reports:
        if result.bank is not None:
            bank = result.bank
            print(f"{name}: ok: {_plural(len(bank.questions), 'question')}, {_plural(len(bank.charts), 'chart')}")
        for problem in result.problems:
            print(problem, file=sys.stdout if result.ok else sys.stderr)
    return 1 if failed else 0


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _configure_check(p: argparse.ArgumentParser) -> None:
    p.add_argument("banks", nargs="+", metavar="BANK", help="bank files (.toml) to check")
    p.add_argument("--json", action="store_true", help="print the results as JSON for other tools")


Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace], int]

# name -> (help, add arguments, run)
COMMANDS: dict[str, tuple[str, Configure, Run]] = {
    "check": ("check banks and report every problem with file:line:column", _configure_check, _check),
}


def _tool_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studydesk", description="Tools for Study Desk question banks.")
    parser.add_argument("--version", action="version", version=f"studydesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, configure, _) in COMMANDS.items():
        configure(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def window_parser() -> argparse.ArgumentParser:
    tools = ", ".join(COMMANDS)
    parser = argparse.ArgumentParser(
        prog="studydesk",
        description="Study a news article beside quizzes on it.",
        epilog=f"Tools: studydesk {{{tools}}} --help",
    )
    parser.add_argument("--version", action="version", version=f"studydesk {__version__}")
    parser.add_argument("bank", nargs="?", type=Path, help="a bank file (.toml); the seed bank when left out")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window offscreen to a PNG and exit")
    parser.add_argument("--view", default="quiz",
                        choices=["start", "quiz", "feedback", "results", "history", "charts", "edit"],
                        help="what --screenshot shows (default: quiz)")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        args = _tool_parser().parse_args(argv)
        return COMMANDS[args.command][2](args)
    if argv and argv[0] in ("-h", "--help") and len(argv) == 1:
        window_parser().print_help()
        return 0
    args = window_parser().parse_args(argv)
    from studydesk.ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
