"""Teaching facts about an activation computed for its current parameters, never typed.

The registry keeps prose that holds for every parameter value; whatever depends on the
parameters is computed here in float64 on a fine grid that holds the kinks and both sides
of each: the output range (minimum and maximum refined by zooming in, open or closed ends),
monotonicity (with the drop that breaks it), odd symmetry (zero-centred), the mean and std
of f(x) for x ~ N(0, 1), the kinks and jumps with PyTorch's one-sided values, the largest
gap between an exact form and its approximation, and whether PyTorch's backward rounds a
parameter to float32. :mod:`engine.float_limits` adds where a dtype rounds f onto its limit.

Sentences are :class:`Fact` templates with numbered placeholders; every template is listed in
:data:`TEMPLATES`, so the translation file carries them (context ``"engine"``). No Qt here.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from engine import analysis
from engine.activation_params import CheckedParams
from engine.activations import ACTIVATIONS, Activation
from engine.evaluate import checked_params, evaluate
from engine.resolve import ActivationRef, resolve_activation

WIDE = 40.0  # every entry has settled into its asymptotic behaviour well inside ±WIDE
FINE_STEP = 1e-3
_SIDE = 1e-9  # how far beside a kink the grid looks (relative to max(1, |kink|))


@dataclass(frozen=True)
class Fact:
    """A sentence: an English ``template`` with ``{0}``, ``{1}``… and its arguments (formatted numbers)."""

    template: str
    args: tuple[str, ...] = ()

    def text(self) -> str:
        return self.template.format(*self.args)


def num(value: float, digits: int = 4) -> str:
    """A number for the notes: ``digits`` significant digits, ∞ for infinity, no ``-0``."""
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    return f"{value + 0.0:.{digits}g}"


# ---- the grid every fact is read from --------------------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _grid(kinks: tuple[float, ...]) -> np.ndarray:
    finite = [k for k in kinks if math.isfinite(k)]
    reach = max([WIDE, *(2.0 * abs(k) + 1.0 for k in finite)])
    parts = [np.round(np.arange(-WIDE, WIDE + FINE_STEP / 2, FINE_STEP), 9)]
    if reach > WIDE:
        far = np.linspace(WIDE, reach, 20_001)[1:]
        parts += [far, -far]
    for k in finite:
        h = _SIDE * max(1.0, abs(k))
        parts.append(np.array([k - h, k, k + h]))
    return np.unique(np.concatenate(parts))


def _curve(act: Activation, values: dict[str, Any], order: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, f and f′ on the facts' grid, float64 (the last few registry answers are kept: every fact reads them)."""
    if act.random_slopes is not None:  # random draws: the facts are the fixed (eval) mode's
        values = {**values, act.random_slopes.switch: False}
    key = tuple(sorted(values.items()))
    if ACTIVATIONS.get(act.id) is act:
        return _registry_curve(act.id, key)
    return _sample(act, values)


def _sample(act: Activation, values: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    x = _grid(tuple(float(k) for k in act.kinks(values)))
    curve = evaluate(act, values, order=1, device="cpu", dtype="float64", x=x)
    assert curve.df is not None  # order=1 computes f′
    return curve.x, curve.f, curve.df


@functools.lru_cache(maxsize=16)
def _registry_curve(activation_id: str, key: tuple[tuple[str, Any], ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    act = ACTIVATIONS[activation_id]
    return _sample(act, CheckedParams(dict(key), act))  # the facts checked them (random slopes off): not again


def _fixed(act: Activation, values: dict[str, Any]) -> dict[str, Any]:
    return {**values, act.random_slopes.switch: False} if act.random_slopes is not None else values


# ---- output range ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OutputRange:
    """inf and sup of f over the real line; an end is closed when f reaches it, ``*_at`` is where an
    interior extremum lies (None for a flat stretch, an asymptote or an unbounded end)."""

    low: float
    high: float
    low_closed: bool
    high_closed: bool
    low_at: float | None = None
    high_at: float | None = None

    def text(self) -> str:
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        return f"{left}{num(self.low)}, {num(self.high)}{right}"


def _zoom(act: Activation, values: dict[str, Any], x0: float, step: float, sign: float) -> tuple[float, float]:
    """Refine an interior minimum (sign 1) or maximum (sign -1) found on the grid: three rounds of 2,001
    points, each 1,000 times finer, around the best point so far (float64)."""
    best_x = x0
    for _ in range(3):
        xs = np.linspace(best_x - step, best_x + step, 2001)
        f = evaluate(act, values, order=0, device="cpu", dtype="float64", x=xs).f
        i = int(np.nanargmin(sign * f))
        best_x, best_f, step = float(xs[i]), float(f[i]), step / 1000.0
    return best_x, best_f


def _extreme(
    act: Activation, values: dict[str, Any], x: np.ndarray, f: np.ndarray, sign: float
) -> tuple[float, bool, float | None]:
    """The inf (sign 1) or sup (sign -1) of f, whether f reaches it, and where an interior one lies."""
    limits = act.asymptotes(values)
    finite = np.isfinite(f)
    for edge, inner, limit in ((0, 1, limits[0]), (-1, -2, limits[1])):
        if limit is None and sign * (f[edge] - f[inner]) < -1e-12 * max(1.0, abs(f[edge])):
            return -sign * math.inf, False, None  # still moving outwards at ±WIDE with no finite limit
    i = int(np.argmin(np.where(finite, sign * f, np.inf)))
    value = float(f[i])
    tol = 1e-12 * max(1.0, abs(value))
    reached = [lim for lim in limits if lim is not None and sign * lim <= sign * value + tol]
    if reached:
        return float(reached[0]), False, None  # approached, never reached
    near = x[finite & (np.abs(f - value) <= tol)]
    if near.max() - near.min() > 2 * FINE_STEP:
        return value, True, None  # a flat stretch
    for k in act.kinks(values):
        if abs(x[i] - k) <= 2 * FINE_STEP:
            return value, True, float(k)
    step = float(max(x[i] - x[max(i - 1, 0)], x[min(i + 1, len(x) - 1)] - x[i]))
    at, best = _zoom(act, values, float(x[i]), step, sign)
    return best, True, at


def output_range(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> OutputRange:
    """inf and sup of f for these parameters: the grid's extremes, refined where they lie inside; the
    registry's asymptotes give the open ends; an end still moving at ±WIDE is infinite."""
    act = resolve_activation(activation)
    values = _fixed(act, checked_params(act, params))
    x, f, _ = _curve(act, values)
    low, high = _extreme(act, values, x, f, 1.0), _extreme(act, values, x, f, -1.0)
    return OutputRange(low[0], high[0], low[1], high[1], low[2], high[2])


def range_text(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> str:
    """The output range as the notes print it, e.g. ``[-0.2785, ∞)``."""
    act = resolve_activation(activation)
    values = checked_params(act, params)
    if act.range_template:
        return act.range_template.format(**{k: num(float(v)) for k, v in values.items()})
    return output_range(act, values).text()


def extremum_facts(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> list[Fact]:
    """Where an interior minimum or maximum lies, to six digits; for an entry with an approximation, both forms'."""
    act = resolve_activation(activation)
    values = checked_params(act, params)
    if act.range_template:  # a range with a gap (Threshold): its inf is approached, not reached at the kink
        return []
    forms: list[tuple[str | None, str, dict[str, Any]]] = [(None, "", values)]  # (form, its parameter, values)
    if act.approximation is not None:
        a = act.approximation
        forms = [(form, a.param, {**values, a.param: form}) for form in (a.exact, a.approximate)]
    facts = []
    for form, param, form_values in forms:
        r = output_range(act, form_values)
        for kind, value, at in (("minimum", r.low, r.low_at), ("maximum", r.high, r.high_at)):
            if at is None:
                continue
            if form is None:
                template = MINIMUM if kind == "minimum" else MAXIMUM
                facts.append(Fact(template, (num(value, 6), num(at, 6))))
            else:
                template = FORM_MINIMUM if kind == "minimum" else FORM_MAXIMUM
                facts.append(Fact(template, (num(value, 6), num(at, 6), param, str(form))))
    return facts


# ---- monotonic, zero-centred, N(0, 1) moments --------------------------------------------------------------

Direction = Literal["increasing", "non-decreasing", "decreasing", "non-increasing", "constant", "no"]
STRICT_REACH = 12.0  # flat steps beyond this count as float64 rounding (tanh(20) is exactly 1.0), not as flat parts


@dataclass(frozen=True)
class Monotonicity:
    """``direction``; when it is "no", the downward (or upward) ``jumps`` at kinks as (x, size), else the
    x where f turns (its interior extrema)."""

    direction: Direction
    jumps: tuple[tuple[float, float], ...] = ()
    turns: tuple[float, ...] = ()


def _tolerance(f: np.ndarray, resolution: float) -> np.ndarray:
    tolerance: np.ndarray = 4.0 * resolution * np.maximum(1.0, np.abs(f))
    return tolerance


def kink_jumps(
    activation: ActivationRef, params: Mapping[str, Any] | None = None, resolution: float = 1e-12
) -> list[tuple[float, float]]:
    """(x, f just right of x − f just left of x) at each registry kink where f jumps by more than
    ``resolution`` × max(1, |f|); "just" is the neighbouring float64 number, so even Softplus' 2e-9 drop at its
    default switch (x = 20) shows."""
    act = resolve_activation(activation)
    values = _fixed(act, checked_params(act, params))
    found = []
    for k in sorted({float(k) for k in act.kinks(values) if math.isfinite(k)}):
        xs = [np.nextafter(k, -math.inf), k, np.nextafter(k, math.inf)]
        f = evaluate(act, values, order=0, device="cpu", dtype="float64", x=xs).f
        size = float(f[2] - f[0])
        if abs(size) > _tolerance(f[1:2], resolution)[0]:
            found.append((k, size))
    return found


def monotonicity(activation: ActivationRef, params: Mapping[str, Any] | None = None, resolution: float = 1e-12) -> Monotonicity:
    """Whether f never falls (non-decreasing; increasing if it never stays flat either) or never rises.

    Changes smaller than ``resolution`` × max(1, |f|) count as none: pass the machine epsilon of the
    precision on screen to ignore what that precision cannot show (Softplus' switch at threshold 20
    lowers f by 2e-9: real in float64, invisible in float32).
    """
    act = resolve_activation(activation)
    values = _fixed(act, checked_params(act, params))
    x, f, _ = _curve(act, values)
    keep = np.isfinite(f)
    x, f = x[keep], f[keep]
    steps = np.diff(f)
    tol = _tolerance(np.maximum(np.abs(f[:-1]), np.abs(f[1:])), 1e-12)  # the grid's own steps: float64 rounding
    jumps = kink_jumps(act, values, resolution)
    up = (steps > tol).any() or any(size > 0 for _, size in jumps)
    down = (steps < -tol).any() or any(size < 0 for _, size in jumps)
    inner = (np.abs(x[:-1]) <= STRICT_REACH) & (np.abs(x[1:]) <= STRICT_REACH)
    flat = (steps[inner] == 0.0).any()  # ReLU's, Hardtanh's flat parts are exactly flat
    if not up and not down:
        return Monotonicity("constant")
    if not down:
        return Monotonicity("non-decreasing" if flat else "increasing")
    if not up:
        return Monotonicity("non-increasing" if flat else "decreasing")
    rising = f[-1] >= f[0]
    against = tuple((k, size) for k, size in jumps if (size < 0) == rising)
    if against:
        return Monotonicity("no", jumps=against)
    r = output_range(act, values)
    return Monotonicity("no", turns=tuple(t for t in (r.low_at, r.high_at) if t is not None))


def is_odd(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> bool:
    """f(−x) = −f(x) on the grid (to 1e-12 of |f|): symmetric inputs give outputs centred on 0."""
    act = resolve_activation(activation)
    x, f, _ = _curve(act, _fixed(act, checked_params(act, params)))
    right = np.flatnonzero(x >= 0)[::4]  # every 4th point suffices (a tenth of the time) and stays symmetric
    mirror = np.searchsorted(x, -x[right][::-1])[::-1]  # the even grid is symmetric; points beside a kink may have none
    has = (mirror < x.size) & (x[np.minimum(mirror, x.size - 1)] == -x[right])
    return analysis.odd_values(f[right[has]], f[mirror[has]])


def normal_moments(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> tuple[float, float]:
    """Mean and standard deviation of f(X) for X ~ N(0, 1), by the trapezoid rule on [−12, 12] (float64)."""
    act = resolve_activation(activation)
    values = _fixed(act, checked_params(act, params))
    x = np.linspace(-12.0, 12.0, 24_001)  # step 1e-3: 4 digits even across a kink
    f = evaluate(act, values, order=0, device="cpu", dtype="float64", x=x).f
    w = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    mean = float(np.trapezoid(w * f, x))
    var = float(np.trapezoid(w * (f - mean) ** 2, x))
    return mean, math.sqrt(max(var, 0.0))


def zero_gradient_spans(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> list[tuple[float, float]]:
    """The x stretches (wider than a grid step) where autograd's f′ is exactly 0 in float64, looked for on
    |x| ≤ STRICT_REACH; ±inf for an end that runs off there (inputs landing there get no gradient: a dead unit)."""
    act = resolve_activation(activation)
    x, _, df = _curve(act, _fixed(act, checked_params(act, params)), order=1)
    near = np.abs(x) <= STRICT_REACH  # beyond, float64 itself rounds σ′ and tanh′ to 0: engine.float_limits' business
    x, df = x[near], df[near]
    zero = np.concatenate(([False], df == 0.0, [False]))
    starts = np.flatnonzero(~zero[:-1] & zero[1:])
    stops = np.flatnonzero(zero[:-1] & ~zero[1:]) - 1
    spans = []
    for i, j in zip(starts, stops, strict=True):
        if x[j] - x[i] <= 2 * FINE_STEP:
            continue
        spans.append((-math.inf if i == 0 else float(x[i]), math.inf if j == len(x) - 1 else float(x[j])))
    return spans


def zero_gradient_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Fact:
    spans = zero_gradient_spans(activation, params)
    if not spans:
        return Fact(NO_ZERO_GRADIENT)
    words = []
    for lo, hi in spans:
        if math.isinf(lo):
            words.append(f"x ≤ {num(hi)}")
        elif math.isinf(hi):
            words.append(f"x ≥ {num(lo)}")
        else:
            words.append(f"{num(lo)} ≤ x ≤ {num(hi)}")
    dead = any(math.isinf(lo) or math.isinf(hi) for lo, hi in spans)
    return Fact(ZERO_GRADIENT_DEAD if dead else ZERO_GRADIENT, ("; ".join(words),))


# ---- kinks, approximations, float32 parameters --------------------------------------------------------------


def _apart(a: float, b: float) -> tuple[str, str]:
    """``a`` and ``b`` with enough digits (4 to 12) to tell them apart when they differ."""
    for digits in range(4, 13):
        left, right = num(a, digits), num(b, digits)
        if left != right or a == b:
            break
    return left, right


def kink_facts(
    activation: ActivationRef, params: Mapping[str, Any] | None = None, dtype: str = "float64", resolution: float = 1e-12
) -> list[Fact]:
    """Every registry kink with f's jump (when larger than ``resolution``), f′'s one-sided limits and the value
    autograd uses there in ``dtype``."""
    act = resolve_activation(activation)
    values = _fixed(act, checked_params(act, params))
    jumps = dict(kink_jumps(act, values, resolution))
    facts = []
    for k in analysis.kink_marks(act, values, -math.inf, math.inf, device="cpu", dtype=dtype):
        derivative = (*_apart(k.df_left, k.df_right), num(k.df))
        if k.x in jumps:
            xs = [np.nextafter(k.x, -math.inf), np.nextafter(k.x, math.inf)]
            f = evaluate(act, values, order=0, device="cpu", dtype="float64", x=xs).f
            facts.append(Fact(JUMP, (num(k.x), *_apart(float(f[0]), float(f[1])), *derivative)))
        else:
            facts.append(Fact(KINK, (num(k.x), *derivative)))
    return facts


def approximation_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Fact | None:
    """How far the registry's approximation strays from the exact form on [−10, 10]: max |Δf| and max |Δf′|."""
    act = resolve_activation(activation)
    if act.approximation is None:
        return None
    _, df, ddf = analysis.exact_minus_approximation(act, params, -10.0, 10.0, 20_001)
    i, j = int(np.nanargmax(np.abs(df))), int(np.nanargmax(np.abs(ddf)))
    x = np.linspace(-10.0, 10.0, 20_001)
    return Fact(
        APPROXIMATION,
        (act.approximation.approximate, num(abs(df[i]), 3), num(x[i]), num(abs(ddf[j]), 3), num(x[j])),
    )


def float32_gradient_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Fact | None:
    """For an entry whose backward rounds a parameter to float32: whether the current value survives that."""
    act = resolve_activation(activation)
    name = act.float32_gradient_param
    if not name:
        return None
    value = float(checked_params(act, params)[name])
    exact = float(np.float32(value)) == value
    return Fact(FLOAT32_EXACT if exact else FLOAT32_ROUNDED, (name, num(value, 6)))


# ---- the templates (the translation file reads TEMPLATES) -----------------------------------------------------

MINIMUM = "minimum {0} at x = {1}"
MAXIMUM = "maximum {0} at x = {1}"
FORM_MINIMUM = "minimum {0} at x = {1} ({2} = {3})"
FORM_MAXIMUM = "maximum {0} at x = {1} ({2} = {3})"
MONOTONIC = {
    "increasing": "yes, increasing",
    "non-decreasing": "yes, non-decreasing (it never falls; flat stretches and upward jumps allowed)",
    "decreasing": "yes, decreasing",
    "non-increasing": "yes, non-increasing (it never rises; flat stretches and downward jumps allowed)",
    "constant": "constant",
}
NOT_MONOTONIC_JUMP = "no: f jumps back by {0} at x = {1}"
NOT_MONOTONIC_TURN = "no: f turns at x = {0}"
NOT_MONOTONIC = "no"
ODD = "yes: f(−x) = −f(x), so inputs symmetric about 0 give outputs centred on 0"
NOT_ODD = "no: f(−x) ≠ −f(x)"
MOMENTS = "mean {0}, std {1}"
KINK = "x = {0}: f′ goes from {1} to {2}; autograd uses {3}"
JUMP = "x = {0}: f jumps from {1} to {2}; f′ goes from {3} to {4}; autograd uses {5}"
APPROXIMATION = "exact − {0}: f differs by up to {1} (x = {2}), f′ by up to {3} (x = {4})"
FLOAT32_EXACT = "{0} = {1} is a float32 number: PyTorch's float64 gradient is accurate to float64"
FLOAT32_ROUNDED = (
    "{0} = {1} is not a float32 number and PyTorch's backward rounds it to float32: "
    "the gradient is only float32-accurate, even in float64"
)
ZERO_GRADIENT = "f′ is exactly 0 for {0}: no gradient passes there"
ZERO_GRADIENT_DEAD = "f′ is exactly 0 for {0}: a unit whose inputs all land there gets no gradient and can die"
NO_ZERO_GRADIENT = "nowhere (except at single points): no dead neurons"

TEMPLATES: tuple[str, ...] = (
    MINIMUM,
    MAXIMUM,
    FORM_MINIMUM,
    FORM_MAXIMUM,
    *MONOTONIC.values(),
    NOT_MONOTONIC_JUMP,
    NOT_MONOTONIC_TURN,
    NOT_MONOTONIC,
    ODD,
    NOT_ODD,
    MOMENTS,
    KINK,
    JUMP,
    APPROXIMATION,
    FLOAT32_EXACT,
    FLOAT32_ROUNDED,
    ZERO_GRADIENT,
    ZERO_GRADIENT_DEAD,
    NO_ZERO_GRADIENT,
)


def monotonic_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None, resolution: float = 1e-12) -> Fact:
    m = monotonicity(activation, params, resolution)
    if m.direction != "no":
        return Fact(MONOTONIC[m.direction])
    if m.jumps:
        x, size = m.jumps[0]
        return Fact(NOT_MONOTONIC_JUMP, (num(abs(size)), num(x)))
    if m.turns:
        return Fact(NOT_MONOTONIC_TURN, (", ".join(num(t) for t in m.turns),))
    return Fact(NOT_MONOTONIC)


def zero_centred_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Fact:
    return Fact(ODD if is_odd(activation, params) else NOT_ODD)


def moments_fact(activation: ActivationRef, params: Mapping[str, Any] | None = None) -> Fact:
    mean, std = normal_moments(activation, params)
    return Fact(MOMENTS, (num(mean, 3), num(std, 4)))
