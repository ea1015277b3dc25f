"""Small pieces of wording shared by the commands and the window."""

from __future__ import annotations


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
