"""How points read, so that a message, the points beside it and the total agree.

One rule for each (docs/grading.md says them for students and teachers):

- A question's points are kept in hundredths: grading rounds what a partial
  answer earns to the nearest 0.01 (half up), and `points_text` shows it with
  at most two decimals ("0.67", "1.5", "2"), so what is shown is what is kept.
- A total (a quiz, a topic, the running score) uses as few decimals as tell
  the truth: none when it is whole ("5 of 10"), else one ("4.9 of 10"), or
  two when one would make it look whole, reach the total ("6.87 of 6.87", never
  "6.9") or change its percentage ("2.67 of 3 ·
  89%": 2.7 of 3 would be 90%). Two are exact, every part being in hundredths.
- A percentage is the whole percent of the total, rounded half up, except that
  it is never 0% when some points were earned nor 100% when some were missed.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

_HUNDREDTH = Decimal("0.01")
_TENTH = Decimal("0.1")


def _decimal(value: float | Fraction) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / Decimal(value.denominator)
    # repr gives the shortest text for the float: 0.665 rounds up, as written.
    return Decimal(repr(float(value)))


def hundredths(value: float | Fraction) -> float:
    """Points rounded half up to the hundredth, as grades keep them. Give a
    Fraction for a share worked out (5/6 of 0.05 points): a float product may
    fall just short of a half (0.7 * 0.05 is 0.034999...)."""
    return float(_decimal(value).quantize(_HUNDREDTH, ROUND_HALF_UP))


def _text(value: Decimal) -> str:
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def points_text(value: float) -> str:
    """A question's points: '0.67', '1.5', '2'."""
    return _text(_decimal(value).quantize(_HUNDREDTH, ROUND_HALF_UP))


def signed_points(value: float) -> str:
    """A part of a question's points in a message: '+0.5', '\u22120.33'."""
    text = points_text(abs(value))
    return f"\u2212{text}" if value < 0 else f"+{text}"


def _percent(earned: Decimal, possible: Decimal) -> int:
    percent = int((100 * earned / possible).quantize(Decimal(1), ROUND_HALF_UP))
    if 0 < earned < possible:
        percent = min(99, max(1, percent))
    return percent


def score_parts(earned: float, possible: float) -> tuple[str, str, int]:
    """A total as it reads: (earned, possible, percent), e.g. ('4.9', '10', 49)."""
    # Sums of floats: 0.1 + 0.2 is 0.30000000000000004, which is 0.3 points.
    exact = _decimal(round(earned, 9))
    whole = _decimal(round(possible, 9))
    if whole <= 0:
        return points_text(earned), points_text(possible), 0
    percent = _percent(exact, whole)
    shown = exact.quantize(_HUNDREDTH, ROUND_HALF_UP)
    if exact == exact.to_integral_value():
        shown = exact
    else:
        tenths = exact.quantize(_TENTH, ROUND_HALF_UP)
        # Never rounded up to or past the total: 6.87 of 6.87 is full marks, 6.85 is not "6.9 of 6.87".
        if tenths != tenths.to_integral_value() and tenths < whole and _percent(tenths, whole) == percent:
            shown = tenths
    return _text(shown), points_text(possible), percent


def score_line(earned: float, possible: float) -> str:
    """'4.9 of 10 · 49%'."""
    got, of, percent = score_parts(earned, possible)
    return f"{got} of {of}  \u00b7  {percent}%"
