"""Wrong years and dates for a year or a dated month: near the key, within what its sentence allows, and
never a day the month does not have."""

from __future__ import annotations

import random
import re
from collections.abc import Collection

from .figure import Figure
from .lexicon import MONTHS

_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# A war the sentence gives as the time of its event sets the months its dates can be: "fought ... between 26 and
# 30 August 1914, the first month of World War I" leaves no room for "November 1913" or "June 1919". Its first
# and last months, counted from 0 for January.
_WARS = ((re.compile(r"\b(?:World War I|First World War|Great War)\b(?!I)"), (1914, 6), (1918, 10)),
         (re.compile(r"\b(?:World War II|Second World War)\b"), (1939, 8), (1945, 8)))


def war_months(fig: Figure) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last (year, month) of the world war during which the sentence sets the figure, if any."""
    for pattern, first, last in _WARS:
        for m in pattern.finditer(fig.sentence):
            before, after = fig.sentence[:m.start()], fig.sentence[m.end():]
            during = re.search(r"\b(?:during|in|throughout|of)\s+(?:the\s+)?$", before, re.IGNORECASE)
            # "at the end of World War I in ____", "World War I began in ____": the war's own start or end,
            # which bounds would give away
            edge = re.search(r"\b(?:end|start|beginning|outbreak|eve|close|aftermath|wake)\s+of\s+(?:the\s+)?$",
                             before, re.IGNORECASE) or re.match(r"\s+(?:began|broke out|started|ended)\b", after)
            if during and not edge and first[0] <= int(fig.value) <= last[0]:
                return first, last
    return None


def year_choices(fig: Figure, rng: random.Random, others: list[int], after: int | None = None,
                 before: int | None = None, shown: Collection[float] = ()) -> tuple[str, list[str]]:
    """Years near the key; within `after` and `before` when its sentence sets them ("between ____ and 1936"),
    and none the sentence shows ("began in ____ and was completed in 1990": not 1990)."""
    year = int(fig.value)
    war = war_months(fig)

    def fits(y: int) -> bool:
        return y != year and (after is None or y > after) and (before is None or y < before) and y not in shown \
            and (war is None or war[0][0] <= y <= war[1][0])

    pool = [y for y in others if fits(y) and abs(y - year) <= 60]
    rng.shuffle(pool)
    wrong = pool[:1]
    steps = rng.sample((-5, -3, -2, -1, 1, 2, 3, 5, 10, -10), 10) + [-4, -6, -7, -8, 4, 6, 7, 8]
    for d in steps:
        if len(wrong) == 3:
            break
        if year + d not in wrong and fits(year + d):
            wrong.append(year + d)
    return str(year), [str(y) for y in sorted(wrong)]


def date_choices(fig: Figure, rng: random.Random, keep_year: bool = False) -> tuple[str, list[str]]:
    """Dates written like the original ("May 2023"), shifted by months and years; by months alone when the
    question names the year already (`keep_year`: "from the article "1998 German federal election"")."""
    year = int(fig.value)
    month = MONTHS.index(fig.extra)
    text = fig.number_text
    wrong: list[str] = []
    # Month and year both shift: choices that differ only in the month test the month, not the event (read
    # blind, set 15), and choices that differ only in the year are ruled out by the page's other dates.
    if keep_year:
        shifts = rng.sample([(0, -4), (0, 5), (0, 2), (0, -2), (0, 3)], 5)
    else:
        shifts = rng.sample([(-1, 3), (1, -3), (-2, 5), (2, -2), (1, 4), (-1, -5)], 6) + [(0, 2), (0, -2), (1, 0)]
    war = war_months(fig)
    for dy, dm in shifts + [(0, 3), (0, -3), (1, 2), (-1, 2)]:
        m, y = (month + dm) % 12, year + dy + (0 if keep_year else (month + dm) // 12)
        if war and not war[0] <= (y, m) <= war[1]:
            continue  # "the first month of World War I": a date before or after it is ruled out at a glance
        shifted = text.replace(fig.extra, MONTHS[m]).replace(str(year), str(y))
        day = re.search(r"\b(\d{1,2})\b", shifted.replace(str(y), ""))
        if day and int(day.group(1)) > _DAYS[m]:
            continue  # "30 February": no such day
        if shifted != text and shifted not in wrong:
            wrong.append(shifted)
        if len(wrong) == 3:
            break
    return text, wrong
