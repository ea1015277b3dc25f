"""Read a bank file, or take a bank's text, and check it whole (parsed whole, or table by table)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any

import tomli

from ..article import Article
from ..bank import FORMAT_VERSION, Bank
from ..files import MAX_BANK_BYTES, TextFileError, read_text_file
from .bank_table import article_path, check_article, check_bank_table
from .charts import check_charts
from .problems import Positions, Problems, TooManyErrors, suggest
from .questions import check_questions
from .result import BankError, LoadResult
from .sections import SectionCache, SyntaxProblem

TABLES = ("bank", "question", "chart")


def load_bank(path: str | os.PathLike[str], *, articles: MutableMapping[Path, Article] | None = None) -> LoadResult:
    """Read and check a bank file.

    `articles` is a cache of articles already read, by resolved path: the
    editor checks as the teacher types and need not re-read the article.
    """
    path = Path(path)
    try:
        text = read_text_file(path, limit=MAX_BANK_BYTES, what="bank")
    except TextFileError as exc:
        return _fail(os.fspath(path), "file", str(exc), line=exc.line, column=exc.column)
    return load_bank_text(text, path, articles=articles)


def load_bank_text(text: str, path: str | os.PathLike[str], *,
                   articles: MutableMapping[Path, Article] | None = None,
                   sections: SectionCache | None = None) -> LoadResult:
    """Check a bank's text as if read from `path` (the editor checks unsaved text this way).

    With `sections`, the text is parsed table by table, and a table whose
    text is as it was at the last check is not parsed again (sections.py).
    """
    path = Path(path)
    name = os.fspath(path)
    if not text or text.isspace():  # not strip(): that would copy a large bank to learn this
        return _fail(name, "file", "the file is empty", hint="a bank starts with a [bank] table", line=1, column=1)
    # A bank makes tens of thousands of small objects and no reference
    # cycles; pausing the cyclic collector meanwhile saves about a tenth.
    collecting = gc.isenabled()
    gc.disable()
    try:
        parsed = sections.parse(text) if sections is not None else None
        if isinstance(parsed, SyntaxProblem):
            return LoadResult(None, (_syntax_error(name, text, parsed.error, parsed.line - 1),))
        if parsed is not None:
            return _check(parsed, name, path, articles, sections.positions)
        return _check(tomli.loads(text), name, path, articles, lambda: _positions(text))
    except tomli.TOMLDecodeError as exc:
        return LoadResult(None, (_syntax_error(name, text, exc),))
    except RecursionError as exc:  # tomli's way to refuse nesting hundreds deep
        return LoadResult(None, (_too_deep(name, text, exc),))
    finally:
        if collecting:
            gc.enable()


def _check(doc: dict[str, Any], name: str, path: Path, articles: MutableMapping[Path, Article] | None,
           positions_in: Callable[[], Positions]) -> LoadResult:
    p = Problems()
    try:
        for key in doc:
            if key not in TABLES:
                p.error((key,), "key", "file", f'unknown table "{key}"',
                        suggest(key, TABLES) or "a bank has [bank], [[question]] and [[chart]] tables")
        meta = check_bank_table(p, doc.get("bank"))
        where = article_path(p, meta, path)
        article = check_article(p, where, articles) if where is not None else None
        p.article = article  # the evidence of questions and charts is looked for in it
        questions = check_questions(p, doc.get("question"))
        charts = check_charts(p, doc.get("chart"))
    except TooManyErrors:
        pass  # p.stopped: the problems so far are listed, and the bank is not loaded
    problems = p.located(name, positions_in)
    if p.has_errors:
        return LoadResult(None, problems)
    bank = Bank(
        title=meta["title"], language=meta.get("language", "en"), format=meta.get("format", FORMAT_VERSION),
        description=meta.get("description", ""), article_ref=meta.get("article", ""), article_path=where,
        article=article, questions=tuple(questions), charts=tuple(charts), path=path,
    )
    return LoadResult(bank, problems)


def _positions(text: str) -> Positions:
    from ..toml_positions import TomlPositions  # only a bank with problems needs positions

    return TomlPositions(text)


def _fail(name: str, where: str, message: str, hint: str = "", *, line: int = 0, column: int = 0) -> LoadResult:
    return LoadResult(None, (BankError(name, line, column, where, message, hint),))


def _too_deep(name: str, text: str, exc: RecursionError) -> BankError:
    hint = "a bank needs a few levels at most"
    if "key has more than" in str(exc):
        return BankError(name, 0, 0, "TOML syntax", "a key has more than 1,000 dotted parts", hint)
    from ..toml_positions import TomlPositions  # only a bank with problems needs positions

    line, column = TomlPositions(text).deepest()
    return BankError(name, line, column, "TOML syntax",
                     "brackets nested more than 400 deep (arrays or inline tables inside one another)", hint)


def _syntax_error(name: str, text: str, exc: tomli.TOMLDecodeError, lines_before: int = 0) -> BankError:
    """tomli's message made exact where it can be: the key set twice, the
    string left open and where it starts. `lines_before`: where the text
    tomli parsed starts in `text` (a part of it, sections.py)."""
    from ..toml_positions import TomlPositions  # only a bank with problems needs positions

    msg = getattr(exc, "msg", str(exc))
    line = (getattr(exc, "lineno", 0) or 0) + lines_before
    col = getattr(exc, "colno", 0) or 0
    hint = ""
    if msg.startswith(("Cannot overwrite a value", "Duplicate inline table key")):
        positions = TomlPositions(text)
        key = positions.key_on_line(line, before=col)
        if key is None:  # a table header names what was set already: [a.b] after a.b = 1
            msg, col, hint = "a key or table is set twice", 1, "each key may be set once per table"
        else:
            msg, col = f'the key "{key[0]}" is set twice', key[1]
            hint = "each key may be set once per table; delete or rename one of the two"
    elif msg.startswith("Cannot declare"):
        table = msg.removeprefix("Cannot declare ").removesuffix(" twice")
        msg, col = f"the table {_table_name(table)} is declared twice", 1
        hint = "a [table] may appear once; [[question]] with two brackets adds one more question"
    elif msg.startswith(("Illegal character '\\n'", "Expected \"'\"", "Unterminated string")):
        unclosed = TomlPositions(text).unclosed_string()
        if unclosed is not None:
            line, col, quote = unclosed
            msg = f"unclosed string: it starts at line {line}, column {col}, and is never closed"
            hint = (f"close it with {quote}" if len(quote) == 3 else
                    f"close it with {quote} on the same line, or use {quote * 3} for text over several lines")
    elif msg.startswith("Invalid value"):
        hint = 'strings need quotes: prompt = "..."'
    elif msg.startswith("Unclosed") or "end of document" in str(exc) and line > text.count("\n"):
        # The end of the whole bank, not of the one table parsed (sections.py): the same hint either way
        hint = "a string, array or table is not closed"
    return BankError(name, line, col, "TOML syntax", msg[0].lower() + msg[1:], hint)


def _table_name(declared: str) -> str:
    """('question', 'extra') as the [question.extra] a teacher wrote."""
    import ast

    try:
        parts = ast.literal_eval(declared)
    except (ValueError, SyntaxError):
        return declared
    return "[" + ".".join(parts) + "]" if isinstance(parts, tuple) else declared
