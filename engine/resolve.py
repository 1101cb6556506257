"""The one place an activation reference becomes an :class:`~engine.activations.Activation`.

A reference is a registry id (``"silu"``), a formula id (``"formula: x*sigmoid(k*x)"``, what
:attr:`engine.evaluate.Curve.activation` holds for a formula), a :class:`Formula` (the text and
any slider ranges the user widened: plain data a session file or a depth run can carry), or an
Activation already built. Formulas are compiled once and kept (compiling is checked parsing,
a few milliseconds; their kinks, a scan with bisection, are kept per parameter values), so the
explorer's slider drags and a depth run's layers pay for neither again.

Every engine entry point that takes an activation (:func:`engine.evaluate.evaluate`,
:mod:`engine.analysis`, :mod:`engine.depth`) resolves it here; :mod:`engine.activations` knows
nothing of formulas, and :mod:`engine.expressions` nothing of evaluation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from engine.activations import Activation, get_activation
from engine.errors import EngineError
from engine.expression_kinks import KinkScan
from engine.expressions import ID_PREFIX, Expression, compile_expression

__all__ = [
    "ActivationRef",
    "Formula",
    "expression_of",
    "formula_of",
    "is_formula",
    "kink_scan",
    "kinks_known",
    "resolve_activation",
]

_CACHE = 256  # formulas kept compiled; a classroom session uses a handful


@dataclass(frozen=True)
class Formula:
    """A formula activation as plain data: its text and the parameter slider ranges set by the user.

    ``ranges`` holds ``(name, low, high)`` for each parameter whose range differs from the
    default -10…10; values outside a parameter's range are refused, as for a registry entry.
    """

    text: str
    ranges: tuple[tuple[str, float, float], ...] = ()

    @property
    def id(self) -> str:
        """``"formula: " + text``, the id its curves carry."""
        return ID_PREFIX + self.text

    def __str__(self) -> str:
        return self.id

    def widened(self, name: str, low: float, high: float) -> Formula:
        """The same formula with parameter ``name``'s range set to [low, high] (EngineError naming it if refused)."""
        expression_of(self).with_range(name, low, high)  # checks the name and the ends
        ranges = tuple(r for r in self.ranges if r[0] != name) + ((name, float(low), float(high)),)
        return Formula(self.text, tuple(sorted(ranges)))


ActivationRef = str | Formula | Activation


def formula_of(ref: object) -> Formula | None:
    """The :class:`Formula` a reference names (a Formula, or a ``"formula: ..."`` id), else None."""
    if isinstance(ref, Formula):
        return ref
    if isinstance(ref, str) and ref.startswith(ID_PREFIX):
        return Formula(ref[len(ID_PREFIX) :])
    return None


def is_formula(ref: object) -> bool:
    """Whether ``ref`` names a formula rather than a registry entry."""
    if isinstance(ref, Activation):
        return ref.id.startswith(ID_PREFIX)
    return formula_of(ref) is not None


def expression_of(formula: Formula | str) -> Expression:
    """The compiled :class:`~engine.expressions.Expression` of a formula (text, id or Formula), ranges applied."""
    if isinstance(formula, Formula):
        return _expression(formula)
    found = formula_of(formula)
    return _expression(found if found is not None else Formula(formula))


def resolve_activation(ref: ActivationRef) -> Activation:
    """The Activation ``ref`` names: a registry entry, or a formula's (compiled once); EngineError if unknown or refused."""
    if isinstance(ref, Activation):
        return ref
    formula = formula_of(ref)
    if formula is not None:
        return _activation(formula)
    if not isinstance(ref, str):
        raise EngineError("activation", f"expected an activation id or a formula, got {ref!r}")
    return get_activation(ref)


@lru_cache(maxsize=_CACHE)
def _compiled(text: str) -> Expression:
    return compile_expression(text)


@lru_cache(maxsize=_CACHE)
def _expression(formula: Formula) -> Expression:
    if not isinstance(formula.text, str):
        raise EngineError("expression", f"expected the formula's text, got {formula.text!r}")
    expr = _compiled(formula.text)
    for name, low, high in formula.ranges:
        expr = expr.with_range(name, low, high)
    return expr


@lru_cache(maxsize=_CACHE)
def _activation(formula: Formula) -> Activation:
    expr = _expression(formula)
    act = expr.as_activation()
    if not expr.compiled.switches:
        return act  # nothing switches branch: no kinks to look for
    return replace(act, kinks=lambda params: _scan(formula, _key(params)).kinks)


#: a formula's parameter values, sorted, hashable
_Values = tuple[tuple[str, Any], ...]


def _key(params: Mapping[str, Any]) -> _Values:
    return tuple(sorted(params.items()))


_SCANS: OrderedDict[tuple[str, _Values], KinkScan] = OrderedDict()  # (formula, parameter values) -> its kink scan, newest last
_SCANS_LOCK = threading.Lock()  # the explorer scans in its worker thread and reads on the GUI thread


def _scan(formula: Formula, values: _Values) -> KinkScan:
    key = (formula.text, values)  # the slider ranges do not move a kink
    with _SCANS_LOCK:
        found = _SCANS.get(key)
        if found is not None:
            _SCANS.move_to_end(key)
            return found
    found = _expression(formula).kink_scan(dict(values))
    with _SCANS_LOCK:
        _SCANS[key] = found
        while len(_SCANS) > _CACHE:
            _SCANS.popitem(last=False)
    return found


def kink_scan(ref: ActivationRef, params: Mapping[str, Any]) -> KinkScan | None:
    """The kink scan of formula ``ref`` with ``params`` (kept: computed once per values); None for a registry entry."""
    formula = formula_of(ref.id if isinstance(ref, Activation) else ref)
    if formula is None:
        return None
    return _scan(formula, _key(_expression(formula).checked(params)))


def kinks_known(ref: ActivationRef, params: Mapping[str, Any]) -> bool:
    """Whether ``ref``'s kinks for ``params`` cost nothing to ask for: a registry entry, a formula without switches,
    or a scan already done."""
    formula = formula_of(ref.id if isinstance(ref, Activation) else ref)
    if formula is None or not _expression(formula).compiled.switches:
        return True
    with _SCANS_LOCK:
        return (formula.text, _key(_expression(formula).checked(params))) in _SCANS
