"""The studydesk command: open the window, or run a tool on banks and articles.

    studydesk [BANK] [--screenshot OUT.png --view VIEW]   the study window
    studydesk check BANK... [--json]                     validate banks
    studydesk generate ARTICLE -o BANK                   draft a bank from an article
    studydesk import-gift FILE -o BANK                   Moodle GIFT -> bank
    studydesk export-gift BANK -o FILE                   bank -> Moodle GIFT
    studydesk worksheet BANK -o FILE.pdf                 printable worksheet
    studydesk review --due                               cards due today in each bank

Each tool lives in studydesk.commands and is imported only when run, so
`check` never loads Qt and the window never loads the tools.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from studydesk import __version__

# name -> (help, module in studydesk.commands)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check banks and report every problem with file:line:column", "check"),
    "generate": ("draft a question bank from an article's plain text", "generate"),
    "import-gift": ("convert a Moodle GIFT file into a bank", "gift_import"),
    "export-gift": ("convert a bank into a Moodle GIFT file", "gift_export"),
    "worksheet": ("write a printable PDF worksheet with an answer key", "worksheet"),
    "review": ("print the cards due for review today in each bank", "review"),
}


def _module(name: str):
    return importlib.import_module(f"studydesk.commands.{COMMANDS[name][1]}")


def tool_parser(name: str) -> argparse.ArgumentParser:
    help_text = COMMANDS[name][0]
    parser = argparse.ArgumentParser(prog=f"studydesk {name}", description=help_text[0].upper() + help_text[1:] + ".")
    _module(name).configure(parser)
    return parser


def window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studydesk",
        description="Study a news article beside quizzes on it.",
        epilog="Tools:\n" + "\n".join(f"  studydesk {n:<12} {h}" for n, (h, _) in COMMANDS.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"studydesk {__version__}")
    parser.add_argument("bank", nargs="?", type=Path,
                        help="a bank file (.toml); the last one opened, or the seed bank")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window offscreen to a PNG and exit")
    parser.add_argument("--view", default="quiz",
                        choices=["start", "quiz", "feedback", "written", "test", "results", "attempt", "history",
                                 "charts", "edit", "worksheet", "library", "review"],
                        help="what --screenshot shows (default: %(default)s)")
    parser.add_argument("--chart", metavar="ID",
                        help="with --view charts: the chart to show (by its id)")
    parser.add_argument("--question", metavar="ID",
                        help="with --view quiz or feedback: the question to show (by its id)")
    parser.add_argument("--wrong", action="store_true", help="with --view feedback: answer it wrong")
    parser.add_argument("--size", default="1280x800", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--dark", action="store_true", help="use the dark palette")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        name = argv[0]
        args = tool_parser(name).parse_args(argv[1:])
        try:
            return _module(name).run(args)
        except BrokenPipeError:
            # "studydesk generate --audit ... | head": the reader has all it wants. As the Python docs advise,
            # point stdout at devnull so the interpreter's last flush does not fail again, and stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 1
    args = window_parser().parse_args(argv)
    if args.screenshot is not None:
        from studydesk.ui.screenshot import take_screenshot

        return take_screenshot(args)
    from studydesk.ui.app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
