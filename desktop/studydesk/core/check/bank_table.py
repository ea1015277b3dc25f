"""The [bank] table, and the article its evidence is quoted from."""

from __future__ import annotations

from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

from ..article import Article, parse_article
from ..bank import FORMAT_VERSION
from ..files import MAX_ARTICLE_BYTES, TextFileError, read_text_file
from .problems import Problems, suggest

BANK_KEYS = ("title", "article", "language", "format", "description")


def check_bank_table(p: Problems, meta: Any) -> dict[str, Any]:
    """The [bank] table's values, with a title ("" when it has none)."""
    if meta is None:
        p.error(("bank",), "table", "bank", "no [bank] table", hint='start the file with [bank] and title = "..."')
        return {"title": ""}
    if not isinstance(meta, dict):
        p.error(("bank",), "key", "bank", "bank must be a table: write [bank] on its own line")
        return {"title": ""}
    for key in meta:
        if key not in BANK_KEYS:
            p.error(("bank", key), "key", "bank", f'unknown key "{key}"', suggest(key, BANK_KEYS))
    title = meta.get("title")
    if title is None:
        p.error(("bank",), "table", "bank", 'no title', hint='add title = "..."')
    elif not isinstance(title, str) or not title.strip():
        p.error(("bank", "title"), "value", "bank", "title must be non-empty text")
    for key in ("language", "description", "article"):
        if key in meta and not isinstance(meta[key], str):
            p.error(("bank", key), "value", "bank", f"{key} must be text")
    fmt = meta.get("format", FORMAT_VERSION)
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        p.error(("bank", "format"), "value", "bank", "format must be a whole number (1)")
    elif fmt > FORMAT_VERSION:
        p.error(("bank", "format"), "value", "bank",
                f"format {fmt} is newer than this Study Desk reads (up to {FORMAT_VERSION})",
                "update Study Desk to open this bank")
    clean = dict(meta)
    clean["title"] = title if isinstance(title, str) else ""
    return clean


def article_path(p: Problems, meta: dict[str, Any], bank_path: Path) -> Path | None:
    """Where the bank's article is, or None when it names none (or names it wrongly)."""
    ref = meta.get("article")
    if ref is None:
        if meta.get("title"):
            p.warn(("bank",), "table", "bank", "no article: evidence quotes are not checked",
                   'add article = "path/to/article.txt" to check them')
        return None
    if not isinstance(ref, str):
        return None
    if not ref.strip():
        p.error(("bank", "article"), "value", "bank", "article is empty",
                "give the path of the article's text file, relative to this bank")
        return None
    if "\x00" in ref:
        p.error(("bank", "article"), "value", "bank", "article path holds a NUL character")
        return None
    return (bank_path.parent / ref).resolve() if not Path(ref).is_absolute() else Path(ref)


def check_article(p: Problems, path: Path, articles: MutableMapping[Path, Article] | None) -> Article | None:
    """The article at `path`, from `articles` (a cache by resolved path) when it is there."""
    if articles is not None and path in articles:
        return articles[path]
    try:
        article = read_article(path)
    except TextFileError as exc:
        p.error(("bank", "article"), "value", "bank", str(exc),
                "the path is relative to the bank file" if not path.exists() else "")
        return None
    if articles is not None:
        articles[path] = article
    return article


def read_article(path: Path) -> Article:
    article = parse_article(read_text_file(path, limit=MAX_ARTICLE_BYTES, what="article"))
    if not article.blocks:
        raise TextFileError(f"the article {path} is empty")
    return article
