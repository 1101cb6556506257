"""Axis ranges that grow in steps while a run plays, instead of following every new epoch.

pyqtgraph's auto range moved the history plots' view on every frame: each epoch widened the
x range and moved the loss's lower end, so the axes regenerated their ticks, the layout
changed and the plots were painted twice per frame (issue 23: the loss and accuracy plots were
the training tab's costliest paint, 6 ms of about 12 a frame at [8, 8, 8]). :class:`SteppedRange`
sets the range itself to "nice" bounds (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ᵏ) that
change only when the data outgrow them. It gives way to the user: an axis zoomed or panned with
the mouse keeps the user's range until pyqtgraph's auto range is switched on again (the "A"
button or the menu's View All), from which point it steps again.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg

HEADROOM = 1.1  # the top at least 10 % above the largest value: epoch 0's dot sat on the edge at a nice number
STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The least of ``STEPS × 10ᵏ`` at or above ``value`` (> 0)."""
    power = 10.0 ** math.floor(math.log10(value))
    for step in STEPS:
        if step * power >= value * (1 - 1e-12):
            return step * power
    return 10.0 * power  # not reached: STEPS ends at 10


class SteppedRange:
    """Keeps ``plot``'s x range at ``[0, nice_ceiling(last x)]`` and, unless ``fixed_y``, its y range at nice bounds of
    the data: ``[0, nice_ceiling(max)]`` (``zero_y``) or whole decades around the data (``log_y``)."""

    def __init__(self, plot: pg.PlotItem, *, zero_y: bool = False, log_y: bool = False, fixed_y: bool = False):
        self.plot, self.zero_y, self.log_y, self.fixed_y = plot, zero_y, log_y, fixed_y
        self.vb = plot.getViewBox()
        self.user = [False, False]  # an axis the user zoomed or panned: left alone until auto range is asked for
        self.vb.sigRangeChangedManually.connect(self._by_user)
        self.vb.enableAutoRange(x=False, y=False if not fixed_y else None)
        self._shown: tuple[tuple[float, float] | None, tuple[float, float] | None] = (None, None)

    def _by_user(self, mask) -> None:
        for axis, changed in enumerate(mask):
            if changed:
                self.user[axis] = True

    def _reclaim(self, axis: int) -> bool:
        """True when auto range was switched on for ``axis`` (the "A" button, View All): it follows the data again."""
        if not self.vb.autoRangeEnabled()[axis]:
            return False
        self.user[axis] = False
        self.vb.enableAutoRange(axis=axis, enable=False)
        return True

    def update(self, last_x: float, ys: list[np.ndarray]) -> None:
        """Follow data ending at ``last_x`` whose y values are ``ys`` (finite values only; log: > 0)."""
        x_range = (0.0, nice_ceiling(max(last_x, 1.0)))
        y_range = None if self.fixed_y else self._y_range(ys)
        ranges = [x_range, y_range]
        moved = False
        for axis in (0, 1):
            wanted = ranges[axis]
            reclaimed = self._reclaim(axis)
            if wanted is None or self.user[axis] or (wanted == self._shown[axis] and not reclaimed):
                continue
            moved = True
            if axis == 0:
                self.vb.setXRange(*wanted, padding=0.02)
            else:
                self.vb.setYRange(*wanted, padding=0.02)
        if moved:  # the view's transform now, not when it is painted: moved then, its items were painted twice
            self.vb.updateMatrix()
        self._shown = (x_range, y_range)

    def _y_range(self, ys: list[np.ndarray]) -> tuple[float, float] | None:
        values = np.concatenate([np.asarray(y, dtype=float).ravel() for y in ys]) if ys else np.zeros(0)
        values = values[np.isfinite(values) & ((values > 0) if self.log_y else True)]
        if not values.size:
            return None
        if self.log_y:  # the view is in log10 units
            low, high = math.floor(math.log10(values.min())), math.ceil(math.log10(values.max()))
            return (float(low), float(max(high, low + 1)))
        top = float(values.max())
        bottom = 0.0 if self.zero_y else float(values.min())
        if bottom >= 0 and self.zero_y:
            return (0.0, nice_ceiling(top * HEADROOM) if top > 0 else 1.0)  # a point never on the top edge
        return (bottom, top) if top > bottom else (bottom - 0.5, top + 0.5)
