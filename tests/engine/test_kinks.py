"""Values at kinks follow PyTorch's autograd convention.

PyTorch's autograd notes ("Gradients for non-differentiable functions") say: where f
is convex or concave around a kink, autograd returns the sub-/super-gradient of
minimum norm; where f jumps, the gradient is defined by continuity from the side f's
value belongs to. ELU and SELU's kernels instead take the x <= 0 branch of their
documented formula (alpha * (exp(x) - 1) if x <= 0), which differs from the rule
when that branch is the steeper one; the test says so explicitly.
"""

import numpy as np
import pytest

import engine
from engine.activations import elementwise_ids
from tests.reference_forms import NON_DEFAULT, REFERENCE

LEFT_BRANCH_AT_KINK = {"elu", "selu"}
H = 1e-12


def kink_cases():
    for act_id in elementwise_ids():
        act = engine.get_activation(act_id)
        for params in ({}, NON_DEFAULT.get(act_id, {})):
            values = {**{p.name: p.default for p in act.params}, **params}
            for k in act.kinks(values):
                yield act_id, params, k


def expected_derivative(act_id, params, k):
    f, df, _ = REFERENCE[act_id]
    args = {n: v for n, v in params.items() if n != "training"}
    left, right = float(df(np.array([k - H]), **args)[0]), float(df(np.array([k + H]), **args)[0])
    fk, fl, fr = (float(f(np.array([v]), **args)[0]) for v in (k, k - H, k + H))
    if act_id in LEFT_BRANCH_AT_KINK:
        return left
    if abs(fk - fl) > 1e-5 or abs(fk - fr) > 1e-5:  # a jump: continuity from f's own side
        return left if abs(fk - fl) <= 1e-5 else right
    lo, hi = min(left, right), max(left, right)
    return 0.0 if lo <= 0.0 <= hi else (lo if abs(lo) < abs(hi) else hi)


@pytest.mark.parametrize(("act_id", "params", "k"), list(kink_cases()))
def test_derivative_at_kink_follows_pytorch_convention(act_id, params, k):
    full = {**{p.name: p.default for p in engine.get_activation(act_id).params}, **params}
    curve = engine.evaluate(act_id, full, x=[k], dtype="float64")
    args = {n: v for n, v in full.items() if n != "training"}
    assert curve.f[0] == pytest.approx(float(REFERENCE[act_id][0](np.array([k]), **args)[0]), abs=1e-12)
    assert curve.df[0] == pytest.approx(expected_derivative(act_id, args, k), abs=1e-9)


def test_relu_derivative_at_zero_is_zero():
    assert engine.evaluate("relu", x=[0.0], dtype="float64").df[0] == 0.0


def test_every_piecewise_activation_declares_its_kinks():
    # A kink shows as a jump in the closed-form f' (or f) somewhere on the grid.
    x = np.linspace(-8, 8, 16001)
    for act_id in elementwise_ids():
        act = engine.get_activation(act_id)
        values = {p.name: p.default for p in act.params}
        args = {n: v for n, v in values.items() if n != "training"}
        df = REFERENCE[act_id][1](x, **args)
        jumps = x[1:][np.abs(np.diff(df)) > 0.05]
        for j in jumps:
            assert any(abs(j - k) < 2e-3 for k in act.kinks(values)), (act_id, j)
