"""CheckerProcess: the window's side of a checker process (worker.py).

Each call sends one request and waits for its answer, so it belongs in a
background thread (the window's ui/background.py); while it waits, it
holds no lock of the interpreter. Calls from several threads take turns.
The process starts with the first call; close() ends it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..bank import Question
from .result import LoadResult
from .transfer import CheckerGone, ResultReader, read_frame, write_frame, write_text

if TYPE_CHECKING:
    from ..edit import TableLines  # (edit.py brings tomlkit)

Edit = tuple[int, int, list[str]]


class CheckFailed(Exception):
    """The checker process could not do what was asked; the message says why."""


class CheckerProcess:
    def __init__(self) -> None:
        self._process: subprocess.Popen | None = None
        self._results: ResultReader | None = None
        self._turn = threading.Lock()
        self._closed = False

    # Requests

    def load(self, path: str | os.PathLike[str], progress: Callable[[int, int], None] | None = None) -> LoadResult:
        """Read and check a bank file, as check.load_bank does; `progress(done, of)` as its questions arrive."""
        with self._taking_turn():
            self._started()
            self._ask(("load", os.fspath(path)))
            return ResultReader(self._started().stdout).read(progress)

    def open_text(self, path: str | os.PathLike[str], text: str) -> tuple[TableLines, LoadResult]:
        """Take the editor's text (its lines joined with "\\n") and check it."""
        with self._taking_turn():
            self._started()
            self._results = ResultReader(self._process.stdout)
            return self._ask(("open", os.fspath(path)), text), self._results.read()

    def check(self, edits: list[Edit]) -> tuple[TableLines, LoadResult]:
        """Apply the edits to the text, check it: where its tables start, and how it checked."""
        with self._taking_turn():
            self._still_open()
            return self._ask(("check", edits)), self._results.read()

    def save(self, edits: list[Edit], *, backup: bool = True) -> bytes:
        """Apply the edits and write the text to its file atomically; the digest of what was written."""
        return self._call(("save", edits, backup))

    def add_question(self, edits: list[Edit], question: Question) -> Edit:
        """Apply the edits; the edit that adds `question` after the last one."""
        return self._call(("add", edits, question))

    def text(self, edits: list[Edit]) -> str:
        return self._call(("text", edits))

    def close(self) -> None:
        """End the process; a call waiting on it fails with CheckerGone. Needs no turn."""
        self._closed = True
        process, self._process = self._process, None
        if process is not None:
            _end(process)

    # Turns

    def _call(self, request: tuple) -> Any:
        with self._taking_turn():
            self._still_open()
            return self._ask(request)

    @contextmanager
    def _taking_turn(self) -> Iterator[None]:
        """One call at a time; a process found ended is let go, so that the next call starts another."""
        with self._turn:
            try:
                yield
            except CheckerGone:
                process, self._process = self._process, None
                if process is not None:
                    _end(process)
                raise

    def _still_open(self) -> None:
        """A process that ended took the editor's text with it: it must be opened again."""
        if self._process is None or self._process.poll() is not None or self._results is None:
            self._results = None
            raise CheckerGone("the checker process ended; the text must be opened again")

    def _started(self) -> subprocess.Popen:
        if self._closed:
            raise CheckerGone("the checker process was closed")
        if self._process is None or self._process.poll() is not None:
            if self._process is not None:
                _end(self._process)
            self._results = None
            self._process = subprocess.Popen([sys.executable, "-m", "studydesk.core.check.worker"],
                                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_environment())
        return self._process

    def _ask(self, request: tuple, text: str | None = None) -> Any:
        """Send a request (and a long text after it) to the process as it is, and wait for its answer."""
        process = self._process
        if process is None:
            raise CheckerGone("the checker process ended")
        try:
            write_frame(process.stdin, request)
            if text is not None:
                write_text(process.stdin, text)
            process.stdin.flush()
            status, value = read_frame(process.stdout)
        except (OSError, ValueError) as exc:  # a broken pipe; a closed stream
            raise CheckerGone(f"the checker process ended ({exc})") from None
        if status != "ok":
            raise CheckFailed(value)
        return value


def _end(process: subprocess.Popen) -> None:
    process.kill()
    process.wait()
    for stream in (process.stdin, process.stdout):
        stream.close()


def _environment() -> dict[str, str]:
    """This process's environment, with the folder this copy of studydesk is in first on the path."""
    here = str(Path(__file__).resolve().parents[3])
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + path if path else "")}
