"""Numbers as students write them, each read against its question's unit.

Every spelling is either read to exactly the value it means, in the
question's unit, or refused with a message that says why. A spelling read to
any other value fails its test: a wrong reading is worse than a refusal.
"""

import math

import pytest

from studydesk.core.numbers import NumberError, read_answer
from tests.core.student_spellings import MI, TABLE, Refused

ROWS = [pytest.param(unit, typed, want, id=f"{category}: {unit or '-'}: {typed[:40]}")
        for category, rows in TABLE.items() for unit, typed, want in rows]


def test_the_table_covers_at_least_150_spellings_in_every_category():
    assert len(ROWS) >= 150
    assert len({(unit, typed) for _, rows in TABLE.items() for unit, typed, _ in rows}) == len(ROWS)
    assert all(len(rows) >= 15 for rows in TABLE.values())


@pytest.mark.parametrize(("unit", "typed", "want"), ROWS)
def test_each_spelling_is_read_right_or_refused_with_a_reason(unit, typed, want):
    if isinstance(want, Refused):
        with pytest.raises(NumberError) as refused:
            read_answer(typed, unit)
        message = str(refused.value)
        assert message and want.says in message
    else:
        reading = read_answer(typed, unit)
        assert math.isclose(reading.value, want, rel_tol=1e-9, abs_tol=1e-12), reading


def test_a_conversion_says_what_it_did():
    assert read_answer("50 miles", "km").note == "50 mi = 80.5 km"
    assert read_answer("5 km", "m").note == "5 km = 5,000 m"
    assert read_answer("2 hours", "minutes").note == "2 hours = 120 minutes"
    assert read_answer("100 square miles", "km²").note == "100 sq mi = 259 km²"
    assert read_answer("one third", "%").note == "one third = 33.3%"
    assert read_answer("80 km", "km").note == ""


def test_a_converted_figure_stands_for_what_rounds_to_it():
    reading = read_answer("50 miles", "km")  # 49.5 to 50.5 miles
    assert math.isclose(reading.low, 49.5 * MI) and math.isclose(reading.high, 50.5 * MI)
    same = read_answer("1.3 million", "residents")  # in the question's own unit, exactly as written
    assert same.low == same.high == 1.3e6


def test_what_the_reading_line_shows():
    assert read_answer("80 kilometres", "km").shown("km") == "80 km"
    assert read_answer("twenty twenty-six", "").shown("") == "2026"
    assert read_answer("1300", "residents").shown("residents") == "1,300"
    assert read_answer("33", "%").shown("%") == "33%"
    assert read_answer("50 miles", "km").shown("km") == "50 mi = 80.5 km"
    assert read_answer("$30bn", "billion dollars").shown("billion dollars") == "30 billion dollars"
