"""The checker in a process of its own: python -m studydesk.core.check.worker

The window sends here what holds the interpreter for long: reading a large
bank (tomli is compiled, and keeps the interpreter's lock for all of a
parse, so in a thread it would freeze the window just the same), and
checking the editor's text as the teacher types. Requests come on standard
input and answers go on standard output (transfer.py), until the input
ends. process.py is the window's side.

    ("load", path)               the bank file, read and checked
    ("open", path), text         the editor's text (in pieces: transfer.write_text), checked
    ("check", edits)             the editor's edits since, then its text checked
    ("save", edits, backup)      ... then its text written to its file (write_atomic)
    ("add", edits, question)     ... then the edit that adds the question after the last
    ("text", edits)              ... then its text

An edit (first, end, lines) says that lines[first:end] of the text became
`lines`. Each answer is ("ok", value) or ("failed", message); a check's
result follows its "ok", as (where the tables start, then the result).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import IO, Any

from ..bank import Question
from ..edit import TableLines, add_question, table_lines
from ..files import content_digest
from ..write import write_atomic
from .load import load_bank, load_bank_text
from .result import LoadResult
from .sections import SectionCache
from .transfer import CheckerGone, ResultWriter, read_frame, read_text, write_frame

Edit = tuple[int, int, list[str]]


class EditedText:
    """The editor's text as the teacher changes it, and what checking it needs kept."""

    def __init__(self, path: str, text: str) -> None:
        self.path = Path(path)
        self.lines = text.split("\n")
        self.articles: dict = {}
        self.sections = SectionCache()
        self.tables = TableLines()

    def apply(self, edits: list[Edit]) -> None:
        for first, end, lines in edits:
            self.lines[first:end] = lines

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def check(self) -> tuple[TableLines, LoadResult]:
        text = self.text
        result = load_bank_text(text, self.path, articles=self.articles, sections=self.sections)
        if self.sections.sections is not None:
            self.tables = self.sections.table_lines()
        elif not (result.problems and result.problems[0].where == "TOML syntax"):
            self.tables = table_lines(text)  # (a text that parses is needed; else the last tables stay)
        return self.tables, result

    def save(self, backup: bool) -> bytes:
        text = self.text
        write_atomic(self.path, text, backup=backup)
        self.articles.clear()  # read the article again at the next check: it may have been edited too
        return content_digest(text.encode("utf-8"))

    def adding(self, question: Question) -> Edit:
        """The edit that adds a question after the last (by edit.add_question, which keeps the rest as written)."""
        new = add_question(self.text, question).split("\n")
        old = self.lines
        front = 0
        while front < min(len(old), len(new)) and old[front] == new[front]:
            front += 1
        back = 0
        while back < min(len(old), len(new)) - front and old[-1 - back] == new[-1 - back]:
            back += 1
        return front, len(old) - back, new[front:len(new) - back]


def serve(source: IO[bytes], out: IO[bytes]) -> None:
    text: EditedText | None = None
    writer = ResultWriter(out)
    while True:
        try:
            kind, *args = read_frame(source)
        except CheckerGone:
            return
        checked: tuple[TableLines, LoadResult] | None = None
        try:
            if kind == "load":
                value: Any = load_bank(args[0])
            elif kind == "open":
                text, writer = EditedText(args[0], read_text(source)), ResultWriter(out)
                value, checked = None, text.check()
            else:
                if text is None:
                    raise LookupError("no text is open")
                text.apply(args[0])
                if kind == "check":
                    value, checked = None, text.check()
                elif kind == "save":
                    value = text.save(args[1])
                elif kind == "add":
                    value = text.adding(args[1])
                else:
                    value = text.text
        except Exception as exc:  # noqa: BLE001 - each failure is answered; the next request is served
            write_frame(out, ("failed", str(exc) or type(exc).__name__))
        else:
            if kind == "load":
                write_frame(out, ("ok", None))
                ResultWriter(out).write(value)  # a whole bank, not the change from the editor's last
            elif checked is not None:
                write_frame(out, ("ok", checked[0]))
                writer.write(checked[1])
            else:
                write_frame(out, ("ok", value))
        out.flush()


def main() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the window decides when this ends
    if hasattr(os, "nice"):
        os.nice(10)  # background work: on a busy machine, the window comes first
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print must not break the answers
    serve(sys.stdin.buffer, out)


if __name__ == "__main__":
    main()
