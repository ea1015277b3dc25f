"""Changes a teacher makes to a bank's text, keeping everything else as written.

Adding a question goes through tomlkit, which keeps comments, blank lines and
the order of keys; the new table is formatted like every bank Study Desk
writes (write.question_toml).
"""

from __future__ import annotations

import bisect

import msgspec

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
    last_body = questions[-1].value.body
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


class TableLines(msgspec.Struct, frozen=True):
    """Where each table starts in a bank's text, to tell which question a line is in."""

    questions: tuple[int, ...] = ()  # the line of each [[question]], in order
    tables: tuple[int, ...] = ()  # the line of every table header, in order

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
    return TableLines(tuple(positions.array_tables("question")), tuple(positions.all_tables()))


def question_index_at(text: str, line: int) -> int | None:
    """Which [[question]] table (0-based) the given line (from 1) is in."""
    return table_lines(text).question_at(line)
