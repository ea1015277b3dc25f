"""How points and totals read (docs/grading.md): a question's points in
hundredths; a total with as few decimals as tell the truth; its percentage
consistent with it."""

from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydesk.core.points import hundredths, points_text, score_line, score_parts, signed_points


@pytest.mark.parametrize(("value", "text"), [
    (1, "1"), (2.0, "2"), (0.5, "0.5"), (0.665, "0.67"), (2 / 3, "0.67"), (1 / 6, "0.17"), (0.004, "0"),
    (1234.5, "1,234.5"), (0.1 + 0.2, "0.3"),
])
def test_a_questions_points(value, text):
    assert points_text(value) == text


def test_parts_of_points_carry_their_sign():
    assert (signed_points(0.5), signed_points(-1 / 3), signed_points(2)) == ("+0.5", "\u22120.33", "+2")


@pytest.mark.parametrize(("earned", "possible", "line"), [
    (4.87, 10, "4.9 of 10  \u00b7  49%"),  # issue 14 saw "4.87 of 10"
    (5, 10, "5 of 10  \u00b7  50%"),
    (0, 10, "0 of 10  \u00b7  0%"),
    (10, 10, "10 of 10  \u00b7  100%"),
    (0.5, 1, "0.5 of 1  \u00b7  50%"),
    (2.67, 3, "2.67 of 3  \u00b7  89%"),  # 2.7 of 3 would be 90%
    (0.83, 1, "0.83 of 1  \u00b7  83%"),  # 0.8 of 1 would be 80%
    (4.98, 10, "4.98 of 10  \u00b7  50%"),  # not "5.0": it is not whole
    (9.96, 10, "9.96 of 10  \u00b7  99%"),  # never full marks for less than all
    (0.04, 10, "0.04 of 10  \u00b7  1%"),  # never 0% for something
    (1234.5, 2000, "1,234.5 of 2,000  \u00b7  62%"),
    (0.1 + 0.2, 1, "0.3 of 1  \u00b7  30%"),  # float sums read as the points they are
    (3, 0, "3 of 0  \u00b7  0%"),
    (6.87, 6.87, "6.87 of 6.87  \u00b7  100%"),  # not "6.9 of 6.87"
    (6.85, 6.87, "6.85 of 6.87  \u00b7  99%"),  # less than all never reads as more
])
def test_a_total(earned, possible, line):
    assert score_line(earned, possible) == line


def percent_of(shown: Decimal, possible: Decimal) -> int:
    """The whole percent, never 0% for something nor 100% for less than all."""
    percent = int((100 * shown / possible).quantize(Decimal(1), ROUND_HALF_UP))
    return min(99, max(1, percent)) if 0 < shown < possible else percent


@given(st.lists(st.integers(0, 1000), min_size=1, max_size=40), st.data())
def test_property_a_total_of_hundredths_reads_true(worths, data):
    """Points worth whole hundredths, each earned in part: the total shown is
    within rounding of the sum, says full marks and zero only when they are,
    and its percentage is the whole percent of what it shows."""
    worths = [w + 1 for w in worths]  # in hundredths, at least 0.01
    earned_cents = [data.draw(st.integers(0, w)) for w in worths]
    earned = sum(hundredths(c / 100) for c in earned_cents)
    possible = sum(w / 100 for w in worths)
    shown_text, possible_text, percent = score_parts(earned, possible)
    shown = Decimal(shown_text.replace(",", ""))
    exact = Decimal(sum(earned_cents)) / 100
    whole = Decimal(sum(worths)) / 100
    assert Decimal(possible_text.replace(",", "")) == whole
    assert abs(shown - exact) <= Decimal("0.05")
    assert len(shown_text.partition(".")[2]) <= 2
    assert (shown == whole) == (exact == whole) and (shown == 0) == (exact == 0)
    assert (percent == 100) == (exact == whole) and (percent == 0) == (exact == 0)
    assert shown <= whole
    assert percent == percent_of(shown, whole) == percent_of(exact, whole)
    if 0 < exact < whole:
        if "." in shown_text and len(shown_text.partition(".")[2]) == 2:
            # Two decimals only when one would not do.
            tenths = exact.quantize(Decimal("0.1"), ROUND_HALF_UP)
            assert tenths == tenths.to_integral_value() or percent_of(tenths, whole) != percent_of(exact, whole)
