"""A 1-D curve's typed target g(x): the formula language's value at the points' x, in float64.

:func:`formula_targets` evaluates a formula (the activations' formula language) at given x;
:func:`formula_data` gives a curve dataset's generated points that formula's targets, keeping the
dataset's noise (the same x and the same Gaussian noise as the curve's own targets). The training
tab's "Formula target…" and ``export --train --target FORMULA`` both train on that data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np

from engine.datasets import Data, is_curve_dataset
from engine.errors import EngineError
from engine.regression_data import curve

FIELD = "target"
CURVE_IDS = "sine, abs, step, square or sawtooth"


def formula_targets(
    text: str, x: np.ndarray, params: Mapping[str, Any] | None = None, field: str = FIELD, finite: bool = True
) -> np.ndarray:
    """A typed formula g(x) at ``x`` in float64. EngineError naming ``field`` when it does not compile or (``finite``)
    is not finite at every x; with ``finite`` False such values are NaN (a curve drawn with gaps)."""
    from engine.evaluate import evaluate_expression  # the activations' evaluator, loaded when a formula is typed

    xs = np.asarray(x, dtype=np.float64)
    try:
        values = evaluate_expression(text, params, x=xs, order=0, device="cpu", dtype="float64").f
    except EngineError as exc:
        raise EngineError(field, exc.message) from None
    values = np.asarray(values, dtype=np.float64)
    bad = ~np.isfinite(values)
    if bad.any() and finite:
        raise EngineError(field, f"not a finite number at x = {float(xs[bad][0]):.3g}")
    return np.where(bad, np.nan, values)


def formula_data(data: Data, dataset: str, text: str, params: Mapping[str, Any] | None = None) -> Data:
    """``data`` (generated for the curve ``dataset``) with the formula's targets at the same x plus the same noise;
    EngineError naming ``target`` for another dataset or a formula refused at those x."""
    if not is_curve_dataset(dataset):
        raise EngineError(FIELD, f"a formula target needs a 1-D curve dataset ({CURVE_IDS}), not {dataset}")
    x = data.xy[:, 0]
    noise = data.labels - curve(dataset)(x)  # zero without noise
    return replace(data, labels=formula_targets(text, x, params) + noise)
