"""At epoch 0 each loss curve is one point: the chart frames it inside, not on its top edge, and auto-ranges after."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from gui.training.first_epoch import HEADROOM, frame_epochs


@pytest.fixture
def plot(qapp):
    widget = pg.PlotWidget()
    widget.resize(400, 300)
    yield widget.getPlotItem()
    widget.deleteLater()


def test_the_epoch_0_point_sits_inside_the_chart(plot):
    train, test = np.array([0.6931]), np.array([0.7012])
    plot.plot([0], train, symbol="o")
    plot.plot([0], test, symbol="o")
    frame_epochs(plot, np.array([0]), [train, test])
    (x_low, x_high), (y_low, y_high) = plot.getViewBox().viewRange()
    assert y_low <= 0 < 0.6931 and y_high >= 0.7012 * (1 + HEADROOM)  # from 0, a quarter above the higher dot
    assert x_low < 0 < x_high and x_high == pytest.approx(5)  # whole-number epoch ticks, room for the next
    assert (y_high - 0.7012) / (y_high - y_low) > 0.15  # a fifth of the height above it, not 0 as auto-range left it


def test_with_more_epochs_the_chart_auto_ranges_again(plot):
    frame_epochs(plot, np.array([0]), [np.array([0.69])])
    assert not any(plot.getViewBox().autoRangeEnabled())
    plot.plot(np.arange(50), np.linspace(0.69, 0.01, 50))
    frame_epochs(plot, np.arange(50), [np.linspace(0.69, 0.01, 50)])
    assert all(plot.getViewBox().autoRangeEnabled())
