"""Whether a word or number stands whole in a text, with the edges each caller needs.

A pattern built around each word would say the same, but a long article asks this thousands of times, each a new
pattern, and those push the generator's fixed patterns out of `re`'s cache of 512: on 1 MB of text a fifth of the
time went to compiling them again. So the edges are fixed patterns, tried where `str.find` finds the word."""

from __future__ import annotations

import re

Edges = tuple[re.Pattern[str], re.Pattern[str]]

WORD = (re.compile(r"\b"), re.compile(r"\b"))
# "69" in "69 days" but not in "1,069", "69,000" or "6.9"; "2" not in "2.5"
NUMBER = (re.compile(r"(?<![\w.,])"), re.compile(r"(?![\w,]|\.\d)"))
SHOWN = (NUMBER[0], re.compile(r"(?!\w|,\d)"))  # as NUMBER, but "69," and "69." (even "69.5") still show 69


def occurs(part: str, text: str, edges: Edges = WORD) -> bool:
    """Whether `part` is in `text` where neither edge pattern refuses it (the one before matches where it starts,
    the one after where it ends)."""
    before, after = edges
    at = text.find(part)
    while at >= 0:
        if before.match(text, at) and after.match(text, at + len(part)):
            return True
        at = text.find(part, at + 1)
    return False
