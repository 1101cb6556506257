"""An activation's parameters are checked once: values checked for an activation come back unchecked a second time."""

import copy

import pytest

import engine.activation_params as activation_params
from engine import get_activation
from engine.activation_params import checked_params
from engine.errors import EngineError
from engine.resolve import Formula, resolve_activation


def test_checked_values_handed_back_for_the_same_activation_are_not_checked_again(monkeypatch):
    elu = get_activation("elu")
    checked = checked_params(elu, {"alpha": 0.5})
    calls = []
    monkeypatch.setattr(activation_params, "validate", lambda *a, **k: calls.append(a) or {"alpha": 0.5})
    assert checked_params(elu, checked) is checked and calls == []
    assert checked_params(get_activation("celu"), checked) is not checked and len(calls) == 1  # another activation


def test_changed_values_or_a_narrower_range_are_checked_again():
    elu = get_activation("elu")
    checked = checked_params(elu, {"alpha": 0.5})
    with pytest.raises(TypeError):
        checked["alpha"] = -1.0  # read-only: a change is a copy, checked again
    with pytest.raises(EngineError):
        checked_params(elu, {**checked, "alpha": -1.0})
    assert type(copy.deepcopy(checked)) is dict and copy.copy(checked) == {"alpha": 0.5}
    wide = resolve_activation(Formula("k*x").widened("k", -20.0, 20.0))
    fifteen = checked_params(wide, {"k": 15.0})
    with pytest.raises(EngineError):  # the default range is -10…10: the same values, another activation's specs
        checked_params(resolve_activation(Formula("k*x")), fifteen)
