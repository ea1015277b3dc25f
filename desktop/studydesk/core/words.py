"""Small pieces of wording shared by the commands and the window."""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[^\w\s]")
_ARTICLES = re.compile(r"\b(?:a|an|the)\b")


def plural(n: int, noun: str, many: str = "") -> str:
    """"1 question", "2 questions"; `many` for irregular plurals."""
    return f"{n} {noun if n == 1 else (many or noun + 's')}"


def date_time(iso: str) -> str:
    """An ISO date and time as people read it: "14 Mar 2025, 09:41"."""
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return iso


_OPENS = "([{\u2014\u2013\u201c\u2018/"  # after these (and spaces) a quote opens


def printed_quotes(text: str) -> str:
    """Straight quotes as printed ones, as an article has them: "a" as \u201ca\u201d,
    'a' as \u2018a\u2019, and the apostrophe of Russia's or '90s as \u2019. One character
    for one, so positions in the text stay where they were."""
    out: list[str] = []
    for i, ch in enumerate(text):
        before = out[-1] if out else " "
        opens = before.isspace() or before in _OPENS
        if ch == '"':
            ch = "\u201c" if opens else "\u201d"
        elif ch == "'":
            after = text[i + 1] if i + 1 < len(text) else " "
            ch = "\u2018" if opens and not after.isdigit() else "\u2019"
        out.append(ch)
    return "".join(out)


def normalize_text(text: str) -> str:
    """Text as typed answers are compared: no case, punctuation, accents or articles."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    bare = _PUNCT.sub(" ", bare.replace("'", "").replace("\u2019", ""))
    return " ".join(_ARTICLES.sub(" ", bare).split())


def a(noun: str) -> str:
    """"a bank", "an article": the article a noun takes, by its first letter."""
    return f"{'an' if noun[:1].lower() in 'aeio' else 'a'} {noun}"
