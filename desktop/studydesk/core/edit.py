"""Changes a teacher makes to a bank's text, keeping everything else as written.

Adding a question goes through tomlkit, which keeps comments, blank lines and
the order of keys; the new table is formatted like every bank Study Desk
writes (write.question_toml).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping

import msgspec
import tomli

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Comment, Whitespace

from .bank import Question
from .toml_positions import TomlPositions
from .write import question_toml


class EditError(ValueError):
    """The text cannot be edited structurally (it is not valid TOML)."""


def add_question(text: str, question: Question) -> str:
    """The bank's text with `question` added after its last question."""
    try:
        doc = tomlkit.parse(text)
        new = tomlkit.parse(question_toml(question))["question"][0]
    except TOMLKitError as exc:
        raise EditError(f"the bank is not valid TOML ({exc}); fix it before adding questions") from None
    questions = doc.get("question")
    if questions is None:
        if text and not text.endswith("\n\n"):
            doc.add(tomlkit.nl())
        doc.append("question", tomlkit.aot())
        doc["question"].append(new)
        return tomlkit.dumps(doc)
    if not isinstance(questions, AoT):
        raise EditError("questions must be [[question]] tables (two brackets) before one can be added")
    last_body = _trailing_body(questions[-1])
    # tomlkit keeps the comments and blank lines that introduce the next
    # table (a "# charts" heading, say) at the end of the last question;
    # they move below the new question so they still introduce that table.
    trailing = []
    while last_body and last_body[-1][0] is None and isinstance(last_body[-1][1], (Comment, Whitespace)):
        trailing.insert(0, last_body.pop())
    last_body.append((None, Whitespace("\n")))
    questions.append(new)
    new.value.body.extend(trailing)
    return tomlkit.dumps(doc)


def _trailing_body(table) -> list:
    """The body that ends a table: its own, or its last sub-table's (a written
    question's last [[question.key_points]]), where tomlkit keeps the lines after it."""
    body = table.value.body
    while body and isinstance(body[-1][1], AoT) and len(body[-1][1]):
        body = body[-1][1][-1].value.body
    return body


def keep_questions(text: str, kept: list[str], edited: Mapping[str, Question] | None = None) -> str:
    """The bank's text with only the questions whose ids are in `kept`, and those
    in `edited` (by their id in the text) written anew. Everything else stays as
    the teacher wrote it: the bank table, charts, other comments and blank lines.

    A question's own comment, the comment lines right above its table with no
    blank line between, goes with it; a heading set apart by a blank line
    ("# ---- population") stays for the questions that follow it.
    """
    edited = dict(edited or {})
    try:
        ids = [table.get("id") for table in tomli.loads(text).get("question", [])]
    except (tomli.TOMLDecodeError, RecursionError) as exc:  # (tomli refuses nesting 400 deep so)
        raise EditError(f"the bank is not valid TOML ({exc}); fix it before saving a review") from None
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    positions = table_lines(text)
    headers = [h - 1 for h in positions.questions]  # 0-based
    every_table = [t - 1 for t in positions.tables]
    keep = set(kept)
    out: list[str] = []
    pos = 0
    for qid, header in zip(ids, headers):
        start = _own_comment_start(lines, header)
        end = _body_end(lines, header, every_table)
        out += lines[pos:start]
        if qid in edited:
            new = question_toml(edited[qid]).splitlines(keepends=True)
            out += lines[start:header] + new
        elif qid in keep:
            out += lines[start:end]
        else:
            while end < len(lines) and not lines[end].strip() and out and not out[-1].strip():
                end += 1  # no double blank line where the table was
        pos = end
    out += lines[pos:]
    return "".join(out)


def _own_comment_start(lines: list[str], header: int) -> int:
    start = header
    while start > 0 and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return start


def _body_end(lines: list[str], header: int, every_table: list[int]) -> int:
    """Where a table's own lines end: before the next table, its own comment and the blank lines before them."""
    following = [t for t in every_table if t > header]
    end = _own_comment_start(lines, following[0]) if following else len(lines)
    while end > header + 1 and not lines[end - 1].strip():
        end -= 1
    return end


class TableLines(msgspec.Struct, frozen=True):
    """Where each table starts in a bank's text, to tell which question a line is in."""

    questions: tuple[int, ...] = ()  # the line of each [[question]], in order
    tables: tuple[int, ...] = ()  # the line of every table header, in order (a question's own tables are its part)

    def question_at(self, line: int) -> int | None:
        """Which [[question]] table (0-based) the line (from 1) is in."""
        index = bisect.bisect_right(self.questions, line) - 1
        if index < 0:
            return None
        # A later table of another kind ends the question.
        next_table = bisect.bisect_right(self.tables, self.questions[index])
        if next_table < len(self.tables) and self.tables[next_table] <= line:
            return None
        return index


def table_lines(text: str) -> TableLines:
    positions = TomlPositions(text)
    return TableLines(tuple(positions.array_tables("question")), tuple(positions.outer_tables()))


def question_index_at(text: str, line: int) -> int | None:
    """Which [[question]] table (0-based) the given line (from 1) is in."""
    return table_lines(text).question_at(line)
