"""The depth experiment against the theory of signal propagation (He et al. 2015, Glorot & Bengio 2010,
Klambauer et al. 2017). Expectations are closed forms or numpy quadrature written here."""

import math

import numpy as np
import pytest
import torch

from engine.depth import DepthConfig, mean_field, run
from engine.errors import EngineError
from engine.jobs import Cancelled
from engine.presets import PRESETS

RELU_STD_PER_UNIT_VARIANCE = math.sqrt(0.5 - 1 / (2 * math.pi))  # std of relu(z) for z ~ N(0, 1)


def cfg(**kw):
    base = {"width": 512, "batch": 1024, "device": "cpu", "seed": 0}
    base.update(kw)
    return DepthConfig(**base)


def test_relu_with_variance_one_over_fan_in_shrinks_the_std_by_sqrt2_per_layer():
    r = run(cfg(activation="relu", init="kaiming_normal", init_params={"nonlinearity": "linear"}, layers=12))
    # Layer 1: z ~ N(0, n·(1/n)·E[x²]) = N(0, 1).
    assert r.act_std[0] == pytest.approx(RELU_STD_PER_UNIT_VARIANCE, rel=0.03)
    # Each layer: Var(z_l) = n·Var(W)·E[h²] = E[relu(z_{l-1})²] = Var(z_{l-1}) / 2.
    ratio = math.exp(np.mean(np.diff(np.log(r.act_std))))
    assert ratio == pytest.approx(1 / math.sqrt(2), rel=0.05)


def test_xavier_on_a_square_relu_layer_is_the_same_one_over_n():
    r = run(cfg(activation="relu", init="xavier_normal", layers=10))
    ratio = math.exp(np.mean(np.diff(np.log(r.act_std))))
    assert ratio == pytest.approx(1 / math.sqrt(2), rel=0.05)


def test_kaiming_keeps_relu_activations_within_a_factor_of_two_over_30_layers():
    r = run(cfg(activation="relu", init="kaiming_normal", init_params={"nonlinearity": "relu"}, layers=30))
    steady = math.sqrt(2) * RELU_STD_PER_UNIT_VARIANCE  # Var(z) = 2 in every layer
    assert np.all(r.act_std > steady / 2) and np.all(r.act_std < steady * 2)
    assert np.all(r.grad_act_std > r.grad_act_std[-1] / 2) and np.all(r.grad_act_std < r.grad_act_std[-1] * 2)


def _gauss(fn, var, nodes=120):
    z, w = np.polynomial.hermite_e.hermegauss(nodes)
    return float(np.sum(w * fn(math.sqrt(var) * z)) / math.sqrt(2 * math.pi))


def test_sigmoid_with_the_default_init_loses_its_gradient_in_the_first_layers():
    layers = 6
    r = run(cfg(activation="sigmoid", init="linear_default", layers=layers))
    assert r.grad_act_std[0] < 1e-2 * r.grad_act_std[4]
    # Theory: Var(W) = 1/(3n); forward q_l = E[h_{l-1}²]/3; backward each layer multiplies the
    # gradient's variance by n·Var(W)·E[σ'(z_l)²].
    sig = lambda x: 1 / (1 + np.exp(-x))
    dsig2 = lambda x: (sig(x) * (1 - sig(x))) ** 2
    second, chi = 1.0, []
    for _ in range(layers):
        q = second / 3
        chi.append(_gauss(dsig2, q) / 3)
        second = _gauss(lambda x: sig(x) ** 2, q)
    predicted = math.sqrt(np.prod(chi[1:5]))  # from layer 5 back to layer 1
    assert r.grad_act_std[0] / r.grad_act_std[4] == pytest.approx(predicted, rel=0.5)


def test_gradients_below_float32s_normal_range_are_still_right_in_float32():
    # Sigmoid + nn.Linear's default: each layer multiplies the gradient's std by about 0.14, so after
    # 60 layers it is ~1e-52, far below float32's smallest normal number (1.2e-38) and even its
    # smallest denormal (1.4e-45): plain float32 backpropagation returns 0 there. The run must give
    # what the mean-field theory and a float64 run give (another draw, so within a factor of 2).
    config = dict(activation="sigmoid", init="linear_default", layers=60, width=128, batch=128)
    r32 = run(cfg(**config, dtype="float32"))
    r64 = run(cfg(**config, dtype="float64"))
    theory = mean_field(cfg(**config))
    assert theory.grad_act_std[0] < 1e-50
    for r in (r64, r32):
        ratio = r.grad_act_std / theory.grad_act_std
        assert np.all((ratio > 0.5) & (ratio < 2)), ratio
    assert 0.5 < r32.grad_weight_std[0] / r64.grad_weight_std[0] < 2


def test_selu_with_variance_one_over_n_normalises_itself():
    r = run(cfg(activation="selu", init="kaiming_normal", init_params={"nonlinearity": "linear"}, layers=30))
    assert np.all(np.abs(r.act_mean) < 0.1)
    assert np.all(np.abs(r.act_std - 1) < 0.1)


def test_orthogonal_linear_network_preserves_norms_forward_and_backward():
    batch = 256
    r = run(cfg(activation="identity", init="orthogonal", layers=5, width=128, batch=batch))
    x_std = r.act_std[0]
    np.testing.assert_allclose(r.act_std, x_std, rtol=1e-4)  # rotations keep each sample's norm
    np.testing.assert_allclose(r.grad_act_std, r.grad_act_std[-1], rtol=1e-4)
    # The output gradient is g / batch with g standard normal.
    assert r.grad_act_std[-1] == pytest.approx(1 / batch, rel=0.02)
    # ∂loss/∂W = δᵀh sums batch products of variance (1/batch²)·1: std 1/√batch.
    np.testing.assert_allclose(r.grad_weight_std, 1 / math.sqrt(batch), rtol=0.05)


def test_default_bias_adds_its_variance():
    n, std = 256, 0.001
    zero = run(cfg(activation="identity", init="normal", init_params={"std": std}, layers=1, width=n))
    default = run(cfg(activation="identity", init="normal", init_params={"std": std}, layers=1, width=n, bias="default"))
    assert zero.act_std[0] ** 2 == pytest.approx(n * std**2, rel=0.05)
    assert default.act_std[0] ** 2 == pytest.approx(n * std**2 + 1 / (3 * n), rel=0.1)


def test_histograms_hold_every_activation():
    r = run(cfg(activation="tanh", init="xavier_normal", layers=4, width=64, batch=128, bins=40))
    assert r.heat.shape == (4, 40) and r.layer_counts.shape == (4, 40) and r.layer_edges.shape == (4, 41)
    np.testing.assert_array_equal(r.layer_counts.sum(axis=1), 64 * 128)
    np.testing.assert_allclose(r.heat.sum(axis=1), 1.0)  # tanh lies in the shared range [-1, 1]
    assert (r.edges[0], r.edges[-1]) == (-1.0, 1.0)


def test_overflow_is_reported_not_raised():
    n = 512
    r = run(cfg(activation="relu", init="normal", init_params={"std": 1.0}, layers=45, width=n, batch=64))
    # std(h_1) = 0.584·√n, and each layer multiplies it by √(n/2) = 16: it passes float32's largest
    # value, 3.4e38, at the layer below.
    first_std = RELU_STD_PER_UNIT_VARIANCE * math.sqrt(n)
    predicted = 1 + math.ceil(math.log(np.finfo(np.float32).max / first_std) / math.log(math.sqrt(n / 2)))
    assert r.overflow_layer is not None and abs(r.overflow_layer - predicted) <= 2
    assert np.all(np.isfinite(r.heat)) and np.all(np.isfinite(r.act_std[: r.overflow_layer - 2]))


def test_progress_rises_to_one_and_cancel_stops_early():
    seen = []
    run(cfg(activation="tanh", init="xavier_normal", layers=5, width=32, batch=32), progress=seen.append)
    assert seen[-1] == 1.0 and all(b >= a for a, b in zip(seen, seen[1:], strict=False))
    seen.clear()
    with pytest.raises(Cancelled):
        run(
            cfg(activation="relu", init="kaiming_normal", layers=50, width=256, batch=256),
            progress=seen.append,
            cancelled=lambda: bool(seen) and seen[-1] > 0.1,
        )
    assert max(seen) < 0.5  # stopped during the forward pass


def test_same_seed_same_numbers():
    c = cfg(activation="rrelu", activation_params={"training": True}, init="sparse", layers=3, width=64, batch=64)
    a, b = run(c), run(c)
    np.testing.assert_array_equal(a.act_std, b.act_std)
    np.testing.assert_array_equal(a.grad_weight_std, b.grad_weight_std)
    other = run(
        cfg(activation="rrelu", activation_params={"training": True}, init="sparse", layers=3, width=64, batch=64, seed=1)
    )
    assert not np.array_equal(a.act_std, other.act_std)


def test_mean_field_matches_the_closed_forms():
    relu = mean_field(cfg(activation="relu", init="kaiming_normal", init_params={"nonlinearity": "relu"}, layers=10))
    np.testing.assert_allclose(relu.act_std, math.sqrt(1 - 1 / math.pi), rtol=1e-4)
    np.testing.assert_allclose(relu.act_mean, math.sqrt(2) / math.sqrt(2 * math.pi), rtol=1e-4)
    np.testing.assert_allclose(relu.grad_act_std, 1 / 1024, rtol=1e-4)  # n·(2/n)·E[relu'²] = 1
    selu = mean_field(cfg(activation="selu", init="kaiming_normal", init_params={"nonlinearity": "linear"}, layers=10))
    np.testing.assert_allclose(selu.act_mean, 0.0, atol=1e-4)
    np.testing.assert_allclose(selu.act_std, 1.0, rtol=1e-4)
    eye = mean_field(cfg(activation="relu", init="eye", layers=3))
    assert np.all(np.isnan(eye.act_std))


@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_preset_is_a_valid_configuration(preset):
    main, compare = PRESETS[preset].configs(layers=2, width=16, batch=16, device="cpu")
    assert run(main).layer.size == 2
    if compare is not None:
        assert run(compare).layer.size == 2


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"layers": 0}, "layers"),
        ({"layers": 101}, "layers"),
        ({"width": 4096}, "width"),
        ({"batch": 0}, "batch"),
        ({"layers": 100, "width": 2048, "batch": 2048}, "batch"),
        ({"activation": "softmax"}, "activation"),
        ({"activation": "swish"}, "activation"),
        ({"init": "dirac"}, "shape"),
        ({"bias": "random"}, "bias"),
        ({"dtype": "float16"}, "dtype"),
        ({"init_params": {"gain": -1.0}}, "kaiming_normal.gain"),
        ({"activation_params": {"negative_slope": 0.1}}, "relu.negative_slope"),
        ({"seed": -3}, "seed"),
    ],
)
def test_bad_configuration_names_the_field(change, field):
    with pytest.raises(EngineError) as info:
        run(cfg(**{"activation": "relu", "init": "kaiming_normal", "layers": 2, **change}))
    assert info.value.field == field


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_cuda_run_agrees_with_the_cpu_in_distribution():
    c = cfg(activation="tanh", init="xavier_normal", layers=20)
    gpu = run(DepthConfig(**{**c.__dict__, "device": "cuda"}))
    cpu = run(c)
    assert gpu.device == "cuda" and gpu.fallback_reason is None
    np.testing.assert_allclose(gpu.act_std, cpu.act_std, rtol=0.05)
    np.testing.assert_allclose(gpu.grad_act_std, cpu.grad_act_std, rtol=0.1)


def _plain_weight_grads(L, n, B, std, seed, dtype):
    """(largest |∂loss/∂W_l|, std of ∂loss/∂W_l) per layer of the same network as the depth engine draws it, run by
    plain autograd without any rescaling."""
    gen = torch.Generator().manual_seed(seed)
    h = torch.randn(B, n, generator=gen, dtype=dtype)
    weights = [torch.nn.init.normal_(torch.empty(n, n, dtype=dtype), 0.0, std, generator=gen) for _ in range(L)]
    target = torch.randn(B, n, generator=gen, dtype=dtype)
    for w in weights:
        w.requires_grad_(True)
        h = torch.sigmoid(h @ w.T)
    ((h * target).sum() / B).backward()
    return np.array([float(w.grad.abs().max()) for w in weights]), np.array([float(w.grad.std(correction=0)) for w in weights])


def test_depth_result_says_where_a_plain_float32_network_would_get_exactly_zero_gradients():
    L, n, B, std = 40, 64, 16, 0.01  # each layer scales the gradient by ≈ √n·std·σ′ ≈ 0.02: 2^-150 near layer 15
    r = run(cfg(activation="sigmoid", init="normal", init_params={"std": std}, layers=L, width=n, batch=B))
    plain, plain_std = _plain_weight_grads(L, n, B, std, 0, torch.float32)
    zeros = np.flatnonzero(plain == 0)
    assert zeros.size and r.plain_zero_layer is not None
    assert abs(r.plain_zero_layer - (zeros[-1] + 1)) <= 1  # the plain net's own subnormal rounding may shift it a layer
    # The rescaled run itself still shows the true (non-zero) gradients there.
    assert np.all(r.grad_weight_std[: r.plain_zero_layer] > 0)
    assert r.plain_subnormal_layer >= r.plain_zero_layer
    # Where nothing underflows, its gradients are the plain network's (the rescaling is by exact powers of two).
    np.testing.assert_allclose(r.grad_weight_std[-10:], plain_std[-10:], rtol=1e-5)


def test_a_healthy_network_reports_no_plain_underflow():
    r = run(cfg(activation="relu", init="kaiming_normal", init_params={"nonlinearity": "relu"}, layers=10, width=64, batch=32))
    assert r.plain_zero_layer is None and r.plain_subnormal_layer is None
