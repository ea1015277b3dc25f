"""What a feedback message claims, read from its words alone, so that tests can
hold the points given to what the student was told (docs/grading.md).

Written apart from the grading code on purpose: it reads the message as a
student would and works the points out with exact fractions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

CENT = Decimal("0.01")
COUNTED = re.compile(r"Partly right: (\d+) of (\d+) (pairs of items in the right order|pairs matched)\.")
PART = re.compile(r"([+\u2212])([\d,]+(?:\.\d+)?) for ([^,;.]+)")
RIGHT_TICKS = re.compile(r"(\d+) of the (\d+) right choices|both right choices|all (\d+) right choices"
                         r"|the right choice")
WRONG_TICKS = re.compile(r"(\d+) wrong choices?")
POINTS = re.compile(r"\(([\d,.]+) of ([\d,.]+) points?\)$")


def cents(value: Fraction | float | Decimal) -> Decimal:
    """Half up to the hundredth, from an exact value."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def share_of(points: float, share: Fraction) -> Decimal:
    """A share of the points as docs/grading.md keeps it: in hundredths, and
    for a partly right answer never all of them nor none."""
    earned = cents(Fraction(str(points)) * share)
    if 0 < share < 1 and points >= 0.02:
        earned = min(max(earned, CENT), cents(Decimal(str(points)) - CENT))
    return earned


@dataclass
class Claim:
    points: Decimal  # what the message says was earned
    counted: tuple[int, int] | None = None  # "k of n" for order and match
    parts: tuple[Decimal, ...] = ()  # each "+a" and "-b" of a multi message
    hits: int | None = None
    right: int | None = None  # how many right choices the message says there are
    misses: int = 0


def read_claim(message: str, points: float) -> Claim:
    """The points a message says the student earned on a question worth `points`."""
    if message.startswith("Right."):  # a number's may go on: "Right. 50 mi = 80.5 km."
        return Claim(Decimal(str(points)))
    counted = COUNTED.fullmatch(message)
    if counted:
        k, n = int(counted[1]), int(counted[2])
        return Claim(share_of(points, Fraction(k, n)), counted=(k, n))
    parts = PART.findall(message)
    if parts:
        values = tuple((-1 if sign == "\u2212" else 1) * Decimal(amount.replace(",", "")) for sign, amount, _ in parts)
        claim = Claim(max(Decimal(0), sum(values)), parts=values)
        ticks = RIGHT_TICKS.search(message)
        if ticks is None:
            raise AssertionError(f"a multi message that does not say the right choices ticked: {message!r}")
        if ticks[1]:
            claim.hits, claim.right = int(ticks[1]), int(ticks[2])
        elif ticks[0] == "both right choices":
            claim.hits = claim.right = 2
        elif ticks[3]:
            claim.hits = claim.right = int(ticks[3])
        else:
            claim.hits = claim.right = 1
        wrong = WRONG_TICKS.search(message)
        claim.misses = int(wrong[1]) if wrong else 0
        if message.startswith("Partly right"):
            assert claim.points > 0, message
        else:
            assert message.startswith("Wrong") and sum(values) <= 0, message
        return claim
    # Anything else (wrong, too high, unreadable) claims nothing, and must not
    # sound as if it gave part of the points.
    assert "Partly" not in message and "right" not in message.lower().split(":")[0], message
    return Claim(Decimal(0))


def read_verdict_points(text: str) -> tuple[Decimal, Decimal]:
    """(earned, worth) from the '(0.17 of 1 point)' at the end of a verdict."""
    found = POINTS.search(text)
    assert found, f"no points in {text!r}"
    return Decimal(found[1].replace(",", "")), Decimal(found[2].replace(",", ""))
