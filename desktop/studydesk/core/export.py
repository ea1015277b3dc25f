"""Attempt history as CSV for a spreadsheet: one row per answered question.

Columns: bank, attempt, date, question_id, topic, answer, correct, points.
`points` is what the answer earned (score times the question's worth) and
`correct` is yes or no; a partly right answer earns some points and is "no".

The file starts with a UTF-8 byte order mark. Excel reads a CSV without one
in the computer's legacy code page, which turns "→", accents and curly
quotes into mojibake; LibreOffice, Google Sheets, Numbers and Python's
"utf-8-sig" all read the mark and drop it. history_csv returns the text
without it, so the string parses as it is.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from .bank import Bank, MatchQuestion, MultiQuestion, OrderQuestion, Question
from .grading import describe_response
from .history import AnswerRecord, History
from .numbers import format_number
from .write import write_atomic

HEADER = ("bank", "attempt", "date", "question_id", "topic", "answer", "correct", "points")
BOM = "\ufeff"

# A cell a spreadsheet would run as a formula. A leading minus is only
# neutralised when what follows is not a plain number, so "-5" stays a number.
_FORMULA = re.compile(r"^(?:[=+@\t\r]|-(?!\d+(?:[.,]\d+)?$))")


def history_csv(records: Iterable[AnswerRecord], banks: Mapping[str, Bank] | None = None) -> str:
    """The records as CSV text (RFC 4180: CRLF rows, quoted where needed).

    `banks` maps a record's bank_path to its bank; where the bank is given,
    answers are worded as the study window shows them (in the bank's order,
    True/False); otherwise lists are joined with "; " and pairs shown a → b.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    banks = banks or {}
    for r in records:
        bank = banks.get(r.bank_path)
        question = bank.question(r.question_id) if bank is not None else None
        writer.writerow([
            _cell(r.bank_title),
            r.attempt_id,
            spreadsheet_date(r.answered),
            _cell(r.question_id),
            _cell(r.topic),
            _cell(answer_text(r.response, question)),
            "yes" if r.correct else "no",
            f"{round(r.score * r.points, 4):g}",  # no thousands separator: a spreadsheet reads it as a number
        ])
    return out.getvalue()


def write_history_csv(history: History, path: str | os.PathLike[str], bank: Bank | None = None) -> int:
    """Write the answers (of one bank, or all) to a CSV file; returns the row count."""
    records = history.answers(bank)
    # Every record of a bank's export has that bank's key, whatever form it takes.
    banks = {r.bank_path: bank for r in records} if bank is not None else None
    write_atomic(path, BOM + history_csv(records, banks))
    return len(records)


def answer_text(response: Any, question: Question | None = None) -> str:
    """A stored response as one line of text: empty for no answer."""
    if response is None:
        return ""
    if question is not None and _fits(question, response):
        return describe_response(question, response)
    return _plain(response)


def _fits(question: Question, response: Any) -> bool:
    """Whether describe_response words this response without losing any of it:
    an edited bank may no longer list a choice or match item the student gave."""
    if isinstance(question, MultiQuestion):
        return isinstance(response, list) and set(response) <= set(question.choices)
    if isinstance(question, MatchQuestion):
        return isinstance(response, dict) and set(response) <= set(question.lefts)
    if isinstance(question, OrderQuestion):
        return isinstance(response, list)
    return not isinstance(response, (list, dict))


def _plain(response: Any) -> str:
    if isinstance(response, bool):
        return "True" if response else "False"
    if isinstance(response, dict):
        return "; ".join(f"{_plain(k)} \u2192 {_plain(v)}" for k, v in response.items())
    if isinstance(response, (list, tuple)):
        return "; ".join(_plain(item) for item in response)
    if isinstance(response, float):
        return format_number(response)
    return "" if response is None else str(response)


def spreadsheet_date(stamp: str) -> str:
    """An ISO timestamp as "YYYY-MM-DD HH:MM:SS" in the time it was recorded:
    Excel, LibreOffice and Google Sheets all read that as a date and time,
    and none reads the "T" and UTC offset of ISO 8601."""
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return stamp


def _cell(text: str) -> str:
    """Text a spreadsheet shows as text: one that would start a formula gets a
    leading apostrophe, as OWASP advises against CSV injection."""
    return "'" + text if _FORMULA.match(text) else text
