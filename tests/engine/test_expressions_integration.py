"""A formula is an activation like any other: evaluate, analysis and the depth run resolve it in one place.

The registry's SiLU is x·σ(x) and its Mish x·tanh(softplus(x)) (PyTorch docs), so the same
formulas typed by a user must give the same f, f', f'', marks and depth statistics; the
closed forms are written here with numpy.
"""

import numpy as np
import pytest

import engine
from engine import analysis, facts
from engine.depth import DepthConfig, mean_field, run
from engine.errors import EngineError
from engine.resolve import Formula, resolve_activation

PAIRS = [("x*sigmoid(x)", "silu"), ("x*tanh(softplus(x))", "mish")]


def sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


@pytest.mark.parametrize(("text", "registry_id"), PAIRS)
def test_a_formula_evaluates_to_the_same_f_and_derivatives_as_its_registry_twin(text, registry_id):
    typed = engine.evaluate("formula: " + text, x_min=-7, x_max=7, points=1401, dtype="float64", device="cpu")
    built_in = engine.evaluate(registry_id, x_min=-7, x_max=7, points=1401, dtype="float64", device="cpu")
    np.testing.assert_array_equal(typed.x, built_in.x)
    for got, want in ((typed.f, built_in.f), (typed.df, built_in.df), (typed.d2f, built_in.d2f)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-13)
    assert typed.activation == "formula: " + text


def test_swish_formula_with_beta_matches_the_closed_form_on_evaluates_grid():
    beta = 1.702
    curve = engine.evaluate(Formula("x*sigmoid(k*x)"), {"k": beta}, -5, 5, 1001, dtype="float64", device="cpu")
    s = sig(beta * curve.x)
    np.testing.assert_allclose(curve.f, curve.x * s, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(curve.df, s + beta * curve.x * s * (1 - s), rtol=1e-12, atol=1e-14)
    assert curve.x[500] == 0.0  # 0 is on evaluate's grid for formulas too


def test_evaluate_expression_is_evaluate_of_the_formula():
    a = engine.evaluate_expression("x*sigmoid(k*x)", {"k": 2.0}, x=[-1.0, 0.5], dtype="float64", device="cpu")
    b = engine.evaluate("formula: x*sigmoid(k*x)", {"k": 2.0}, x=[-1.0, 0.5], dtype="float64", device="cpu")
    np.testing.assert_array_equal(a.f, b.f)
    np.testing.assert_allclose(a.f, [-1.0 * sig(-2.0), 0.5 * sig(1.0)], rtol=1e-14)


def test_a_widened_parameter_range_travels_with_the_formula():
    with pytest.raises(EngineError) as refused:
        engine.evaluate("formula: x*sigmoid(k*x)", {"k": 30.0}, x=[1.0])
    assert refused.value.field.endswith("k")
    wide = Formula("x*sigmoid(k*x)").widened("k", 0.0, 50.0)
    curve = engine.evaluate(wide, {"k": 30.0}, x=[0.1], dtype="float64", device="cpu")
    np.testing.assert_allclose(curve.f, [0.1 * sig(3.0)], rtol=1e-14)
    assert resolve_activation(wide).params[0].maximum == 50.0


def test_widening_to_an_empty_range_is_refused_naming_the_parameter():
    with pytest.raises(EngineError, match="lower end"):
        Formula("x*sigmoid(k*x)").widened("k", 5.0, 1.0)


def test_the_same_formula_is_compiled_once_and_shared():
    assert resolve_activation("formula: x*tanh(x)") is resolve_activation(Formula("x*tanh(x)"))


def test_a_refused_formula_names_the_expression_and_its_column():
    with pytest.raises(engine.ExpressionError) as refused:
        engine.evaluate("formula: x*__import__('os')")
    assert refused.value.column is not None


def test_a_reference_that_is_neither_an_id_nor_a_formula_is_refused():
    with pytest.raises(EngineError, match="activation"):
        resolve_activation(3)


def test_rrelu_training_in_float16_is_refused_with_a_message_not_a_raw_error():
    with pytest.raises(EngineError) as refused:
        engine.evaluate("rrelu", {"training": True}, dtype="float16", device="cpu")
    assert refused.value.field == "dtype"


# ---------------------------------------------------------------- analysis
@pytest.mark.parametrize(("text", "registry_id"), PAIRS)
def test_max_abs_derivative_of_a_formula_equals_its_registry_twin(text, registry_id):
    typed = analysis.max_abs_derivative("formula: " + text)
    built_in = analysis.max_abs_derivative(registry_id)
    assert typed.value == pytest.approx(built_in.value, rel=1e-12)
    assert typed.spans == built_in.spans


def test_kink_marks_of_a_formula_that_switches_match_leaky_relu():
    typed = analysis.kink_marks("formula: where(x > 0, x, 0.1*x)", {}, -3, 3)
    built_in = analysis.kink_marks("leaky_relu", {"negative_slope": 0.1}, -3, 3)
    assert [k.x for k in typed] == [k.x for k in built_in] == [0.0]
    assert typed[0].df_left == pytest.approx(0.1) and typed[0].df_right == pytest.approx(1.0)


def test_view_notes_of_x_squared_show_its_range_slope_and_lost_sign():
    notes = analysis.view_notes("formula: x**2", {}, -6.0, 6.0)
    assert (notes.f_min, notes.f_max) == (0.0, 36.0)
    assert notes.extremum.value == pytest.approx(12.0)
    assert sorted(s.low for s in notes.extremum.spans) == [-6.0, 6.0]
    assert not notes.zero_centred and notes.f_at_zero == 0.0  # f(0) = 0, yet x² keeps every output ≥ 0
    assert notes.monotonic == "no"


@pytest.mark.parametrize(
    ("registry", "formula", "params"),
    [
        ("silu", "x*sigmoid(beta*x)", {"beta": 1.0}),
        ("tanh", "tanh(x)", {}),
        ("relu", "where(x > 0, x, 0)", {}),
        ("hardtanh", "clamp(x, -1, 1)", {}),
    ],
)
def test_zero_centred_means_the_same_for_a_registry_entry_and_its_formula(registry, formula, params):
    """One definition: f(−x) = −f(x) (SiLU and x·σ(βx) both have f(0) = 0 and both are not zero-centred)."""
    xs = np.linspace(0.0, 5.0, 101)
    closed = {
        "silu": lambda x: x / (1 + np.exp(-x)),
        "tanh": np.tanh,
        "relu": lambda x: np.maximum(x, 0.0),
        "hardtanh": lambda x: np.clip(x, -1, 1),
    }[registry]
    odd = bool(np.allclose(closed(-xs), -closed(xs)))
    assert facts.is_odd(registry) is odd
    assert analysis.view_notes(f"formula: {formula}", params, -5.0, 5.0).zero_centred is odd


def test_view_notes_tell_a_zero_centred_increasing_curve_from_a_shifted_one():
    tanh = analysis.view_notes("formula: tanh(x)", {}, -4.0, 4.0)
    assert tanh.monotonic == "increasing" and tanh.zero_centred
    assert tanh.extremum.value == pytest.approx(1.0) and tanh.extremum.spans[0].low == 0.0
    assert (tanh.f_min, tanh.f_max) == pytest.approx((np.tanh(-4.0), np.tanh(4.0)))
    sigmoid = analysis.view_notes("formula: sigmoid(-x)", {}, -4.0, 4.0)
    assert sigmoid.monotonic == "decreasing" and not sigmoid.zero_centred
    assert sigmoid.f_at_zero == pytest.approx(0.5)


def test_view_notes_leave_zero_centred_unsaid_when_zero_is_off_the_view():
    notes = analysis.view_notes("formula: x", {}, 1.0, 3.0)
    assert notes.f_at_zero is None and not notes.zero_centred


# ---------------------------------------------------------------- depth
def _depth(activation):
    return DepthConfig(
        activation=activation, init="kaiming_normal", layers=6, width=48, batch=96, seed=7, dtype="float64", device="cpu"
    )


@pytest.mark.parametrize(("text", "registry_id"), PAIRS)
def test_a_depth_run_with_a_formula_equals_the_run_with_its_registry_twin(text, registry_id):
    typed, built_in = run(_depth(Formula(text))), run(_depth(registry_id))
    for name in ("act_mean", "act_std", "grad_act_std", "grad_weight_std"):
        np.testing.assert_allclose(getattr(typed, name), getattr(built_in, name), rtol=1e-10, err_msg=name)
    np.testing.assert_allclose(typed.heat, built_in.heat, atol=1e-12)
    theory_typed, theory_built_in = mean_field(_depth("formula: " + text)), mean_field(_depth(registry_id))
    np.testing.assert_allclose(theory_typed.act_std, theory_built_in.act_std, rtol=1e-12)


def test_a_depth_run_refuses_a_bad_formula_naming_the_expression():
    with pytest.raises(EngineError) as refused:
        run(_depth(Formula("x*(")))
    assert refused.value.field == "expression"


def test_abs_has_a_zero_second_derivative_away_from_its_kink():
    """autograd answers f″ of abs(x) with a ZeroTensor; the curve must still hold plain zeros (|x|″ = 0 for x ≠ 0)."""
    curve = engine.evaluate("formula: abs(x)", x_min=-2.0, x_max=2.0, points=9)
    assert curve.d2f.tolist() == [0.0] * 9
    assert curve.df.tolist() == [-1.0] * 4 + [0.0] + [1.0] * 4  # sign(x), 0 at the kink as autograd's abs gives
