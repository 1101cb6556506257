"""Softmax & co.: outputs and their true Jacobians (not softmax applied twice)."""

import numpy as np
import pytest

import engine

SEED_LOGITS = np.array([0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75])


def softmax(z):
    e = np.exp(z - z.max())
    return e / e.sum()


@pytest.mark.parametrize("temperature", [1.0, 0.5, 3.0])
def test_softmax_sums_to_one_and_jacobian_is_diag_p_minus_ppT(temperature):
    r = engine.evaluate_vector("softmax", SEED_LOGITS, {"temperature": temperature}, dtype="float64")
    p = softmax(SEED_LOGITS / temperature)
    np.testing.assert_allclose(r.output, p, rtol=1e-12)
    assert r.output.sum() == pytest.approx(1.0, abs=1e-12)
    np.testing.assert_allclose(r.jacobian, (np.diag(p) - np.outer(p, p)) / temperature, atol=1e-12)


def test_softmax_jacobian_is_not_softmax_of_softmax():
    r = engine.evaluate_vector("softmax", SEED_LOGITS, dtype="float64")
    twice = softmax(softmax(SEED_LOGITS))
    assert not np.allclose(np.diag(r.jacobian), twice, atol=1e-3)
    np.testing.assert_allclose(r.jacobian.sum(axis=0), 0.0, atol=1e-12)  # outputs keep summing to 1


def test_log_softmax_and_softmin():
    p = softmax(SEED_LOGITS)
    r = engine.evaluate_vector("log_softmax", SEED_LOGITS, dtype="float64")
    np.testing.assert_allclose(np.exp(r.output).sum(), 1.0, rtol=1e-12)
    np.testing.assert_allclose(r.jacobian, np.eye(p.size) - np.outer(np.ones_like(p), p), atol=1e-12)
    q = softmax(-SEED_LOGITS)
    r = engine.evaluate_vector("softmin", SEED_LOGITS, dtype="float64")
    np.testing.assert_allclose(r.output, q, rtol=1e-12)
    np.testing.assert_allclose(r.jacobian, -(np.diag(q) - np.outer(q, q)), atol=1e-12)


def test_glu_gates_first_half_with_sigmoid_of_second():
    r = engine.evaluate_vector("glu", SEED_LOGITS, dtype="float64")
    a, b = SEED_LOGITS[:5], SEED_LOGITS[5:]
    s = 1 / (1 + np.exp(-b))
    np.testing.assert_allclose(r.output, a * s, rtol=1e-12)
    want = np.hstack([np.diag(s), np.diag(a * s * (1 - s))])
    np.testing.assert_allclose(r.jacobian, want, atol=1e-12)


def test_glu_needs_even_length():
    with pytest.raises(engine.EngineError) as err:
        engine.evaluate_vector("glu", [1.0, 2.0, 3.0])
    assert err.value.field == "vector"


@pytest.mark.parametrize(("dtype", "big"), [("float32", 1e40), ("bfloat16", 1e39), ("float16", 1e5)])
def test_softmax_input_beyond_the_dtype_is_refused_with_the_limit_not_nan(dtype, big):
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate_vector("softmax", [big, 1.0, 2.0], dtype=dtype)
    assert info.value.field == "vector" and dtype in info.value.message


@pytest.mark.parametrize("act_id", ["softmax", "log_softmax"])
def test_softmax_that_overflows_inside_the_dtype_explains_the_overflow(act_id):
    # 3e38 is a float32, but 3e38 / 0.05 = 6e39 is not: the output would be NaN.
    with pytest.raises(engine.EngineError) as info:
        engine.evaluate_vector(act_id, [3e38, 1.0, 2.0], {"temperature": 0.05}, dtype="float32")
    assert info.value.field == "vector" and "overflowed float32" in info.value.message and "6e+39" in info.value.message


def test_the_same_large_softmax_in_float64_sums_to_one():
    r = engine.evaluate_vector("softmax", [3e38, 1.0, 2.0], {"temperature": 0.05}, dtype="float64")
    np.testing.assert_array_equal(r.output, [1.0, 0.0, 0.0])
