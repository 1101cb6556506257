"""Every fact issue 15 found wrong, compared with an independent computation (closed forms from the PyTorch
docs evaluated with mpmath or numpy, torch autograd, a sampled weight, a depth run with the lesson's settings)."""

import math

import mpmath
import numpy as np
import pytest
import torch
import torch.nn.functional as F

from engine import ACTIVATIONS, analysis, evaluate, facts, get_activation
from engine.activations import SELU_ALPHA, SELU_SCALE
from engine.float_limits import float_limits

mpmath.mp.dps = 30


def defaults(act) -> dict:
    return {p.name: p.default for p in act.params}


def minimum(f) -> tuple[float, float]:
    """(x, f(x)) at the minimum of a smooth mpmath function near x = -1, from f' = 0."""
    x = mpmath.findroot(lambda t: mpmath.diff(f, t), -1.0)
    return float(x), float(f(x))


def phi_cdf(x):
    return (1 + mpmath.erf(x / mpmath.sqrt(2))) / 2


def gelu_tanh(x):
    return x / 2 * (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (x + 0.044715 * x**3)))


# ---- the table -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lambd", [0.0, 0.5, 2.0])
def test_hardshrink_is_monotonic_non_decreasing_because_its_jumps_go_up(lambd):
    x = np.concatenate([np.linspace(-5, 5, 10_001), [-lambd, lambd], np.nextafter([-lambd, lambd], 10)])
    x.sort()
    f = np.where(np.abs(x) > lambd, x, 0.0)  # the documented formula
    assert np.all(np.diff(f) >= 0)
    expected = "increasing" if lambd == 0 else "non-decreasing"
    assert facts.monotonicity("hardshrink", {"lambd": lambd}).direction == expected


@pytest.mark.parametrize("act_id", ["relu", "relu6", "hardtanh", "hardsigmoid", "softshrink"])
def test_functions_with_flat_parts_are_called_monotonic_non_decreasing(act_id):
    assert facts.monotonic_fact(act_id).text().startswith("yes, non-decreasing")


def test_linear_default_init_is_a_sixth_of_what_relu_needs_and_shrinks_the_std_by_one_over_root_six():
    fan_in = 512
    bound = 1 / math.sqrt(fan_in)  # nn.Linear: U(-1/√fan_in, 1/√fan_in)
    default_var = (2 * bound) ** 2 / 12
    assert default_var == pytest.approx(1 / (3 * fan_in))
    assert default_var / (2 / fan_in) == pytest.approx(1 / 6)  # He et al.: ReLU needs 2/fan_in
    notes = get_activation_init("linear_default").notes
    assert "a sixth" in notes and f"{1 / math.sqrt(6):.3f}" in notes


def get_activation_init(init_id):
    from engine.initializers import INITIALIZERS

    return INITIALIZERS[init_id]


def depth_run(config):
    from engine import depth

    return depth.run(config.__class__(**{**config.__dict__, "device": "cpu"}))


def test_relu_default_preset_run_shrinks_the_std_by_root_six_per_layer_as_its_lesson_says():
    from engine.presets import PRESETS

    preset = PRESETS["relu_default"]
    r = depth_run(preset.config)
    per_layer = math.exp(np.mean(np.diff(np.log(r.act_std))))
    assert per_layer == pytest.approx(1 / math.sqrt(6), rel=0.03)
    assert "√6" in preset.lesson and f"{1 / math.sqrt(6):.3f}" in preset.lesson


def test_sigmoid_lesson_ratio_of_ten_million_is_what_a_run_with_its_settings_shows():
    from engine.presets import PRESETS

    preset = PRESETS["sigmoid_default"]
    r = depth_run(preset.config)
    ratio = r.grad_weight_std[-1] / r.grad_weight_std[0]
    theory = 48 ** ((preset.config.layers - 1) / 2)  # Var × (1/4)² × 1/3 ... per layer ≈ 1/48, std over 9 gaps
    assert theory == pytest.approx(3.7e7, rel=0.01)
    assert "3.7·10⁷" in preset.lesson and "10⁷ times smaller" in preset.lesson
    assert 1e7 <= ratio < 1e8  # "about 10⁷"
    assert "thousands" not in preset.lesson


def test_softplus_switch_is_a_kink_where_f_and_its_slope_jump_as_the_docs_formula_says():
    beta, threshold = 2.0, 1.0
    act = get_activation("softplus")
    assert act.kinks({"beta": beta, "threshold": threshold}) == (threshold / beta,)
    f_left = math.log1p(math.exp(threshold)) / beta  # the log branch, still used at beta·x = threshold
    f_right = threshold / beta  # x
    sigma = 1 / (1 + math.exp(-threshold))
    (kink,) = facts.kink_facts("softplus", {"beta": beta, "threshold": threshold})
    assert kink.template == facts.JUMP
    assert kink.args[:5] == (f"{0.5:.4g}", f"{f_left:.4g}", f"{f_right:.4g}", f"{sigma:.4g}", "1")
    m = facts.monotonicity("softplus", {"beta": beta, "threshold": threshold})
    assert m.direction == "no" and m.jumps[0][1] == pytest.approx(f_right - f_left)
    assert "threshold/beta" in act.smoothness and "σ(threshold)" in act.smoothness


def test_softplus_default_switch_drop_is_real_in_float64_and_invisible_in_float32():
    drop = math.log1p(math.exp(-20.0))  # ln(1 + e^20) − 20
    assert facts.monotonicity("softplus", None, resolution=2.0**-52).jumps[0][1] == pytest.approx(-drop, rel=1e-3)
    assert facts.monotonicity("softplus", None, resolution=float(np.finfo(np.float32).eps)).direction == "increasing"


def test_silu_minimum_and_range_match_mpmath():
    x, f = minimum(lambda t: t / (1 + mpmath.exp(-t)))
    r = facts.output_range("silu")
    assert r.low == pytest.approx(f, abs=1e-12) and r.low_at == pytest.approx(x, abs=1e-6)
    assert get_activation("silu").output_range == f"[{f:.4g}, ∞)" == facts.range_text("silu")
    assert facts.extremum_facts("silu")[0].text() == f"minimum {f:.6g} at x = {x:.6g}"


def test_gelu_gives_both_minima_exact_and_tanh_form_from_mpmath():
    xe, fe = minimum(lambda t: t * phi_cdf(t))
    xt, ft = minimum(gelu_tanh)
    texts = [fact.text() for fact in facts.extremum_facts("gelu")]
    assert texts == [
        f"minimum {fe:.6g} at x = {xe:.6g} (approximate = none)",
        f"minimum {ft:.6g} at x = {xt:.6g} (approximate = tanh)",
    ]
    assert f"{fe:.6g}" == "-0.169971" and f"{ft:.6g}" == "-0.170041"


def test_hardswish_derivative_is_0_and_1_at_minus_and_plus_3_with_one_sided_limits_as_stated():
    x = torch.tensor([-3.0, 3.0], dtype=torch.float64, requires_grad=True)
    F.hardswish(x).sum().backward()
    assert x.grad.tolist() == [0.0, 1.0]
    act = get_activation("hardswish")
    assert "0 if x ≤ -3" in act.derivative and "1 if x ≥ 3" in act.derivative
    inside = np.linspace(-2.999, 2.999, 11)
    curve = evaluate("hardswish", order=1, dtype="float64", device="cpu", x=inside)
    assert np.allclose(curve.df, (2 * inside + 3) / 6)
    low, high = facts.kink_facts("hardswish")
    assert low.args == ("-3", "0", f"{(2 * -3 + 3) / 6:.4g}", "0")  # f′ from 0 to -0.5; autograd 0
    assert high.args == ("3", f"{(2 * 3 + 3) / 6:.4g}", "1", "1")  # from 1.5 to 1; autograd 1


@pytest.mark.parametrize(
    ("alpha", "exact"), [(1, True), (0.5, True), (1.5, True), (2.5, True), (3, True)] + [(0.1, False), (0.3, False), (0.7, False)]
)
def test_celu_float64_gradient_is_float32_accurate_only_for_alphas_float32_cannot_hold(alpha, exact):
    x = torch.linspace(-5, -0.01, 1000, dtype=torch.float64, requires_grad=True)
    F.celu(x, alpha).sum().backward()
    closed = torch.exp(x.detach() / alpha)  # the documented derivative for x < 0
    error = ((x.grad - closed).abs() / closed).max().item()
    fact = facts.float32_gradient_fact("celu", {"alpha": alpha})
    if exact:
        assert error <= 2e-15 and fact.template == facts.FLOAT32_EXACT  # a few float64 ulps
    else:
        assert 1e-9 < error < 1e-6 and fact.template == facts.FLOAT32_ROUNDED


# ---- imprecise or misleading ------------------------------------------------------------------------------------


def float32_eval(fn, x: float) -> float:
    """fn at x in float32 as a plotted curve meets it: in a long tensor, on the vectorised kernel (a lone
    element takes the scalar path, which may round differently by an ulp)."""
    return fn(torch.full((256,), x, dtype=torch.float32))[0].item()


@pytest.mark.parametrize(
    ("act_id", "fn", "side", "limit", "closed"),
    [
        ("sigmoid", torch.sigmoid, 1, 1.0, 24 * math.log(2)),  # 1 + e^-x rounds to 1 once e^-x < 2^-24
        ("tanh", torch.tanh, 1, 1.0, 13 * math.log(2)),  # 1 − tanh x ≈ 2e^-2x below half an ulp (2^-25)
        ("tanh", torch.tanh, -1, -1.0, 13 * math.log(2)),
        ("sigmoid", torch.sigmoid, -1, 0.0, None),
        ("elu", F.elu, -1, -1.0, 24 * math.log(2)),  # e^x − 1 rounds to −1 once e^x < 2^-24
        ("softplus", F.softplus, -1, 0.0, None),
        ("logsigmoid", F.logsigmoid, 1, 0.0, None),
    ],
)
def test_float32_rounds_f_onto_its_limit_exactly_where_the_notes_say(act_id, fn, side, limit, closed):
    (found,) = [lim for lim in float_limits(act_id, None, "float32") if lim.side == side]
    x = found.x
    before = np.nextafter(np.float32(x), np.float32(0.0))  # the float32 number just inside
    assert float32_eval(fn, x) == limit and float32_eval(fn, 2 * x) == limit
    assert float32_eval(fn, float(before)) != limit
    if closed is not None:
        assert abs(x) == pytest.approx(closed, abs=0.01)


def test_float32_sigmoid_saturation_points_are_the_issues_16_64_and_minus_88_72():
    found = {lim.side: lim.x for lim in float_limits("sigmoid", None, "float32")}
    assert f"{found[1]:.4g}" == f"{24 * math.log(2):.4g}" == "16.64"
    assert f"{found[-1]:.4g}" == f"{-math.log(np.finfo(np.float32).max):.4g}" == "-88.72"  # exp(88.72) overflows


def test_selu_limit_is_found_as_float32_holds_it():
    (found,) = float_limits("selu", None, "float32")
    assert found.limit == float(np.float32(-SELU_SCALE * SELU_ALPHA))
    assert float32_eval(F.selu, found.x) == found.limit


def test_mish_minimum_matches_mpmath():
    _x, f = minimum(lambda t: t * mpmath.tanh(mpmath.log(1 + mpmath.exp(t))))
    assert facts.output_range("mish").low == pytest.approx(f, abs=1e-12)
    assert get_activation("mish").output_range == f"[{f:.4g}, ∞)"
    assert f"{f:.6g}" == "-0.308843"


def test_gelu_tanh_form_derivative_as_written_matches_autograd_and_differs_from_the_exact_by_up_to_8_7e_4():
    x = np.linspace(-10, 10, 20_001)
    c = math.sqrt(2 / math.pi)
    u = c * (x + 0.044715 * x**3)
    written = (1 + np.tanh(u)) / 2 + x / 2 / np.cosh(u) ** 2 * c * (1 + 3 * 0.044715 * x**2)  # the registry's form
    auto = evaluate("gelu", {"approximate": "tanh"}, order=1, device="cpu", dtype="float64", x=x).df
    assert np.allclose(auto, written, atol=1e-12)
    erf = np.array([math.erf(v / math.sqrt(2)) for v in x])
    exact = (1 + erf) / 2 + x * np.exp(-x * x / 2) / math.sqrt(2 * math.pi)  # Φ + xφ
    gap = np.abs(exact - written).max()
    fact = facts.approximation_fact("gelu", None)
    assert fact.args[3] == f"{gap:.3g}" and f"{gap:.2g}" == "0.00087"
    assert "tanh form" in get_activation("gelu").derivative


def test_output_layer_advice_names_the_losses_on_logits_which_stay_finite_where_sigmoid_then_bce_breaks():
    assert "BCEWithLogitsLoss" in get_activation("sigmoid").use
    assert "CrossEntropyLoss" in get_activation("softmax").use
    logit, target = torch.tensor([40.0]), torch.tensor([0.0])  # float32: sigmoid(40) is exactly 1
    with_logits = torch.nn.BCEWithLogitsLoss()(logit, target).item()
    after_sigmoid = torch.nn.BCELoss()(torch.sigmoid(logit), target).item()
    assert with_logits == pytest.approx(40.0)  # −log(1 − σ(40)) = 40 + log(1 + e^-40)
    assert after_sigmoid != pytest.approx(40.0, rel=0.1)  # BCELoss clamps log(0) at −100


def test_sigmoid_note_says_gradients_shrink_even_unsaturated_because_its_slope_is_at_most_a_quarter():
    assert analysis.max_abs_derivative("sigmoid").value == pytest.approx(0.25)
    s = 1 / (1 + math.exp(-5.0))
    assert s * (1 - s) < 0.01  # and beyond |x| = 5 it has all but vanished
    weaknesses = get_activation("sigmoid").weaknesses
    assert "at most 1/4" in weaknesses and "even unsaturated" in weaknesses and "|x| > 5" in weaknesses


def test_selu_is_not_odd_but_its_output_for_normal_inputs_has_mean_zero_and_variance_one():
    lam, alpha = SELU_SCALE, SELU_ALPHA
    big_phi = lambda t: (1 + math.erf(t / math.sqrt(2))) / 2
    # E[e^(tX); X < 0] = e^(t²/2) Φ(−t) for X ~ N(0, 1)
    mean = lam * (1 / math.sqrt(2 * math.pi) + alpha * (math.exp(0.5) * big_phi(-1) - 0.5))
    second = lam**2 * (0.5 + alpha**2 * (math.exp(2) * big_phi(-2) - 2 * math.exp(0.5) * big_phi(-1) + 0.5))
    got_mean, got_std = facts.normal_moments("selu")
    assert got_mean == pytest.approx(mean, abs=1e-6) and got_std == pytest.approx(math.sqrt(second - mean**2), abs=1e-6)
    assert abs(mean) < 1e-3 and second - mean**2 == pytest.approx(1.0, abs=1e-3)
    assert facts.zero_centred_fact("selu").template == facts.NOT_ODD
    act = get_activation("selu")
    assert "AlphaDropout" in act.weaknesses and "mean ≈ 0 and variance ≈ 1" in act.strengths


@pytest.mark.parametrize(("low", "high", "odd"), [(-1.0, 1.0, True), (-2.5, 2.5, True), (-1.0, 2.0, False), (0.0, 1.0, False)])
def test_hardtanh_is_zero_centred_only_while_min_val_is_minus_max_val(low, high, odd):
    x = np.linspace(-5, 5, 1001)
    clip = np.clip(x, low, high)
    assert np.allclose(clip, -clip[::-1]) == odd
    assert facts.is_odd("hardtanh", {"min_val": low, "max_val": high}) == odd
    assert facts.range_text("hardtanh", {"min_val": low, "max_val": high}) == f"[{low:g}, {high:g}]"


def test_leaky_relu_at_slope_zero_is_relu_range_from_zero_and_can_die():
    assert facts.range_text("leaky_relu", {"negative_slope": 0.0}) == facts.range_text("relu") == "[0, ∞)"
    assert facts.zero_gradient_spans("leaky_relu", {"negative_slope": 0.0}) == [(-math.inf, 0.0)]
    assert facts.zero_gradient_fact("leaky_relu", {"negative_slope": 0.0}).template == facts.ZERO_GRADIENT_DEAD
    assert facts.range_text("leaky_relu", {"negative_slope": 0.01}) == "(-∞, ∞)"
    assert facts.zero_gradient_fact("leaky_relu", {"negative_slope": 0.01}).template == facts.NO_ZERO_GRADIENT
    assert "no dead neurons" not in get_activation("leaky_relu").strengths


@pytest.mark.parametrize(("act_id", "sign"), [("softmax", 1), ("log_softmax", 1), ("softmin", -1)])
def test_vector_functions_are_monotonic_in_the_stated_sense_each_output_in_its_own_input(act_id, sign):
    torch.manual_seed(0)
    act = get_activation(act_id)
    for _ in range(20):
        x = torch.randn(6, dtype=torch.float64) * 3
        jac = torch.autograd.functional.jacobian(lambda v: act.fn(v, temperature=1.0), x)
        assert torch.all(sign * torch.diagonal(jac) > 0)
    assert ("rises with its own input" if sign > 0 else "falls as its own input") in act.monotonic_text


def test_glu_outputs_rise_with_their_own_a_and_follow_the_sign_of_a_in_b():
    torch.manual_seed(1)
    x = torch.randn(8, dtype=torch.float64)
    jac = torch.autograd.functional.jacobian(lambda v: F.glu(v, dim=-1), x)
    a = x[:4]
    assert torch.all(torch.diagonal(jac[:, :4]) > 0)
    assert torch.equal(torch.sign(torch.diagonal(jac[:, 4:])), torch.sign(a))
    assert "rises with its own a_i" in get_activation("glu").monotonic_text


def test_tanh_xavier_lesson_figures_are_what_runs_with_gain_one_and_five_thirds_show():
    from engine.presets import PRESETS

    preset = PRESETS["tanh_xavier"]
    main, compare = preset.configs(device="cpu")
    assert main.init_params["gain"] == pytest.approx(torch.nn.init.calculate_gain("tanh"))
    assert compare.init_params["gain"] == 1.0
    gain_one = depth_run(compare).act_std
    for layer, figure in ((1, "0.63"), (10, "0.23"), (30, "0.13")):
        assert f"{gain_one[layer - 1]:.2f}" == figure and f"{figure} at layer {layer}" in preset.lesson
    tanh_gain = depth_run(main).act_std
    assert np.all(np.abs(tanh_gain[5:] - 0.65) < 0.02) and "near 0.65" in preset.lesson


# ---- initialiser notes ---------------------------------------------------------------------------------------------


def test_normal_init_note_names_the_gain_and_relus_root_two_over_fan_in():
    from engine.depth import DepthConfig

    notes = get_activation_init("normal").notes
    assert "gain/√fan_in" in notes and "√(2/fan_in) for ReLU" in notes
    width = 256
    small = dict(activation="relu", init="normal", layers=12, width=width, batch=512)
    plain = depth_run(DepthConfig(**small, init_params={"std": 1 / math.sqrt(width)})).act_std
    he = depth_run(DepthConfig(**small, init_params={"std": math.sqrt(2 / width)})).act_std
    # He et al.: with Var(W) = 1/n a ReLU layer halves the second moment (std × 1/√2); with 2/n it keeps it
    per_layer = lambda std: (std[-1] / std[0]) ** (1 / (len(std) - 1))
    assert per_layer(plain) == pytest.approx(1 / math.sqrt(2), rel=0.05)
    assert per_layer(he) == pytest.approx(1.0, rel=0.05)


def test_zeros_init_stops_a_relu_net_only_when_the_biases_are_zero_too():
    from engine.depth import DepthConfig

    base = dict(activation="relu", init="zeros", layers=4, width=64, batch=128)
    zero_bias = depth_run(DepthConfig(**base, bias="zero"))
    default_bias = depth_run(DepthConfig(**base, bias="default"))
    assert np.all(zero_bias.grad_weight_std == 0)
    assert np.any(default_bias.grad_weight_std > 0)
    assert "biases are zero too" in get_activation_init("zeros").notes


def test_orthogonal_init_preserves_norms_only_for_tall_or_square_weights_with_gain_one():
    from engine.initializers import fill

    torch.manual_seed(0)
    x = torch.randn(512, 64, dtype=torch.float64)
    wide = fill("orthogonal", torch.empty(256, 512, dtype=torch.float64), {"gain": 1.0})
    ratio = (wide @ x).norm(dim=0) / x.norm(dim=0)
    assert ratio.mean().item() == pytest.approx(math.sqrt(256 / 512), abs=0.02)
    tall = fill("orthogonal", torch.empty(512, 256, dtype=torch.float64), {"gain": 1.0})
    y = x[:256]
    assert torch.allclose((tall @ y).norm(dim=0), y.norm(dim=0), rtol=1e-12)
    doubled = fill("orthogonal", torch.empty(512, 256, dtype=torch.float64), {"gain": 2.0})
    assert torch.allclose((doubled @ y).norm(dim=0), 2 * y.norm(dim=0), rtol=1e-12)
    notes = get_activation_init("orthogonal").notes
    assert "gain 1 and rows ≥ cols" in notes and f"{math.sqrt(0.5):.2f}" in notes


def test_sparse_init_zeroes_ceil_sparsity_times_rows_per_column_so_rows_vary():
    from engine.initializers import fill

    rows, cols, sparsity = 50, 40, 0.3
    torch.manual_seed(0)
    w = fill("sparse", torch.empty(rows, cols), {"sparsity": sparsity, "std": 1.0})
    per_column = (w == 0).sum(dim=0)
    assert torch.all(per_column == math.ceil(sparsity * rows))
    assert len(set((w == 0).sum(dim=1).tolist())) > 1  # the units keep varying numbers of inputs
    assert "⌈sparsity·rows⌉ entries of every column" in get_activation_init("sparse").notes


def test_rrelu_opinion_is_attributed_to_xu_et_al_2015():
    weaknesses = get_activation("rrelu").weaknesses
    assert "Xu et al. 2015" in weaknesses and "Empirical Evaluation of Rectified Activations" in weaknesses
    assert "rarely better" not in weaknesses


# ---- the typed default-parameter texts never drift from the computation ----------------------------------------


@pytest.mark.parametrize("act", [a for a in ACTIVATIONS.values() if not a.vector], ids=lambda a: a.id)
def test_registry_output_range_is_the_computed_range_at_the_default_parameters(act):
    typed = act.output_range  # may name parameters: "(-alpha, ∞)"
    for name, value in defaults(act).items():
        if isinstance(value, float):
            typed = typed.replace(name, facts.num(value))
    assert typed == facts.range_text(act.id, defaults(act))


def test_every_computed_sentence_reaches_the_translation_template():
    import sys
    from pathlib import Path

    from engine import float_limits

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    import translations

    strings = set(translations.registry_strings())
    assert set(facts.TEMPLATES) <= strings and set(float_limits.TEMPLATES) <= strings
