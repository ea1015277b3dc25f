"""The [[chart]] tables: figures of the article drawn together, each value
tied to its evidence, with how loosely the article gives it."""

from __future__ import annotations

from typing import Any

from ..bank import CHART_KINDS, Chart, finite_number
from .problems import Problems, suggest

CHART_KEYS = ("id", "title", "kind", "labels", "values", "unit", "evidence", "qualifiers", "derived", "notes",
              "total", "caption")
MAX_CHART_VALUE = 1e15  # beyond this, ratios and axes overflow


def check_charts(p: Problems, tables: Any) -> list[Chart]:
    """The charts that check out; every problem of the others is noted."""
    if tables is None:
        return []
    if not isinstance(tables, list):
        p.error(("chart",), "key", "file", "charts must each be a [[chart]] table (two brackets)")
        return []
    out: list[Chart] = []
    seen: set[str] = set()
    for index, t in enumerate(tables):
        chart = _chart(p, index, t, seen)
        if chart is not None:
            out.append(chart)
    return out


def _chart(p: Problems, index: int, t: Any, seen: set[str]) -> Chart | None:
    base = ("chart", index)
    if not isinstance(t, dict):
        p.error(base, "table", f"chart #{index + 1}", "each chart must be a [[chart]] table")
        return None
    cid = t.get("id")
    where = f'chart "{cid}"' if isinstance(cid, str) and cid else f"chart #{index + 1}"
    ok = True
    for key in t:
        if key not in CHART_KEYS:
            p.error(base + (key,), "key", where, f'unknown key "{key}"', suggest(key, CHART_KEYS))
            ok = False
    if not isinstance(cid, str) or not cid.strip():
        p.error(base + ("id",) if "id" in t else base, "value" if "id" in t else "table", where,
                "no id" if cid is None else "id must be non-empty text")
        ok = False
    elif cid in seen:
        p.error(base + ("id",), "value", where, f'duplicate chart id "{cid}"')
        ok = False
    else:
        seen.add(cid)
    title = t.get("title")
    if not isinstance(title, str) or not title.strip():
        p.error(base + ("title",) if "title" in t else base, "value" if "title" in t else "table", where,
                "no title" if title is None else "title must be non-empty text")
        ok = False
    kind = t.get("kind")
    if kind not in CHART_KINDS:
        p.error(base + ("kind",) if "kind" in t else base, "value" if "kind" in t else "table", where,
                "no kind" if kind is None else f'unknown chart kind "{kind}"',
                suggest(str(kind), CHART_KINDS) or "kind is one of " + ", ".join(CHART_KINDS))
        ok = False
    labels = p.text_list(t, "labels", base, where, minimum=1)
    values = t.get("values")
    if values is None:
        p.error(base, "table", where, "no values", "add values = [number, ...], one per label")
        ok = False
    elif not isinstance(values, list) or not all(finite_number(v) for v in values):
        p.error(base + ("values",), "value", where, "values must be a list of numbers (no quotes)")
        ok = False
        values = None
    elif any(abs(v) > MAX_CHART_VALUE for v in values):
        p.error(base + ("values",), "value", where, f"values must be within \u00b1{MAX_CHART_VALUE:.0e}",
                "a chart cannot draw a figure that large")
        ok = False
        values = None
    if labels is None:
        ok = False
    n = len(labels) if labels else 0
    if labels is not None and values is not None and len(values) != n:
        p.error(base + ("values",), "value", where,
                f"{len(values)} values for {n} labels", "give one value per label")
        ok = False
    evidence = p.evidence(t.get("evidence"), base + ("evidence",), where)
    if len(evidence) not in (0, 1, n):
        p.error(base + ("evidence",), "value", where, f"{len(evidence)} quotes for {n} labels",
                "give one quote for the whole chart or one per label")
        ok = False
    per_value: dict[str, tuple] = {}
    for key, check, fill, what in (
        ("qualifiers", lambda v: isinstance(v, str), "", "texts"),
        ("derived", lambda v: isinstance(v, bool), False, "true or false values"),
        ("notes", lambda v: isinstance(v, str), "", "texts"),
    ):
        raw = t.get(key)
        if raw is None:
            per_value[key] = (fill,) * n
        elif not isinstance(raw, list) or not all(check(v) for v in raw):
            p.error(base + (key,), "value", where, f"{key} must be a list of {what}, one per label")
            ok = False
        elif len(raw) != n:
            p.error(base + (key,), "value", where, f"{len(raw)} {key} for {n} labels", "give one per label")
            ok = False
        else:
            per_value[key] = tuple(raw)
    for key in ("unit", "caption"):
        if key in t and not isinstance(t[key], str):
            p.error(base + (key,), "value", where, f"{key} must be text")
            ok = False
    total = t.get("total")
    if total is not None and (not finite_number(total) or total <= 0):
        p.error(base + ("total",), "value", where, "total must be a number above 0")
        ok = False
    if ok and kind == "share":
        whole = float(total) if total is not None else (100.0 if t.get("unit", "") == "%" else None)
        if whole is None:
            p.error(base, "table", where, "a share chart needs total = the whole its values are parts of",
                    'or give values in percent with unit = "%"')
            ok = False
        elif any(v > whole for v in values):
            p.error(base + ("values",), "value", where, f"a share is larger than its total ({whole:g})")
            ok = False
        total = whole
    if not ok:
        return None
    if len(evidence) == 1 and n > 1:
        evidence = evidence * n
    return Chart(
        id=cid, title=title, kind=kind, labels=labels, values=tuple(float(v) for v in values),
        unit=t.get("unit", ""), evidence=evidence, qualifiers=per_value["qualifiers"],
        derived=per_value["derived"], notes=per_value["notes"],
        total=float(total) if total is not None else None, caption=t.get("caption", ""),
    )
