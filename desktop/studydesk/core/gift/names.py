"""Ids, topics and numbers as both directions of GIFT write and read them."""

from __future__ import annotations

import re
import unicodedata

# A Moodle question name is kept as the id, as written, so that a bank
# exported back to Moodle names its questions as they were: Moodle allows 255
# characters; a line break or other control character is no part of an id.
_NAME_LIKE = re.compile(r"[^\x00-\x1f\x7f]{1,255}")
_CONTEXTS = re.compile(r"^\$(course|cat|module|system)\$$")


def slug(text: str, limit: int = 48) -> str:
    """lower-case-words-joined-by-dashes, accents dropped, at most `limit` characters."""
    bare = unicodedata.normalize("NFKD", text.replace("'", "").replace("\u2019", ""))
    bare = "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()
    words = re.sub(r"[\W_]+", "-", bare).strip("-")
    if len(words) > limit:
        cut = words.rfind("-", 0, limit + 1)
        words = words[:cut if cut > 0 else limit].strip("-")
    return words


def id_from_title(title: str) -> str:
    """A question id from a GIFT title: the title itself, as written ("2-08 TSL"),
    when it can be one; else its slug."""
    title = title.strip()
    if _NAME_LIKE.fullmatch(title):
        return title
    return slug(title)


def topic_from_category(category: str) -> str:
    """The last name of a Moodle category path: "$course$/top/Unit 1" -> "Unit 1"; "//" is a slash."""
    names = [name.strip().replace("//", "/") for name in re.split(r"(?<!/)/(?!/)", category)]
    names = [n for n in names if n and n != "top" and not _CONTEXTS.match(n)]
    return names[-1] if names and names[-1].strip() else "general"


def weight_text(weight: float) -> str:
    return f"{weight * 100:.5f}".rstrip("0").rstrip(".") + "%"


def tidy(x: float) -> float:
    """A calculated number without binary noise: (3.141 + 3.142) / 2 is 3.1415."""
    return float(f"{x:.12g}")


def absolute_tolerance(answer: float, percent: float) -> float:
    """The tolerance GIFT holds for a percentage one."""
    return tidy(abs(answer) * percent / 100)


def first_words(text: str) -> str:
    """A question without a name, as the import report names it: its first words."""
    words = " ".join(text.split()[:8])
    return words if len(words) <= 60 else words[:57] + "..."
