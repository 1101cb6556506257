"""The x grid: decimals as asked, 0 and the kinks on it, and ranges a dtype cannot hold refused by name."""

from fractions import Fraction

import numpy as np
import pytest

import engine
from engine.activations import ACTIVATIONS


@pytest.mark.parametrize(
    ("dtype", "x_min", "x_max", "field"),
    [
        ("float16", -1e5, 1e5, "x_min"),
        ("float16", -1.0, 7e4, "x_max"),
        ("float32", -1e39, 1e39, "x_min"),
        ("bfloat16", -1.0, 1e39, "x_max"),
    ],
)
def test_an_x_range_the_dtype_cannot_hold_is_refused_naming_the_field(dtype, x_min, x_max, field):
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate("gelu", x_min=x_min, x_max=x_max, dtype=dtype)
    assert info.value.field == field and dtype in info.value.message


def test_given_points_the_dtype_cannot_hold_are_refused_naming_x():
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate("relu", x=[1.0, 1e5], dtype="float16")
    assert info.value.field == "x"


@pytest.mark.parametrize(("dtype", "limit"), [("float64", 1e308), ("float32", 3e38), ("float16", 6e4)])
def test_x_column_is_finite_when_x_max_minus_x_min_overflows_the_dtype(dtype, limit):
    c = engine.evaluate("relu", x_min=-limit, x_max=limit, points=101, dtype=dtype)
    assert np.all(np.isfinite(c.x)) and np.all(np.isfinite(c.x_asked))
    assert np.all(np.diff(c.x_asked) > 0) and c.x_asked[0] == -limit and c.x_asked[-1] == limit


def test_a_value_that_honestly_overflows_the_dtype_stays_inf_in_f_with_a_finite_x():
    # SELU's scale 1.0507 takes 65,000 past float16's 65,504: f may overflow, x may not.
    c = engine.evaluate("selu", x_min=0.0, x_max=65000.0, points=6, dtype="float16", order=0)
    assert np.all(np.isfinite(c.x)) and c.x[-1] == float(np.float16(65000.0)) and c.x_asked[-1] == 65000.0
    assert np.isinf(c.f[-1])


def test_the_grid_holds_the_decimals_asked_for_and_hits_zero():
    c = engine.evaluate("relu", x_min=-6.0, x_max=6.0, points=1001, dtype="float32")
    expected = [float(Fraction(-6) + Fraction(12 * i, 1000)) for i in range(1001)]  # correctly rounded decimals
    assert c.x_asked.tolist() == expected
    assert c.x[500] == 0.0 and c.f[500] == 0.0


KINKED = [a for a in ACTIVATIONS.values() if not a.vector and a.kinks({p.name: p.default for p in a.params})]


@pytest.mark.parametrize("act", KINKED, ids=lambda a: a.id)
@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_zero_and_every_kink_inside_the_range_are_exact_grid_points(act, dtype):
    params = {p.name: p.default for p in act.params}
    kinks = act.kinks(params)
    lo, hi = min(kinks) - 3.3, max(kinks) + 2.9  # a range whose even grid misses them
    c = engine.evaluate(act.id, x_min=lo, x_max=hi, points=1000, dtype=dtype)
    for k in (*kinks, *([0.0] if lo < 0.0 < hi else [])):  # Softplus' switch (x = 20) has no 0 nearby
        assert k in c.x_asked.tolist()
        assert np.any(c.x == np.float64(np.float32(k) if dtype == "float32" else k))
    assert np.all(np.diff(c.x_asked) > 0)
    assert c.x_asked[0] == lo and c.x_asked[-1] == hi


def test_a_range_the_dtype_rounds_to_one_value_is_refused_before_anything_is_drawn():
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate("rrelu", x_min=4.99, x_max=5.01, dtype="bfloat16")
    assert info.value.field == "x_min" and "bfloat16" in info.value.message


def test_points_the_dtype_merges_are_named_in_the_grid_note():
    # float16 keeps 2^-8 steps between 8 and 16 … and 2^-10 near 1: far fewer than 100,001 values in ±10.
    c = engine.evaluate("gelu", x_min=-10.0, x_max=10.0, points=100_001, dtype="float16")
    distinct = np.unique(c.x).size
    assert distinct < 100_001
    assert c.grid_note is not None and f"{distinct:,}" in c.grid_note
    assert engine.evaluate("gelu", x_min=-10.0, x_max=10.0, points=100_001, dtype="float64").grid_note is None
