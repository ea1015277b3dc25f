"""Lines a copy broke in mid-sentence, joined again: pages copied with a line break at each link ("the
crater" / "Gale on" / "Mars as part of"), and text hard-wrapped by a mail client or a PDF."""

from __future__ import annotations

import re

# A line a sentence runs on from: it ends with no stop and the next opens in lower case ("... an American
# medical" / "researcher and ..."), or it ends with a word no sentence ends on ("... as part of" / "NASA's").
_OPEN_END = re.compile(r"(?:^|\s)(?:of|on|in|at|to|the|a|an|and|or|for|from|with|by|as|that|which|into|its|their)$"
                       r"|,$|,\s+[a-z]+$")  # no heading ends with a comma, or with ", nicknamed"
# An unfinished sentence, not a heading: "Curiosity is a car-sized rover designed to explore the crater" / "Gale"
_BEGUN = re.compile(r"\s(?:is|was|are|were|has|have|had)\s")


def unwrapped(text: str, lines: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Lines wrapped mid-sentence, as a copy broken at each link or a hard-wrapped paste has them, joined into
    one paragraph. Each line break becomes a space, so every offset into the text still holds."""
    out: list[tuple[str, int, int]] = []
    for line, start, end in lines:
        if out:
            prev, prev_start, prev_end = out[-1]
            gap = text[prev_end:start]
            tail = re.split(r"[.!?]\s", prev[-300:])[-1]  # the sentence left open (the last 300 characters: a
            # paragraph joined from many lines is not read again whole at each line)
            begun = _BEGUN.search(f" {tail} ") is not None and len(tail.split()) >= 6
            runs_on = prev[-1:] not in ".!?:;\"\u201d)]" and (line[:1].islower() or begun) \
                or _OPEN_END.search(prev[-20:])
            if runs_on and gap.count("\n") == 1 and not gap.strip():
                joined = text[prev_start:end]
                out[-1] = (re.sub(r"[\r\n\t]", " ", joined), prev_start, end)
                continue
        out.append((line, start, end))
    return out
