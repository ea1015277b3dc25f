"""Every unit a bank can hold is understood: the generator's units, written
as it writes them or as a teacher might, and the units of the banks we ship."""

import math

import pytest

from studydesk.core.bank import NumericQuestion
from studydesk.core.check import load_bank
from studydesk.core.generate.lexicon import CURRENCY_SYMBOLS, unit_info
from studydesk.core.grading import grade, right_response
from studydesk.core.numbers import read_answer
from studydesk.core.units import UNITS, convert, question_unit
from tests.support import ROOT

# How the generator names each unit it can give a question (lexicon's names for a question).
GENERATOR_NAMES = [
    "square kilometres", "square metres", "square miles", "hectares", "acres", "cubic metres per second",
    "kilometres per hour", "miles per hour", "kilometres", "centimetres", "millimetres", "metres", "miles", "feet",
    "yards",
    "kilograms", "tonnes", "megawatts", "gigawatts", "degrees Celsius", "litres", "gallons", "percent",
    "centuries", "decades",
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "euros", "dollars", "pounds sterling",
]


@pytest.mark.parametrize("name", GENERATOR_NAMES)
def test_every_generator_unit_is_understood_by_its_canonical_name_and_its_written_name(name):
    canonical, dimension, _ = unit_info(name)
    assert dimension, name
    for written in (canonical, name, name.upper()):
        understood = question_unit(written)
        assert understood.unit is not None and understood.unit.name == canonical, written
        assert understood.dimension == dimension


def test_the_generators_currency_symbols_are_its_currencies():
    for symbol, name in CURRENCY_SYMBOLS.items():
        assert question_unit(name).unit == question_unit(symbol).unit == UNITS[name]


@pytest.mark.parametrize(("written", "unit", "scale"), [
    ("km", "km", 1), ("Kilometers", "km", 1), ("km²", "km²", 1), ("sq km", "km²", 1), ("USD", "US$", 1),
    ("$", "dollars", 1), ("€", "euros", 1), ("GBP", "pounds", 1), ("pounds", "pounds", 1), ("lb", "lb", 1),
    ("billion dollars", "dollars", 1e9), ("million euros", "euros", 1e6), ("%", "%", 1), ("per cent", "%", 1),
    ("°C", "°C", 1), ("K", "K", 1), ("m", "m", 1), ("year", "years", 1), ("US gallons", "gal", 1),
    ("million barrels", "bbl", 1e6),
])
def test_a_teachers_spelling_of_a_unit(written, unit, scale):
    understood = question_unit(written)
    assert (understood.unit.name, understood.scale) == (unit, scale)


@pytest.mark.parametrize("noun", ["residents", "killed or wounded", "soldiers", "soldiers per Ukrainian defender",
                                  "for each one", "people", "", "million residents"])
def test_anything_else_names_what_is_counted(noun):
    assert question_unit(noun).unit is None


def test_conversions_go_both_ways_and_keep_zero_where_it_is():
    for unit in UNITS.values():
        for other in UNITS.values():
            if other.dimension == unit.dimension and unit.dimension != "money":
                there = convert(37.5, unit, other)
                assert math.isclose(convert(there, other, unit), 37.5, rel_tol=1e-12), (unit, other)
    assert convert(100, UNITS["°C"], UNITS["°F"]) == pytest.approx(212)
    assert convert(0, UNITS["°C"], UNITS["K"]) == pytest.approx(273.15)


@pytest.mark.parametrize("bank", ["pokrovsk.toml", "pokrovsk-generated.toml"])
def test_every_numeric_question_we_ship_reads_its_own_answer(bank):
    questions = [q for q in load_bank(ROOT / "resources" / "banks" / bank).bank.questions
                 if isinstance(q, NumericQuestion)]
    assert questions
    for q in questions:
        assert grade(q, right_response(q)).correct, q.id
        assert read_answer(f"{q.answer:g} {q.unit}".strip(), q.unit).value == q.answer, q.id
