"""Typed formulas: closed forms, registry functions, parameters, kinks, presets and refusals.

Closed forms are written here with numpy from the papers (Swish: Ramachandran et al.
2017; Mish: Misra 2019; GELU's tanh form: Hendrycks & Gimpel 2016; soft clipping:
Klimek & Perelstein 2020), with f' and f'' differentiated by hand.
"""

import math

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import engine
from engine import evaluate_expression
from engine.activations import elementwise_ids, vector_ids
from engine.errors import EngineError
from engine.expressions import (
    FORMULA_PRESETS,
    ExpressionError,
    compile_expression,
    get_formula_preset,
)
from tests.reference_forms import NON_DEFAULT

X = np.linspace(-6.0, 6.0, 241) + 0.013  # off every kink at whole and half numbers


def sig(z):
    return np.exp(-np.logaddexp(0.0, -z))


def swish(x, beta):
    s = sig(beta * x)
    return (
        x * s,
        s + beta * x * s * (1 - s),
        2 * beta * s * (1 - s) + beta**2 * x * s * (1 - s) * (1 - 2 * s),
    )


def mish(x):
    t, s = np.tanh(np.logaddexp(0.0, x)), sig(x)
    return x * t, t + x * (1 - t * t) * s, 2 * (1 - t * t) * s + x * (1 - t * t) * s * (1 - s - 2 * t * s)


def gelu_tanh(x):
    c, k = math.sqrt(2 / math.pi), 0.044715
    t = np.tanh(c * (x + k * x**3))
    du, d2u = c * (1 + 3 * k * x**2), 6 * c * k * x
    return (
        0.5 * x * (1 + t),
        0.5 * (1 + t) + 0.5 * x * (1 - t * t) * du,
        (1 - t * t) * du + 0.5 * x * (1 - t * t) * (d2u - 2 * t * du**2),
    )


def soft_clipping(x, a):
    s1, s2 = sig(a * x), sig(a * (x - 1))
    return (
        (np.logaddexp(0.0, a * x) - np.logaddexp(0.0, a * (x - 1))) / a,
        s1 - s2,
        a * (s1 * (1 - s1) - s2 * (1 - s2)),
    )


def assert_curve(curve, want, atol=1e-10):
    for got, expected in zip((curve.f, curve.df, curve.d2f), want, strict=True):
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=atol)


# ---------------------------------------------------------------- closed forms
@pytest.mark.parametrize("beta", [1.0, 0.5, 2.5, -1.5])
def test_swish_with_beta_matches_its_closed_form_and_derivatives(beta):
    curve = evaluate_expression("x*sigmoid(beta*x)", {"beta": beta}, x=X, dtype="float64")
    assert_curve(curve, swish(X, beta))


def test_mish_formula_matches_its_closed_form_and_derivatives():
    assert_curve(evaluate_expression("x*tanh(softplus(x))", x=X, dtype="float64"), mish(X))


def test_gelu_tanh_formula_matches_its_closed_form_and_derivatives():
    text = "0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x**3)))"
    assert_curve(evaluate_expression(text, x=X, dtype="float64"), gelu_tanh(X))


@pytest.mark.parametrize("a", [1.0, 5.0])
def test_soft_clipping_matches_its_closed_form_and_derivatives(a):
    curve = evaluate_expression("(softplus(a*x) - softplus(a*(x - 1)))/a", {"a": a}, x=X, dtype="float64")
    # softplus is linear past a·x > 20 (its threshold): a change of about e^-20 ≈ 2e-9.
    assert_curve(curve, soft_clipping(X, a), atol=1e-8)


def test_gelu_tanh_formula_equals_torch_and_the_registry_gelu_with_approximate_tanh():
    formula = evaluate_expression("0.5*x*(1+tanh(sqrt(2/pi)*(x+0.044715*x**3)))", x=X, dtype="float64")
    by_keyword = evaluate_expression("gelu(x, approximate='tanh')", x=X, dtype="float64")
    registry = engine.evaluate("gelu", {"approximate": "tanh"}, x=X, dtype="float64")
    torch_f = F.gelu(torch.as_tensor(X), approximate="tanh").numpy()
    np.testing.assert_allclose(formula.f, torch_f, rtol=1e-12, atol=1e-14)
    for curve in (by_keyword, registry):
        for got, want in ((formula.f, curve.f), (formula.df, curve.df), (formula.d2f, curve.d2f)):
            np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize(("text", "registry_id"), [("x*sigmoid(beta*x)", "silu"), ("x*tanh(softplus(x))", "mish")])
def test_swish_at_beta_one_and_mish_equal_the_registry_silu_and_mish(text, registry_id):
    formula = evaluate_expression(text, x=X, dtype="float64")
    registry = engine.evaluate(registry_id, x=X, dtype="float64")
    for got, want in ((formula.f, registry.f), (formula.df, registry.df), (formula.d2f, registry.d2f)):
        np.testing.assert_allclose(got, want, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("text", ["clamp(x, 0, 6)", "min(max(x, 0), 6)", "where(x < 0, 0, where(x > 6, 6, x))"])
def test_relu6_built_from_clamp_min_max_or_where_matches_relu6_and_kinks_at_0_and_6(text):
    x = np.linspace(-3.0, 9.0, 121) + 0.013
    curve = evaluate_expression(text, x=x, dtype="float64")
    np.testing.assert_array_equal(curve.f, np.clip(x, 0.0, 6.0))
    np.testing.assert_array_equal(curve.df, np.where((x > 0) & (x < 6), 1.0, 0.0))
    np.testing.assert_array_equal(curve.d2f, np.zeros_like(x))
    np.testing.assert_array_equal(curve.f, engine.evaluate("relu6", x=x, dtype="float64").f)
    assert compile_expression(text).kinks() == pytest.approx((0.0, 6.0), abs=1e-12)


def test_chained_comparison_in_where_means_both_hold():
    curve = evaluate_expression("where(0 < x <= 1, 1, 0)", x=[-0.5, 0.0, 0.5, 1.0, 1.5], order=0, dtype="float64")
    np.testing.assert_array_equal(curve.f, [0, 0, 1, 1, 0])


# ---------------------------------------------------------------- registry functions by id
def registry_call(act_id: str, values: dict) -> str:
    return f"{act_id}(x" + "".join(f", {k}={v!r}" for k, v in values.items()) + ")"


@pytest.mark.parametrize("act_id", elementwise_ids())
def test_every_elementwise_registry_activation_is_callable_by_id_with_its_keywords(act_id):
    act = engine.get_activation(act_id)
    values = {**{p.name: p.default for p in act.params}, **NON_DEFAULT.get(act_id, {})}
    x = np.linspace(-4.0, 4.0, 81) + 0.0137
    formula = evaluate_expression(registry_call(act_id, values), x=x, dtype="float64")
    registry = engine.evaluate(act_id, values, x=x, dtype="float64")
    for got, want in ((formula.f, registry.f), (formula.df, registry.df), (formula.d2f, registry.d2f)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("act_id", vector_ids())
def test_vector_activations_are_refused_by_id(act_id):
    with pytest.raises(ExpressionError, match="whole vector"):
        compile_expression(f"{act_id}(x)")


def limit_cases():
    for act_id in elementwise_ids():
        for p in engine.get_activation(act_id).params:
            if p.kind == "float" and p.maximum is not None:
                yield act_id, p.name, p.maximum + 1.0
            if p.kind == "float" and p.minimum is not None:
                yield act_id, p.name, p.minimum - 1.0


@pytest.mark.parametrize(("act_id", "name", "value"), list(limit_cases()))
def test_keyword_values_outside_the_registry_limits_are_refused_at_the_value(act_id, name, value):
    text = f"{act_id}(x, {name}={value!r})"
    with pytest.raises(ExpressionError) as info:
        compile_expression(text)
    assert info.value.column == text.index("=") + 2
    assert info.value.snippet == repr(value)


def test_choice_keyword_accepts_only_its_choices_and_unknown_keywords_name_the_known_ones():
    with pytest.raises(ExpressionError, match="none, tanh"):
        compile_expression("gelu(x, approximate='fast')")
    with pytest.raises(ExpressionError, match=r"its parameters: alpha"):
        compile_expression("elu(x, beta=1)")
    with pytest.raises(ExpressionError, match="given twice"):
        compile_expression("elu(x, alpha=1, alpha=2)")


def test_cross_field_rules_of_the_registry_apply_to_fixed_and_to_parameter_values():
    with pytest.raises(ExpressionError, match="min_val"):
        compile_expression("hardtanh(x, min_val=2, max_val=1)")
    expr = compile_expression("hardtanh(x, min_val=lo, max_val=hi)")
    with pytest.raises(EngineError) as info:
        expr.torch_fn(torch.zeros(3), lo=1.0, hi=0.5)
    assert info.value.field == "hardtanh.min_val"


# ---------------------------------------------------------------- parameters
def test_parameters_are_listed_in_order_of_appearance_with_default_one_and_range_ten():
    expr = compile_expression("k*x + a*sigmoid(b*x) - k")
    assert expr.parameter_names == ("k", "a", "b")
    for p in expr.parameters:
        assert (p.default, p.minimum, p.maximum) == (1.0, -10.0, 10.0)


def test_a_parameter_given_to_a_registry_keyword_takes_that_keywords_limits():
    (alpha,) = compile_expression("elu(x, alpha=alpha)").parameters
    assert (alpha.minimum, alpha.maximum, alpha.default) == (0.01, 10.0, 1.0)
    with pytest.raises(EngineError, match=r"expression\.alpha"):
        compile_expression("elu(x, alpha=alpha)").torch_fn(torch.zeros(2), alpha=0.0)


def test_the_user_can_widen_a_parameter_range_and_then_use_the_wider_values():
    expr = compile_expression("x*sigmoid(k*x)")
    with pytest.raises(EngineError, match=r"expression\.k"):
        expr.torch_fn(torch.ones(1), k=50.0)
    wide = expr.with_range("k", -100.0, 100.0)
    assert float(wide.torch_fn(torch.ones(1, dtype=torch.float64), k=50.0)) == pytest.approx(1 / (1 + math.exp(-50)))
    with pytest.raises(EngineError, match=r"only 0\.01 to 10"):
        compile_expression("elu(x, alpha=a)").with_range("a", 0.0, 20.0)


@pytest.mark.parametrize("name", ["exp", "_k", "print", "open", "softmax", "a" * 40])
def test_reserved_dunder_and_overlong_names_are_not_parameters(name):
    with pytest.raises(ExpressionError):
        compile_expression(f"{name}*x")


def test_unknown_parameter_values_are_refused_naming_the_known_ones():
    with pytest.raises(EngineError, match="known: k"):
        compile_expression("k*x").torch_fn(torch.ones(1), q=1.0)


# ---------------------------------------------------------------- evaluation
def test_a_constant_formula_has_the_grid_shape_and_zero_derivatives():
    curve = evaluate_expression("2*pi", x=[-1.0, 0.0, 3.0], dtype="float64")
    np.testing.assert_array_equal(curve.f, [2 * math.pi] * 3)
    np.testing.assert_array_equal(curve.df, [0.0] * 3)
    np.testing.assert_array_equal(curve.d2f, [0.0] * 3)


def test_power_towers_compile_at_once_and_overflow_to_infinity_as_tensors():
    curve = evaluate_expression("9**9**9**9 + 0*x", x=[1.0], order=0, dtype="float64")
    assert curve.f[0] == math.inf


def test_second_derivative_through_a_registry_function_without_double_backward_uses_its_equal_form():
    # hardsigmoid has no double backward in PyTorch; f = x·hardsigmoid(x) has f'' = 2/6 on (-3, 3).
    x = np.array([-2.5, -0.7, 0.4, 2.9])
    curve = evaluate_expression("x*hardsigmoid(x)", x=x, dtype="float64")
    np.testing.assert_allclose(curve.f, x * (x / 6 + 0.5), rtol=1e-14)
    # PyTorch's hardsigmoid backward multiplies by 1/6 rounded to float32, even in float64.
    np.testing.assert_allclose(curve.df, x / 3 + 0.5, rtol=1e-7)
    np.testing.assert_allclose(curve.d2f, [1 / 3] * 4, rtol=1e-12)


def test_formula_keeps_the_tensor_dtype_and_refuses_integer_tensors():
    expr = compile_expression("x*sigmoid(x)")
    assert expr.torch_fn(torch.ones(3, dtype=torch.float16)).dtype == torch.float16
    with pytest.raises(EngineError, match="floating-point"):
        expr.torch_fn(torch.ones(3, dtype=torch.int64))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_formula_on_cuda_matches_the_cpu():
    cpu = evaluate_expression("x*sigmoid(beta*x)", {"beta": 1.7}, device="cpu", dtype="float64")
    gpu = evaluate_expression("x*sigmoid(beta*x)", {"beta": 1.7}, device="cuda", dtype="float64")
    assert gpu.device == "cuda"
    for got, want in ((gpu.f, cpu.f), (gpu.df, cpu.df), (gpu.d2f, cpu.d2f)):
        np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-14)


def test_as_activation_gives_a_registry_like_entry_with_the_formulas_parameters_and_kinks():
    act = compile_expression("abs(x - c)*k").as_activation()
    assert act.id == "formula: abs(x - c)*k"
    assert act.param_names == ("c", "k")
    assert act.kinks({"c": 2.5, "k": 1.0}) == pytest.approx((2.5,))
    assert float(act.fn(torch.tensor([0.5]), c=2.5, k=2.0)) == pytest.approx(4.0)


# ---------------------------------------------------------------- kinks
@pytest.mark.parametrize(
    ("text", "params", "kinks"),
    [
        ("abs(x - a)", {"a": 2.0}, (2.0,)),
        ("where(x > b, x, 0.5*x)", {"b": -1.5}, (-1.5,)),
        ("where(x > 0, 1, 0)", {}, (0.0,)),
        ("max(x, 0.1*x)", {}, (0.0,)),
        ("clamp(x, -a, a)", {"a": 1.5}, (-1.5, 1.5)),
        ("sign(x - 3)", {}, (3.0,)),
        ("relu(x + 1) + relu(x - 1/3)", {}, (-1.0, 1 / 3)),
        ("hardtanh(x, min_val=-2, max_val=3)", {}, (-2.0, 3.0)),
        ("elu(x, alpha=a)", {"a": 2.0}, (0.0,)),
        ("elu(x, alpha=a)", {"a": 1.0}, ()),
        ("relu(x)**2", {}, ()),
        ("abs(x)**3", {}, ()),
        ("x**2", {}, ()),
        ("x*sigmoid(x)", {}, ()),
    ],
)
def test_kinks_are_where_a_switching_function_bends_or_jumps_f(text, params, kinks):
    assert compile_expression(text).kinks(params) == pytest.approx(kinks, abs=1e-12)


# ---------------------------------------------------------------- presets
@pytest.mark.parametrize("preset_id", list(FORMULA_PRESETS))
def test_every_formula_preset_compiles_and_evaluates_with_its_values(preset_id):
    preset = get_formula_preset(preset_id)
    expr = compile_expression(preset.text)
    assert set(preset.values) <= set(expr.parameter_names)
    curve = evaluate_expression(expr, preset.values, dtype="float64")
    assert np.all(np.isfinite(curve.f)) and np.all(np.isfinite(curve.df))
    assert preset.name and preset.note


def test_swish_preset_starts_at_silu():
    preset = get_formula_preset("swish")
    curve = evaluate_expression(preset.text, preset.values, x=X, dtype="float64")
    np.testing.assert_allclose(curve.f, engine.evaluate("silu", x=X, dtype="float64").f, rtol=1e-12)


def test_unknown_preset_is_refused():
    with pytest.raises(EngineError, match="swish"):
        get_formula_preset("nope")


def test_a_kernel_missing_for_the_dtype_is_an_engine_error_naming_the_dtype():
    # rrelu's training kernel has no float16 version on the CPU in the pinned torch; either it runs or the user is told.
    expr = compile_expression("rrelu(x, training=True)")
    try:
        out = expr.torch_fn(torch.ones(4, dtype=torch.float16))
    except EngineError as exc:
        assert exc.field == "dtype"
    else:
        assert out.dtype == torch.float16
