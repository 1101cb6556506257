"""Validated parameters of an activation: defaults filled in, values checked against the entry's specs.

Its own module so that the formula compiler (which checks a registry function's keywords) and
:mod:`engine.evaluate` (which resolves formulas) can both use it without importing each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from engine.activations import Activation
from engine.params import validate


def checked_params(act: Activation, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validated parameter dict for ``act`` (defaults filled in), or EngineError naming the field."""
    values = validate(act.params, params, owner=act.id)
    if act.check is not None:
        act.check(values)
    return values
