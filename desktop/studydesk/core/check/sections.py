"""A bank's text cut at its table headers, each table parsed on its own.

The editor checks a bank as the teacher types. Parsing 10,000 questions
again for a change to one of them takes most of the time a check may take;
cut at its headers, a bank parses table by table, and a table whose text
did not change is taken from the last parse (`SectionCache`).

The cut is used only where it gives what parsing the whole text gives:

- each part must parse to one [bank], one [[question]] or one [[chart]]
  table (with its sub-tables, such as a question's [[question.key_points]]),
  [bank] at most once, with nothing but comments before the first; anything
  else (keys outside a table) is parsed whole;
- a line that starts with "[" inside a multi-line string or array is no
  header, and the part cut before it is left unfinished: it fails where its
  text runs out, so more text after it moves the failure, and the whole text
  is parsed instead;
- a part that fails where more text after it would not move the failure,
  whose header line opens a table the parts before it leave free, and
  that opens no other table on an indented line before it fails, fails
  exactly as the whole text does there: every part before it parsed
  completely, so the parser meets the same characters in the same state.

tests/core/test_sections.py holds the two ways of parsing to the same result.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

import tomli

if TYPE_CHECKING:
    from ..toml_positions import TomlPositions


# A header at the start of a line. One indented is left inside the part before it (which then holds
# two tables, and the text is parsed whole): the lines of a bank that start with "[" after spaces
# are nearly all items of a list written on several lines.
# A sub-table's header ("[[question.key_points]]") stays in its table's part.
_HEADER = re.compile(r"\n\[(?!\[?[ \t]*(?:bank|question|chart)[ \t]*\.)")
# An indented line that reads as a header (" [bank]"): left inside a part, it opens a table there that the
# parts before may already hold, where the whole text fails first. Not a list's item (' ["a", "1"],').
_INDENTED_HEADER = re.compile(r"\n[ \t]+\[\[?[ \t]*[\w\"'.\- ]+\]\]?[ \t]*(?:#[^\n]*)?(?=\n|$)")
_SHAPES = {"bank": dict, "question": list, "chart": list}  # a part's one table, and how TOML holds it


class Section(NamedTuple):
    kind: str  # "bank", "question" or "chart"; "" for what comes before the first header
    line: int  # where it starts, from 1
    text: str


class SyntaxProblem(NamedTuple):
    """A part that failed to parse: tomli's error, and the line its part starts at."""

    error: tomli.TOMLDecodeError
    line: int


class SectionCache:
    """Each part of the last text parsed, by its text."""

    def __init__(self) -> None:
        self._parsed: dict[str, tuple[dict[str, Any], str | None]] = {}  # part -> (its table, its kind)
        self.sections: list[Section] | None = None  # of the last text, when it could be cut

    def parse(self, text: str) -> dict[str, Any] | SyntaxProblem | None:
        """The document, or the syntax problem, of a text parsed part by
        part; None when it must be parsed whole."""
        self.sections = None
        parsed: dict[str, tuple[dict[str, Any], str | None]] = {}
        sections: list[Section] = []
        doc: dict[str, Any] = {}
        for line, part in _cut(text):
            known = self._parsed.get(part)
            if known is None:
                try:
                    table = tomli.loads(part)
                except tomli.TOMLDecodeError as exc:
                    return SyntaxProblem(exc, line) if self._alone(part, exc, doc) else None
                known = table, _kind(table, part)
            parsed[part] = known
            table, kind = known
            if kind is None or (kind == "bank" and "bank" in doc):
                return None
            sections.append(Section(kind, line, part))
            if kind == "bank":
                doc["bank"] = table["bank"]
            elif kind:
                doc.setdefault(kind, []).append(table[kind][0])
        self._parsed = parsed  # only what the text now holds
        self.sections = sections
        return doc

    @staticmethod
    def _alone(part: str, exc: tomli.TOMLDecodeError, doc: dict[str, Any]) -> bool:
        """Whether a part fails as the whole text would: where more text after
        it would not move the failure, and (a header's part) in a table the
        parts before it leave free."""
        if not _fails_within(part, exc) or _INDENTED_HEADER.search(part, 0, exc.pos):
            return False
        if not part.startswith("["):
            return True
        kind = _header_kind(part)
        return kind is not None and not (kind == "bank" and "bank" in doc)

    def positions(self) -> SectionPositions:
        assert self.sections is not None
        return SectionPositions(self.sections)

    def table_lines(self):
        """Where each table starts (an edit.TableLines), from the last text cut."""
        from ..edit import TableLines  # the editor's; tomlkit comes with it

        assert self.sections is not None
        return TableLines(tuple(s.line for s in self.sections if s.kind == "question"),
                          tuple(s.line for s in self.sections if s.kind))


def _cut(text: str) -> list[tuple[int, str]]:
    """(line, text) of each part: what comes before the first header, if
    anything, then each header and what follows it."""
    starts = [0, *(m.start() + 1 for m in _HEADER.finditer(text))]
    ends = starts[1:] + [len(text)]
    parts = []
    line = 1
    for start, end in zip(starts, ends):
        if end > start:
            parts.append((line, text[start:end]))
            line += text.count("\n", start, end)
    return parts


def _fails_within(part: str, exc: tomli.TOMLDecodeError) -> bool:
    """Whether a part fails at a place that what follows it cannot move: with
    more text after it, it fails at the same place. A part left unfinished
    (a string or array still open: perhaps its end was no header, but a line
    inside it) fails wherever its text runs out, so more text moves that."""
    try:
        tomli.loads(part + "\nx")
    except tomli.TOMLDecodeError as longer:
        return longer.pos == exc.pos and longer.msg == exc.msg
    return False


def _header_kind(part: str) -> str | None:
    """The kind of table a part's header line opens, if that line parses alone."""
    end = part.find("\n")
    try:
        return _kind(tomli.loads(part[:end + 1] if end >= 0 else part), part)
    except tomli.TOMLDecodeError:
        return None


def _kind(table: dict[str, Any], part: str) -> str | None:
    """Which of a bank's tables a part holds: "" for comments alone before
    the first header; None when it is not one of them alone."""
    if not part.startswith("["):  # what comes before the first header
        return "" if not table else None
    if len(table) != 1:
        return None
    (kind, value), = table.items()
    holds = _SHAPES.get(kind)
    if holds is None or type(value) is not holds:
        return None
    if holds is list and (len(value) != 1 or type(value[0]) is not dict):
        return None
    return kind


class SectionPositions:
    """Lines and columns in a cut text: each table's own TomlPositions,
    moved down to where the table starts (as TomlPositions of the whole
    text gives them, without scanning the whole text)."""

    def __init__(self, sections: list[Section]) -> None:
        self._by_kind: dict[str, list[Section]] = {"bank": [], "question": [], "chart": []}
        for section in sections:
            if section.kind:
                self._by_kind[section.kind].append(section)
        self._sections = sections
        self._scanned: dict[int | None, TomlPositions] = {}  # by the line a part starts; None: the whole text

    def table(self, path: tuple) -> tuple[int, int]:
        return self._find("table", path)

    def key(self, path: tuple) -> tuple[int, int]:
        return self._find("key", path)

    def value(self, path: tuple) -> tuple[int, int]:
        return self._find("value", path)

    def _find(self, anchor: str, path: tuple) -> tuple[int, int]:
        section, inner = self._section(path)
        if section is None:  # not inside a table: the whole text tells
            return getattr(self._scanner(None, self._sections), anchor)(path)
        line, column = getattr(self._scanner(section.line, [section]), anchor)(inner)
        return line + section.line - 1, column

    def _section(self, path: tuple) -> tuple[Section | None, tuple]:
        kind = path[0] if path else None
        if kind == "bank" and self._by_kind["bank"]:
            return self._by_kind["bank"][0], path
        if kind in ("question", "chart") and len(path) > 1 and isinstance(path[1], int):
            tables = self._by_kind[kind]
            if 0 <= path[1] < len(tables):
                return tables[path[1]], (kind, 0, *path[2:])
        return None, path

    def _scanner(self, line: int | None, sections: list[Section]) -> TomlPositions:
        from ..toml_positions import TomlPositions  # only a bank with problems needs positions

        if line not in self._scanned:
            self._scanned[line] = TomlPositions("".join(s.text for s in sections))
        return self._scanned[line]
