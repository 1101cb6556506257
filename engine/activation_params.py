"""Validated parameters of an activation: defaults filled in, values checked against the entry's specs.

Its own module so that the formula compiler (which checks a registry function's keywords) and
:mod:`engine.evaluate` (which resolves formulas) can both use it without importing each other.

Checked once: :func:`checked_params` returns a :class:`CheckedParams`, a plain dict that remembers the
activation and the values it was checked for, so handing it back for the same activation (the explorer
checks a slider's value, then evaluates, marks and annotates the curve with it) returns it unchanged
instead of checking again. A changed copy or other values are checked as usual.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NoReturn

from engine.activations import Activation
from engine.params import validate


class CheckedParams(dict[str, Any]):
    """Parameter values :func:`checked_params` accepted for one activation: a read-only dict (change a copy,
    ``{**values, name: value}``, and check that); a copy of it is a plain dict."""

    __slots__ = ("checked_for",)

    checked_for: tuple[Any, ...] | None

    def __init__(self, values: Mapping[str, Any], act: Activation | None = None):
        super().__init__(values)
        self.checked_for = None if act is None else _stamp(act, self)

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("checked parameters are read-only: check a changed copy ({**values, name: value})")

    __setitem__ = __delitem__ = update = pop = popitem = setdefault = clear = __ior__ = _read_only

    def __reduce_ex__(
        self, protocol: object
    ) -> tuple[
        type[dict[str, Any]], tuple[dict[str, Any]]
    ]:  # copy, deepcopy, pickle: a plain dict, checked again where it is used
        return dict, (dict(self),)


def checked_params(act: Activation, params: Mapping[str, Any] | None) -> dict[str, Any]:
    """Validated parameter dict for ``act`` (defaults filled in), or EngineError naming the field.
    Values this returned for ``act`` come back as they are, unchecked a second time."""
    if isinstance(params, CheckedParams) and getattr(params, "checked_for", None) == _stamp(act, params):
        return params
    values = validate(act.params, params, owner=act.id)
    if act.check is not None:
        act.check(values)
    return CheckedParams(values, act)


def _stamp(act: Activation, values: Mapping[str, Any]) -> tuple[Any, ...]:
    """What a check depends on: the activation, its parameter specs (a widened formula range) and the values."""
    return act.id, act.params, tuple(values.items())
