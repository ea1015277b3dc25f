"""Property tests: a number written in any usual form, by the app or by
num2words (an independent writer of number words), reads back as its value."""

import math
from decimal import Decimal

from hypothesis import example, given
from hypothesis import strategies as st
from num2words import num2words

from studydesk.core.numbers import format_number, read_answer

QUALIFIER = st.sampled_from(["", "about ", "~", "around ", "roughly ", "nearly ", "some ", "approximately "])
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
SHORT = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "B": 1e9, "K": 1e3, " mil": 1e6}


def grouped(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@given(st.integers(0, 10**12), st.sampled_from([",", " ", "\u00a0", "'", ""]), QUALIFIER)
def test_whole_numbers_in_digits_read_back(n, separator, qualifier):
    assert read_answer(qualifier + grouped(n, separator), "").value == n


@given(st.integers(0, 10**12), QUALIFIER)
@example(30_000_000_000, "")
@example(1_300_000, "about ")
def test_whole_numbers_in_words_read_back(n, qualifier):
    assert read_answer(qualifier + num2words(n), "residents").value == n


@given(st.integers(0, 10**6), st.integers(1, 99))
def test_decimals_in_words_read_back(whole, hundredths):
    value = Decimal(whole) + Decimal(hundredths) / 100
    assert math.isclose(read_answer(num2words(value), "").value, float(value), rel_tol=1e-12)


@given(st.integers(1100, 2099))
@example(2025)
@example(1991)
@example(2005)
def test_spoken_years_read_back(year):
    assert read_answer(num2words(year, to="year"), "").value == year


@given(st.integers(1, 999).filter(lambda n: n != 100))
def test_places_read_back(n):
    assert read_answer(f"the {num2words(n, to='ordinal')}", "").value == n
    assert read_answer(num2words(n, to="ordinal_num"), "").value == n


@given(st.integers(1, 999), st.integers(0, 9), st.sampled_from(sorted(SCALES)), QUALIFIER,
       st.sampled_from(["", "$", "US$", "USD "]))
def test_scaled_figures_read_back(whole, tenth, scale, qualifier, currency):
    mantissa = f"{whole}.{tenth}" if tenth else str(whole)
    text = f"{qualifier}{currency}{mantissa} {scale}"
    want = (whole + tenth / 10) * SCALES[scale]
    assert math.isclose(read_answer(text, "dollars").value, want, rel_tol=1e-12)


@given(st.integers(1, 999), st.integers(0, 9), st.sampled_from(sorted(SHORT)), st.sampled_from(["", "£"]))
def test_abbreviated_figures_read_back(whole, tenth, short, currency):
    mantissa = f"{whole}.{tenth}" if tenth else str(whole)
    want = (whole + tenth / 10) * SHORT[short]
    assert math.isclose(read_answer(f"{currency}{mantissa}{short}", "pounds").value, want, rel_tol=1e-12)


@given(st.floats(-1e12, 1e12, allow_nan=False))
def test_what_the_app_writes_reads_back_as_written(value):
    written = format_number(value)
    assert read_answer(written, "").value == float(written.replace(",", ""))


UNITS_OF_QUESTIONS = st.sampled_from(["", "km", "m", "%", "residents", "dollars", "euros", "°C", "minutes", "km²",
                                      "billion dollars", "kg", "years"])
PIECES = st.sampled_from(["1", "30", "1,300", ".5", "17,5", " ", "-", "$", "€", "%", "m", "k", "bn", "million",
                          "and", "a", "half", "twenty", "one", "point", "three", "miles", "km", "hour", "about",
                          "~", "the", "third", "in", "/", ":", "e", "x10^", "½", "s", "'"])


@given(st.one_of(st.text(max_size=40), st.lists(PIECES, max_size=8).map("".join)), UNITS_OF_QUESTIONS)
def test_any_text_is_read_or_refused_with_a_message(text, unit):
    from studydesk.core.numbers import NumberError

    try:
        reading = read_answer(text, unit)
    except NumberError as refused:
        assert str(refused)
        return
    assert math.isfinite(reading.value) and reading.low <= reading.value <= reading.high
