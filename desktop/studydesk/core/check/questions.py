"""The [[question]] tables: what every question has (an id used once, a
known kind, a prompt, evidence; topic, explanation, hint, points and
difficulty when given), then its kind's own fields (kinds.py)."""

from __future__ import annotations

from typing import Any

from ..bank import DIFFICULTIES, QUESTION_CLASSES, Question, finite_number
from .kinds import KINDS
from .problems import Problems, suggest

COMMON_KEYS = ("id", "kind", "topic", "prompt", "evidence", "explain", "hint", "points", "difficulty")
ALL_KEYS = tuple(dict.fromkeys(COMMON_KEYS + tuple(key for k in KINDS.values() for key in k.keys)))
_ALLOWED = {name: frozenset(COMMON_KEYS + k.keys) for name, k in KINDS.items()}


def check_questions(p: Problems, tables: Any) -> list[Question]:
    """The questions that check out; every problem of the others is noted."""
    if tables is None:
        p.error(("bank",), "table", "file", "the bank has no questions", "add a [[question]] table")
        return []
    if not isinstance(tables, list):
        p.error(("question",), "key", "file", "questions must each be a [[question]] table (two brackets)")
        return []
    out: list[Question] = []
    seen: dict[str, int] = {}
    for index, q in enumerate(tables):
        built = _question(p, index, q, seen)
        if built is not None:
            out.append(built)
    return out


def _question(p: Problems, index: int, q: Any, seen: dict[str, int]) -> Question | None:
    base = ("question", index)
    if type(q) is not dict:
        p.error(base, "table", f"question #{index + 1}", "each question must be a [[question]] table")
        return None
    qid = q.get("id")
    where = f'question "{qid}"' if type(qid) is str and qid else f"question #{index + 1}"
    ok = True
    if type(qid) is not str or not qid.strip() or qid in seen:
        ok = _bad_id(p, qid, base, where, seen)
    else:
        seen[qid] = index

    kind = q.get("kind")
    allowed = _ALLOWED.get(kind) if type(kind) is str else None
    if allowed is None:
        known = "kind is one of " + ", ".join(KINDS)
        if kind is None:
            p.error(base, "table", where, "no kind", known)
        else:
            p.error(base + ("kind",), "value", where, f'unknown kind "{kind}"', suggest(str(kind), tuple(KINDS)) or known)
        return None
    if not allowed.issuperset(q):
        ok = _bad_keys(p, q, kind, allowed, base, where)

    prompt = q.get("prompt")
    if type(prompt) is not str or not prompt.strip():
        if prompt is None:
            p.error(base, "table", where, "no prompt", 'add prompt = "the question a student reads"')
        else:
            p.error(base + ("prompt",), "value", where, "prompt must be non-empty text")
        ok = False

    common: dict[str, Any] = {}
    ok = _optional_fields(p, q, base, where, common) and ok
    evidence = p.evidence(q.get("evidence"), base + ("evidence",), where)

    fields = KINDS[kind].check(p, q, base, where)
    if fields is None or not ok:
        return None
    return QUESTION_CLASSES[kind](id=qid, prompt=prompt, evidence=evidence, **common, **fields)


def _bad_id(p: Problems, qid: Any, base: tuple, where: str, seen: dict[str, int]) -> bool:
    if qid is None:
        p.error(base, "table", where, "no id", 'give each question a unique id = "..."')
    elif type(qid) is not str or not qid.strip():
        p.error(base + ("id",), "value", where, "id must be non-empty text")
    else:
        p.error(base + ("id",), "value", where, f'duplicate id "{qid}"',
                f"question #{seen[qid] + 1} already uses it; ids must be unique")
    return False


def _bad_keys(p: Problems, q: dict, kind: str, allowed: frozenset[str], base: tuple, where: str) -> bool:
    for key in q:
        if key in allowed:
            continue
        if key in ALL_KEYS:
            p.error(base + (key,), "key", where, f'key "{key}" does not apply to kind "{kind}"',
                    "it holds: " + ", ".join(KINDS[kind].keys))
        else:
            p.error(base + (key,), "key", where, f'unknown key "{key}"', suggest(key, COMMON_KEYS + KINDS[kind].keys))
    return False


def _optional_fields(p: Problems, q: dict, base: tuple, where: str, common: dict[str, Any]) -> bool:
    ok = True
    for key in ("topic", "explain", "hint"):
        if key in q:
            if type(q[key]) is str:
                common[key] = q[key]
            else:
                p.error(base + (key,), "value", where, f"{key} must be text")
                ok = False
    if "topic" in common and not common["topic"].strip():
        common["topic"] = "general"
    if "points" in q:
        points = q["points"]
        if not finite_number(points) or points <= 0:
            p.error(base + ("points",), "value", where, "points must be a number above 0")
            ok = False
        else:
            common["points"] = float(points)
    if "difficulty" in q:
        if q["difficulty"] not in DIFFICULTIES:
            p.error(base + ("difficulty",), "value", where, f'difficulty must be one of {", ".join(DIFFICULTIES)}',
                    suggest(str(q["difficulty"]), DIFFICULTIES))
            ok = False
        else:
            common["difficulty"] = q["difficulty"]
    return ok
