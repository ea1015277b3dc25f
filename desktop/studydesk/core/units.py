"""Units an answer can be given in: how students and banks write them, what
each measures, and how to convert between two that measure the same thing.

A bank's `unit` is free text. What is written here is understood (every unit
the generator can give a question, and more); anything else is a counting
noun ("residents", "killed or wounded") that names what is counted. Money
converts only within a currency: exchange rates change, a reading must not.

Written by hand rather than with pint: about seventy units, named as the
generator names them, imported in a millisecond; pint's registry takes a few
hundred milliseconds to load, on the keystroke that first reads a number.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_YEAR_S = 365.2425 * 86400  # the Gregorian calendar's average year


class Unit(NamedTuple):
    name: str  # canonical, as the generator writes a question's unit ("km", "%", "dollars")
    dimension: str  # "length", "money", ...; units convert only within one
    factor: float = 1.0  # value in the dimension's base unit = value * factor + offset
    offset: float = 0.0
    symbol: str = ""  # money: "$"; shown beside the name in messages
    family: str = ""  # money: "$" and "dollars" stand for any currency of their family

    @property
    def generic(self) -> bool:
        return bool(self.family) and self.family == self.name


# (canonical unit, dimension, factor, aliases as a regex over lower-case text)
_LENGTH = (
    ("mm", 1e-3, r"mm|millimet(?:re|er)s?"),
    ("cm", 1e-2, r"cm|centimet(?:re|er)s?"),
    ("m", 1.0, r"m|mtrs?|met(?:re|er)s?"),
    ("km", 1e3, r"km|kms|kilomet(?:re|er)s?|kilo\ met(?:re|er)s?"),
    ("in", 0.0254, r"inch(?:es)?"),
    ("ft", 0.3048, r"ft|feet|foot"),
    ("yd", 0.9144, r"yds?|yards?"),
    ("mi", 1609.344, r"mi|miles?"),
    ("nmi", 1852.0, r"nmi|nautical\ miles?"),
    ("light years", 9.4607e15, r"light[-\ ]years?"),
)
_AREA = (
    ("m²", 1.0, r"m²|m2|m\^2|sq\.?\ ?m|square\ met(?:re|er)s?|met(?:re|er)s?\ squared"),
    ("km²", 1e6, r"km²|km2|km\^2|sq\.?\ ?kms?|square\ (?:kilomet(?:re|er)s?|kms?)|kilomet(?:re|er)s?\ squared"),
    ("ha", 1e4, r"ha|hectares?"),
    ("sq mi", 1609.344**2, r"sq\.?\ ?mi(?:les?)?|mi²|mi2|square\ miles?"),
    ("acres", 4046.8564224, r"acres?"),
    ("sq ft", 0.3048**2, r"sq\.?\ ?f(?:ee)?t|ft²|ft2|square\ f(?:ee|oo)t"),
)
_VOLUME = (
    ("ml", 1e-3, r"ml|millilit(?:re|er)s?"),
    ("l", 1.0, r"l|ltrs?|lit(?:re|er)s?"),
    ("m³", 1e3, r"m³|m3|cubic\ met(?:re|er)s?"),
    # the US gallon, as oil spills are given
    ("gal", 3.785411784, r"gal|gallons?|us\ gallons?|u\.s\.\ gallons?"),
    ("bbl", 158.987294928, r"bbl|barrels?"),  # an oil barrel, 42 US gallons
)
_SPEED = (
    ("km/h", 1 / 3.6, r"km/h|kmh|kph|kmph|km\ per\ hour|kilomet(?:re|er)s?\ (?:per|an|a)\ hour|kilomet(?:re|er)s?/h(?:our)?"),
    ("mph", 1609.344 / 3600, r"mph|miles?\ (?:per|an|a)\ hour|mi/h"),
    ("m/s", 1.0, r"m/s|met(?:re|er)s?\ (?:per|a)\ second"),
    ("knots", 1852 / 3600, r"knots?|kn"),
)
_FLOW = (("m³/s", 1.0, r"m³/s|m3/s|cumecs|cubic\ met(?:re|er)s?\ (?:per|a)\ second"),)
_POWER = (
    ("W", 1.0, r"w|watts?"),
    ("kW", 1e3, r"kw|kilowatts?"),
    ("MW", 1e6, r"mw|megawatts?"),
    ("GW", 1e9, r"gw|gigawatts?"),
)
_ENERGY = (
    ("kWh", 1.0, r"kwh|kilowatt[-\ ]hours?"),
    ("MWh", 1e3, r"mwh|megawatt[-\ ]hours?"),
    ("GWh", 1e6, r"gwh|gigawatt[-\ ]hours?"),
    ("TWh", 1e9, r"twh|terawatt[-\ ]hours?"),
)
_MASS = (
    ("g", 1e-3, r"g|grams?|grammes?"),
    ("kg", 1.0, r"kg|kgs|kilos?|kilogram(?:me)?s?"),
    ("t", 1e3, r"t|tonnes?|tons?|metric\ tons?"),
    ("lb", 0.45359237, r"lbs?|pounds?"),  # "pounds" is money unless the question weighs something
    ("oz", 0.028349523125, r"oz|ounces?"),
)
_DURATION = (
    ("seconds", 1.0, r"s|secs?|seconds?"),
    ("minutes", 60.0, r"mins?|minutes?"),
    ("hours", 3600.0, r"h|hrs?|hours?"),
    ("days", 86400.0, r"d|days?"),
    ("weeks", 7 * 86400.0, r"wks?|weeks?"),
    ("months", _YEAR_S / 12, r"mos?|months?"),
    ("years", _YEAR_S, r"y|yrs?|years?"),
    ("decades", 10 * _YEAR_S, r"decades?"),
    ("centuries", 100 * _YEAR_S, r"centur(?:y|ies)"),
)
_PERCENT = (("%", 1.0, r"%|percent|per\ ?cent|pct|pc|percentage\ points?|pp"),)
# Temperatures: base unit kelvin. "degrees" alone means the question's own scale.
_TEMPERATURE = (
    Unit("°C", "temperature", 1.0, 273.15),
    Unit("°F", "temperature", 5 / 9, 273.15 - 32 * 5 / 9),
    Unit("K", "temperature", 1.0, 0.0),
)
_TEMPERATURE_ALIASES = {
    "°C": r"°c|ºc|c|celsius|centigrade|deg(?:rees?)?\ ?c(?:elsius)?",
    "°F": r"°f|ºf|f|fahrenheit|deg(?:rees?)?\ ?f(?:ahrenheit)?",
    "K": r"k|kelvins?",
}
# Money: (canonical, symbol, family, aliases). "$" and "dollars" mean whichever dollar the question is in.
_MONEY = (
    ("dollars", "$", "dollars", r"\$|dollars?|bucks"),
    ("US$", "US$", "dollars", r"us\$|\$us|usd|us\ dollars?|american\ dollars?"),
    ("C$", "C$", "dollars", r"c\$|ca\$|cad|canadian\ dollars?"),
    ("A$", "A$", "dollars", r"a\$|au\$|aud|australian\ dollars?"),
    ("euros", "€", "", r"€|eur|euros?"),
    ("pounds", "£", "", r"£|gbp|pounds?\ sterling|sterling|pounds?|quid"),
    ("hryvnias", "₴", "", r"₴|uah|hryvn(?:i|y)as?|hryvnia|hryvnya"),
    ("roubles", "₽", "", r"₽|rub|roubles?|rubles?"),
    ("yen", "¥", "", r"¥|jpy|yen"),
    ("yuan", "CN¥", "", r"cny|rmb|yuan|renminbi"),
    ("rupees", "₹", "", r"₹|inr|rupees?"),
    ("Swiss francs", "CHF", "", r"chf|swiss\ francs?|francs?"),
    ("złoty", "zł", "", r"zł|pln|zlot(?:y|ys|ies)|złot(?:y|ys)"),
)

_DIMENSIONS = (("length", _LENGTH), ("area", _AREA), ("volume", _VOLUME), ("speed", _SPEED), ("flow", _FLOW),
               ("power", _POWER), ("energy", _ENERGY), ("mass", _MASS), ("duration", _DURATION),
               ("percent", _PERCENT))
_ALL: list[tuple[Unit, str]] = [(Unit(n, d, f), a) for d, rows in _DIMENSIONS for n, f, a in rows]
_ALL += [(u, _TEMPERATURE_ALIASES[u.name]) for u in _TEMPERATURE]
_ALL += [(Unit(n, "money", symbol=s, family=fam), a) for n, s, fam, a in _MONEY]
# One pattern per unit; each ends where a word ends, so "m" is not the start of "miles".
# A spelling that ends in a symbol ("$", "%") may run straight on into digits: "$30".
_PATTERNS = [(u, re.compile(rf"(?:{a})(?:(?<![a-z0-9²³])|(?![a-z0-9²³/^]))")) for u, a in _ALL]
UNITS: dict[str, Unit] = {u.name: u for u, _ in _ALL}
POUNDS = UNITS["pounds"]
DEGREES = re.compile(r"(?:°|º|deg(?:rees?)?)(?![a-z])")  # no scale named: the question's own


def unit_at(text: str, pos: int = 0) -> tuple[list[Unit], int]:
    """The units the text at pos may be, longest spelling first, and where it ends.

    Lower-case text. Several units when the spelling is shared ("pounds"). ([], pos) when none.
    """
    best: list[Unit] = []
    end = pos
    for unit, pattern in _PATTERNS:
        m = pattern.match(text, pos)
        if m and m.end() > end:
            best, end = [unit], m.end()
        elif m and m.end() == end and end > pos:
            best.append(unit)
    return best, end


def money_at_start(text: str, pos: int = 0) -> tuple[Unit | None, int]:
    """A currency written before the number ("$", "US$", "€", "USD "), and where it ends."""
    units, end = unit_at(text, pos)
    money = [u for u in units if u.dimension == "money"]
    return (money[0], end) if money else (None, pos)


class QuestionUnit(NamedTuple):
    """A bank's unit, understood: "km"; "billion dollars"; "residents"; ""."""

    text: str  # as the bank writes it, for messages
    unit: Unit | None  # None: a counting noun, or no unit
    scale: float = 1.0  # "billion dollars": values are in billions

    @property
    def dimension(self) -> str:
        return self.unit.dimension if self.unit else ""


_BANK_SCALES = {"thousand": 1e3, "million": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def question_unit(text: str) -> QuestionUnit:
    """Understand a bank's unit. A scale word is allowed ("million residents");
    anything not a known unit is a counting noun."""
    words = text.strip().lower().split()
    scale = 1.0
    for i, word in enumerate(words):
        if word in _BANK_SCALES and len(words) > 1:
            scale = _BANK_SCALES[word]
            words = words[:i] + words[i + 1:]
            break
    rest = " ".join(words)
    units, end = unit_at(rest)
    if units and end == len(rest):
        # "pounds" in a bank is money (the generator's "pounds sterling"); "lb" is the weight
        return QuestionUnit(text.strip(), POUNDS if POUNDS in units else units[0], scale)
    return QuestionUnit(text.strip(), None, scale)


def convert(value: float, source: Unit, target: Unit) -> float:
    """The value in another unit of the same dimension (money: of the same currency)."""
    return (value * source.factor + source.offset - target.offset) / target.factor


def same_currency(typed: Unit, wanted: Unit) -> bool:
    if typed.name == wanted.name:
        return True
    return bool(typed.family) and typed.family == wanted.family and (typed.generic or wanted.generic)


def describe(unit: Unit) -> str:
    """A unit named in a message: "euros (€)", "mi"."""
    if unit.dimension == "money" and unit.symbol and unit.symbol != unit.name:
        return f"{unit.name} ({unit.symbol})"
    return unit.name


def kind_of(unit: Unit) -> str:
    """What a unit measures, for a message: "a length", "an amount of money"."""
    return {"money": "an amount of money", "percent": "a percentage", "area": "an area", "energy": "an energy"}.get(
        unit.dimension, f"a {unit.dimension}")
