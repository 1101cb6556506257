"""Evaluating activations and their derivatives with torch autograd.

:func:`evaluate` gives f, f' and f'' of an elementwise activation over a range (or
at given points); :func:`evaluate_vector` gives the output and Jacobian of a
vector activation (softmax & co.). Derivatives are PyTorch's own, so values at
kinks follow its conventions (ReLU'(0) = 0).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from engine import memory
from engine.activation_params import checked_params
from engine.activations import Activation
from engine.devices import intra_op_threads, run_placed, threads_for, torch_dtype
from engine.errors import EngineError
from engine.expression_cost import TIME_BUDGET_S, Cost
from engine.expressions import Expression
from engine.grid import check_range, decimal_grid, distinct_in_dtype, dtype_max, with_anchors
from engine.resolve import ActivationRef, Formula, expression_of, formula_of, resolve_activation
from engine.torch_quirks import skip_dynamo_imports

__all__ = ["MAX_POINTS", "Curve", "VectorResult", "checked_params", "evaluate", "evaluate_expression", "evaluate_vector"]

MAX_POINTS = 10_000_000

skip_dynamo_imports()  # the first f″ of softsign would import torch._dynamo (1.3 s of CPU) mid-plot (12 ms here)


def peak_bytes(points: int, order: int, dtype: str) -> int:
    """Estimated peak memory of :func:`evaluate`: the float64 grid and results (x_asked, x, f and each
    derivative) plus the autograd graph in ``dtype`` (6 + 4·order tensors of ``points`` values).

    Measured (peak RSS of a subprocess, 2,000,000 points): GELU order 2 takes 91 bytes a point in
    float32 and 116 in float64, order 0 44; this estimate gives 96, 152 and 48.
    """
    per_value = torch.empty((), dtype=torch_dtype(dtype)).element_size()
    return points * (8 * (3 + order) + per_value * (6 + 4 * order))


def formula_cost(act: Activation) -> Cost | None:
    """The estimated cost of a formula activation (:mod:`engine.expression_cost`); None for a registry entry."""
    formula = formula_of(act.id)
    return None if formula is None else expression_of(formula).compiled.cost


def formula_bytes(act: Activation, points: int, order: int, dtype: str) -> int:
    """What a formula's autograd graph keeps beyond :func:`peak_bytes` (0 for a registry entry)."""
    cost = formula_cost(act)
    size = torch.empty((), dtype=torch_dtype(dtype)).element_size()
    return 0 if cost is None else cost.extra_bytes(points, order, size)


def check_cost(act: Activation, points: int, order: int, dtype: str) -> None:
    """Refuse (EngineError naming ``points``) a formula whose evaluation at ``points`` would take longer than
    :data:`engine.expression_cost.TIME_BUDGET_S` or more memory than the budget, saying how many points fit."""
    cost = formula_cost(act)
    if cost is None:
        return
    seconds = cost.seconds(points, order)
    if seconds > TIME_BUDGET_S:
        raise EngineError(
            "points",
            f"this formula would take about {seconds:.1f} s to compute at {points:,} points (the most is "
            f"{TIME_BUDGET_S:g} s): use at most {cost.most_points(order):,} points, or a shorter formula",
        )
    need = peak_bytes(points, order, dtype) + formula_bytes(act, points, order, dtype)
    if need > memory.EVALUATE_BUDGET:
        per_point = need / points
        raise EngineError(
            "points",
            f"this formula needs about {memory.format_bytes(need)} at {points:,} points (the most is "
            f"{memory.format_bytes(memory.EVALUATE_BUDGET)}): use at most {int(memory.EVALUATE_BUDGET // per_point):,} "
            "points, or a shorter formula",
        )


MAX_VECTOR = 4096


@dataclass(frozen=True)
class Curve:
    """f, f', f'' of one activation on a grid, and how they were computed."""

    activation: str
    params: dict[str, Any]
    x: np.ndarray
    f: np.ndarray
    df: np.ndarray | None
    d2f: np.ndarray | None
    device: str
    dtype: str
    fallback_reason: str | None = None
    d2f_method: str = "autograd (double backward)"
    #: The x values as asked, in float64 (``-5.994``, exactly 0 and the kinks): what a file writes.
    #: ``x`` holds the same points rounded to ``dtype``, where f was computed.
    x_asked: np.ndarray | None = None
    #: Why fewer distinct x than points, e.g. "bfloat16 keeps 17 of the 1,001 points apart"; None if all are.
    grid_note: str | None = None


@dataclass(frozen=True)
class VectorResult:
    """Output and Jacobian J[i, j] = ∂y_i/∂x_j of a vector activation."""

    activation: str
    params: dict[str, Any]
    input: np.ndarray
    output: np.ndarray
    jacobian: np.ndarray
    device: str
    dtype: str
    fallback_reason: str | None = None


def _grid(
    act: Activation,
    values: dict[str, Any],
    x: Sequence[float] | np.ndarray | None,
    x_min: float,
    x_max: float,
    points: int,
    dtype: str,
    order: int,
) -> tuple[np.ndarray, str | None]:
    """The float64 points to evaluate at, checked against ``dtype``, and a note if it merges some."""
    tdtype = torch_dtype(dtype)
    if x is not None:
        arr = np.asarray(x, dtype=np.float64).ravel()
        if arr.size < 1 or arr.size > MAX_POINTS:
            raise EngineError("x", f"needs 1 to {MAX_POINTS:,} values, got {arr.size:,}")
        if not np.all(np.isfinite(arr)):
            raise EngineError("x", "contains a non-finite value")
        check_range("x", arr, tdtype, dtype)
        check_cost(act, arr.size, order, dtype)
        return arr, None
    for name, value in (("x_min", x_min), ("x_max", x_max)):
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or not np.isfinite(value):
            raise EngineError(name, f"expected a finite number, got {value!r}")
    x_min, x_max = float(x_min), float(x_max)
    if x_min >= x_max:
        raise EngineError("x_min", f"x_min ({x_min:g}) must be below x_max ({x_max:g})")
    check_range("x_min", x_min, tdtype, dtype)
    check_range("x_max", x_max, tdtype, dtype)
    if isinstance(points, bool) or not isinstance(points, (int, np.integer)):
        raise EngineError("points", f"expected a whole number, got {points!r}")
    if not 2 <= points <= MAX_POINTS:
        raise EngineError("points", f"must be between 2 and {MAX_POINTS:,}, got {points:,}")
    check_cost(act, int(points), order, dtype)  # before the kink scan and the grid: a refusal comes at once
    grid = with_anchors(decimal_grid(x_min, x_max, int(points)), (0.0, *act.kinks(values)))
    distinct = distinct_in_dtype(grid, tdtype)
    if distinct < 2:
        raise EngineError(
            "x_min",
            f"{dtype} cannot tell x_min ({x_min:g}) from x_max ({x_max:g}): every point rounds to the same value; "
            "widen the range or choose float32",
        )
    note = None
    if distinct < grid.size:
        note = (
            f"{dtype} keeps only {distinct:,} of the {grid.size:,} points between {x_min:g} and {x_max:g} apart: "
            "neighbouring points share an x value"
        )
    return grid, note


def _to_numpy(t: torch.Tensor) -> np.ndarray:
    # force: autograd answers some derivatives (f″ of abs(x)) with a ZeroTensor, which .numpy() refuses
    return t.detach().to("cpu", torch.float64).numpy(force=True)


def evaluate(
    activation: ActivationRef,
    params: Mapping[str, Any] | None = None,
    x_min: float = -5.0,
    x_max: float = 5.0,
    points: int = 1001,
    order: int = 2,
    device: str = "auto",
    dtype: str = "float32",
    x: Sequence[float] | np.ndarray | None = None,
) -> Curve:
    """f and its derivatives up to ``order`` (0, 1 or 2) of an elementwise activation.

    ``activation`` is a registry id, a formula (``"formula: x*sigmoid(k*x)"`` or a
    :class:`~engine.resolve.Formula`) or an :class:`Activation` (:func:`engine.resolve.resolve_activation`).

    The grid is ``points`` evenly spaced decimals from ``x_min`` to ``x_max`` built in float64
    (:func:`engine.grid.decimal_grid`) with the nearest interior points moved onto 0 and the
    activation's kinks, then rounded to ``dtype``; ``x`` gives the points instead. Arrays come back
    as float64 numpy arrays holding the values computed in ``dtype``; ``Curve.x_asked`` keeps the grid
    as asked. An x range ``dtype`` cannot hold, or one it rounds to a single value, is refused.
    """
    act = resolve_activation(activation)
    if act.vector:
        raise EngineError("activation", f"{act.id} acts on a whole vector: use evaluate_vector")
    values = checked_params(act, params)
    if order not in (0, 1, 2):
        raise EngineError("order", f"derivative order must be 0, 1 or 2, got {order!r}")
    grid, note = _grid(act, values, x, x_min, x_max, points, dtype, order)
    need = peak_bytes(grid.size, order, dtype) + formula_bytes(act, grid.size, order, dtype)
    if need > memory.EVALUATE_BUDGET:
        raise EngineError(
            "points",
            f"{grid.size:,} points with derivatives to order {order} in {dtype} need about {memory.format_bytes(need)}; "
            f"the most is {memory.format_bytes(memory.EVALUATE_BUDGET)}: use fewer points (a screen or image shows "
            "no more than one per pixel)",
        )

    def compute(dev: torch.device, tdtype: torch.dtype) -> _Arrays:
        if dev.type != "cpu":
            return on_device(dev, tdtype)  # a failure here falls back to the CPU (run_placed)
        try:
            with intra_op_threads(threads_for(grid.size)):
                return on_device(dev, tdtype)
        except NotImplementedError as exc:  # a kernel PyTorch lacks, e.g. rrelu with training=True in float16
            raise EngineError(
                "dtype", f"{act.name} cannot be computed in {dtype} on the CPU (PyTorch: {exc}); choose float32 or float64"
            ) from None

    def on_device(dev: torch.device, tdtype: torch.dtype) -> _Arrays:
        xt = torch.as_tensor(grid, device=dev).to(tdtype)  # rounded once, from the float64 grid
        xt.requires_grad_(order > 0)
        f = act.fn(xt, **values)
        df = d2f = None
        method = ""
        if order >= 1:
            (df,) = torch.autograd.grad(f.sum(), xt, create_graph=order >= 2)
        if order == 2 and df is not None:
            d2f, method = _second_derivative(act, values, xt, df)
        return _to_numpy(xt), _to_numpy(f), _maybe_numpy(df), _maybe_numpy(d2f), method

    (xa, fa, dfa, d2fa, method), placement = run_placed(device, dtype, compute)
    return Curve(
        act.id, values, xa, fa, dfa, d2fa, placement.device, placement.dtype, placement.fallback_reason, method, grid, note
    )


#: x, f, f' (order >= 1), f'' (order 2) as float64 arrays, and how f'' was found.
_Arrays = tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None, str]


def _maybe_numpy(t: torch.Tensor | None) -> np.ndarray | None:
    return None if t is None else _to_numpy(t)


def _second_derivative(act: Activation, values: dict[str, Any], xt: torch.Tensor, df: torch.Tensor) -> tuple[torch.Tensor, str]:
    if not df.requires_grad:  # f' does not depend on x (a linear function)
        return torch.zeros_like(xt), "autograd (f' is constant, so f'' = 0)"
    try:
        (d2f,) = torch.autograd.grad(df.sum(), xt, allow_unused=True)
    except RuntimeError as exc:
        if act.second_derivative_form is None or "not implemented" not in str(exc):
            raise
        x2 = xt.detach().clone().requires_grad_(True)
        (g,) = torch.autograd.grad(act.second_derivative_form(x2, **values).sum(), x2, create_graph=True)
        (d2f,) = torch.autograd.grad(g.sum(), x2, allow_unused=True)
        method = act.second_derivative_note
        return (torch.zeros_like(xt) if d2f is None else d2f), method
    if d2f is None:
        return torch.zeros_like(xt), "autograd (f' is piecewise constant, so f'' = 0)"
    return d2f, "autograd (double backward)"


def evaluate_expression(
    expression: Expression | Formula | str,
    params: Mapping[str, Any] | None = None,
    x_min: float = -5.0,
    x_max: float = 5.0,
    points: int = 1001,
    order: int = 2,
    device: str = "auto",
    dtype: str = "float32",
    x: Sequence[float] | np.ndarray | None = None,
) -> Curve:
    """:func:`evaluate` for a formula given as its text (``"x*sigmoid(k*x)"``), a Formula or an Expression."""
    if isinstance(expression, Expression):
        act = expression.as_activation()
    else:
        act = resolve_activation(expression if isinstance(expression, Formula) else formula_of(expression) or Formula(expression))
    return evaluate(act, params, x_min, x_max, points, order, device, dtype, x)


def vector_input(act: Activation, vector: Sequence[float] | np.ndarray, values: Mapping[str, Any], dtype: str) -> np.ndarray:
    """``vector`` as float64 if ``act`` (a vector activation with checked parameters ``values``) can take it in
    ``dtype``: 1 to MAX_VECTOR finite values (an even number for GLU), within what ``dtype`` holds, also once
    divided by the temperature; else EngineError naming ``vector``. No computation: the input's limits alone."""
    arr = np.asarray(vector, dtype=np.float64).ravel()
    if not 1 <= arr.size <= MAX_VECTOR:
        raise EngineError("vector", f"needs 1 to {MAX_VECTOR} values, got {arr.size}")
    if not np.all(np.isfinite(arr)):
        raise EngineError("vector", "contains a non-finite value")
    if act.id == "glu" and arr.size % 2:
        raise EngineError("vector", f"GLU splits its input in half: needs an even length, got {arr.size}")
    check_range("vector", arr, torch_dtype(dtype), dtype)
    if "temperature" in values:
        scaled = np.max(np.abs(arr)) / values["temperature"]
        if scaled > dtype_max(torch_dtype(dtype)):
            raise EngineError(
                "vector",
                f"{act.id} overflowed {dtype}: the largest |input| / temperature is {scaled:.4g}, and {dtype} holds "
                f"values up to {dtype_max(torch_dtype(dtype)):.5g}; use smaller inputs, a larger temperature or float64",
            )
    return arr


def evaluate_vector(
    activation: str,
    vector: Sequence[float] | np.ndarray,
    params: Mapping[str, Any] | None = None,
    device: str = "auto",
    dtype: str = "float32",
) -> VectorResult:
    """Output and full Jacobian of a vector activation at ``vector``.

    Inputs beyond what ``dtype`` holds, and results that overflow it (``x / temperature`` past the
    largest float), are refused with the numbers instead of coming back as NaN.
    """
    act = resolve_activation(activation)
    if not act.vector:
        raise EngineError("activation", f"{act.id} is elementwise: use evaluate")
    values = checked_params(act, params)
    arr = vector_input(act, vector, values, dtype)

    def compute(dev: torch.device, tdtype: torch.dtype) -> tuple[np.ndarray, np.ndarray]:
        xt = torch.as_tensor(arr, dtype=tdtype, device=dev)
        out = act.fn(xt, **values)
        jac: torch.Tensor = torch.autograd.functional.jacobian(lambda v: act.fn(v, **values), xt)
        return _to_numpy(out), _to_numpy(jac)

    (out, jac), placement = run_placed(device, dtype, compute)
    if not (np.all(np.isfinite(out)) and np.all(np.isfinite(jac))):
        scaled = np.max(np.abs(arr)) / values.get("temperature", 1.0)
        raise EngineError(
            "vector",
            f"{act.id} overflowed {dtype}: the largest |input| / temperature is {scaled:.4g}, and {dtype} holds "
            f"values up to {dtype_max(torch_dtype(dtype)):.5g}; use smaller inputs, a larger temperature or float64",
        )
    return VectorResult(act.id, values, arr, out, jac, placement.device, placement.dtype, placement.fallback_reason)
