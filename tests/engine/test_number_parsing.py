"""Typed numbers: the one parser the GUI and the command line share, and integer parameters at the extremes."""

import math

import pytest

from engine.errors import EngineError
from engine.initializers import sample
from engine.params import Param, parse_number, parse_numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("１，２．５", [1.0, 2.5]),
        ("1，23", [1.0, 23.0]),
        ("1, 2 3", [1.0, 2.0, 3.0]),
        ("－１．５ｅ３", [-1500.0]),
        ("−2", [-2.0]),
    ],
)
def test_full_width_digits_and_punctuation_read_as_their_ascii_forms(text, expected):
    assert parse_numbers(text, "vector") == expected


@pytest.mark.parametrize("text", ["²", "²,3", "٣", "½", "1_000", "0x10", "1,,2", "", "one"])
def test_digits_python_would_guess_at_are_refused_naming_the_field(text):
    with pytest.raises(EngineError) as info:
        parse_numbers(text, "shape", whole=True)
    assert info.value.field == "shape"


@pytest.mark.parametrize("text", ["inf", "nan", "1e400", "-inf", "2.5"])
def test_a_whole_number_field_refuses_infinite_nan_and_fractional_text(text):
    with pytest.raises(EngineError) as info:
        parse_number(text, "points", whole=True)
    assert info.value.field == "points" and "whole number" in info.value.message


def test_whole_numbers_keep_every_digit():
    assert parse_number("12345678901234567890", "seed", whole=True) == 12345678901234567890
    assert parse_number("３.0", "seed", whole=True) == 3


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 1e400, 10**400, 2.5])
def test_integer_parameter_given_non_finite_huge_or_fractional_values_is_refused_by_name(value):
    with pytest.raises(EngineError) as info:
        sample("dirac", (4, 4, 3, 3), {"groups": value})
    assert info.value.field == "dirac.groups"


@pytest.mark.parametrize("text", ["inf", "nan", "1e400", "²", "1.5"])
def test_integer_parameter_typed_as_text_is_refused_by_name(text):
    with pytest.raises(EngineError) as info:
        Param("groups", "int", 1, 1, 1024, 1).parse(text, owner="dirac")
    assert info.value.field == "dirac.groups"


def test_float_parameter_beyond_float64_is_refused_not_overflowing():
    with pytest.raises(EngineError) as info:
        Param("val", "float", 0.5, -100.0, 100.0).check(10**400, owner="constant")
    assert info.value.field == "constant.val"


def test_full_width_parameter_text_is_accepted():
    assert Param("groups", "int", 1, 1, 1024, 1).parse("２") == 2
    assert Param("alpha", "float", 1.0, 0.0, 10.0).parse("２．５") == 2.5
