"""The initialiser registry against the formulas of the PyTorch docs, He et al. 2015 and Glorot & Bengio 2010.

Every expectation is written here from the formulas (numpy and math only); the
engine's own theory is checked against the same formulas, not trusted.
"""

import math

import numpy as np
import pytest
import torch

from engine import init_sampling
from engine.errors import EngineError
from engine.initializers import (
    INITIALIZERS,
    calculate_gain,
    fans,
    histogram,
    histogram_range,
    sample,
    theory,
)

LINEAR = (256, 512)  # Linear(in=512, out=256): fan_in 512, fan_out 256
CONV = (64, 32, 3, 3)  # Conv2d(32 -> 64, 3×3): fan_in 288, fan_out 576
SHAPES = {"linear": LINEAR, "conv": CONV}


def fan_in_out(shape):
    """Fans as the PyTorch docs define them: in/out features times the kernel's receptive field."""
    receptive = math.prod(shape[2:])
    return shape[1] * receptive, shape[0] * receptive


# Gains from the table in the torch.nn.init.calculate_gain documentation.
def doc_gain(nonlinearity, param=None):
    if nonlinearity in (
        "linear",
        "conv1d",
        "conv2d",
        "conv3d",
        "conv_transpose1d",
        "conv_transpose2d",
        "conv_transpose3d",
        "sigmoid",
    ):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3.0
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else param
        return math.sqrt(2.0 / (1.0 + slope**2))
    if nonlinearity == "selu":
        return 0.75
    raise AssertionError(nonlinearity)


def trunc_normal_moments(mean, std, a, b):
    """Mean and std of N(mean, std²) truncated to [a, b] (the textbook formulas)."""
    pdf = lambda z: math.exp(-z * z / 2) / math.sqrt(2 * math.pi)
    cdf = lambda z: 0.5 * (1 + math.erf(z / math.sqrt(2)))
    al, be = (a - mean) / std, (b - mean) / std
    z = cdf(be) - cdf(al)
    m = mean + std * (pdf(al) - pdf(be)) / z
    var = std**2 * (1 + (al * pdf(al) - be * pdf(be)) / z - ((pdf(al) - pdf(be)) / z) ** 2)
    return m, math.sqrt(var)


def expected(init_id, params, shape):
    """(mean, std, bound or None) from the formulas in the docs."""
    fan_in, fan_out = fan_in_out(shape)
    if init_id == "uniform":
        a, b = params["a"], params["b"]
        return (a + b) / 2, (b - a) / math.sqrt(12), (a, b)
    if init_id == "normal":
        return params["mean"], params["std"], None
    if init_id == "xavier_uniform":
        bound = params.get("gain", 1.0) * math.sqrt(6.0 / (fan_in + fan_out))
        return 0.0, bound / math.sqrt(3), (-bound, bound)
    if init_id == "xavier_normal":
        return 0.0, params.get("gain", 1.0) * math.sqrt(2.0 / (fan_in + fan_out)), None
    if init_id in ("kaiming_uniform", "kaiming_normal"):
        fan = fan_in if params.get("mode", "fan_in") == "fan_in" else fan_out
        std = doc_gain(params.get("nonlinearity", "leaky_relu"), params.get("a", 0.0)) / math.sqrt(fan)
        if init_id == "kaiming_uniform":
            return 0.0, std, (-math.sqrt(3) * std, math.sqrt(3) * std)
        return 0.0, std, None
    if init_id in ("linear_default", "conv2d_default"):
        bound = 1.0 / math.sqrt(fan_in)
        return 0.0, bound / math.sqrt(3), (-bound, bound)
    if init_id == "trunc_normal":
        m, s = trunc_normal_moments(params["mean"], params["std"], params["a"], params["b"])
        return m, s, (params["a"], params["b"])
    raise AssertionError(init_id)


CASES = [
    ("uniform", {"a": -0.3, "b": 0.7}, "linear"),
    ("uniform", {"a": -0.3, "b": 0.7}, "conv"),
    ("normal", {"mean": 0.2, "std": 0.05}, "linear"),
    ("normal", {"mean": 0.2, "std": 0.05}, "conv"),
    ("xavier_uniform", {}, "linear"),
    ("xavier_uniform", {"gain": 5 / 3}, "conv"),
    ("xavier_normal", {}, "linear"),
    ("xavier_normal", {"gain": 2.0}, "conv"),
    ("trunc_normal", {"mean": 0.0, "std": 1.0, "a": -1.0, "b": 1.5}, "linear"),
    ("trunc_normal", {"mean": 0.0, "std": 1.0, "a": 0.5, "b": 1.5}, "conv"),  # PyTorch's other sampler (mass < 0.3)
    ("linear_default", {}, "linear"),
    ("conv2d_default", {}, "conv"),
]
for _init in ("kaiming_uniform", "kaiming_normal"):
    for _shape in ("linear", "conv"):
        for _mode in ("fan_in", "fan_out"):
            CASES.append((_init, {"mode": _mode, "nonlinearity": "relu"}, _shape))
    CASES += [
        (_init, {"nonlinearity": "leaky_relu", "a": 0.2}, "conv"),
        (_init, {"nonlinearity": "tanh"}, "linear"),
        (_init, {"nonlinearity": "selu", "mode": "fan_out"}, "linear"),
        (_init, {}, "conv"),
    ]


@pytest.mark.parametrize(("init_id", "params", "shape_name"), CASES)
def test_sample_matches_the_formula(init_id, params, shape_name):
    shape = SHAPES[shape_name]
    mean, std, bounds = expected(init_id, params, shape)
    s = sample(init_id, shape, params, seed=1234)
    n = s.count
    assert s.shape == shape and n == math.prod(shape)
    # The sample std of n i.i.d. values has a relative standard error below sqrt(2/n) for these shapes;
    # allow five of them. A wrong fan or gain is off by 20 % or more.
    assert s.std == pytest.approx(std, rel=5 * math.sqrt(2 / n))
    assert abs(s.mean - mean) < 5 * std / math.sqrt(n)
    if bounds is not None:
        lo, hi = bounds
        assert lo <= s.min and s.max <= hi
        assert s.min < lo + 0.01 * (hi - lo) and s.max > hi - 0.01 * (hi - lo)  # the whole range is used
    # What the tab and the CLI show as theory is the formula.
    assert s.theory.mean == pytest.approx(mean, abs=1e-12)
    assert s.theory.std == pytest.approx(std, rel=1e-12)


def test_every_torch_init_function_is_in_the_registry():
    public = {
        name[:-1]
        for name in dir(torch.nn.init)
        if name.endswith("_") and not name.startswith("_") and callable(getattr(torch.nn.init, name))
    }
    assert public <= set(INITIALIZERS)
    assert {"linear_default", "conv2d_default"} <= set(INITIALIZERS)


@pytest.mark.parametrize(
    "nonlinearity",
    [
        "linear",
        "conv1d",
        "conv2d",
        "conv3d",
        "conv_transpose1d",
        "conv_transpose2d",
        "conv_transpose3d",
        "sigmoid",
        "tanh",
        "relu",
        "leaky_relu",
        "selu",
    ],
)
def test_calculate_gain_matches_the_documented_table(nonlinearity):
    assert calculate_gain(nonlinearity) == pytest.approx(doc_gain(nonlinearity), rel=1e-15)


def test_leaky_relu_gain_uses_its_slope():
    assert calculate_gain("leaky_relu", 0.2) == pytest.approx(math.sqrt(2 / 1.04), rel=1e-15)
    assert calculate_gain("leaky_relu", math.sqrt(5)) == pytest.approx(math.sqrt(1 / 3), rel=1e-15)


def test_gain_reported_with_the_sample_is_the_one_used():
    s = sample("kaiming_normal", LINEAR, {"nonlinearity": "tanh"})
    assert s.gain == pytest.approx(5 / 3)
    assert sample("xavier_uniform", LINEAR, {"gain": 0.5}).gain == 0.5
    assert sample("linear_default", LINEAR).gain == pytest.approx(math.sqrt(1 / 3))
    assert sample("normal", LINEAR).gain is None


@pytest.mark.parametrize("shape", [LINEAR, CONV, (7, 3, 5), (4, 2, 3, 3, 3)])
def test_fans_follow_the_definition(shape):
    assert fans(shape) == fan_in_out(shape)
    s = sample("normal", shape)
    assert (s.fan_in, s.fan_out) == fan_in_out(shape)


def test_trunc_normal_std_is_the_truncated_one_not_the_argument():
    params = {"mean": 0.0, "std": 1.0, "a": -1.0, "b": 1.0}
    s = sample("trunc_normal", (1000, 1000), params, seed=5)
    _, real_std = trunc_normal_moments(0.0, 1.0, -1.0, 1.0)  # 0.5396
    assert real_std < 0.6
    assert s.std == pytest.approx(real_std, rel=0.005)
    assert s.std < 0.9 * params["std"]
    assert -1.0 <= s.min and s.max <= 1.0


def test_orthogonal_rows_are_orthonormal_times_gain():
    for shape in [(64, 256), (256, 64), (32, 16, 3, 3)]:
        s = sample("orthogonal", shape, {"gain": 1.5}, seed=3)
        rows = shape[0]
        w = s.values.reshape(rows, -1).astype(np.float64)
        small = min(w.shape)
        gram = w @ w.T if w.shape[0] == small else w.T @ w
        np.testing.assert_allclose(gram, 1.5**2 * np.eye(small), atol=1e-4)
        # So the mean square is exactly gain² · min(rows, cols) / (rows · cols).
        assert s.theory.std == pytest.approx(1.5 * math.sqrt(small / w.size))


def test_sparse_zeroes_the_documented_share_of_each_column():
    rows, cols = 200, 300
    s = sample("sparse", (rows, cols), {"sparsity": 0.33, "std": 0.02}, seed=9)
    w = s.values.reshape(rows, cols)
    zeros_per_column = (w == 0).sum(axis=0)
    assert np.all(zeros_per_column == math.ceil(0.33 * rows))
    assert s.zero_fraction == pytest.approx(math.ceil(0.33 * rows) / rows)
    assert s.theory.zero_fraction == pytest.approx(math.ceil(0.33 * rows) / rows)
    assert w[w != 0].std() == pytest.approx(0.02, rel=0.03)


def test_degenerate_initialisers_are_exact():
    assert np.all(sample("zeros", LINEAR).values == 0) and sample("zeros", LINEAR).zero_fraction == 1
    assert np.all(sample("ones", CONV).values == 1)
    c = sample("constant", LINEAR, {"val": -0.25})
    assert np.all(c.values == -0.25) and c.std == 0 and c.theory.std == 0
    eye = sample("eye", (5, 8)).values.reshape(5, 8)
    np.testing.assert_array_equal(eye, np.eye(5, 8))
    d = sample("dirac", (6, 4, 3, 3), {"groups": 2}).values.reshape(6, 4, 3, 3)
    expected_d = np.zeros((6, 4, 3, 3))
    for g in range(2):
        for i in range(3):  # min(out per group = 3, in = 4)
            expected_d[g * 3 + i, i, 1, 1] = 1
    np.testing.assert_array_equal(d, expected_d)
    t = theory("dirac", {"groups": 2}, (6, 4, 3, 3))
    assert t.mean == pytest.approx(6 / (6 * 4 * 9))


def test_point_masses_have_no_density_and_fill_one_bin():
    s = sample("constant", LINEAR, {"val": 0.3})
    h = histogram(s, 50)
    assert h.pdf is None
    assert h.counts.max() == s.count and np.count_nonzero(h.counts) == 1
    centre = h.centres[np.argmax(h.counts)]
    assert abs(centre - 0.3) <= (h.edges[1] - h.edges[0])


def test_same_seed_same_weights_and_the_global_rng_untouched():
    state = torch.random.get_rng_state()
    for init_id in ("kaiming_uniform", "sparse", "orthogonal", "linear_default"):
        a = sample(init_id, (64, 48), seed=11)
        b = sample(init_id, (64, 48), seed=11)
        c = sample(init_id, (64, 48), seed=12)
        np.testing.assert_array_equal(a.values, b.values)
        assert not np.array_equal(a.values, c.values)
    assert torch.equal(torch.random.get_rng_state(), state)


def test_linear_default_is_what_nn_linear_does():
    torch.manual_seed(21)
    reference = torch.nn.Linear(48, 64, bias=False).weight.detach().numpy().ravel()
    np.testing.assert_array_equal(sample("linear_default", (64, 48), seed=21).values, reference)


def test_histogram_density_integrates_to_one_and_pdf_is_the_formula():
    s = sample("normal", LINEAR, {"mean": 1.0, "std": 2.0}, seed=2)
    h = histogram(s, 80)
    assert h.counts.sum() == s.count  # the default range holds every value
    assert np.sum(h.density * np.diff(h.edges)) == pytest.approx(1.0)
    c = h.centres
    np.testing.assert_allclose(h.pdf, np.exp(-((c - 1.0) ** 2) / 8) / (2 * math.sqrt(2 * math.pi)), rtol=1e-12)
    u = sample("uniform", LINEAR, {"a": -1.0, "b": 3.0})
    hu = histogram(u, 40)
    inside = (hu.centres > -1) & (hu.centres < 3)
    np.testing.assert_allclose(hu.pdf[inside], 0.25)
    assert np.all(hu.pdf[~inside] == 0)


def test_truncated_normal_pdf_integrates_to_one_over_its_support():
    t = theory("trunc_normal", {"mean": 0.5, "std": 1.0, "a": -1.0, "b": 1.0}, LINEAR)
    x = np.linspace(-1, 1, 200_001)
    assert np.trapezoid(t.pdf(x), x) == pytest.approx(1.0, rel=1e-6)


def test_compare_range_covers_both_samples():
    a = sample("uniform", LINEAR, {"a": -1.0, "b": 0.0})
    b = sample("uniform", LINEAR, {"a": 2.0, "b": 5.0})
    lo, hi = histogram_range([a, b])
    assert lo < -1.0 and hi > 5.0
    assert histogram(a, 30, (lo, hi)).counts.sum() == a.count


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: sample("glorot", LINEAR), "init"),
        (lambda: sample("normal", LINEAR, {"sigma": 1.0}), "normal.sigma"),
        (lambda: sample("normal", LINEAR, {"std": 0.0}), "normal.std"),
        (lambda: sample("uniform", LINEAR, {"a": 1.0, "b": 1.0}), "uniform.a"),
        (lambda: sample("kaiming_normal", LINEAR, {"mode": "fan_avg"}), "kaiming_normal.mode"),
        (lambda: sample("kaiming_normal", LINEAR, {"nonlinearity": "gelu"}), "kaiming_normal.nonlinearity"),
        (lambda: sample("normal", (0, 5)), "shape"),
        (lambda: sample("normal", (5,)), "shape"),
        (lambda: sample("normal", (5000, 5000)), "shape"),
        (lambda: sample("eye", CONV), "shape"),
        (lambda: sample("dirac", LINEAR), "shape"),
        (lambda: sample("dirac", (6, 4, 3, 3), {"groups": 4}), "dirac.groups"),
        (lambda: sample("trunc_normal", LINEAR, {"mean": 10.0}), "trunc_normal.mean"),
        (lambda: sample("trunc_normal", LINEAR, {"std": 0.001, "a": 0.0, "b": 100.0, "mean": -0.001}), "trunc_normal.std"),
        (lambda: sample("normal", LINEAR, seed=-1), "seed"),
        (lambda: histogram(sample("normal", LINEAR), 0), "bins"),
    ],
)
def test_bad_input_names_the_field(call, field):
    with pytest.raises(EngineError) as info:
        call()
    assert info.value.field == field


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_summary_is_the_float64_statistics_of_the_drawn_values(dtype, monkeypatch):
    monkeypatch.setattr(init_sampling, "_CHUNK", 1 << 16)  # 300 x 701 values: three blocks and a partial one
    s = sample("uniform", (300, 701), {"a": -0.5, "b": 1.5}, seed=3, dtype=dtype)
    wide = s.values.astype(np.float64)
    assert s.values.dtype == np.dtype(dtype) and s.count == 300 * 701
    assert s.mean == pytest.approx(wide.mean(), rel=1e-12)
    assert s.std == pytest.approx(math.sqrt(np.mean((wide - wide.mean()) ** 2)), rel=1e-12)
    assert (s.min, s.max) == (wide.min(), wide.max())
    assert s.zero_fraction == np.mean(wide == 0)


def _shape_for(entry):
    return {2: (24, 16), 3: (8, 4, 3), 4: (8, 4, 3, 3), 5: (4, 4, 3, 3, 3)}[entry.ranks[0]]


def _extreme_settings():
    for entry in INITIALIZERS.values():
        yield entry.id, {}
        for p in entry.params:
            if p.kind in ("float", "int"):
                for value in sorted({p.minimum, p.maximum, 0.0 if p.minimum <= 0 <= p.maximum else p.minimum}):
                    yield entry.id, {p.name: value if p.kind == "float" else int(value)}


@pytest.mark.parametrize(("init_id", "params"), list(_extreme_settings()), ids=str)
def test_every_theory_at_zero_and_extreme_parameters_is_finite_or_refused(init_id, params):
    entry = INITIALIZERS[init_id]
    shape = _shape_for(entry)
    try:
        t = theory(init_id, params, shape)
    except EngineError:
        return  # refused by name, as a user sees it
    assert math.isfinite(t.mean) and math.isfinite(t.std) and t.std >= 0
    s = sample(init_id, shape, params, seed=1)
    h = histogram(s, 40)
    assert h.counts.sum() == s.count
    if h.pdf is None:
        assert t.atoms, "a theory without density must name its point masses"
        assert sum(p for _, p in t.atoms) == pytest.approx(1.0)
        values = s.values.astype(np.float64)
        for value, probability in t.atoms:
            assert np.mean(values == np.float32(value)) == pytest.approx(probability, abs=1e-12)
    else:
        assert np.all(np.isfinite(h.pdf))


@pytest.mark.parametrize("init_id", ["xavier_uniform", "xavier_normal", "orthogonal"])
def test_gain_zero_is_a_point_mass_at_zero_not_a_division_by_zero(init_id):
    t = theory(init_id, {"gain": 0.0}, LINEAR)
    assert t.kind == "point mass" and t.pdf(np.array([0.0, 1.0])) is None
    assert t.atoms == ((0.0, 1.0),)
    s = sample(init_id, LINEAR, {"gain": 0.0})
    assert np.all(s.values == 0)
    assert histogram(s, 20).atoms == ((0.0, 1.0),)


def test_sparse_with_every_entry_zeroed_is_a_point_mass_at_zero():
    t = theory("sparse", {"sparsity": 1.0}, LINEAR)
    assert t.atoms == ((0.0, 1.0),)
    assert np.all(sample("sparse", LINEAR, {"sparsity": 1.0}).values == 0)


def test_spike_and_two_value_theories_name_their_point_masses():
    assert theory("sparse", {"sparsity": 0.25}, (8, 5)).atoms == ((0.0, 0.25),)  # ⌈0.25·8⌉/8
    assert theory("eye", {}, (4, 8)).atoms == ((0.0, 1 - 4 / 32), (1.0, 4 / 32))


@pytest.mark.parametrize("init_id", sorted(INITIALIZERS))
def test_histogram_bins_span_the_samples_own_values(init_id):
    entry = INITIALIZERS[init_id]
    shape = (512, 512) if 2 in entry.ranks else _shape_for(entry)
    s = sample(init_id, shape, seed=4)
    h = histogram(s, 100)
    spread = s.max - s.min
    if spread == 0:
        assert h.edges[0] < s.min <= s.max < h.edges[-1]
        return
    # The padding is 4 % of the sample's spread on each side, whatever the theory's support.
    assert h.edges[0] == pytest.approx(s.min - 0.04 * spread) and h.edges[-1] == pytest.approx(s.max + 0.04 * spread)


def test_orthogonal_histogram_fills_its_bins_instead_of_five():
    s = sample("orthogonal", (512, 512), seed=0)
    assert s.max < 0.3  # |w| ≲ 4.5/√512 while the theory's bound is ±gain = ±1
    h = histogram(s, 100)
    assert np.count_nonzero(h.counts) > 80
