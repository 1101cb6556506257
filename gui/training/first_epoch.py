"""A loss chart at epoch 0: one point per curve, framed so it sits inside the chart, not on its top edge."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg

#: How far above the highest epoch-0 value the chart reaches (a share of it): the dot sits well inside.
HEADROOM = 0.25
EPOCHS_AHEAD = 5
FRAMED = "lab_first_epoch_framed"  # on the view box: its range was set here for epoch 0


def frame_epochs(plot: pg.PlotItem, epochs: np.ndarray, values: Sequence[np.ndarray], frame_y: bool = True) -> None:
    """With one epoch shown: x from just before it to :data:`EPOCHS_AHEAD` epochs on (whole-number ticks, where
    the next epochs will come), and (``frame_y``) y from 0 (or the lowest value, if negative) to the highest value
    plus :data:`HEADROOM`. With more epochs, pyqtgraph's auto-range again. Auto-range on a single point gives a
    range of almost no height with the point on its top edge, and ticks at −0.4 … 0.4 epochs."""
    box = plot.getViewBox()
    shown = [np.asarray(v, dtype=float) for v in values if len(v)]
    finite = np.concatenate(shown)[np.isfinite(np.concatenate(shown))] if shown else np.empty(0)
    if len(np.unique(epochs)) == 1 and finite.size:
        epoch = float(epochs[0])
        box.setXRange(epoch - 0.5, epoch + EPOCHS_AHEAD, padding=0)
        if frame_y:
            low, high = min(0.0, float(finite.min())), max(0.0, float(finite.max()))
            box.setYRange(low, high + HEADROOM * (high - low or 1.0), padding=0.05)
        box.setProperty(FRAMED, True)
    elif box.property(FRAMED):  # the second epoch: auto-range again (once: a range the user set stays)
        box.setProperty(FRAMED, False)
        box.enableAutoRange() if frame_y else box.enableAutoRange(axis=pg.ViewBox.XAxis)
