"""Every elementwise activation's f, f', f'' against its closed form (float64).

The references in ``reference_forms`` are written from the PyTorch docs with numpy.
Tolerances are the product's promise: f to 1e-9, f' to 1e-7, f'' to 1e-6 (relative,
or absolute where |value| < 1).
"""

import numpy as np
import pytest

import engine
from engine.activations import elementwise_ids
from tests.reference_forms import BRANCH_SWITCHES, NON_DEFAULT, REFERENCE, max_rel_error

TOL = {"f": 1e-9, "df": 1e-7, "d2f": 1e-6}
CASES = [(a, {}) for a in elementwise_ids()] + [(a, p) for a, p in NON_DEFAULT.items()]


def smooth_points(activation_id: str, params: dict, margin: float = 1e-6) -> np.ndarray:
    """A dense grid on [-8, 8] with points next to kinks and branch switches removed."""
    act = engine.get_activation(activation_id)
    values = {**{p.name: p.default for p in act.params}, **params}
    x = np.linspace(-8.0, 8.0, 3201)
    avoid = list(act.kinks(values)) + list(BRANCH_SWITCHES.get(activation_id, lambda p: ())(values))
    keep = np.ones_like(x, dtype=bool)
    for k in avoid:
        keep &= np.abs(x - k) > margin
    return x[keep]


def test_every_elementwise_activation_has_a_reference_and_non_default_case():
    assert set(REFERENCE) == set(elementwise_ids())
    for act in engine.ACTIVATIONS.values():
        if act.params and not act.vector:
            assert set(NON_DEFAULT[act.id]) >= set(act.param_names) - {"training"}, act.id


@pytest.mark.parametrize(("activation_id", "params"), CASES, ids=lambda v: str(v) if v else "defaults")
def test_autograd_matches_closed_form(activation_id, params):
    x = smooth_points(activation_id, params)
    curve = engine.evaluate(activation_id, params, x=x, device="cpu", dtype="float64")
    full = {**{p.name: p.default for p in engine.get_activation(activation_id).params}, **params}
    full.pop("training", None)
    for name, ref in zip(("f", "df", "d2f"), REFERENCE[activation_id], strict=True):
        want = ref(x, **full)
        assert max_rel_error(getattr(curve, name), want) <= TOL[name], name


def test_grid_is_torch_linspace_inclusive():
    curve = engine.evaluate("relu", x_min=-2.0, x_max=3.0, points=11, dtype="float64")
    np.testing.assert_allclose(curve.x, np.linspace(-2.0, 3.0, 11), rtol=0, atol=1e-15)
    assert curve.x[0] == -2.0 and curve.x[-1] == 3.0
