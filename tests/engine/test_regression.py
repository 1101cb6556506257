"""Regression in the training lesson: the datasets, the squared error, and the fit's facts, each against an
independent computation (numpy from the weights, Playground's formulas written out, least squares)."""

import math

import numpy as np
import pytest

from engine.datasets import DATASETS, make_data
from engine.errors import EngineError
from engine.regression import REGRESSION_DEFAULTS, fit_of, kink_bound
from engine.training import TrainConfig, Trainer, run, run_together
from engine.training_config import checked_config

CURVES = {"sine": np.sin, "abs": lambda x: np.abs(x) / 3, "square": lambda x: x**2 / 18}


def relu(z):
    return np.maximum(z, 0.0)


def numpy_forward(weights, x, act=relu):
    """The network's output at the points x (1-D input), written with numpy from (W, b) per layer."""
    h = x[:, None]
    for w, b in weights[:-1]:
        h = act(h @ w.T + b)
    w, b = weights[-1]
    return (h @ w.T + b)[:, 0]


def plot_height(weights, target, act=relu) -> float:
    """The fit's height on the plot, as engine.regression documents it: the span of the output and of g(x) on the
    plotted grid (every 0.01 on [-6, 6]), at least 1."""
    x = np.linspace(-6.0, 6.0, 1201)
    return max(np.ptp(numpy_forward(weights, x, act)), np.ptp(target(x)), 1.0)


def numpy_breakpoints(weights, target, lo=-6.0, hi=6.0):
    """Distinct x in (lo, hi) where a ReLU network's slope changes visibly (by Δs with |Δs|·12 >= 0.05 times the
    plot's height), found exactly layer by layer: on every interval between the breakpoints so far, each unit's
    pre-activation is affine; its root (if inside) is a new candidate."""
    points = np.array([lo, hi])
    for depth in range(1, len(weights)):
        head = weights[:depth]
        new = []
        for p, q in zip(points[:-1], points[1:], strict=True):
            a, b = p + (q - p) / 3, p + 2 * (q - p) / 3
            za, zb = _pre(head, np.array([a, b]))
            slope = (zb - za) / (b - a)
            with np.errstate(divide="ignore", invalid="ignore"):
                roots = a - za / slope
            new += [r for r in roots[np.isfinite(roots)] if p < r < q]
        points = np.unique(np.concatenate([points, new]))
    inner, height = points[1:-1], plot_height(weights, target)
    kinks = []
    for k, x in enumerate(inner):
        sl, sr = _slope(weights, points[k], x), _slope(weights, x, points[k + 2])
        if abs(sl - sr) * 12 >= 0.05 * height:
            kinks.append(x)
    return np.array(kinks)


def _pre(head, x):
    """The last layer of ``head``'s pre-activations at x: (len(x), units) -> per point rows."""
    h = x[:, None]
    for i, (w, b) in enumerate(head):
        z = h @ w.T + b
        h = relu(z) if i < len(head) - 1 else z
    return h


def _slope(weights, p, q):
    """The output's slope on (p, q), where it is affine."""
    a, b = p + (q - p) / 3, p + 2 * (q - p) / 3
    fa, fb = numpy_forward(weights, np.array([a, b]))
    return (fb - fa) / (b - a)


def trained(dataset="sine", epochs=60, **fields):
    values = {**REGRESSION_DEFAULTS, **fields}
    trainer = Trainer(TrainConfig(dataset=dataset, epochs=0, **values))
    trainer.step(epochs)
    return trainer


@pytest.mark.parametrize("dataset", ["sine", "abs", "step", "square", "sawtooth"])
def test_curves_are_their_formulas_on_seeded_uniform_x(dataset):
    data = make_data(dataset, samples=300, noise=0, seed=4)
    x = data.xy[:, 0]
    assert np.all(np.abs(x) <= 6) and np.all(data.xy[:, 1] == 0) and DATASETS[dataset].inputs == 1
    expected = {
        **CURVES,
        "step": lambda x: np.where(x < 0, -1.0, 1.0),
        "sawtooth": lambda x: ((x + 2) % 4) / 2 - 1,
    }[dataset](x)
    np.testing.assert_allclose(data.labels, expected, atol=1e-12)
    again = make_data(dataset, samples=300, noise=20, seed=4)
    np.testing.assert_array_equal(again.xy, make_data(dataset, samples=300, noise=20, seed=4).xy)
    assert 0.1 < np.std(again.labels - expected) < 0.3  # noise 20 %: standard deviation 0.2


def playground_gaussian_label(x, y):
    """regressGaussian's getLabel, as Playground's dataset.ts writes it (one point at a time)."""
    label = 0.0
    for cx, cy, sign in ((-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)):
        scaled = min(max(1 - math.dist((x, y), (cx, cy)) / 2, 0.0), 1.0)  # d3 scaleLinear [0, 2] -> [1, 0], clamped
        if abs(sign * scaled) > abs(label):
            label = sign * scaled
    return label


def test_playground_regression_datasets():
    plane = make_data("plane", samples=400, noise=0, seed=1)
    np.testing.assert_allclose(plane.labels, (plane.xy[:, 0] + plane.xy[:, 1]) / 10, atol=1e-12)
    bumps = make_data("gaussians", samples=400, noise=0, seed=1)
    np.testing.assert_allclose(bumps.labels, [playground_gaussian_label(x, y) for x, y in bumps.xy], atol=1e-12)
    assert DATASETS["plane"].inputs == DATASETS["gaussians"].inputs == 2


def test_regression_config_takes_squared_error_and_one_input():
    config = checked_config(TrainConfig(dataset="sine", features=("x1", "x2", "x2_squared", "sin_x1"), loss="bce"))
    assert config.loss == "squared" and config.features == ("x1", "sin_x1")
    assert checked_config(TrainConfig(dataset="plane")).features == ("x1", "x2")
    with pytest.raises(EngineError) as error:
        checked_config(TrainConfig(dataset="circle", loss="squared"))
    assert error.value.field == "loss"


def test_squared_error_matches_numpy_for_a_fixed_network():
    rng = np.random.default_rng(0)
    weights = [(rng.normal(size=(5, 1)), rng.normal(size=5)), (rng.normal(size=(1, 5)), rng.normal(size=1))]
    trainer = Trainer(TrainConfig(dataset="sawtooth", samples=200, hidden=(5,), activation="relu", dtype="float64"))
    trainer.load_weights(weights)
    data, first = trainer.data, trainer.history[0]
    for part, loss in ((data.train, first.train_loss), (~data.train, first.test_loss)):
        x, t = data.xy[part, 0], data.labels[part]
        assert loss == pytest.approx(np.mean((numpy_forward(weights, x) - t) ** 2), rel=1e-12)
    assert math.isnan(first.train_accuracy) and math.isnan(first.test_accuracy)  # no classes to be right about


def test_kinks_of_one_hidden_layer_are_its_units_breakpoints():
    trainer = trained(hidden=(8,), activation="relu", epochs=40)
    (w, b), (v, _) = trainer.weights()
    fit = fit_of(trainer.config, trainer.weights())
    at = -b / w[:, 0]
    bend = np.abs(v[0] * w[:, 0])  # the slope change where unit i's hinge opens: |v_i w_i|
    keep = (bend * 12 >= 0.05 * plot_height(trainer.weights(), np.sin)) & (np.abs(at) <= 6)
    expected = np.unique(at[keep])
    assert fit.shape == "piecewise" and fit.bound == 8
    np.testing.assert_allclose(fit.kinks, expected, atol=1e-9)


def test_kinks_skip_dead_outputs_and_count_shared_breakpoints_once():
    w = np.array([[1.0], [2.0], [-1.0], [1.0], [0.5]])
    b = np.array([-1.0, -2.0, 1.0, 3.0, 7.0])  # breakpoints 1, 1, 1, -3, -14 (outside [-6, 6])
    v = np.array([[1.0, 1.0, 1.0, 0.0, 2.0]])  # the unit at -3 has no output weight: no kink there
    config = checked_config(TrainConfig(dataset="abs", hidden=(5,), activation="relu"))
    fit = fit_of(config, [(w, b), (v, np.zeros(1))])
    np.testing.assert_allclose(fit.kinks, [1.0], atol=1e-12)
    np.testing.assert_allclose(fit.contributions.sum(0) + fit.bias, numpy_forward([(w, b), (v, np.zeros(1))], fit.x))


@pytest.mark.parametrize("hidden", [(6, 6), (4, 4, 4)])
def test_kinks_of_deep_relu_networks_match_an_exact_numpy_walk(hidden):
    trainer = trained(hidden=hidden, activation="relu", epochs=30)
    fit = fit_of(trainer.config, trainer.weights())
    expected = numpy_breakpoints(trainer.weights(), np.sin)
    assert len(fit.kinks) == len(expected) <= fit.bound == kink_bound(hidden, [1] * len(hidden))
    np.testing.assert_allclose(fit.kinks, expected, atol=1e-7)
    np.testing.assert_allclose(fit.output, numpy_forward(trainer.weights(), fit.x), atol=1e-12)


def test_only_kinks_the_plot_shows_are_counted():
    """Three hinges at -2, 1 and 3 with slope changes 1, 0.5 and ε: f = relu(x + 2) − relu(x − 1)/2 + ε·relu(x − 3),
    0 at -6 and 5.5 + 3ε at 6, so the plot's height is 5.5 + 3ε (g(x) = |x|/3 spans only 2). The hinge at 3 counts
    when ε·12 >= 0.05·(5.5 + 3ε), i.e. from ε* = 0.275 / 11.85 on: just below it is not counted, just above it is."""
    threshold = 0.05 * 5.5 / (12 - 0.05 * 3)
    config = checked_config(TrainConfig(dataset="abs", hidden=(3,), activation="relu"))
    first = (np.array([[1.0], [1.0], [1.0]]), np.array([2.0, -1.0, -3.0]))
    for eps, expected in ((0.99 * threshold, [-2.0, 1.0]), (1.01 * threshold, [-2.0, 1.0, 3.0]), (0.0, [-2.0, 1.0])):
        fit = fit_of(config, [first, (np.array([[1.0, -0.5, eps]]), np.zeros(1))])
        np.testing.assert_allclose(fit.kinks, expected, atol=1e-12)
        assert fit.output[-1] == pytest.approx(5.5 + 3 * eps) and fit.output[0] == 0.0
    flat = fit_of(config, [first, (np.array([[1e-3, -5e-4, 1e-3]]), np.zeros(1))])  # the same hinges, 1,000 times
    assert flat.kinks.size == 0  # smaller: the fit is nearly flat on a plot as tall as |x|/3, and shows no corner


def test_bound_grows_with_kinks_per_activation():
    assert kink_bound((8,), [1]) == 8 and kink_bound((8, 8), [1, 1]) == 80 and kink_bound((4,), [2]) == 8


def test_smooth_and_straight_fits():
    tanh = trained(hidden=(8,), activation="tanh", epochs=20)
    smooth = fit_of(tanh.config, tanh.weights())
    assert smooth.shape == "smooth" and smooth.kinks.size == 0 and smooth.bound is None
    linear = trained(hidden=(8, 8), activation="identity", epochs=20)
    line = fit_of(linear.config, linear.weights())
    (w1, b1), (w2, b2), (w3, b3) = linear.weights()
    assert line.shape == "line"
    assert line.slope == pytest.approx((w3 @ w2 @ w1)[0, 0], rel=1e-12)
    assert line.intercept == pytest.approx((w3 @ (w2 @ b1 + b2) + b3)[0], rel=1e-9, abs=1e-12)
    np.testing.assert_allclose(line.output, line.slope * line.x + line.intercept, atol=1e-9)


@pytest.mark.parametrize("dataset", ["sine", "abs", "square"])
def test_identity_is_never_better_than_the_best_straight_line(dataset):
    trainer = trained(dataset, hidden=(8, 8), activation="identity", epochs=50, dtype="float64")
    data = trainer.data
    x, t = data.xy[data.train, 0], data.labels[data.train]
    design = np.stack([x, np.ones_like(x)], axis=1)
    coef = np.linalg.lstsq(design, t, rcond=None)[0]
    best = np.mean((design @ coef - t) ** 2)
    assert min(s.train_loss for s in trainer.history) >= best * (1 - 1e-9)


@pytest.mark.slow
def test_sixteen_relu_units_with_adam_fit_sin_x_in_8_of_10_seeds():
    """The issue's criterion, the reason for REGRESSION_DEFAULTS: MSE <= 0.02 within 2,000 epochs."""
    configs = [TrainConfig(dataset="sine", epochs=2000, seed=seed, **REGRESSION_DEFAULTS) for seed in range(10)]
    assert configs[0].samples * configs[0].train_ratio / 100 == 200  # 200 training points
    results = run_together(configs)
    best = [min(s.train_loss for s in r.history) for r in results]
    assert sum(loss <= 0.02 for loss in best) >= 8, best


def test_two_kink_activations_count_both_crossings_of_every_unit():
    trainer = trained(hidden=(4,), activation="hardtanh", epochs=30)
    (w, b), (v, _) = trainer.weights()
    fit = fit_of(trainer.config, trainer.weights())
    at = np.concatenate([(k - b) / w[:, 0] for k in (-1.0, 1.0)])  # hardtanh bends at -1 and 1, by |v_i w_i|
    height = plot_height(trainer.weights(), np.sin, act=lambda z: np.clip(z, -1.0, 1.0))
    keep = np.tile(np.abs(v[0] * w[:, 0]) * 12 >= 0.05 * height, 2) & (np.abs(at) <= 6)
    assert fit.bound == kink_bound((4,), [2]) == 8
    np.testing.assert_allclose(fit.kinks, np.unique(at[keep]), atol=1e-9)


def test_a_typed_formula_relu_has_the_registry_relus_kinks():
    relu = trained(hidden=(6,), activation="relu", epochs=10)
    formula = checked_config(TrainConfig(dataset="sine", hidden=(6,), activation="formula: max(x, 0)"))
    np.testing.assert_allclose(fit_of(formula, relu.weights()).kinks, fit_of(relu.config, relu.weights()).kinks, atol=1e-12)


def test_the_same_seed_trains_the_same_regression_twice():
    first, second = trained("gaussians", epochs=3, seed=7), trained("gaussians", epochs=3, seed=7)
    assert [s.train_loss for s in first.history] == [s.train_loss for s in second.history]
    assert all(np.array_equal(a, b) for (a, _), (b, _) in zip(first.weights(), second.weights(), strict=True))


def test_a_curves_own_points_are_float_targets_of_squared_error():
    from engine.datasets import Points
    from engine.training_config import data_for

    x = np.array([-5.0, -1.0, 0.5, 3.0])
    targets = np.array([0.25, -1.5, 2.0, 0.75])
    points = Points(np.stack([x, np.zeros(4)], axis=1), targets)
    config = checked_config(TrainConfig(dataset="sine", points=points, loss="mse"))
    assert config.loss == "squared"
    data = data_for(config)
    order = np.argsort(data.xy[:, 0])
    np.testing.assert_array_equal(data.labels[order], targets)  # kept as given, not rounded to classes
    with pytest.raises(EngineError, match="labels must be 0 or 1"):
        data_for(TrainConfig(dataset="plane", points=points))  # a 2-D regression's clicked points stay classes


def test_a_typed_formula_target_is_numpys_evaluation_and_a_bad_one_is_named():
    from engine.regression import formula_targets

    x = np.random.default_rng(3).uniform(-6, 6, 200)
    np.testing.assert_allclose(formula_targets("sin(x)*x/3", x), np.sin(x) * x / 3, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(formula_targets("a*abs(x)", x, {"a": 0.5}), 0.5 * np.abs(x), rtol=1e-12)
    with pytest.raises(EngineError, match="not a finite number"):
        formula_targets("log(x)", x)
    with pytest.raises(EngineError, match="formula"):
        formula_targets("sin(", x)


@pytest.mark.parametrize("dataset", ["sine", "abs", "square", "step", "sawtooth", "plane", "gaussians"])
def test_a_regression_network_starts_flat_so_its_first_loss_is_the_targets_own_size(dataset):
    """init auto: the output layer starts at zero (the raw inputs on [-6, 6] made a Xavier output layer start at an
    RMS of about 5: a first MSE of 15-57). Epoch 0's loss is then mean((t - bias)²), computed here in numpy."""
    result = run(TrainConfig(dataset=dataset, epochs=0, seed=3, **REGRESSION_DEFAULTS))
    (_, _), (v, c) = result.weights
    assert not np.any(v) and np.allclose(c, result.config.bias, rtol=1e-7)
    data = result.data
    for part, loss in ((data.train, result.history[0].train_loss), (~data.train, result.history[0].test_loss)):
        np.testing.assert_allclose(loss, np.mean((data.labels[part] - result.config.bias) ** 2), rtol=1e-5)
        assert loss < 1.5


def test_a_chosen_initialiser_and_a_classification_network_keep_their_output_layer():
    chosen = run(TrainConfig(dataset="sine", epochs=0, init="xavier_normal", **REGRESSION_DEFAULTS))
    classes = run(TrainConfig(dataset="circle", epochs=0))
    assert np.any(chosen.weights[-1][0]) and np.any(classes.weights[-1][0])
