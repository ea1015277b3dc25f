"""The quick path for a bank's questions: build and check them at C speed.

msgspec turns the parsed [[question]] tables into Question Structs, checking
every key and type as it goes; a short Python pass then checks what types
cannot say (ids unique, answers among the choices, evidence in the article).

This path only ever accepts. At the first problem of any kind it gives up
and returns None, and the careful checker in load.py runs instead: it finds
every problem and says where each one is. The two must agree on every bank
the quick path accepts; tests/core/test_quick_check.py holds them to it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import chain
from operator import contains, itemgetter
from typing import Any, Union

import msgspec
from msgspec.structs import force_setattr

from .article import Article
from .bank import (
    QUESTION_CLASSES,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    Tolerance,
    TrueFalseQuestion,
)

_ANY_QUESTION = list[Union[tuple(QUESTION_CLASSES.values())]]  # tagged by kind


class _GiveUp(Exception):
    pass


# Questions are checked a few hundred at a time: every check passes over them
# again, and a slice this size is still in the CPU's cache from the pass
# before. Over a whole 10,000-question bank at once, each pass waits on memory.
_SLICE = 256


def quick_questions(tables: Any, article: Article | None) -> list[Question] | None:
    """The questions, when every one of them is right; otherwise None."""
    if type(tables) is not list:
        return None
    questions: list[Question] = []
    ids: set[str] = set()
    found: dict[str, bool] = {}
    for start in range(0, len(tables), _SLICE):
        part = _quick_slice(tables[start:start + _SLICE], article, found)
        if part is None:
            return None
        part_ids = [q.id for q in part]
        if len(set(part_ids)) != len(part_ids) or not ids.isdisjoint(part_ids):
            return None
        ids.update(part_ids)
        questions += part
    return questions


def _quick_slice(tables: list, article: Article | None, found: dict[str, bool]) -> list[Question] | None:
    if not _evidence_ok(tables, article, found):
        return None
    try:
        questions = msgspec.convert(tables, _ANY_QUESTION, dec_hook=_tolerance)
    except (msgspec.ValidationError, _GiveUp):
        return None
    # Each rule is one pass of map() in C over the slice.
    if not all(map(str.strip, [q.id for q in questions])) or not all(map(str.strip, [q.prompt for q in questions])):
        return None
    points = [q.points for q in questions]
    if min(points) <= 0 or not all(map(math.isfinite, points)):
        return None
    if not all(map(str.strip, [q.topic for q in questions])):
        for q in questions:
            if not q.topic.strip():
                force_setattr(q, "topic", "general")
    groups: dict[type, list] = {kind: [] for kind in _KIND_CHECKS}
    for q in questions:
        groups[type(q)].append(q)
    if not all(check(groups[kind]) for kind, check in _KIND_CHECKS.items()):
        return None
    return questions


def _evidence_ok(tables: list, article: Article | None, found: dict[str, bool]) -> bool:
    """Every question's evidence is quoted from the article (required when
    there is one), before msgspec builds anything.

    A bare quote becomes a one-quote tuple in its table, as the model holds
    evidence; the careful checker reads the two exactly alike. Each distinct
    quote is looked for once (`found`): a sentence is often cited by several questions.
    """
    try:
        for table in tables:
            evidence = table.get("evidence")
            if type(evidence) is str:
                table["evidence"] = quotes = (evidence,)
            elif type(evidence) is list and evidence:
                quotes = evidence
            elif evidence is None and article is None:
                continue
            else:
                return False  # missing when there is an article to cite, empty, or not text
            for quote in quotes:
                ok = found.get(quote)
                if ok is None:
                    ok = found[quote] = (type(quote) is str and bool(quote.strip())
                                         and (article is None or article.contains(quote)))
                if not ok:
                    return False
    except (AttributeError, TypeError):  # a table that is not a table, a quote that is a list
        return False
    return True


def _tolerance(kind: type, value: Any) -> Tolerance:
    if kind is Tolerance:
        try:
            tolerance = _tolerance_of(value)
        except TypeError:  # a list or table: not hashable, and not a tolerance
            raise _GiveUp from None
        if tolerance is not None:
            return tolerance
    raise _GiveUp


@lru_cache(maxsize=64, typed=True)  # typed: true is not 1; a bank repeats "5%" and "10%"
def _tolerance_of(value: Any) -> Tolerance | None:
    return Tolerance.from_toml(value)


# Each check takes every question of one kind in a slice and applies each rule
# to all of them in one pass of map() in C: a per-question Python loop would
# cost more than msgspec's whole conversion.

def _blank(texts: Iterable[str]) -> bool:
    return not all(map(str.strip, texts))


def _lists_ok(lists: list[tuple], minimum: int) -> bool:
    """Every list has at least `minimum` texts, none blank and none twice."""
    lengths = list(map(len, lists))
    return ((not lengths or min(lengths) >= minimum) and not _blank(chain.from_iterable(lists))
            and list(map(len, map(set, lists))) == lengths)


def _choice(qs: list[ChoiceQuestion]) -> bool:
    choices = [q.choices for q in qs]
    answers = [q.answer for q in qs]
    return _lists_ok(choices, 2) and not _blank(answers) and all(map(contains, choices, answers))


def _multi(qs: list[MultiQuestion]) -> bool:
    choices = [q.choices for q in qs]
    answers = [q.answer for q in qs]
    return (_lists_ok(choices, 2) and _lists_ok(answers, 1)
            and all(map(frozenset.issuperset, map(frozenset, choices), answers)))


def _truefalse(qs: list[TrueFalseQuestion]) -> bool:
    return True


def _numeric(qs: list[NumericQuestion]) -> bool:
    return all(map(math.isfinite, [q.answer for q in qs]))


def _text(qs: list[TextQuestion]) -> bool:
    return not _blank([q.answer for q in qs]) and _lists_ok([q.accept for q in qs], 0)


def _order(qs: list[OrderQuestion]) -> bool:
    return _lists_ok([q.items for q in qs], 2)


def _match(qs: list[MatchQuestion]) -> bool:
    lefts = [tuple(map(itemgetter(0), q.pairs)) for q in qs]
    rights = [tuple(map(itemgetter(1), q.pairs)) for q in qs]
    distractors = [q.distractors for q in qs]
    return (_lists_ok(lefts, 2) and _lists_ok(rights, 2) and _lists_ok(distractors, 0)
            and all(map(frozenset.isdisjoint, map(frozenset, rights), distractors)))


_KIND_CHECKS: dict[type, Callable[[list], bool]] = {
    ChoiceQuestion: _choice,
    MultiQuestion: _multi,
    TrueFalseQuestion: _truefalse,
    NumericQuestion: _numeric,
    TextQuestion: _text,
    OrderQuestion: _order,
    MatchQuestion: _match,
}
