"""Bank -> TOML text a teacher can read and edit: one table per question,
fields in a fixed order, optional comments saying where a question came from.

The generator, the GIFT importer and the editor's "Add question" all write
through here, so every bank Study Desk writes looks the same and loads back
to an equal Bank. write_atomic saves any text file safely: whole or not at
all, through links, with the file's own permissions.
"""

from __future__ import annotations

import os
import re
import stat
import time
from collections.abc import Mapping
from pathlib import Path

from .bank import (
    Bank,
    Chart,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_WIDTH = 100  # wrap lists longer than this onto one item per line


def toml_string(text: str) -> str:
    """A TOML basic string, escaped."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def toml_number(value: float) -> str:
    if value == int(value) and abs(value) < 2**53:
        return str(int(value))
    return repr(float(value))


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return toml_number(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, (list, tuple)):
        items = [_value(v) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= _WIDTH:
            return one_line
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


# TOML allows no control characters in a comment, save tab.
_COMMENT_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _comment(text: str) -> str:
    return "".join(f"# {_COMMENT_UNSAFE.sub(' ', line)}".rstrip() + "\n" for line in text.splitlines())


def _evidence(quotes: tuple[str, ...]) -> object:
    return quotes[0] if len(quotes) == 1 else list(quotes)


def question_fields(q: Question) -> list[tuple[str, object]]:
    """The question's fields in the order a teacher reads them, defaults left out."""
    fields: list[tuple[str, object]] = [("id", q.id)]
    if q.topic != "general":
        fields.append(("topic", q.topic))
    fields += [("kind", q.kind), ("prompt", q.prompt)]
    if isinstance(q, ChoiceQuestion | MultiQuestion):
        fields += [("choices", list(q.choices)), ("answer", list(q.answer) if isinstance(q, MultiQuestion) else q.answer)]
    elif isinstance(q, TrueFalseQuestion):
        fields.append(("answer", q.answer))
    elif isinstance(q, NumericQuestion):
        fields.append(("answer", q.answer))
        if q.unit:
            fields.append(("unit", q.unit))
        if q.tolerance.amount:
            fields.append(("tolerance", str(q.tolerance) if q.tolerance.percent else q.tolerance.amount))
    elif isinstance(q, TextQuestion):
        fields.append(("answer", q.answer))
        if q.accept:
            fields.append(("accept", list(q.accept)))
    elif isinstance(q, OrderQuestion):
        fields.append(("items", list(q.items)))
    elif isinstance(q, MatchQuestion):
        fields.append(("pairs", [list(p) for p in q.pairs]))
        if q.distractors:
            fields.append(("distractors", list(q.distractors)))
    elif isinstance(q, WrittenQuestion):  # (an essay imported from Moodle may have neither yet)
        if q.model_answer:
            fields.append(("model_answer", q.model_answer))
        if q.key_points:
            fields.append(("key_points", [_key_point(p) for p in q.key_points]))
    if q.evidence:
        fields.append(("evidence", _evidence(q.evidence)))
    for key in ("explain", "hint"):
        if getattr(q, key):
            fields.append((key, getattr(q, key)))
    if q.points != 1:
        fields.append(("points", q.points))
    if q.difficulty:
        fields.append(("difficulty", q.difficulty))
    return fields


def _key_point(point) -> dict[str, object]:
    fields: dict[str, object] = {"point": point.point, "phrases": list(point.phrases)}
    if point.evidence:
        fields["evidence"] = _evidence(point.evidence)
    return fields


def question_toml(q: Question, comment: str = "") -> str:
    """One [[question]] table, with an optional comment above it. A field
    holding tables (a written answer's key points) follows the others as
    [[question.KEY]] tables, one per item."""
    fields = question_fields(q)
    body = "".join(f"{key} = {_value(value)}\n" for key, value in fields if not _tables(value))
    for key, tables in ((key, value) for key, value in fields if _tables(value)):
        for table in tables:
            body += f"\n[[question.{key}]]\n" + "".join(f"{k} = {_value(v)}\n" for k, v in table.items())
    return _comment(comment) + "[[question]]\n" + body


def _tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def chart_toml(c: Chart, comment: str = "") -> str:
    fields: list[tuple[str, object]] = [("id", c.id), ("title", c.title), ("kind", c.kind)]
    if c.unit:
        fields.append(("unit", c.unit))
    if c.total is not None and not (c.kind == "share" and c.unit == "%" and c.total == 100):
        fields.append(("total", c.total))
    fields += [("labels", list(c.labels)), ("values", list(c.values))]
    if any(c.qualifiers):
        fields.append(("qualifiers", list(c.qualifiers)))
    if any(c.derived):
        fields.append(("derived", list(c.derived)))
    if any(c.notes):
        fields.append(("notes", list(c.notes)))
    if c.evidence:
        same = len(set(c.evidence)) == 1
        fields.append(("evidence", c.evidence[0] if same else list(c.evidence)))
    if c.caption:
        fields.append(("caption", c.caption))
    body = "".join(f"{key} = {_value(value)}\n" for key, value in fields)
    return _comment(comment) + "[[chart]]\n" + body


def bank_toml(
    bank: Bank,
    *,
    header: str = "",
    comments: Mapping[str, str] | None = None,
    group_by_topic: bool = False,
) -> str:
    """The whole bank as TOML. `comments` maps question or chart ids to a note
    written above their table; `header` opens the file."""
    comments = comments or {}
    meta: list[tuple[str, object]] = [("title", bank.title)]
    if bank.article_ref:
        meta.append(("article", bank.article_ref))
    meta += [("language", bank.language), ("format", bank.format)]
    if bank.description:
        meta.append(("description", bank.description))
    parts = [_comment(header) + ("\n" if header else "") + "[bank]\n"
             + "".join(f"{key} = {_value(value)}\n" for key, value in meta)]
    questions = list(bank.questions)
    if group_by_topic:
        order = {topic: i for i, topic in enumerate(bank.topics)}
        questions.sort(key=lambda q: order[q.topic])  # stable: keeps the order within a topic
    topic = None
    for q in questions:
        if group_by_topic and q.topic != topic:
            topic = q.topic
            parts.append(f"# {'-' * 16} {topic}\n")
        parts.append(question_toml(q, comments.get(q.id, "")))
    if bank.charts:
        parts.append(f"# {'-' * 16} charts\n")
    for c in bank.charts:
        parts.append(chart_toml(c, comments.get(c.id, "")))
    return "\n".join(parts)


def relative_ref(target: Path, folder: Path) -> str:
    """A path as a bank holds it (its article, say): relative to the bank's folder."""
    try:
        return Path(os.path.relpath(Path(target).resolve(), Path(folder).resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return Path(target).resolve().as_posix()


def write_atomic(path: str | os.PathLike[str], text: str, *, backup: bool = False) -> None:
    """Write text so that a crash leaves either the old file or the new one.

    The text goes to a temporary file in the same folder, is flushed to disk,
    then renamed over the target. With `backup`, the previous version is first
    copied beside it as NAME~ the same way, so the target never goes missing.

    A symbolic link is written through, to the file it points to; the file
    keeps its permissions (and its owner and group, where we may set them),
    so a private answer key stays private. Temporary files a crashed save
    left behind are removed.
    """
    target = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    remove_stale_temporaries(target)
    if backup and info is not None:
        _replace_with(target.with_name(target.name + "~"), target.read_bytes(), info)
    _replace_with(target, text.encode("utf-8"), info)


# A temporary file is named after its target, the program and the process:
# .NAME.studydesk-PID-RANDOM.tmp. Before, it was .NAME.PID.tmp; both are ours.
_TEMPORARY = r"\.{name}\.(?:studydesk-)?(\d+)(?:-[0-9a-f]+)?\.tmp"
_STALE_AFTER = 24 * 3600  # seconds, where we cannot ask whether the process lives


def remove_stale_temporaries(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files a killed save of `path` (or of its NAME~
    backup) left: ours by their name, and their process is gone. Returns them."""
    target = Path(os.path.realpath(path))
    pattern = re.compile("|".join(_TEMPORARY.format(name=re.escape(name)) for name in (target.name, target.name + "~")))
    removed = []
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        pid = int(next(g for g in match.groups() if g is not None))
        try:
            if _process_lives(pid, entry.stat(follow_symlinks=False).st_mtime):
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _process_lives(pid: int, mtime: float) -> bool:
    if os.name != "posix":  # no harmless way to ask: count a day-old file as stale
        return time.time() - mtime < _STALE_AFTER
    if pid == os.getpid():
        return True  # another thread of ours may be saving
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, and belongs to someone else
        return True
    return True


def _replace_with(target: Path, data: bytes, like: os.stat_result | None) -> None:
    """Replace `target` with `data`; the new file has the mode and owner of `like`."""
    tmp = target.with_name(f".{target.name}.studydesk-{os.getpid()}-{os.urandom(4).hex()}.tmp")
    # A file that exists is private until it has its own mode: the data never
    # sits readable by more people than the file it replaces.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                 0o600 if like is not None else 0o666)
    try:
        with open(fd, "wb") as f:
            if like is not None:
                _take_owner_and_mode(f.fileno(), like)
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    _fsync_dir(target.parent)


def _take_owner_and_mode(fd: int, like: os.stat_result) -> None:
    if hasattr(os, "fchown") and (like.st_uid, like.st_gid) != (os.getuid(), os.getgid()):
        # Only the superuser may give a file away; anyone may set a group they are in.
        for uid in (like.st_uid, -1):
            try:
                os.fchown(fd, uid, like.st_gid)
                break
            except OSError:
                continue
    if hasattr(os, "fchmod"):  # not on Windows, whose files have no such mode
        os.fchmod(fd, stat.S_IMODE(like.st_mode))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
