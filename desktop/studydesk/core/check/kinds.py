"""Each question kind's own fields: the keys it may hold and their rules.

One function per kind, registered with its keys; it returns the kind's
fields for the model's class (bank.QUESTION_CLASSES), or None after noting
what is wrong. A new kind is one more function here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..bank import KeyPoint, Tolerance, finite_number, repeated
from .problems import Problems, suggest

KindCheck = Callable[[Problems, dict, tuple, str], "dict | None"]


class Kind(NamedTuple):
    keys: tuple[str, ...]  # the keys of this kind, beside those every question has
    check: KindCheck


KINDS: dict[str, Kind] = {}


def kind(name: str, *keys: str) -> Callable[[KindCheck], KindCheck]:
    def register(check: KindCheck) -> KindCheck:
        KINDS[name] = Kind(keys, check)
        return check
    return register


@kind("choice", "choices", "answer")
def _choice(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    choices = p.text_list(q, "choices", base, where, minimum=2)
    answer = p.answer_text(q, base, where)
    if choices is None or answer is None:
        return None
    if answer not in choices:
        p.error(base + ("answer",), "value", where, f'answer "{answer}" is not one of its choices',
                suggest(answer, choices, cutoff=0.85))
        return None
    return {"choices": choices, "answer": answer}


@kind("multi", "choices", "answer")
def _multi(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    choices = p.text_list(q, "choices", base, where, minimum=2)
    answers = p.text_list(q, "answer", base, where, minimum=1)
    if choices is None or answers is None:
        return None
    offered = set(choices)  # (a set: both lists may be long)
    missing = [a for a in answers if a not in offered]
    if missing:
        p.error(base + ("answer",), "value", where, f'answer "{missing[0]}" is not one of its choices',
                suggest(missing[0], choices, cutoff=0.85))
        return None
    return {"choices": choices, "answer": answers}


@kind("truefalse", "answer")
def _truefalse(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    answer = q.get("answer")
    if answer is None:
        p.error(base, "table", where, "no answer", "add answer = true or answer = false")
        return None
    if not isinstance(answer, bool):
        p.error(base + ("answer",), "value", where, "answer must be true or false (no quotes)")
        return None
    return {"answer": answer}


@kind("numeric", "answer", "unit", "tolerance")
def _numeric(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    answer = q.get("answer")
    ok = True
    if answer is None:
        p.error(base, "table", where, "no answer", "add answer = a number")
        return None
    if not finite_number(answer):
        p.error(base + ("answer",), "value", where, "answer must be a number (no quotes)",
                _as_number(answer) if isinstance(answer, str) else "")
        ok = False
    unit = q.get("unit", "")
    if not isinstance(unit, str):
        p.error(base + ("unit",), "value", where, "unit must be text")
        ok = False
    raw = q.get("tolerance", 0)
    tolerance = Tolerance.from_toml(raw)
    if tolerance is None:
        if isinstance(raw, str) and raw.strip().endswith("%"):
            p.error(base + ("tolerance",), "value", where, f'tolerance "{raw}" must be a percentage of 0% or more')
        elif finite_number(raw):
            p.error(base + ("tolerance",), "value", where, f"tolerance {raw} is negative",
                    "it is how far either side of the answer still counts, 0 or more")
        else:
            p.error(base + ("tolerance",), "value", where, 'tolerance must be a number or a percentage like "5%"')
        ok = False
    if not ok:
        return None
    return {"answer": float(answer), "unit": unit, "tolerance": tolerance}


@kind("text", "answer", "accept")
def _text(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    answer = p.answer_text(q, base, where)
    accept = p.text_list(q, "accept", base, where, minimum=0, required=False)
    if answer is None or accept is None:
        return None
    return {"answer": answer, "accept": accept}


@kind("order", "items")
def _order(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    items = p.text_list(q, "items", base, where, minimum=2)
    return None if items is None else {"items": items}


@kind("match", "pairs", "distractors")
def _match(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    pairs = q.get("pairs")
    if pairs is None:
        p.error(base, "table", where, "no pairs", 'add pairs = [["left", "right"], ...]')
        return None
    if type(pairs) is not list or not all(
        type(pair) is list and len(pair) == 2 and type(pair[0]) is str and type(pair[1]) is str
        and pair[0].strip() and pair[1].strip()
        for pair in pairs
    ):
        p.error(base + ("pairs",), "value", where, 'pairs must be a list of ["left", "right"] pairs of texts')
        return None
    if len(pairs) < 2:
        p.error(base + ("pairs",), "value", where, "pairs needs at least 2 pairs")
        return None
    lefts = [pair[0] for pair in pairs]
    rights = [pair[1] for pair in pairs]
    for side, items in (("left", lefts), ("right", rights)):
        if len(set(items)) != len(items):
            dupes = repeated(items)
            p.error(base + ("pairs",), "value", where, f'pairs use "{dupes[0]}" twice on the {side}')
            return None
    distractors = p.text_list(q, "distractors", base, where, minimum=0, required=False)
    if distractors is None:
        return None
    right = set(rights)
    clash = [d for d in distractors if d in right] if distractors else []
    if clash:
        p.error(base + ("distractors",), "value", where, f'distractor "{clash[0]}" is also a right answer')
        return None
    return {"pairs": tuple((left, right) for left, right in pairs), "distractors": distractors}


KEY_POINT_KEYS = ("point", "phrases", "evidence")
KEY_POINTS = (2, 5)  # how many key points a written answer is checked against


@kind("written", "model_answer", "key_points")
def _written(p: Problems, q: dict, base: tuple, where: str) -> dict | None:
    model = q.get("model_answer")
    tables = q.get("key_points")
    low, high = KEY_POINTS
    if tables is None:
        # Not yet written (an essay imported from Moodle, say): a warning, and
        # the bank opens without it rather than not at all.
        p.warn(base, "table", where, f"no key points yet: left out of quizzes until it has {low} to {high}"
               + (" and a model_answer" if model is None else ""),
               "add a [[question.key_points]] table for each point, with point, phrases and evidence")
        return None
    ok = True
    if model is None:
        p.error(base, "table", where, "no model_answer", 'add model_answer = "the answer a teacher would write"')
        ok = False
    elif type(model) is not str or not model.strip():
        p.error(base + ("model_answer",), "value", where, "model_answer must be non-empty text")
        ok = False
    if type(tables) is not list or not all(type(t) is dict for t in tables):
        p.error(base + ("key_points",), "value", where,
                "key_points must be tables: [[question.key_points]], each with point, phrases and evidence")
        return None
    if not low <= len(tables) <= high:
        p.error(base + ("key_points", 0), "table", where, f"a written answer needs {low} to {high} key points, "
                f"not {len(tables)}")
        ok = False
    points = [_key_point(p, t, base + ("key_points", i), f"{where}, key point {i + 1}") for i, t in enumerate(tables)]
    if not ok or any(point is None for point in points):
        return None
    return {"model_answer": model, "key_points": tuple(points)}


def _key_point(p: Problems, table: dict, base: tuple, where: str) -> KeyPoint | None:
    ok = True
    for key in table:
        if key not in KEY_POINT_KEYS:
            p.error(base + (key,), "key", where, f'unknown key "{key}"',
                    suggest(key, KEY_POINT_KEYS) or "a key point holds: " + ", ".join(KEY_POINT_KEYS))
            ok = False
    point = table.get("point")
    if point is None:
        p.error(base, "table", where, "no point", 'add point = "what the answer should say"')
        ok = False
    elif type(point) is not str or not point.strip():
        p.error(base + ("point",), "value", where, "point must be non-empty text")
        ok = False
    phrases = p.text_list(table, "phrases", base, where, minimum=1)
    evidence = p.evidence(table.get("evidence"), base + ("evidence",), where)
    if not ok or phrases is None:
        return None
    return KeyPoint(point=point, phrases=phrases, evidence=evidence)


def _as_number(text: str) -> str:
    """How to write a quoted answer as a number: 'write 80, not "eighty"'."""
    from ..numbers import NumberError, parse_quantity  # only a bank with this mistake needs it
    from ..write import toml_number

    try:
        quantity = parse_quantity(text)
    except NumberError:
        return "write the number in digits without quotes, such as 1200"
    unit = f' and unit = "{quantity.unit}"' if quantity.unit else ""
    return f'write {toml_number(quantity.value)}{unit}, not "{text}"'
