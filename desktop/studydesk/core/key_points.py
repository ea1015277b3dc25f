"""Which key points a written answer seems to make: a helper for the student
who then confirms or corrects each one, never the judge of the answer.

A point is found when one of its phrases is in the answer: the phrase's words
in order, at most two other words between each, with endings forgiven
("supplies" finds "supply", "cutting off" finds "cut off", "logistical" finds
"logistics"). Case, punctuation, accents and "a"/"the" are ignored, as for
short text answers. Negation is not understood ("not a hub" finds "hub"):
that is why the student has the last word.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .bank import KeyPoint, WrittenQuestion
from .words import normalize_text

GAP = 2  # other words allowed between two words of a phrase
_ENDINGS = ("ing", "ied", "ies", "ed", "es", "s")
_SHORTEST_PREFIX = 5  # "logistic" finds "logistical"; "war" does not find "warning"


def stem(word: str) -> str:
    """The word without a common ending; "cutting" and "cut" alike."""
    if len(word) <= 3:
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + ("y" if ending in ("ied", "ies") else "")
            if ending in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiousl":
                word = word[:-1]  # "cutt" -> "cut", but "pass" and "fall" stay
            break
    return word


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= _SHORTEST_PREFIX and long_.startswith(short)


def stems(text: str) -> list[str]:
    return [stem(w) for w in normalize_text(text).split()]


def phrase_found(phrase: list[str], answer: list[str]) -> bool:
    """Whether the stemmed phrase's words come in order in the stemmed answer,
    each within GAP words of the one before."""
    if not phrase:
        return False
    for start, word in enumerate(answer):
        if not _same(phrase[0], word):
            continue
        at = start
        for wanted in phrase[1:]:
            nxt = next((k for k in range(at + 1, min(len(answer), at + 2 + GAP)) if _same(wanted, answer[k])), None)
            if nxt is None:
                break
            at = nxt
        else:
            return True
    return False


def point_found(point: KeyPoint, answer: list[str]) -> bool:
    return any(phrase_found(stems(phrase), answer) for phrase in point.phrases)


def points_found(question: WrittenQuestion, text: str) -> tuple[bool, ...]:
    """For each key point, whether the answer seems to make it."""
    answer = stems(text)
    return tuple(point_found(point, answer) for point in question.key_points)


def points_made(question: WrittenQuestion, response: Any) -> tuple[bool, ...] | None:
    """Which key points a written response makes: the student's own marks
    ({"text": ..., "made": [...]}) or, for the text alone, the matching's;
    None for no answer."""
    if isinstance(response, Mapping):
        made = response.get("made")
        if (isinstance(made, Sequence) and len(made) == len(question.key_points)
                and all(isinstance(m, bool) for m in made)):
            return tuple(made)
        response = response.get("text")
    if not isinstance(response, str) or not response.strip():
        return None
    return points_found(question, response)
