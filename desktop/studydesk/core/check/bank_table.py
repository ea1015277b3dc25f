"""The [bank] table, and the article its evidence is quoted from."""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from ..article import Article, parse_article
from ..bank import FORMAT_VERSION
from ..files import MAX_ARTICLE_BYTES, TextFileError, read_text_file
from .problems import Problems, suggest

BANK_KEYS = ("title", "article", "language", "format", "description")
# A bank comes from someone else, and the app shows its article and prints it
# on worksheets: so the article is a text file the bank names relative to
# itself, with nothing hidden on the way (not "/etc/passwd", not "../.ssh/x").
ARTICLE_SUFFIXES = (".txt", ".md")


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
    refused = article_ref_problem(ref)
    if refused is None:
        try:
            path = (bank_path.parent / ref).resolve()
            if path.suffix.lower() in ARTICLE_SUFFIXES or not os.path.exists(path):
                return path
        except OSError as exc:  # a name longer than the system allows, say
            refused = (f"cannot use the article path: {exc.strerror or exc}", "")
        else:
            refused = (f'article "{ref}" is a link to a file that is not .txt or .md ({path.name})',
                       "name the article's text file itself")
    p.error(("bank", "article"), "value", "bank", *refused)
    return None


def article_ref_problem(ref: str) -> tuple[str, str] | None:
    """Why a bank may not name its article so (a message and a hint), or None.
    Read alike on every system: a bank written on Windows is read on Linux."""
    if PurePosixPath(ref).is_absolute() or PureWindowsPath(ref).drive or PureWindowsPath(ref).root:
        return (f'article must be a path relative to this bank, not "{ref}"',
                "keep the article beside the bank, or in a folder near it, and name it from the bank's folder")
    hidden = [part for part in re.split(r"[\\/]", ref) if part.startswith(".") and part not in (".", "..")]
    if hidden:
        return (f'article path goes through a hidden file or folder ("{hidden[0]}")',
                "a bank may not show hidden files; move the article out of it")
    if PurePosixPath(ref.replace("\\", "/")).suffix.lower() not in ARTICLE_SUFFIXES:
        return (f'article must be a text file ending in .txt or .md, not "{ref}"',
                "save the article as plain text (.txt) beside the bank")
    return None


def check_article(p: Problems, path: Path, articles: MutableMapping[Path, Article] | None) -> Article | None:
    """The article at `path`, from `articles` (a cache by resolved path) when it is there."""
    if articles is not None and path in articles:
        return articles[path]
    try:
        article = read_article(path)
    except TextFileError as exc:
        p.error(("bank", "article"), "value", "bank", str(exc),
                "the path is relative to the bank file" if not os.path.exists(path) else "")  # (False on any error)
        return None
    if articles is not None:
        articles[path] = article
    return article


def read_article(path: Path) -> Article:
    article = parse_article(read_text_file(path, limit=MAX_ARTICLE_BYTES, what="article"))
    if not article.blocks:
        raise TextFileError(f"the article {path} is empty")
    return article
