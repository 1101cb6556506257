"""Small rules that make an exported figure fit for a slide: smooth maps, whole-number ticks for counts.

- :func:`upsampled`: a smooth field sampled on a coarse grid (the decision map) interpolated bilinearly
  to about :data:`SMOOTH_PX` samples a side, so it reads as a field at any export size instead of
  blocks (viewers and printers scale an embedded image with nearest pixels or their own filter).
- :func:`integer_step`: the tick spacing of an axis whose values are whole numbers (layers, epochs,
  vector indices): 1, 2, 5, 10, … so the labels read 1, 2, 3 and never 1.0, 1.5.
"""

from __future__ import annotations

import math

import numpy as np

SMOOTH_PX = 480  # samples per side of an interpolated map: finer than a slide's map panel
MAX_TICKS = 8


def _resample(values: np.ndarray, size: int, axis: int) -> np.ndarray:
    n = values.shape[axis]
    if n < 2 or size <= n:
        return values
    # sample centres: the image's cells stay where they were (cell i spans [i, i + 1) of n)
    old = (np.arange(n) + 0.5) / n
    new = (np.arange(size) + 0.5) / size
    moved = np.moveaxis(values, axis, -1)
    out = np.empty(moved.shape[:-1] + (size,))
    for index in np.ndindex(moved.shape[:-1]):
        out[index] = np.interp(new, old, moved[index])
    return np.moveaxis(out, -1, axis)


def upsampled(values: np.ndarray, target: int = SMOOTH_PX) -> np.ndarray:
    """``values`` (2-D) interpolated bilinearly to about ``target`` samples along its longer side (at least as
    many as it has); non-finite cells stay non-finite."""
    values = np.asarray(values, dtype=np.float64)
    factor = max(1, math.ceil(target / max(values.shape)))
    if factor == 1:
        return values
    rows, cols = values.shape[0] * factor, values.shape[1] * factor
    return _resample(_resample(values, rows, 0), cols, 1)


def integer_step(low: float, high: float, max_ticks: int = MAX_TICKS) -> int | None:
    """A whole-number tick spacing (1, 2, 5, 10, 20, …) giving at most ``max_ticks`` ticks over [low, high];
    None when the range is empty or not finite."""
    span = high - low
    if not (math.isfinite(span) and span > 0):
        return None
    step = 1
    while span / step > max_ticks:
        for factor in (2, 2.5, 2):  # 1 → 2 → 5 → 10 → 20 → 50 …
            step = round(step * factor)
            if span / step <= max_ticks:
                break
    return step


def whole_numbers(arrays: list[np.ndarray]) -> bool:
    """Whether every finite value of ``arrays`` is a whole number (and there is at least one)."""
    data = np.concatenate([np.asarray(a, dtype=np.float64).ravel() for a in arrays]) if arrays else np.empty(0)
    data = data[np.isfinite(data)]
    return data.size > 0 and bool(np.all(data == np.round(data)))
