"""What a check gives back: the bank, when it has no errors, and every problem."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import msgspec

from ..bank import Bank
from ..words import plural

STOPPED = "check"  # the `where` of the line a check adds when it stops at problems.MAX_ERRORS errors


class BankError(msgspec.Struct, frozen=True):
    file: str
    line: int
    column: int
    where: str  # 'question "force-ratio"', 'chart "population"', "bank", "file"
    message: str
    hint: str = ""
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        loc = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{loc}: {self.where}: {self.message}"
        if self.severity == "warning":
            text = f"{loc}: warning: {self.where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file, "line": self.line, "column": self.column, "where": self.where,
            "message": self.message, "hint": self.hint, "severity": self.severity,
        }


class LoadResult(msgspec.Struct, frozen=True):
    bank: Bank | None
    problems: tuple[BankError, ...] = ()

    @property
    def errors(self) -> tuple[BankError, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[BankError, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def ok(self) -> bool:
        return self.bank is not None


def problem_count(problems: Sequence[BankError]) -> str:
    """The errors as a window counts them: "3 problems", or "1000 problems or
    more" when the check stopped (its last line says so, and is not one)."""
    errors = [p for p in problems if p.severity == "error"]
    stopped = any(p.where == STOPPED for p in errors)
    return plural(len(errors) - stopped, "problem") + (" or more" if stopped else "")
