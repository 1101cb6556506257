"""engine.analysis: the computed figures the explorer shows, against closed forms.

Expectations are written from the formulas (PyTorch docs, the Gaussian CDF) with
numpy and math, never copied from a run. No Qt here.
"""

import math

import numpy as np
import pytest

import engine
from engine import analysis


def _sigmoid_saturation_edge(eps: float) -> float:
    # σ'(x) = s(1 - s) = eps  ->  s = (1 + sqrt(1 - 4 eps)) / 2,  x = ln(s / (1 - s))
    s = (1 + math.sqrt(1 - 4 * eps)) / 2
    return math.log(s / (1 - s))


@pytest.mark.parametrize("eps", [0.01, 0.05, 0.2])
def test_sigmoid_saturates_beyond_the_closed_form_edge(eps):
    curve = engine.evaluate("sigmoid", {}, -10, 10, 2001, order=1, dtype="float64")
    spans = analysis.saturation_spans(curve.x, curve.df, eps)
    edge = _sigmoid_saturation_edge(eps)
    assert len(spans) == 2
    (a, b), (c, d) = spans
    assert a == -10 and d == 10
    step = 20 / 2000
    assert abs(b + edge) < step and abs(c - edge) < step


def test_sigmoid_saturation_edge_is_about_4_6_for_eps_0_01():
    assert round(_sigmoid_saturation_edge(0.01), 1) == 4.6  # the "|x| ≳ 4.6"


def test_relu_dead_zone_ends_at_the_kink():
    curve = engine.evaluate("relu", {}, -3, 3, 601, order=1, dtype="float64")
    assert analysis.saturation_spans(curve.x, curve.df, 0.01, kinks=[0.0]) == [(-3.0, 0.0)]


def test_identity_never_saturates():
    curve = engine.evaluate("identity", {}, -3, 3, 101, order=1, dtype="float64")
    assert analysis.saturation_spans(curve.x, curve.df, 0.5) == []


def test_max_abs_derivative_of_sigmoid_and_tanh_is_at_zero():
    sig = analysis.max_abs_derivative("sigmoid")
    assert sig.value == pytest.approx(0.25, abs=1e-12)
    assert [(s.low, s.high) for s in sig.spans] == [(0.0, 0.0)] and sig.asymptotic == ()
    th = analysis.max_abs_derivative("tanh")
    assert th.value == pytest.approx(1.0, abs=1e-12) and th.spans[0].is_point and th.spans[0].low == 0.0


def test_max_abs_derivative_of_gelu_is_at_sqrt2():
    # GELU'(x) = Φ(x) + x φ(x);  GELU''(x) = φ(x) (2 - x²) = 0 at x = √2
    x = math.sqrt(2)
    phi = math.exp(-x * x / 2) / math.sqrt(2 * math.pi)
    expected = 0.5 * (1 + math.erf(x / math.sqrt(2))) + x * phi
    ext = analysis.max_abs_derivative("gelu")
    # the 0.001 grid misses √2 by δ ≤ 0.0005 and the peak is flat:
    # error ≤ |GELU‴(√2)| δ² / 2 = 0.415 · 2.5e-7 / 2 ≈ 5.2e-8
    assert expected - 6e-8 <= ext.value <= expected
    assert len(ext.spans) == 1 and abs(ext.spans[0].low - x) <= 1e-3


def test_max_abs_derivative_of_relu_is_one_for_positive_x():
    ext = analysis.max_abs_derivative("relu")
    assert ext.value == 1.0
    (span,) = ext.spans
    assert (span.low, span.high, span.low_inclusive) == (0.0, None, False)


def test_max_abs_derivative_of_relu6_is_one_strictly_between_its_kinks():
    (span,) = analysis.max_abs_derivative("relu6").spans
    assert (span.low, span.high, span.low_inclusive, span.high_inclusive) == (0.0, 6.0, False, False)


def test_leaky_relu_with_slope_one_is_steepest_everywhere():
    ext = analysis.max_abs_derivative("leaky_relu", {"negative_slope": 1.0})
    assert ext.value == 1.0 and [(s.low, s.high) for s in ext.spans] == [(None, None)]


def test_softplus_and_logsigmoid_only_approach_their_largest_slope():
    assert analysis.max_abs_derivative("softplus").asymptotic == (1,)
    assert analysis.max_abs_derivative("logsigmoid").asymptotic == (-1,)


def test_kink_of_relu_reports_autograd_zero_and_both_one_sided_limits():
    (kink,) = analysis.kink_marks("relu", {}, -1, 1)
    assert (kink.x, kink.f, kink.df, kink.df_left, kink.df_right) == (0.0, 0.0, 0.0, 0.0, 1.0)
    assert kink.f_left == pytest.approx(kink.f_right, abs=1e-6)  # a kink, not a jump


def test_hardtanh_kinks_follow_its_parameters():
    kinks = analysis.kink_marks("hardtanh", {"min_val": -2.0, "max_val": 1.5}, -5, 5)
    assert [k.x for k in kinks] == [-2.0, 1.5]
    assert [(k.df_left, k.df_right) for k in kinks] == [(0.0, 1.0), (1.0, 0.0)]
    assert [k.f for k in kinks] == [-2.0, 1.5]


def test_kinks_outside_the_range_are_left_out():
    assert [k.x for k in analysis.kink_marks("relu6", {}, -1, 3)] == [0.0]


def test_threshold_kink_is_a_jump_from_value_to_threshold():
    (kink,) = analysis.kink_marks("threshold", {"threshold": 1.0, "value": -2.0}, -3, 3)
    assert kink.f_left == pytest.approx(-2.0) and kink.f_right == pytest.approx(1.0, abs=1e-6)


def test_rrelu_band_holds_every_training_draw():
    params = {"lower": 0.1, "upper": 0.4, "training": True}
    x, f_lo, f_hi, df_lo, df_hi = analysis.random_slope_band(params, -4, 4, 801, dtype="float64")
    neg = x < 0
    assert np.allclose(f_lo[neg], 0.1 * x[neg]) and np.allclose(f_hi[neg], 0.4 * x[neg])
    assert np.allclose(df_lo[neg], 0.1) and np.allclose(df_hi[neg], 0.4)
    draw = engine.evaluate("rrelu", params, -4, 4, 801, order=0, dtype="float64")
    assert np.all(draw.f[neg] <= f_lo[neg] + 1e-12) and np.all(draw.f[neg] >= f_hi[neg] - 1e-12)
    assert np.unique(np.round(draw.f[neg] / x[neg], 9)).size > 100  # really random slopes


def test_gelu_gap_equals_erf_minus_tanh_form():
    x, df, ddf = analysis.approximation_gap("gelu", {}, "approximate", "none", "tanh", -5, 5, 1001)
    erf = np.array([math.erf(v / math.sqrt(2)) for v in x])
    exact = 0.5 * x * (1 + erf)
    inner = math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)
    approx = 0.5 * x * (1 + np.tanh(inner))
    assert np.allclose(df, exact - approx, atol=1e-12)
    assert 1e-4 < np.abs(df).max() < 1e-3  # visible only on its own axis
    assert ddf.shape == x.shape
