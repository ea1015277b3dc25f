import math

import pytest

from studydesk.core.numbers import NumberError, canonical_unit, format_number, parse_quantity


@pytest.mark.parametrize(
    ("typed", "value", "unit"),
    [
        ("80", 80, ""),
        ("80 km", 80, "km"),
        ("80km", 80, "km"),
        ("80 kilometres", 80, "km"),
        ("80 kilometers", 80, "km"),
        ("1,200", 1200, ""),
        ("1200 km", 1200, "km"),
        ("1 200", 1200, ""),
        ("1.2k", 1200, ""),
        ("1.5 million", 1_500_000, ""),
        ("900 thousand", 900_000, ""),
        ("eighty", 80, ""),
        ("eighty km", 80, "km"),
        ("twelve hundred", 1200, ""),
        ("one thousand two hundred", 1200, ""),
        ("sixty thousand", 60_000, ""),
        ("one-third", 1 / 3, ""),
        ("two thirds", 2 / 3, ""),
        ("half", 0.5, ""),
        ("a dozen", 12, ""),
        ("33%", 33, "%"),
        ("33 percent", 33, "%"),
        ("-0", 0, ""),
        ("0.5", 0.5, ""),
        ("  60 000 residents ", 60_000, "residents"),
    ],
)
def test_reads_what_students_type(typed, value, unit):
    q = parse_quantity(typed)
    assert math.isclose(q.value, value)
    assert q.unit == unit


@pytest.mark.parametrize("typed", ["", "   ", "1,2,3", "1e400", "NaN", "inf", "abc", "1.2.3", "eight to one",
                                   "x" * 1000, "1,20", "12 34"])
def test_refuses_what_is_not_a_number(typed):
    with pytest.raises(NumberError) as err:
        parse_quantity(typed)
    assert str(err.value)


def test_negative_zero_is_zero():
    assert math.copysign(1, parse_quantity("-0").value) == 1


def test_units():
    assert canonical_unit("Kilometres") == "km"
    assert canonical_unit("per cent") == "%"
    assert canonical_unit("residents") == "residents"


def test_format_number():
    assert format_number(60000) == "60,000"
    assert format_number(1.5) == "1.5"
    assert format_number(2.2) == "2.2"


def test_a_figure_with_a_few_decimals_is_shown_as_written():
    # The Dow closed at 11,722.98: a key shown as 11,723 reads as wrong.
    assert format_number(11722.98) == "11,722.98"
    assert format_number(123456.789) == "123,456.789"
    assert format_number(0.3333) == "0.3333"
    assert format_number(2 / 9) == "0.222"
