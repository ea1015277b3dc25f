"""Read a bank file into a Bank, or report every problem in it at once.

Each problem names the file, line, column, the question or chart it is in,
and what to do about it. Nothing here raises on bad input: a caller gets a
LoadResult holding a Bank (when there are no errors) and the problems.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path
from collections.abc import Callable, MutableMapping
from typing import Any

import msgspec

import tomli

from .article import Article, parse_article
from .files import MAX_ARTICLE_BYTES, MAX_BANK_BYTES, TextFileError, read_text_file
from .bank import (
    CHART_KINDS,
    DIFFICULTIES,
    FORMAT_VERSION,
    QUESTION_CLASSES,
    Bank,
    Chart,
    Question,
    Tolerance,
    finite_number,
)

MAX_CHART_VALUE = 1e15  # beyond this, ratios and axes overflow

BANK_KEYS = ("title", "article", "language", "format", "description")
COMMON_KEYS = ("id", "kind", "topic", "prompt", "evidence", "explain", "hint", "points", "difficulty")
KIND_KEYS = {
    "choice": ("choices", "answer"),
    "multi": ("choices", "answer"),
    "truefalse": ("answer",),
    "numeric": ("answer", "unit", "tolerance"),
    "text": ("answer", "accept"),
    "order": ("items",),
    "match": ("pairs", "distractors"),
}
ALL_QUESTION_KEYS = tuple(dict.fromkeys(COMMON_KEYS + sum(KIND_KEYS.values(), ())))
CHART_KEYS = ("id", "title", "kind", "labels", "values", "unit", "evidence", "qualifiers", "derived", "notes",
              "total", "caption")
_ALLOWED = {kind: frozenset(COMMON_KEYS + keys) for kind, keys in KIND_KEYS.items()}


class BankError(msgspec.Struct, frozen=True):
    file: str
    line: int
    column: int
    where: str  # 'question "force-ratio"', 'chart "population"', "bank", "file"
    message: str
    hint: str = ""
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        loc = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        text = f"{loc}: {self.where}: {self.message}"
        if self.severity == "warning":
            text = f"{loc}: warning: {self.where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file, "line": self.line, "column": self.column, "where": self.where,
            "message": self.message, "hint": self.hint, "severity": self.severity,
        }


class LoadResult(msgspec.Struct, frozen=True):
    bank: Bank | None
    problems: tuple[BankError, ...] = ()

    @property
    def errors(self) -> tuple[BankError, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[BankError, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")

    @property
    def ok(self) -> bool:
        return self.bank is not None


def read_article(path: Path) -> Article:
    text = read_text_file(path, limit=MAX_ARTICLE_BYTES, what="article")
    article = parse_article(text)
    if not article.blocks:
        raise TextFileError(f"the article {path} is empty")
    return article


def load_bank(path: str | os.PathLike[str], *, articles: MutableMapping[Path, Article] | None = None) -> LoadResult:
    """Read and check a bank file.

    `articles` is a cache of articles already read, by resolved path: the
    editor checks as the teacher types and need not re-read the article.
    """
    path = Path(path)
    name = os.fspath(path)
    try:
        text = read_text_file(path, limit=MAX_BANK_BYTES, what="bank")
    except TextFileError as exc:
        return _fail(name, "file", str(exc), line=exc.line, column=exc.column)
    return load_bank_text(text, path, articles=articles)


def load_bank_text(text: str, path: str | os.PathLike[str], *,
                   articles: MutableMapping[Path, Article] | None = None) -> LoadResult:
    """Check a bank's text as if read from `path` (the editor checks unsaved text this way)."""
    path = Path(path)
    name = os.fspath(path)
    if not text or text.isspace():  # not strip(): that would copy a large bank to learn this
        return _fail(name, "file", "the file is empty", hint="a bank starts with a [bank] table", line=1, column=1)
    # A bank makes tens of thousands of small objects and no reference
    # cycles; pausing the cyclic collector meanwhile saves about a tenth.
    collecting = gc.isenabled()
    gc.disable()
    try:
        doc = tomli.loads(text)
        return _Checker(name, path, text, articles).run(doc)
    except tomli.TOMLDecodeError as exc:
        return LoadResult(None, (_syntax_error(name, exc),))
    finally:
        if collecting:
            gc.enable()


def _fail(name: str, where: str, message: str, hint: str = "", *, line: int = 0, column: int = 0) -> LoadResult:
    return LoadResult(None, (BankError(name, line, column, where, message, hint),))


def _syntax_error(name: str, exc: tomli.TOMLDecodeError) -> BankError:
    msg = getattr(exc, "msg", str(exc))
    line = getattr(exc, "lineno", 0) or 0
    col = getattr(exc, "colno", 0) or 0
    hint = ""
    if msg.startswith("Cannot overwrite a value") or msg.startswith("Cannot declare"):
        msg, hint = "duplicate key or table", "each key may be set once per table"
    elif msg.startswith("Invalid value"):
        hint = 'strings need quotes: prompt = "..."'
    elif msg.startswith("Unclosed") or "end of document" in str(exc):
        hint = "a string, array or table is not closed"
    return BankError(name, line, col, "TOML syntax", msg[0].lower() + msg[1:], hint)


def _suggest(word: str, options: tuple[str, ...] | list[str], cutoff: float = 0.6) -> str:
    import difflib  # only banks with mistakes need it; start-up does not

    close = difflib.get_close_matches(word, options, n=1, cutoff=cutoff)
    return f'did you mean "{close[0]}"?' if close else ""


class _Problem(msgspec.Struct):
    path: tuple
    anchor: str  # "table", "key" or "value"
    where: str
    message: str
    hint: str = ""
    severity: str = "error"


class _Checker(msgspec.Struct):
    name: str
    path: Path
    text: str
    articles: MutableMapping[Path, Article] | None
    problems: list[_Problem] = msgspec.field(default_factory=list)
    _article_path: Path | None = None

    def error(self, path: tuple, anchor: str, where: str, message: str, hint: str = "") -> None:
        self.problems.append(_Problem(path, anchor, where, message, hint))

    def warn(self, path: tuple, anchor: str, where: str, message: str, hint: str = "") -> None:
        self.problems.append(_Problem(path, anchor, where, message, hint, "warning"))

    def run(self, doc: dict[str, Any]) -> LoadResult:
        for key in doc:
            if key not in ("bank", "question", "chart"):
                hint = _suggest(key, ["bank", "question", "chart"])
                self.error((key,), "key", "file", f'unknown table "{key}"',
                           hint or "a bank has [bank], [[question]] and [[chart]] tables")
        meta = self._bank_table(doc.get("bank"))
        article = self._article(meta)
        questions = self._questions(doc.get("question"), article)
        charts = self._charts(doc.get("chart"), article)
        problems = self._resolve()
        if any(p.severity == "error" for p in problems):
            return LoadResult(None, problems)
        bank = Bank(
            title=meta["title"], language=meta.get("language", "en"), format=meta.get("format", FORMAT_VERSION),
            description=meta.get("description", ""), article_ref=meta.get("article", ""),
            article_path=self._article_path, article=article, questions=tuple(questions), charts=tuple(charts),
            path=self.path,
        )
        return LoadResult(bank, problems)

    def _resolve(self) -> tuple[BankError, ...]:
        if not self.problems:
            return ()
        from .toml_positions import TomlPositions  # only a bank with problems needs positions

        positions = TomlPositions(self.text)
        out = []
        for p in self.problems:
            line, col = getattr(positions, p.anchor)(p.path)
            out.append(BankError(self.name, line, col, p.where, p.message, p.hint, p.severity))
        out.sort(key=lambda e: (e.line, e.column))
        return tuple(out)

    # [bank]

    def _bank_table(self, meta: Any) -> dict[str, Any]:
        if meta is None:
            self.error(("bank",), "table", "bank", "no [bank] table",
                       hint='start the file with [bank] and title = "..."')
            return {"title": ""}
        if not isinstance(meta, dict):
            self.error(("bank",), "key", "bank", "bank must be a table: write [bank] on its own line")
            return {"title": ""}
        for key in meta:
            if key not in BANK_KEYS:
                self.error(("bank", key), "key", "bank", f'unknown key "{key}"', _suggest(key, BANK_KEYS))
        title = meta.get("title")
        if title is None:
            self.error(("bank",), "table", "bank", 'no title', hint='add title = "..."')
        elif not isinstance(title, str) or not title.strip():
            self.error(("bank", "title"), "value", "bank", "title must be non-empty text")
        for key in ("language", "description", "article"):
            if key in meta and not isinstance(meta[key], str):
                self.error(("bank", key), "value", "bank", f"{key} must be text")
        fmt = meta.get("format", FORMAT_VERSION)
        if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
            self.error(("bank", "format"), "value", "bank", "format must be a whole number (1)")
        elif fmt > FORMAT_VERSION:
            self.error(("bank", "format"), "value", "bank",
                       f"format {fmt} is newer than this Study Desk reads (up to {FORMAT_VERSION})",
                       "update Study Desk to open this bank")
        clean = dict(meta)
        clean["title"] = title if isinstance(title, str) else ""
        return clean

    # The article

    def _article(self, meta: dict[str, Any]) -> Article | None:
        ref = meta.get("article")
        if ref is None:
            if meta.get("title"):
                self.warn(("bank",), "table", "bank", "no article: evidence quotes are not checked",
                          'add article = "path/to/article.txt" to check them')
            return None
        if not isinstance(ref, str):
            return None
        if not ref.strip():
            self.error(("bank", "article"), "value", "bank", "article is empty",
                       "give the path of the article's text file, relative to this bank")
            return None
        if "\x00" in ref:
            self.error(("bank", "article"), "value", "bank", "article path holds a NUL character")
            return None
        path = (self.path.parent / ref).resolve() if not Path(ref).is_absolute() else Path(ref)
        self._article_path = path
        if self.articles is not None and path in self.articles:
            return self.articles[path]
        try:
            article = read_article(path)
        except TextFileError as exc:
            self.error(("bank", "article"), "value", "bank", str(exc),
                       "the path is relative to the bank file" if not path.exists() else "")
            return None
        if self.articles is not None:
            self.articles[path] = article
        return article

    def _evidence(self, value: Any, path: tuple, where: str, article: Article | None,
                  required: bool) -> tuple[str, ...]:
        if value is None:
            if required:
                self.error(path[:-1], "table", where, "no evidence",
                           'quote the sentence it comes from: evidence = "..."')
            return ()
        quotes = (value,) if isinstance(value, str) else value
        if not isinstance(quotes, list | tuple) or not all(isinstance(q, str) for q in quotes):
            self.error(path, "value", where, "evidence must be a quote, or a list of quotes")
            return ()
        if not quotes or not all(q.strip() for q in quotes):
            self.error(path, "value", where, "evidence is empty", "quote the sentence it comes from")
            return ()
        if article is not None:
            for quote in quotes:
                if not article.contains(quote):
                    closest = article.closest_passage(quote)
                    self.error(path, "value", where, "evidence not found in the article",
                               f'closest passage: "{closest}"' if closest else "quote the article word for word")
        return tuple(quotes)

    # [[question]]

    def _questions(self, tables: Any, article: Article | None) -> list[Question]:
        if tables is None:
            self.error(("bank",), "table", "file", "the bank has no questions",
                       "add a [[question]] table")
            return []
        if not isinstance(tables, list):
            self.error(("question",), "key", "file", "questions must each be a [[question]] table (two brackets)")
            return []
        out: list[Question] = []
        seen: dict[str, int] = {}
        for index, q in enumerate(tables):
            built = self._question(index, q, article, seen)
            if built is not None:
                out.append(built)
        return out

    def _question(self, index: int, q: Any, article: Article | None, seen: dict[str, int]) -> Question | None:
        base = ("question", index)
        if type(q) is not dict:
            self.error(base, "table", f"question #{index + 1}", "each question must be a [[question]] table")
            return None
        qid = q.get("id")
        where = f'question "{qid}"' if type(qid) is str and qid else f"question #{index + 1}"
        ok = True
        if type(qid) is not str or not qid.strip() or qid in seen:
            ok = self._bad_id(qid, base, where, seen)
        else:
            seen[qid] = index

        kind = q.get("kind")
        allowed = _ALLOWED.get(kind) if type(kind) is str else None
        if allowed is None:
            if kind is None:
                self.error(base, "table", where, "no kind", "kind is one of " + ", ".join(KIND_KEYS))
            else:
                hint = _suggest(str(kind), tuple(KIND_KEYS)) or "kind is one of " + ", ".join(KIND_KEYS)
                self.error(base + ("kind",), "value", where, f'unknown kind "{kind}"', hint)
            return None
        if not allowed.issuperset(q):
            ok = self._bad_keys(q, kind, allowed, base, where)

        prompt = q.get("prompt")
        if type(prompt) is not str or not prompt.strip():
            if prompt is None:
                self.error(base, "table", where, "no prompt", 'add prompt = "the question a student reads"')
            else:
                self.error(base + ("prompt",), "value", where, "prompt must be non-empty text")
            ok = False

        common: dict[str, Any] = {}
        ok = self._optional_fields(q, base, where, common) and ok
        evidence = self._evidence(q.get("evidence"), base + ("evidence",), where, article,
                                  required=article is not None)

        fields = _KIND_CHECKS[kind](self, q, base, where)
        if fields is None or not ok:
            return None
        return QUESTION_CLASSES[kind](id=qid, prompt=prompt, evidence=evidence, **common, **fields)

    def _bad_id(self, qid: Any, base: tuple, where: str, seen: dict[str, int]) -> bool:
        if qid is None:
            self.error(base, "table", where, "no id", 'give each question a unique id = "..."')
        elif type(qid) is not str or not qid.strip():
            self.error(base + ("id",), "value", where, "id must be non-empty text")
        else:
            self.error(base + ("id",), "value", where, f'duplicate id "{qid}"',
                       f"question #{seen[qid] + 1} already uses it; ids must be unique")
        return False

    def _bad_keys(self, q: dict, kind: str, allowed: frozenset[str], base: tuple, where: str) -> bool:
        for key in q:
            if key in allowed:
                continue
            if key in ALL_QUESTION_KEYS:
                self.error(base + (key,), "key", where, f'key "{key}" does not apply to kind "{kind}"',
                           "it holds: " + ", ".join(KIND_KEYS[kind]))
            else:
                self.error(base + (key,), "key", where, f'unknown key "{key}"',
                           _suggest(key, COMMON_KEYS + KIND_KEYS[kind]))
        return False

    def _optional_fields(self, q: dict, base: tuple, where: str, common: dict[str, Any]) -> bool:
        ok = True
        for key in ("topic", "explain", "hint"):
            if key in q:
                if type(q[key]) is str:
                    common[key] = q[key]
                else:
                    self.error(base + (key,), "value", where, f"{key} must be text")
                    ok = False
        if "topic" in common and not common["topic"].strip():
            common["topic"] = "general"
        if "points" in q:
            points = q["points"]
            if not finite_number(points) or points <= 0:
                self.error(base + ("points",), "value", where, "points must be a number above 0")
                ok = False
            else:
                common["points"] = float(points)
        if "difficulty" in q:
            if q["difficulty"] not in DIFFICULTIES:
                self.error(base + ("difficulty",), "value", where,
                           f'difficulty must be one of {", ".join(DIFFICULTIES)}',
                           _suggest(str(q["difficulty"]), DIFFICULTIES))
                ok = False
            else:
                common["difficulty"] = q["difficulty"]
        return ok

    def _charts(self, tables: Any, article: Article | None) -> list[Chart]:
        if tables is None:
            return []
        if not isinstance(tables, list):
            self.error(("chart",), "key", "file", "charts must each be a [[chart]] table (two brackets)")
            return []
        out: list[Chart] = []
        seen: set[str] = set()
        for index, t in enumerate(tables):
            chart = _chart(self, index, t, article, seen)
            if chart is not None:
                out.append(chart)
        return out

    def text_list(self, q: dict, key: str, base: tuple, where: str, *, minimum: int, unique: bool = True,
                  required: bool = True) -> tuple[str, ...] | None:
        value = q.get(key)
        if value is None:
            if required:
                self.error(base, "table", where, f"no {key}", f'add {key} = ["...", "..."]')
                return None
            return ()
        if type(value) is not list or not all(type(v) is str and v.strip() for v in value):
            if type(value) is list and all(type(v) is str for v in value):
                self.error(base + (key,), "value", where, f"{key} has an empty entry")
            else:
                self.error(base + (key,), "value", where, f"{key} must be a list of texts")
            return None
        if len(value) < minimum:
            self.error(base + (key,), "value", where, f"{key} needs at least {minimum} entries")
            return None
        if unique and len(set(value)) != len(value):
            dupes = sorted({v for v in value if value.count(v) > 1})
            self.error(base + (key,), "value", where, f'{key} lists "{dupes[0]}" twice')
            return None
        return tuple(value)

    def answer_text(self, q: dict, base: tuple, where: str) -> str | None:
        answer = q.get("answer")
        if answer is None:
            self.error(base, "table", where, "no answer", 'add answer = "..."')
            return None
        if not isinstance(answer, str) or not answer.strip():
            self.error(base + ("answer",), "value", where, "answer must be non-empty text")
            return None
        return answer


def _check_choice(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    choices = c.text_list(q, "choices", base, where, minimum=2)
    answer = c.answer_text(q, base, where)
    if choices is None or answer is None:
        return None
    if answer not in choices:
        c.error(base + ("answer",), "value", where, f'answer "{answer}" is not one of its choices',
                _suggest(answer, choices, cutoff=0.85))
        return None
    return {"choices": choices, "answer": answer}


def _check_multi(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    choices = c.text_list(q, "choices", base, where, minimum=2)
    answers = c.text_list(q, "answer", base, where, minimum=1)
    if choices is None or answers is None:
        return None
    missing = [a for a in answers if a not in choices]
    if missing:
        c.error(base + ("answer",), "value", where, f'answer "{missing[0]}" is not one of its choices',
                _suggest(missing[0], choices, cutoff=0.85))
        return None
    return {"choices": choices, "answer": answers}


def _check_truefalse(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    answer = q.get("answer")
    if answer is None:
        c.error(base, "table", where, "no answer", "add answer = true or answer = false")
        return None
    if not isinstance(answer, bool):
        c.error(base + ("answer",), "value", where, "answer must be true or false (no quotes)")
        return None
    return {"answer": answer}


def _check_numeric(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    answer = q.get("answer")
    ok = True
    if answer is None:
        c.error(base, "table", where, "no answer", "add answer = a number")
        return None
    if not finite_number(answer):
        c.error(base + ("answer",), "value", where, "answer must be a number (no quotes)",
                "write 1200, not \"1,200\"" if isinstance(answer, str) else "")
        ok = False
    unit = q.get("unit", "")
    if not isinstance(unit, str):
        c.error(base + ("unit",), "value", where, "unit must be text")
        ok = False
    raw = q.get("tolerance", 0)
    tolerance = Tolerance.from_toml(raw)
    if tolerance is None:
        if isinstance(raw, str) and raw.strip().endswith("%"):
            c.error(base + ("tolerance",), "value", where, f'tolerance "{raw}" must be a percentage of 0% or more')
        elif finite_number(raw):
            c.error(base + ("tolerance",), "value", where, f"tolerance {raw} is negative",
                    "it is how far either side of the answer still counts, 0 or more")
        else:
            c.error(base + ("tolerance",), "value", where, 'tolerance must be a number or a percentage like "5%"')
        ok = False
    if not ok:
        return None
    return {"answer": float(answer), "unit": unit, "tolerance": tolerance}


def _check_text(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    answer = c.answer_text(q, base, where)
    accept = c.text_list(q, "accept", base, where, minimum=0, required=False)
    if answer is None or accept is None:
        return None
    return {"answer": answer, "accept": accept}


def _check_order(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    items = c.text_list(q, "items", base, where, minimum=2)
    return None if items is None else {"items": items}


def _check_match(c: _Checker, q: dict, base: tuple, where: str) -> dict | None:
    pairs = q.get("pairs")
    if pairs is None:
        c.error(base, "table", where, "no pairs", 'add pairs = [["left", "right"], ...]')
        return None
    if type(pairs) is not list or not all(
        type(p) is list and len(p) == 2 and type(p[0]) is str and type(p[1]) is str and p[0].strip() and p[1].strip()
        for p in pairs
    ):
        c.error(base + ("pairs",), "value", where, 'pairs must be a list of ["left", "right"] pairs of texts')
        return None
    if len(pairs) < 2:
        c.error(base + ("pairs",), "value", where, "pairs needs at least 2 pairs")
        return None
    lefts = [p[0] for p in pairs]
    rights = [p[1] for p in pairs]
    for side, items in (("left", lefts), ("right", rights)):
        if len(set(items)) != len(items):
            dupes = sorted({v for v in items if items.count(v) > 1})
            c.error(base + ("pairs",), "value", where, f'pairs use "{dupes[0]}" twice on the {side}')
            return None
    distractors = c.text_list(q, "distractors", base, where, minimum=0, required=False)
    if distractors is None:
        return None
    clash = [d for d in distractors if d in rights] if distractors else []
    if clash:
        c.error(base + ("distractors",), "value", where, f'distractor "{clash[0]}" is also a right answer')
        return None
    return {"pairs": tuple((left, right) for left, right in pairs), "distractors": distractors}


_KIND_CHECKS: dict[str, Callable[[_Checker, dict, tuple, str], dict | None]] = {
    "choice": _check_choice,
    "multi": _check_multi,
    "truefalse": _check_truefalse,
    "numeric": _check_numeric,
    "text": _check_text,
    "order": _check_order,
    "match": _check_match,
}


# [[chart]]

def _chart(c: _Checker, index: int, t: Any, article: Article | None, seen: set[str]) -> Chart | None:
    base = ("chart", index)
    if not isinstance(t, dict):
        c.error(base, "table", f"chart #{index + 1}", "each chart must be a [[chart]] table")
        return None
    cid = t.get("id")
    where = f'chart "{cid}"' if isinstance(cid, str) and cid else f"chart #{index + 1}"
    ok = True
    for key in t:
        if key not in CHART_KEYS:
            c.error(base + (key,), "key", where, f'unknown key "{key}"', _suggest(key, CHART_KEYS))
            ok = False
    if not isinstance(cid, str) or not cid.strip():
        c.error(base + ("id",) if "id" in t else base, "value" if "id" in t else "table", where,
                "no id" if cid is None else "id must be non-empty text")
        ok = False
    elif cid in seen:
        c.error(base + ("id",), "value", where, f'duplicate chart id "{cid}"')
        ok = False
    else:
        seen.add(cid)
    title = t.get("title")
    if not isinstance(title, str) or not title.strip():
        c.error(base + ("title",) if "title" in t else base, "value" if "title" in t else "table", where,
                "no title" if title is None else "title must be non-empty text")
        ok = False
    kind = t.get("kind")
    if kind not in CHART_KINDS:
        c.error(base + ("kind",) if "kind" in t else base, "value" if "kind" in t else "table", where,
                "no kind" if kind is None else f'unknown chart kind "{kind}"',
                _suggest(str(kind), CHART_KINDS) or "kind is one of " + ", ".join(CHART_KINDS))
        ok = False
    labels = c.text_list(t, "labels", base, where, minimum=1)
    values = t.get("values")
    if values is None:
        c.error(base, "table", where, "no values", "add values = [number, ...], one per label")
        ok = False
    elif not isinstance(values, list) or not all(finite_number(v) for v in values):
        c.error(base + ("values",), "value", where, "values must be a list of numbers (no quotes)")
        ok = False
        values = None
    elif any(abs(v) > MAX_CHART_VALUE for v in values):
        c.error(base + ("values",), "value", where, f"values must be within \u00b1{MAX_CHART_VALUE:.0e}",
                "a chart cannot draw a figure that large")
        ok = False
        values = None
    if labels is None:
        ok = False
    n = len(labels) if labels else 0
    if labels is not None and values is not None and len(values) != n:
        c.error(base + ("values",), "value", where,
                f"{len(values)} values for {n} labels", "give one value per label")
        ok = False
    evidence = c._evidence(t.get("evidence"), base + ("evidence",), where, article, required=article is not None)
    if len(evidence) not in (0, 1, n):
        c.error(base + ("evidence",), "value", where, f"{len(evidence)} quotes for {n} labels",
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
            c.error(base + (key,), "value", where, f"{key} must be a list of {what}, one per label")
            ok = False
        elif len(raw) != n:
            c.error(base + (key,), "value", where, f"{len(raw)} {key} for {n} labels", "give one per label")
            ok = False
        else:
            per_value[key] = tuple(raw)
    for key in ("unit", "caption"):
        if key in t and not isinstance(t[key], str):
            c.error(base + (key,), "value", where, f"{key} must be text")
            ok = False
    total = t.get("total")
    if total is not None and (not finite_number(total) or total <= 0):
        c.error(base + ("total",), "value", where, "total must be a number above 0")
        ok = False
    if ok and kind == "share":
        whole = float(total) if total is not None else (100.0 if t.get("unit", "") == "%" else None)
        if whole is None:
            c.error(base, "table", where, "a share chart needs total = the whole its values are parts of",
                    'or give values in percent with unit = "%"')
            ok = False
        elif any(v > whole for v in values):
            c.error(base + ("values",), "value", where, f"a share is larger than its total ({whole:g})")
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


