"""How requests and check results travel between Study Desk and its checker
process (worker.py, process.py).

Each value goes as one frame: its length, then its pickle. A result's long
lists (questions, problems) go in pieces of PIECE, and a long text in pieces
of TEXT_PIECE characters, so that the window's side never holds its
interpreter for long making or reading them: it does that in a thread, and
between two pieces the window's own thread gets its turn.

For the editor's checks, a result's questions go as the change from the
last result sent (ResultWriter and ResultReader each remember it): the
questions the same at the front and at the back are kept, and only those
between are sent. The article goes again only when it changed.
"""

from __future__ import annotations

import pickle
import struct
from collections.abc import Callable, Sequence
from typing import IO, Any

import msgspec

from ..article import Article
from ..bank import Question
from .result import LoadResult

PIECE = 250  # questions or problems in a frame: about half a millisecond to make again
TEXT_PIECE = 250_000  # characters in a frame: a couple of milliseconds to encode
_LENGTH = struct.Struct("<Q")


class CheckerGone(ConnectionError):
    """The other process has ended (or its pipe broke)."""


def write_frame(out: IO[bytes], value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    out.write(_LENGTH.pack(len(data)))
    out.write(data)


def read_frame(source: IO[bytes]) -> Any:
    (length,) = _LENGTH.unpack(_read_exactly(source, _LENGTH.size))
    return pickle.loads(_read_exactly(source, length))


def write_text(out: IO[bytes], text: str) -> None:
    """A long text as several frames of UTF-8, each quick to make: how many, then each."""
    pieces = range(0, len(text), TEXT_PIECE)
    write_frame(out, len(pieces))
    for start in pieces:
        write_frame(out, text[start:start + TEXT_PIECE].encode("utf-8", "surrogatepass"))


def read_text(source: IO[bytes]) -> str:
    return "".join(read_frame(source).decode("utf-8", "surrogatepass") for _ in range(read_frame(source)))


def _read_exactly(source: IO[bytes], size: int) -> bytes:
    try:
        data = source.read(size)
    except (OSError, ValueError):  # closed meanwhile
        data = None
    if data is None or len(data) != size:
        raise CheckerGone("the checker process ended")
    return data


def _pieces(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i:i + PIECE] for i in range(0, len(items), PIECE)]


class ResultWriter:
    """Sends results, each bank's questions as the change from the last one sent."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._questions: tuple[Question, ...] = ()
        self._article: Article | None = None

    def write(self, result: LoadResult) -> None:
        bank = result.bank
        if bank is None:  # the other side keeps the last bank's questions
            write_frame(self._out, (None, False, 0, 0, len(result.problems), 0))
            for piece in _pieces(result.problems):
                write_frame(self._out, piece)
            return
        front, back = _alike_at_ends(self._questions, bank.questions)
        middle = bank.questions[front:len(bank.questions) - back]
        same_article = bank.article is self._article and bank.article is not None
        shell = msgspec.structs.replace(bank, questions=(), article=None if same_article else bank.article)
        write_frame(self._out, (shell, same_article, front, back, len(result.problems), len(middle)))
        for piece in _pieces(result.problems) + _pieces(middle):
            write_frame(self._out, piece)
        self._questions, self._article = bank.questions, bank.article


class ResultReader:
    """Receives what ResultWriter sends, building each bank again from the last."""

    def __init__(self, source: IO[bytes]) -> None:
        self._source = source
        self._questions: tuple[Question, ...] = ()
        self._article: Article | None = None

    def read(self, progress: Callable[[int, int], None] | None = None) -> LoadResult:
        """The next result; `progress(questions received, questions to come)` after each piece."""
        shell, same_article, front, back, problem_count, question_count = read_frame(self._source)
        problems: list[Any] = []
        while len(problems) < problem_count:
            problems.extend(read_frame(self._source))
        if shell is None:
            return LoadResult(None, tuple(problems))
        middle: list[Question] = []
        while len(middle) < question_count:
            middle.extend(read_frame(self._source))
            if progress is not None:
                progress(len(middle), question_count)
        kept = self._questions
        questions = kept[:front] + tuple(middle) + kept[len(kept) - back:]
        article = self._article if same_article else shell.article
        bank = msgspec.structs.replace(shell, questions=questions, article=article)
        self._questions, self._article = questions, article
        return LoadResult(bank, tuple(problems))


def _alike_at_ends(old: tuple[Question, ...], new: tuple[Question, ...]) -> tuple[int, int]:
    """How many questions are the same at the front, and then at the back."""
    most = min(len(old), len(new))
    front = 0
    while front < most and old[front] == new[front]:
        front += 1
    back = 0
    while back < most - front and old[-1 - back] == new[-1 - back]:
        back += 1
    return front, back
