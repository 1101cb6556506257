"""dtypes are honoured, float32 agrees with float64, CUDA matches the CPU or falls back."""

import numpy as np
import pytest
import torch

import engine
from engine import devices
from engine.activations import elementwise_ids
from tests.reference_forms import BRANCH_SWITCHES

CUDA = torch.cuda.is_available()


def grid_away_from_kinks(act_id, margin=1e-3):
    act = engine.get_activation(act_id)
    values = {p.name: p.default for p in act.params}
    x = np.linspace(-6, 6, 1201)
    for k in list(act.kinks(values)) + list(BRANCH_SWITCHES.get(act_id, lambda p: ())(values)):
        x = x[np.abs(x - k) > margin]
    return x.astype(np.float32).astype(np.float64)  # exactly representable in both


@pytest.mark.parametrize("act_id", elementwise_ids())
def test_float32_agrees_with_float64(act_id):
    x = grid_away_from_kinks(act_id)
    c32 = engine.evaluate(act_id, x=x, dtype="float32", device="cpu")
    c64 = engine.evaluate(act_id, x=x, dtype="float64", device="cpu")
    assert c32.dtype == "float32" and c64.dtype == "float64"
    for name in ("f", "df", "d2f"):
        a, b = getattr(c32, name), getattr(c64, name)
        assert np.max(np.abs(a - b) / np.maximum(1.0, np.abs(b))) < 2e-5, name


def test_float16_shows_the_vanishing_sigmoid_tail():
    # In float16, sigmoid(12) rounds to 1, so autograd's sigmoid' = s(1-s) is exactly 0,
    # while the true value is about 6.1e-6 (and float64 keeps it).
    x = [12.0]
    true = np.exp(-12.0) / (1 + np.exp(-12.0)) ** 2
    assert engine.evaluate("sigmoid", x=x, dtype="float16").df[0] == 0.0
    assert engine.evaluate("sigmoid", x=x, dtype="float64").df[0] == pytest.approx(true, rel=1e-12)


def test_bfloat16_computes_coarsely():
    c = engine.evaluate("tanh", x=[0.3], dtype="bfloat16", device="cpu")
    assert c.dtype == "bfloat16"
    assert c.f[0] != np.tanh(0.3) and abs(c.f[0] - np.tanh(0.3)) < 1e-2  # 8 bits of mantissa


def test_rrelu_training_draws_slopes_between_lower_and_upper():
    torch.manual_seed(0)
    x = np.linspace(-5, -0.5, 500)
    c = engine.evaluate("rrelu", {"lower": 0.1, "upper": 0.3, "training": True}, x=x, dtype="float64")
    slopes = c.f / x
    assert np.all((slopes >= 0.1) & (slopes <= 0.3))
    assert slopes.std() > 0.03  # uniform on [0.1, 0.3] has std 0.058
    np.testing.assert_allclose(c.df, slopes, rtol=1e-12)  # autograd follows the drawn slopes


def test_hardsigmoid_second_derivative_says_how_it_was_obtained():
    c = engine.evaluate("hardsigmoid", x=[-4.0, 0.0, 1.0, 4.0], dtype="float64")
    np.testing.assert_array_equal(c.d2f, 0.0)
    assert "relu6" in c.d2f_method and "hardsigmoid_backward" in c.d2f_method


@pytest.mark.skipif(CUDA, reason="checks the fallback on a machine without CUDA")
def test_cuda_request_without_cuda_falls_back_to_cpu_and_says_why():
    c = engine.evaluate("gelu", device="cuda", points=11)
    assert c.device == "cpu"
    assert "not available" in c.fallback_reason


def test_failing_gpu_falls_back_to_cpu(monkeypatch):
    import engine.devices as devices

    monkeypatch.setattr(devices, "cuda_available", lambda: True)
    monkeypatch.setattr(devices.torch.cuda, "is_bf16_supported", lambda: True)
    real_as_tensor = torch.as_tensor

    def broken_on_cuda(*args, device=None, **kwargs):
        if device is not None and torch.device(device).type == "cuda":
            raise RuntimeError("CUDA error: an illegal memory access was encountered")
        return real_as_tensor(*args, device=device, **kwargs)

    monkeypatch.setattr(torch, "as_tensor", broken_on_cuda)
    c = engine.evaluate("relu", points=5, device="auto")
    assert c.device == "cpu"
    assert "illegal memory access" in c.fallback_reason
    np.testing.assert_array_equal(c.f, [0, 0, 0, 2.5, 5])


@pytest.mark.skipif(not CUDA, reason="needs CUDA")
@pytest.mark.parametrize("act_id", elementwise_ids())
def test_cuda_matches_cpu(act_id):
    x = grid_away_from_kinks(act_id)
    gpu = engine.evaluate(act_id, x=x, dtype="float64", device="cuda")
    cpu = engine.evaluate(act_id, x=x, dtype="float64", device="cpu")
    assert gpu.device == "cuda"
    for name in ("f", "df", "d2f"):
        np.testing.assert_allclose(getattr(gpu, name), getattr(cpu, name), rtol=1e-9, atol=1e-12)


def test_cuda_device_names_the_gpu_and_its_capability_exactly_when_cuda_is_usable():
    gpu = devices.cuda_device()
    if not torch.cuda.is_available():
        assert gpu is None
        return
    major, minor = torch.cuda.get_device_capability(0)
    assert gpu == devices.CudaDevice(torch.cuda.get_device_name(0), f"{major}.{minor}")
