"""Numbers the explorer shows about an activation, computed rather than typed.

Saturation zones (where |f'| < ε), the largest |f'| and where it is reached,
what autograd returns at the points where f is not differentiable, the band of
random slopes (RReLU) and the gap between an exact form and its approximation (GELU),
both described by the registry's teaching extras. Everything is computed through
:func:`engine.evaluate`, so it follows PyTorch's own values. No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from engine.activations import Activation
from engine.errors import EngineError
from engine.evaluate import checked_params, evaluate, formula_cost
from engine.resolve import ActivationRef, resolve_activation

# Search window for global properties such as max |f'|; wide enough that every
# registry entry has settled into its asymptotic behaviour well inside it.
SEARCH_RANGE = (-20.0, 20.0)
SEARCH_POINTS = 40_001  # a grid step of 0.001 that contains 0 and every integer
FAR_OUT = 10.0  # a span lying wholly beyond |x| > FAR_OUT and touching the edge is "approached as x -> ±inf"


@dataclass(frozen=True)
class Span:
    """An x interval (a point when ``low == high``); ``None`` ends are unbounded."""

    low: float | None
    high: float | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high


@dataclass(frozen=True)
class Extremum:
    """The largest |f'| and the x where it is reached.

    ``asymptotic`` lists the directions (-1, +1) in which the value is only
    approached far out (e.g. softplus' f' -> 1 as x -> +inf).
    """

    value: float
    spans: tuple[Span, ...]
    asymptotic: tuple[int, ...] = ()


@dataclass(frozen=True)
class Kink:
    """A point where f is not differentiable and what PyTorch's autograd says there."""

    x: float
    f: float
    df: float  # the value autograd uses at x (in the requested dtype)
    df_left: float  # one-sided limits of f', float64
    df_right: float
    f_left: float  # one-sided limits of f (differ at a jump)
    f_right: float


def saturation_spans(x: np.ndarray, df: np.ndarray, eps: float, kinks: Sequence[float] = ()) -> list[tuple[float, float]]:
    """Maximal x intervals where |f'(x)| < ``eps``.

    Ends are placed where |f'| crosses ``eps``, interpolated linearly between grid
    points; where a kink lies between the two grid points the end is the kink
    (f' jumps there). Intervals touching the ends of the grid end there. NaN
    counts as not saturated.
    """
    x = np.asarray(x, dtype=np.float64)
    mag = np.abs(np.asarray(df, dtype=np.float64))
    with np.errstate(invalid="ignore"):
        inside = mag < eps
    if not inside.any():
        return []
    padded = np.concatenate(([False], inside, [False]))
    starts = np.flatnonzero(~padded[:-1] & padded[1:])
    stops = np.flatnonzero(padded[:-1] & ~padded[1:]) - 1  # last index inside
    spans = []
    for i, j in zip(starts, stops, strict=True):
        low = x[i] if i == 0 else _crossing(x[i - 1], x[i], mag[i - 1], mag[i], eps, kinks)
        high = x[j] if j == len(x) - 1 else _crossing(x[j], x[j + 1], mag[j], mag[j + 1], eps, kinks)
        spans.append((float(low), float(high)))
    return spans


def _crossing(xa: float, xb: float, ya: float, yb: float, level: float, kinks: Sequence[float] = ()) -> float:
    for k in kinks:
        if xa <= k <= xb:
            return float(k)
    if not (np.isfinite(ya) and np.isfinite(yb)) or ya == yb:
        return (xa + xb) / 2
    t = (level - ya) / (yb - ya)
    return xa + min(max(t, 0.0), 1.0) * (xb - xa)


def max_abs_derivative(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Extremum:
    """max |f'(x)| over :data:`SEARCH_RANGE` (float64, CPU) and where it is reached."""
    act = resolve_activation(activation)
    values = checked_params(act, params)
    if act.random_slopes is not None:  # random draws: their largest |f'| is the fixed (eval) mode's
        values = {**values, act.random_slopes.switch: False}  # a copy: the caller's checked values stay theirs
    lo, hi = SEARCH_RANGE
    curve = evaluate(act, values, lo, hi, SEARCH_POINTS, order=1, device="cpu", dtype="float64")
    assert curve.df is not None  # order=1 computes f′
    x, mag = curve.x, np.abs(curve.df)
    finite = np.isfinite(mag)
    best = float(mag[finite].max())
    at = finite & (mag >= best - 1e-9 * max(best, 1e-300))
    kinks = sorted(k for k in act.kinks(values) if lo < k < hi)
    padded = np.concatenate(([False], at, [False]))
    starts = np.flatnonzero(~padded[:-1] & padded[1:])
    stops = np.flatnonzero(padded[:-1] & ~padded[1:]) - 1
    spans: list[Span] = []
    asymptotic: set[int] = set()
    step = (hi - lo) / (SEARCH_POINTS - 1)
    for i, j in zip(starts, stops, strict=True):
        touches_low, touches_high = i == 0, j == len(x) - 1
        if touches_high and x[i] > FAR_OUT and not touches_low:
            asymptotic.add(1)
            continue
        if touches_low and x[j] < -FAR_OUT and not touches_high:
            asymptotic.add(-1)
            continue
        low, low_inc = _snap_to_kink(x[i], -step, kinks)
        high, high_inc = _snap_to_kink(x[j], step, kinks)
        spans.append(Span(None if touches_low else low, None if touches_high else high, low_inc, high_inc))
    return Extremum(best, tuple(spans), tuple(sorted(asymptotic)))


def _snap_to_kink(edge: float, towards: float, kinks: list[float]) -> tuple[float, bool]:
    """A span edge one grid step from a kink really starts at the kink (exclusive)."""
    for k in kinks:
        if k == edge:
            return float(k), True
        if min(edge, edge + towards) <= k <= max(edge, edge + towards):
            return float(k), False
    return float(round(edge, 12)), True


def kink_marks(
    activation: ActivationRef,
    params: Mapping[str, Any] | None,
    x_min: float,
    x_max: float,
    device: str = "cpu",
    dtype: str = "float64",
) -> list[Kink]:
    """The registry's non-differentiable points inside [x_min, x_max] with autograd's values there."""
    act = resolve_activation(activation)
    values = checked_params(act, params)
    points = sorted({float(k) for k in act.kinks(values) if x_min <= k <= x_max})
    if not points:
        return []
    at = evaluate(act, values, order=1, device=device, dtype=dtype, x=points)
    ks = np.asarray(points)
    h = 1e-7 * np.maximum(1.0, np.abs(ks))
    side = evaluate(act, values, order=1, device="cpu", dtype="float64", x=np.concatenate([ks - h, ks + h]))  # one call for all
    n = len(points)
    assert at.df is not None and side.df is not None  # order=1 computes f′
    return [
        Kink(k, float(at.f[i]), float(at.df[i]), float(side.df[i]), float(side.df[n + i]), float(side.f[i]), float(side.f[n + i]))
        for i, k in enumerate(points)
    ]


def random_slope_band(
    params: Mapping[str, Any] | None,
    x_min: float,
    x_max: float,
    points: int,
    device: str = "cpu",
    dtype: str = "float32",
    activation: str = "rrelu",
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The band of an activation with random slopes (RReLU in training mode): f and f' with the
    slope fixed at its lowest and at its highest value (the registry's :class:`RandomSlopes`).

    Returns ``x, f_lower, f_upper, df_lower, df_upper``; every random draw lies between.
    """
    act = resolve_activation(activation)
    if act.random_slopes is None:
        raise EngineError("activation", f"{act.id} draws no random slopes")
    spec = act.random_slopes
    values = checked_params(act, params)
    ends = []
    for slope in (values[spec.low], values[spec.high]):
        fixed = {**values, spec.low: slope, spec.high: slope, spec.switch: False}
        ends.append(evaluate(act, fixed, x_min, x_max, points, order=1, device=device, dtype=dtype))
    low, high = ends
    assert low.df is not None and high.df is not None  # order=1 computes f′
    return low.x, low.f, high.f, low.df, high.df


def approximation_gap(
    activation: ActivationRef,
    params: Mapping[str, Any] | None,
    name: str,
    reference: object,
    other: object,
    x_min: float,
    x_max: float,
    points: int,
    device: str = "cpu",
    dtype: str = "float64",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``x, Δf, Δf'`` between ``activation`` with ``name=reference`` and with ``name=other``.

    For GELU: ``approximation_gap("gelu", {}, "approximate", "none", "tanh", ...)`` gives
    exact minus tanh approximation.
    """
    base = dict(checked_params(resolve_activation(activation), params))
    ref = evaluate(activation, {**base, name: reference}, x_min, x_max, points, order=1, device=device, dtype=dtype)
    alt = evaluate(activation, {**base, name: other}, x_min, x_max, points, order=1, device=device, dtype=dtype)
    assert ref.df is not None and alt.df is not None  # order=1 computes f′
    return ref.x, ref.f - alt.f, ref.df - alt.df


def exact_minus_approximation(
    activation: ActivationRef,
    params: Mapping[str, Any] | None,
    x_min: float,
    x_max: float,
    points: int,
    device: str = "cpu",
    dtype: str = "float64",
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``x, Δf, Δf'``: the exact form minus the approximation the registry names (:class:`Approximation`)."""
    act = resolve_activation(activation)
    if act.approximation is None:
        raise EngineError("activation", f"{act.id} has no approximation to compare with")
    a = act.approximation
    return approximation_gap(act.id, params, a.param, a.exact, a.approximate, x_min, x_max, points, device, dtype)


# ---- notes computed over the view (formulas carry no hand-written notes) ---------------------------------

VIEW_POINTS = 20_001
MIN_VIEW_POINTS = 1001
NOTES_SECONDS = 0.03  # the notes follow a drag on the GUI thread: a costly formula gets fewer points
_FLAT = 1e-12  # relative change of f between neighbours below which a step counts as flat


def odd_values(f_right: np.ndarray, f_left: np.ndarray) -> bool:
    """Whether f(−x) = −f(x) given f at x (``f_right``) and at −x (``f_left``), to 1e-12 of |f|: the one
    definition of "zero-centred" (inputs symmetric about 0 give outputs centred on 0) for the registry
    notes and formula notes alike. Pairs where either value is not finite are left out."""
    ok = np.isfinite(f_right) & np.isfinite(f_left)
    a, b = f_right[ok], f_left[ok]
    return bool(np.all(np.abs(a + b) <= 1e-12 * np.maximum(1.0, np.abs(a))))


@dataclass(frozen=True)
class ViewNotes:
    """What the notes say about a curve, computed on [x_min, x_max] in float64 (no registry text involved)."""

    x_min: float
    x_max: float
    f_min: float  # the range of f over the view (NaN and inf left out)
    f_max: float
    extremum: Extremum  # max |f'| on the view and where
    f_at_zero: float | None  # None when 0 is outside the view
    zero_centred: bool  # f(−x) = −f(x) on the view's symmetric part: the registry notes' definition (odd_values)
    monotonic: Literal["increasing", "decreasing", "constant", "no"]


def view_notes(
    activation: ActivationRef, params: Mapping[str, Any] | None, x_min: float, x_max: float, points: int = VIEW_POINTS
) -> ViewNotes:
    """Range of f, max |f'| and where, zero-centredness (odd symmetry, as :func:`odd_values`) and
    monotonicity on [x_min, x_max].

    Computed on a float64 grid holding 0 and the kinks (of fewer points for a formula too long to evaluate
    20,001 times in NOTES_SECONDS); monotonic means f never steps down (or never up) between neighbours, beyond rounding.
    """
    act = resolve_activation(activation)
    values = checked_params(act, params)
    cost = formula_cost(act)
    if cost is not None:  # a long formula: fewer points, so that the notes take at most NOTES_SECONDS
        points = max(MIN_VIEW_POINTS, min(points, cost.most_points(order=1, seconds=NOTES_SECONDS)))
    curve = evaluate(act, values, x_min, x_max, points, order=1, device="cpu", dtype="float64")
    assert curve.df is not None  # order=1 computes f′
    x, f, mag = curve.x, curve.f, np.abs(curve.df)
    finite = np.isfinite(f)
    if not finite.any():
        raise EngineError("expression", f"f is not finite anywhere on [{x_min:g}, {x_max:g}]")
    f_min, f_max = float(f[finite].min()), float(f[finite].max())
    scale = max(1.0, abs(f_min), abs(f_max))
    zero = np.flatnonzero(x == 0.0)
    f0 = float(f[zero[0]]) if zero.size else None
    steps = np.diff(f[finite])
    tol = _FLAT * scale
    monotonic: Literal["increasing", "decreasing", "constant", "no"]
    if np.all(np.abs(steps) <= tol):
        monotonic = "constant"
    elif np.all(steps >= -tol):
        monotonic = "increasing"
    elif np.all(steps <= tol):
        monotonic = "decreasing"
    else:
        monotonic = "no"
    kinks = sorted(k for k in act.kinks(values) if x_min < k < x_max)
    return ViewNotes(
        float(x[0]),
        float(x[-1]),
        f_min,
        f_max,
        _view_extremum(x, mag, kinks),
        f0,
        f0 is not None and _odd_on_view(act, values, min(-x_min, x_max)),
        monotonic,
    )


def _odd_on_view(act: Activation, values: dict[str, Any], reach: float) -> bool:
    right = np.linspace(0.0, reach, 2_001)
    both = np.concatenate((right, -right))
    f = evaluate(act, values, order=0, device="cpu", dtype="float64", x=both).f
    return odd_values(f[: right.size], f[right.size :])


def _view_extremum(x: np.ndarray, mag: np.ndarray, kinks: list[float]) -> Extremum:
    finite = np.isfinite(mag)
    if not finite.any():
        return Extremum(float("nan"), ())
    best = float(mag[finite].max())
    at = finite & (mag >= best - 1e-9 * max(best, 1e-300))
    padded = np.concatenate(([False], at, [False]))
    starts = np.flatnonzero(~padded[:-1] & padded[1:])
    stops = np.flatnonzero(padded[:-1] & ~padded[1:]) - 1
    step = float(x[1] - x[0]) if x.size > 1 else 0.0
    spans = []
    for i, j in zip(starts, stops, strict=True):
        low, low_inc = _snap_to_kink(x[i], -step, kinks)
        high, high_inc = _snap_to_kink(x[j], step, kinks)
        spans.append(Span(low, high, low_inc, high_inc))
    return Extremum(best, tuple(spans))
