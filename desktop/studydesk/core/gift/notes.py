"""What Study Desk and GIFT each lack, carried across in words both can hold.

Two conventions, shared by the importer and the exporter so that they stay
each other's inverse:

* Per-answer feedback (GIFT has it, Study Desk does not) is folded into the
  explanation as lines "If you chose X: ..." after the general feedback.
  The exporter unfolds such lines back into per-answer feedback.
* Fields GIFT has no place for (evidence, hint, difficulty, points, unit, a
  percentage tolerance, a written answer's key points and explanation, whole
  order questions) travel in comment lines
  `// studydesk: key = <TOML value>` just before the question. Moodle skips
  comments; the importer reads them back.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Any

import tomli

from ..bank import DIFFICULTIES, KeyPoint
from ..write import toml_number, toml_string
from .text import php_trim

# Per-answer feedback.

ANYTHING_ELSE = "If you answered anything else"  # Moodle's "*" answer in short answer questions
RIGHT_NUMBER = "If your answer was right"
WRONG_NUMBER = "If your answer was wrong"


def chose(choice: str) -> str:
    return f"If you chose {choice}"


def answered(answer: str) -> str:
    return f"If you answered {answer}"


def fold_feedback(general: str, entries: Sequence[tuple[str, str]]) -> str:
    """The explanation: general feedback, a blank line, then one line per answer with feedback."""
    lines = "\n".join(f"{label}: {text}" for label, text in entries if text)
    return "\n\n".join(part for part in (general, lines) if part)


_LINE = re.compile(r"^(If you (?:chose|answered) .+?|If your answer was (?:right|wrong)): (.*)$")


def unfold_feedback(explain: str, labels: Sequence[str] = ()) -> tuple[str, list[tuple[str, str]]]:
    """(general, [(label, feedback)]) such that fold_feedback gives `explain` back.

    Trailing "If you ...: ..." lines are taken as per-answer feedback; a known
    label (a choice, which may itself hold ": ") wins over the shortest reading.
    When the text is not of that shape, all of it is general feedback.
    """
    known = sorted(labels, key=len, reverse=True)
    lines = explain.split("\n")
    entries: list[tuple[str, str]] = []
    while lines:
        line = lines[-1]
        label = next((k for k in known if line.startswith(k + ": ")), None)
        if label is None:
            m = _LINE.match(line)
            if not m:
                break
            label = m.group(1)
        text = line[len(label) + 2:]
        if not text or text != php_trim(text) or any(label == seen for seen, _ in entries):
            break
        entries.append((label, text))
        lines.pop()
    entries.reverse()
    if entries and lines:
        if lines[-1] != "":
            return explain, []
        lines.pop()
    general = "\n".join(lines)
    if general != php_trim(general) or fold_feedback(general, entries) != explain:
        return explain, []
    return general, entries


# `// studydesk:` comments.

MARK = "studydesk:"
_NOTE = re.compile(r"^studydesk:\s*([A-Za-z_]+)\s*=\s*(.+)$")


def note_line(key: str, value: object) -> str:
    return f"// {MARK} {key} = {_toml(value)}"


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return toml_number(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + "}"
    return toml_string(str(value))


def read_notes(comments: Sequence[str]) -> tuple[dict[str, Any], list[str], list[str]]:
    """(values, other comments, problems) from a block's comment lines (without the //)."""
    values: dict[str, Any] = {}
    others: list[str] = []
    problems: list[str] = []
    for comment in comments:
        if not comment.startswith(MARK):
            others.append(comment)
            continue
        m = _NOTE.match(comment)
        if not m:
            continue  # prose after "studydesk:", such as the order question's heading
        key, raw = m.groups()
        try:
            values[key] = tomli.loads(f"v = {raw}")["v"]
        except (tomli.TOMLDecodeError, RecursionError):  # tomli refuses arrays nested 400 deep this way
            problems.append(f'cannot read the note "// {comment[:60]}": its value is not TOML')
    return values, others, problems


def _text_list(value: Any) -> tuple[str, ...] | None:
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list) and items and all(isinstance(v, str) and v.strip() for v in items):
        return tuple(items)
    return None


def _distinct_texts(value: Any) -> tuple[str, ...] | None:
    items = _text_list(value) if isinstance(value, list) else None
    return items if items and len(items) >= 2 and len(set(items)) == len(items) else None


def _positive(value: Any) -> float | None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0
    return float(value) if ok else None


def _key_points(value: Any) -> tuple[KeyPoint, ...] | None:
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        return None
    points = []
    for table in value:
        point, phrases = table.get("point"), _text_list(table.get("phrases"))
        evidence = _text_list(table["evidence"]) if "evidence" in table else ()
        if set(table) - {"point", "phrases", "evidence"} or not isinstance(point, str) or not point.strip() \
                or not phrases or evidence is None:
            return None
        points.append(KeyPoint(point=point, phrases=phrases, evidence=evidence))
    return tuple(points)


def key_point_notes(points: Sequence[KeyPoint]) -> list[dict[str, Any]]:
    """A written question's key points as the note `key_points` holds them."""
    out = []
    for point in points:
        table: dict[str, Any] = {"point": point.point, "phrases": list(point.phrases)}
        if point.evidence:
            table["evidence"] = list(point.evidence)
        out.append(table)
    return out


# How each note is checked: key -> (convert or None when invalid, what it should be).
NOTE_FIELDS: dict[str, tuple[Any, str]] = {
    "id": (lambda v: v if isinstance(v, str) and v.strip() else None, "non-empty text"),
    "evidence": (_text_list, "a quote or a list of quotes"),
    "hint": (lambda v: v if isinstance(v, str) else None, "text"),
    "difficulty": (lambda v: v if v in DIFFICULTIES else None, ", ".join(DIFFICULTIES)),
    "points": (_positive, "a number above 0"),
    "unit": (lambda v: v if isinstance(v, str) else None, "text"),
    "tolerance": (lambda v: v if isinstance(v, str) and re.fullmatch(r"\d+(\.\d+)?%", v) else None,
                  'a percentage like "5%"'),
    "kind": (lambda v: v if v == "order" else None, '"order"'),
    "prompt": (lambda v: v if isinstance(v, str) and v.strip() else None, "non-empty text"),
    "explain": (lambda v: v if isinstance(v, str) else None, "text"),
    "items": (_distinct_texts, "a list of 2 or more different texts"),
    "key_points": (_key_points, "a list of {point, phrases, evidence} tables"),
}
