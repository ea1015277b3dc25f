"""Problems: what a check notes as it goes, and the rules for values that
questions and charts share (lists of texts, an answer, evidence quotes).

A problem is noted by where it is in the parsed document (a path such as
("question", 3, "answer")); lines and columns are looked up only at the end,
and only when there are problems.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

import msgspec

from ..article import Article
from ..bank import repeated
from .result import STOPPED, BankError

# Quotes not found that get a closest passage: each search takes milliseconds,
# so a bank of thousands of stray quotes would take minutes, and a teacher
# fixes the first few before reading on.
MAX_SUGGESTIONS = 20
# A check stops at this many errors, as a compiler does: a teacher fixes the
# first ones and checks again, and a 20 MB bank of tiny broken questions
# holds millions, minutes to check and place. Warnings fill the list up to as
# many problems, errors first; the check goes on past them (a bank with
# warnings alone still loads), and a last line counts those not listed.
MAX_ERRORS = 1000


class TooManyErrors(Exception):
    """Raised by Problems.error at the MAX_ERRORS-th error: the check stops there."""

class Problem(msgspec.Struct):
    path: tuple
    anchor: str  # "table", "key" or "value": what of `path` the line and column point at
    where: str
    message: str
    hint: str = ""
    severity: str = "error"


class Positions(Protocol):
    """Line and column, from 1, of a table, a key or a value in a bank's text (toml_positions.py)."""

    def table(self, path: tuple) -> tuple[int, int]: ...
    def key(self, path: tuple) -> tuple[int, int]: ...
    def value(self, path: tuple) -> tuple[int, int]: ...


class Problems:
    def __init__(self, article: Article | None = None) -> None:
        self.found: list[Problem] = []
        self.article = article
        self._quoted: dict[str, bool] = {}  # quote -> found in the article; banks cite a sentence often
        self._suggested = 0  # closest passages looked for
        self.errors = 0
        self.warnings = 0  # all of them: only the first MAX_ERRORS are listed

    def error(self, path: tuple, anchor: str, where: str, message: str, hint: str = "") -> None:
        self.found.append(Problem(path, anchor, where, message, hint))
        self.errors += 1
        if self.stopped:
            raise TooManyErrors

    def warn(self, path: tuple, anchor: str, where: str, message: str, hint: str = "") -> None:
        self.warnings += 1
        if self.warnings <= MAX_ERRORS:
            self.found.append(Problem(path, anchor, where, message, hint, "warning"))

    @property
    def stopped(self) -> bool:
        """At MAX_ERRORS errors: the check goes no further."""
        return self.errors >= MAX_ERRORS

    @property
    def has_errors(self) -> bool:
        return self.errors > 0

    def located(self, name: str, positions_in: Callable[[], Positions]) -> tuple[BankError, ...]:
        """The problems as BankErrors with their lines and columns, in file
        order, at most MAX_ERRORS and a line on the rest; `positions_in` gives
        where things are in the text, asked only when there are problems."""
        if not self.found:
            return ()
        positions = positions_in()
        errors = [p for p in self.found if p.severity == "error"]
        listed = errors + [p for p in self.found if p.severity == "warning"][:MAX_ERRORS - len(errors)]
        out = []
        for p in listed:
            line, col = getattr(positions, p.anchor)(p.path)
            out.append(BankError(name, line, col, p.where, p.message, p.hint, p.severity))
        out.sort(key=lambda e: (e.line, e.column))
        if self.stopped:
            out.append(BankError(name, 0, 0, STOPPED, f"stopped after {MAX_ERRORS:,} errors",
                                 "fix these and check again: the rest of the bank was not checked"))
        unlisted = self.warnings - (len(listed) - len(errors))
        if unlisted:
            out.append(BankError(name, 0, 0, "file", f"{unlisted:,} more warnings not listed", severity="warning"))
        return tuple(out)

    # Values that questions and charts share

    def text_list(self, table: dict, key: str, base: tuple, where: str, *, minimum: int, unique: bool = True,
                  required: bool = True) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            if required:
                self.error(base, "table", where, f"no {key}", f'add {key} = ["...", "..."]')
                return None
            return ()
        if type(value) is not list or not all(type(v) is str and v.strip() for v in value):
            if type(value) is list and all(type(v) is str for v in value):
                self.error(base + (key,), "value", where, f"{key} has an empty entry")
            else:
                self.error(base + (key,), "value", where, f"{key} must be a list of texts")
            return None
        if len(value) < minimum:
            self.error(base + (key,), "value", where, f"{key} needs at least {minimum} entries")
            return None
        if unique and len(set(value)) != len(value):
            dupes = repeated(value)
            self.error(base + (key,), "value", where, f'{key} lists "{dupes[0]}" twice')
            return None
        return tuple(value)

    def answer_text(self, table: dict, base: tuple, where: str) -> str | None:
        answer = table.get("answer")
        if answer is None:
            self.error(base, "table", where, "no answer", 'add answer = "..."')
            return None
        if not isinstance(answer, str) or not answer.strip():
            self.error(base + ("answer",), "value", where, "answer must be non-empty text")
            return None
        return answer

    def evidence(self, value: Any, path: tuple, where: str) -> tuple[str, ...]:
        """The quotes of an `evidence` value, each found in the article; with
        an article, evidence is required."""
        if value is None:
            if self.article is not None:
                self.error(path[:-1], "table", where, "no evidence",
                           'quote the sentence it comes from: evidence = "..."')
            return ()
        quotes = [value] if isinstance(value, str) else value
        if not isinstance(quotes, list) or not all(isinstance(q, str) for q in quotes):
            self.error(path, "value", where, "evidence must be a quote, or a list of quotes")
            return ()
        if not quotes or not all(q.strip() for q in quotes):
            self.error(path, "value", where, "evidence is empty", "quote the sentence it comes from")
            return ()
        if self.article is not None:
            for quote in quotes:
                if not self._in_article(quote):
                    closest = self.article.closest_passage(quote) if self._suggested < MAX_SUGGESTIONS else None
                    self._suggested += 1
                    self.error(path, "value", where, "evidence not found in the article",
                               f'closest passage: "{closest}"' if closest else "quote the article word for word")
        return tuple(quotes)

    def _in_article(self, quote: str) -> bool:
        found = self._quoted.get(quote)
        if found is None:
            found = self._quoted[quote] = self.article.contains(quote)
        return found


def suggest(word: str, options: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str:
    """A hint naming the option a misspelt word was meant to be, or ""."""
    import difflib  # only banks with mistakes need it

    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    return f'did you mean "{close[0]}"?' if close else ""
