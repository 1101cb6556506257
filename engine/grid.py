"""The x grid an activation is evaluated on: built in float64, checked against the dtype, with the kinks on it.

:func:`decimal_grid` gives ``points`` evenly spaced values from ``x_min`` to ``x_max`` as the
nearest float64 to each decimal a person would write (``-5.994``, not ``-5.99399995803833``
or ``-5.994000000000001``); :func:`with_anchors` moves the nearest interior point onto 0 and
onto each kink so that the kink is evaluated exactly; :func:`check_range` refuses an x range
the dtype cannot hold, and :func:`distinct_in_dtype` counts how many points the dtype keeps apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import numpy as np
import torch

from engine.errors import EngineError

_EXACT = 2**53  # integers below this are exact in float64


def dtype_max(tdtype: torch.dtype) -> float:
    """The largest finite value of ``tdtype`` (65,504 for float16)."""
    return float(torch.finfo(tdtype).max)


def check_range(field: str, values: np.ndarray | float, tdtype: torch.dtype, dtype_name: str) -> None:
    """EngineError naming ``field`` if a value lies beyond what ``tdtype`` can hold (it would become ±inf)."""
    limit = dtype_max(tdtype)
    flat = np.atleast_1d(np.asarray(values, dtype=np.float64))
    worst = float(flat[np.argmax(np.abs(flat))])
    if abs(worst) > limit:
        raise EngineError(
            field,
            f"{worst:g} is beyond what {dtype_name} can hold (±{limit:.5g}): choose smaller values or a wider dtype",
        )


def _scaled_integer(value: float, digits: int) -> int | None:
    scaled = Decimal(repr(value)).scaleb(digits)
    return int(scaled) if scaled == scaled.to_integral_value() else None


def decimal_grid(x_min: float, x_max: float, points: int) -> np.ndarray:
    """``points`` evenly spaced float64 values, each the correctly rounded ``x_min + i·(x_max − x_min)/(points − 1)``.

    With ``x_min`` and ``x_max`` short decimals, ``x_i = (A·(n−1−i) + B·i) / ((n−1)·10^k)`` with
    ``A = x_min·10^k`` and ``B = x_max·10^k`` whole numbers: the numerator and denominator are exact
    float64 integers, so one division rounds the true decimal once. Otherwise (or beyond 2^53) it is
    numpy's linspace, halved when ``x_max − x_min`` would overflow float64. The endpoints are exact.
    """
    n1 = points - 1
    exponents = [Decimal(repr(v)).as_tuple().exponent for v in (x_min, x_max)]
    digits = max(0, *(-int(e) for e in exponents))
    if digits <= 17:
        a, b = _scaled_integer(x_min, digits), _scaled_integer(x_max, digits)
        denominator = n1 * 10**digits
        if a is not None and b is not None and max(abs(a), abs(b)) * n1 < _EXACT and denominator < _EXACT:
            i = np.arange(points, dtype=np.int64)
            numerator = a * (n1 - i) + b * i
            return numerator.astype(np.float64) / np.float64(denominator)
    if np.isfinite(x_max - x_min):
        grid = np.linspace(x_min, x_max, points)
    else:
        grid = 2.0 * np.linspace(x_min / 2.0, x_max / 2.0, points)
    grid[0], grid[-1] = x_min, x_max
    return grid


def with_anchors(grid: np.ndarray, anchors: Iterable[float]) -> np.ndarray:
    """``grid`` with the nearest interior point moved onto each anchor strictly inside it (0, the kinks).

    A point moves by at most half a step, so the grid stays strictly increasing; the end points
    stay where they were asked, and a point already moved is not moved again.
    """
    if grid.size < 3:
        return grid
    out = grid.copy()
    moved: set[int] = set()
    for a in sorted({float(v) for v in anchors}):
        if not grid[0] < a < grid[-1]:
            continue
        j = int(np.searchsorted(grid, a))
        if grid[j] == a:
            continue
        if j > 0 and a - grid[j - 1] < grid[j] - a:
            j -= 1
        j = min(max(j, 1), grid.size - 2)
        if j in moved:
            continue
        out[j] = a
        moved.add(j)
    return out


def distinct_in_dtype(grid: np.ndarray, tdtype: torch.dtype) -> int:
    """How many different values ``grid`` (increasing) keeps once rounded to ``tdtype``."""
    cast = torch.as_tensor(grid).to(tdtype)
    return int(torch.unique_consecutive(cast).numel())
