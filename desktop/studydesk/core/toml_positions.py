"""Line and column of tables, keys and values in a TOML text that parsed.

tomli returns plain dicts without positions, so when a bank has problems we
scan its text once more to say exactly where they are. The scan only runs on
the error path and assumes the text is valid TOML.

A 20 MB bank may hold over a million keys, seconds to read one by one in
Python. So the scan goes from table header to table header, passing the
lines between at C speed (`_PLAIN_LINES`), and only as far as the places
asked for; the keys of a table are read when a place in it is asked for.
"""

from __future__ import annotations

import bisect
import re

Path_ = tuple  # ("question", 3, "answer")

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SPACE = " \t"
_BLANK = re.compile(r"[ \t\r\n]*")
_ONE_BARE_KEY = re.compile(r"[ \t]*([A-Za-z0-9_-]+)[ \t]*(?=[\]=])")  # a header's or key's name, undotted
# A run of lines with nothing a scan must follow: blank lines, comments, and
# keys set to a one-line value (a string, a number, a date, a boolean, or an
# array or inline table of these, nested twice at most). A multi-line value
# or a quoted key ends the run. Possessive, so a line that fails costs no
# backtracking whatever it holds.
_ATOM = r"""(?:"(?:[^"\\\n]|\\.)*+"|'[^'\n]*+'|[^\s"'\[\]{}#=,]++)"""
_FLAT = rf"""[\[{{](?:[ \t,=]++|{_ATOM})*+[\]}}]"""
_VALUE = rf"""(?:{_ATOM}|[\[{{](?:[ \t,=]++|{_ATOM}|{_FLAT})*+[\]}}])"""
_PLAIN_LINES = re.compile(
    rf"""(?:[ \t]*+(?:[A-Za-z0-9_-]++(?:[ \t]*+\.[ \t]*+[A-Za-z0-9_-]++)*+[ \t]*+=[ \t]*+{_VALUE}[ \t]*+)?"""
    r"""(?:\#[^\n]*+)?\r?(?:\n|\Z))*+""")
# The rest of a one-line string, up to its closing quote or the line's end;
# and a stretch of a value with nothing to track. Matched as runs, not
# character by character in Python: a value may be megabytes long.
_BASIC_REST = re.compile(r'[^"\\\n]*(?:\\.[^"\\\n]*)*', re.DOTALL)
_LITERAL_REST = re.compile(r"[^'\n]*")
_PLAIN_RUN = re.compile(r"[^\"'\[\]{}#\n]+")
# A key as it is set: bare, quoted or dotted, then "=".
_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*')"""
_KEY_SET = re.compile(rf"({_KEY_PART}(?:[ \t]*\.[ \t]*{_KEY_PART})*)[ \t]*=")


class TomlPositions:
    def __init__(self, text: str) -> None:
        self._text = text
        self._line_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self._tables: dict[Path_, int] = {}
        self._keys: dict[Path_, tuple[int, int]] = {}
        self._bodies: dict[Path_, tuple[int, int]] = {}  # a table's lines after its header
        self._read: set[Path_] = set()  # tables whose keys are in _keys
        self._steps = self._walk()  # the scan, a table at a time, as far as asked

    # Public lookups: (line, column), both from 1. Unknown paths fall back to
    # the nearest enclosing table, then to the start of the file.

    def table(self, path: Path_) -> tuple[int, int]:
        for cut in range(len(path), 0, -1):
            if self._scan_for(self._tables, path[:cut]):
                return self._pos(self._tables[path[:cut]])
        return (1, 1)

    def key(self, path: Path_) -> tuple[int, int]:
        if self._find_key(path):
            return self._pos(self._keys[path][0])
        return self.table(path[:-1])

    def value(self, path: Path_) -> tuple[int, int]:
        if self._find_key(path):
            return self._pos(self._keys[path][1])
        return self.table(path[:-1])

    def array_tables(self, name: str) -> list[int]:
        """Lines where each [[name]] table starts, in order."""
        self._scan()
        found = [(path[1], offset) for path, offset in self._tables.items()
                 if len(path) == 2 and path[0] == name and isinstance(path[1], int)]
        return [self._pos(offset)[0] for _, offset in sorted(found)]

    def outer_tables(self) -> list[int]:
        """Lines of every table header but those inside an array's table (a
        written question's [[question.key_points]]), in order."""
        self._scan()
        return sorted(self._pos(offset)[0] for path, offset in self._tables.items()
                      if not any(isinstance(part, int) for part in path[:-1]))

    def deepest(self) -> tuple[int, int]:
        """Where brackets, [ or {, are nested deepest: the first bracket that
        opens the deepest level. For a text tomli refused as nested too deep,
        so unlike the rest it does not assume the text parsed."""
        text = self._text
        depth = deepest = at = 0
        i = 0
        for m in re.finditer(r"[\"'#\[\]{}]", text):
            if m.start() < i:  # inside a string or comment skipped below
                continue
            c = m.group()
            i = m.end()
            if c in "\"'":
                i = self._skip_string(m.start())
            elif c == "#":
                i = self._eol(m.start())
            elif c in "[{":
                depth += 1
                if depth > deepest:
                    deepest, at = depth, m.start()
            else:
                depth -= 1
        return self._pos(at)

    def unclosed_string(self) -> tuple[int, int, str] | None:
        """Where the first string that is never closed starts, and its quote
        (\", ', \"\"\" or '''): for a text tomli refused, like deepest()."""
        text = self._text
        i = 0
        for m in re.finditer(r"[\"'#]", text):
            start = m.start()
            if start < i:  # inside a string or comment already passed
                continue
            quote = m.group()
            if quote == "#":
                i = self._eol(start)
                continue
            if text.startswith(quote * 3, start):
                quote *= 3
                i = self._skip_string(start)
                closed = text.endswith(quote, 0, i) and i >= start + 6
            else:
                end = (_BASIC_REST if quote == '"' else _LITERAL_REST).match(text, start + 1).end()
                closed = end < len(text) and text[end] == quote
                i = end + 1
            if not closed:
                return (*self._pos(start), quote)
        return None

    def key_on_line(self, line: int, before: int | None = None) -> tuple[str, int] | None:
        """The last key set (`key =`) on a line, before column `before`, and its column."""
        text = self._text
        start = self._line_starts[line - 1] if 0 < line <= len(self._line_starts) else len(text)
        end = self._eol(start)
        found = None
        for m in _KEY_SET.finditer(text, start, end if before is None else min(end, start + before - 1)):
            found = (m.group(1), m.start(1) - start + 1)
        return found

    def _pos(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    # The scan.

    def _scan(self) -> None:
        """The scan to the end."""
        for _ in self._steps:
            pass

    def _scan_for(self, found: dict, path: Path_) -> bool:
        """Scan on until `path` is in `found`, or to the end; whether it is there."""
        while path not in found:
            if next(self._steps, None) is None:
                return False
        return True

    def _find_key(self, path: Path_) -> bool:
        """Whether a key is set at `path`: looked for in the table it is in,
        or set with dotted keys in a table around it (a.b = 1)."""
        for cut in range(len(path) - 1, -1, -1):
            if path in self._keys:
                return True
            table = path[:cut]
            if cut and not self._scan_for(self._tables, table):
                continue
            self._read_keys(table)
        return path in self._keys

    def _read_keys(self, table: Path_) -> None:
        if table in self._read:
            return
        self._read.add(table)
        self._scan_for(self._bodies, table)
        text = self._text
        i, end = self._bodies.get(table, (0, 0))
        while True:
            i = _BLANK.match(text, i, end).end()
            if i >= end:
                return
            if text[i] == "#":
                i = self._eol(i)
                continue
            key_start = i
            parts, j = self._name(i)
            j = self._past_equals(j)
            self._keys.setdefault(table + tuple(parts), (key_start, j))
            i = self._skip_value(j)

    def _past_equals(self, j: int) -> int:
        """From the end of a key to the start of its value."""
        text = self._text
        n = len(text)
        while j < n and text[j] != "=":
            j += 1
        j += 1
        while j < n and text[j] in _SPACE:
            j += 1
        return j

    def _walk(self):
        """Each table header in turn, noting where it and its lines are."""
        text = self._text
        n = len(text)
        i = body = 0
        current: tuple = ()  # the root: what comes before the first header
        array_counts: dict[tuple, int] = {}  # an array's name -> the elements of its latest one
        per_place: dict[tuple, int] = {}
        while True:
            i = _PLAIN_LINES.match(text, i).end()
            i = _BLANK.match(text, i).end()  # the indent of a line the run left
            if i >= n:
                break
            c = text[i]
            if c == "#":
                i = self._eol(i)
            elif c == "[":
                self._bodies.setdefault(current, (body, i))
                is_array = text.startswith("[[", i)
                j = i + (2 if is_array else 1)
                parts, j = self._name(j)
                name = tuple(parts)
                if is_array:
                    # Counted within the table it is in: the first
                    # [[question.key_points]] of each question is its 0.
                    place = self._resolve(name[:-1], array_counts) + (name[-1],)
                    index = per_place.get(place, 0)
                    per_place[place] = array_counts[name] = index + 1
                    current = place + (index,)
                else:
                    current = self._resolve(name, array_counts)
                self._tables.setdefault(current, i)
                i = body = self._eol(j)
                yield True
            else:  # a key whose value the run could not pass: multi-line, or after a quoted key
                _, j = self._name(i)
                i = self._skip_value(self._past_equals(j))
        self._bodies.setdefault(current, (body, n))
        yield True

    @staticmethod
    def _resolve(name: tuple, array_counts: dict[tuple, int]) -> tuple:
        """[question.extra] inside the third [[question]] is ("question", 2, "extra")."""
        out: tuple = ()
        for k in range(len(name)):
            out += (name[k],)
            if name[: k + 1] in array_counts:
                out += (array_counts[name[: k + 1]] - 1,)
        return out

    def _eol(self, i: int) -> int:
        j = self._text.find("\n", i)
        return len(self._text) if j < 0 else j + 1

    def _name(self, i: int) -> tuple[list[str], int]:
        """A header's or a key's parts; most are one bare word."""
        m = _ONE_BARE_KEY.match(self._text, i)
        return ([m.group(1)], m.end()) if m else self._key_parts(i)

    def _key_parts(self, i: int) -> tuple[list[str], int]:
        text = self._text
        parts: list[str] = []
        n = len(text)
        while i < n:
            while i < n and text[i] in _SPACE:
                i += 1
            if i < n and text[i] in "\"'":
                end = self._skip_string(i)
                raw = text[i + 1:end - 1]
                parts.append(raw.encode().decode("unicode_escape") if text[i] == '"' and "\\" in raw else raw)
                i = end
            else:
                m = _BARE_KEY.match(text, i)
                if not m:
                    break
                parts.append(m.group())
                i = m.end()
            while i < n and text[i] in _SPACE:
                i += 1
            if i < n and text[i] == ".":
                i += 1
                continue
            break
        return parts, i

    def _skip_string(self, i: int) -> int:
        text = self._text
        quote = text[i]
        if text.startswith(quote * 3, i):
            j = i + 3
            while True:
                k = text.find(quote * 3, j)
                if k < 0:
                    return len(text)
                if quote == '"' and _escaped(text, k):
                    j = k + 1
                    continue
                # Up to two quotes may close a multi-line string: """a""""" is valid.
                end = k + 3
                while end < len(text) and text[end] == quote and end - k < 5:
                    end += 1
                return end
        j = (_BASIC_REST if quote == '"' else _LITERAL_REST).match(text, i + 1).end()
        return j + 1 if j < len(text) else j

    def _skip_value(self, i: int) -> int:
        """Past one value, whatever its shape, to the end of its line."""
        text = self._text
        n = len(text)
        depth = 0
        while i < n:
            plain = _PLAIN_RUN.match(text, i)
            if plain:
                i = plain.end()
                if i == n:
                    break
            c = text[i]
            if c in "\"'":
                i = self._skip_string(i)
                continue
            if c in "[{":
                depth += 1
            elif c in "]}":
                depth -= 1
            elif c == "#":
                i = self._eol(i)
                if depth <= 0:
                    return i
                continue
            elif c == "\n" and depth <= 0:
                return i + 1
            i += 1
        return i


def _escaped(text: str, k: int) -> bool:
    backslashes = 0
    while k - 1 - backslashes >= 0 and text[k - 1 - backslashes] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
