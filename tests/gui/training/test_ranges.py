"""The history plots' ranges grow in nice steps while a run plays, and give way to the user's zoom."""

import math

import numpy as np
import pyqtgraph as pg
import pytest

from gui.common.ranges import SteppedRange, nice_ceiling

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, 1), (1.01, 1.25), (7, 8), (8.5, 10), (10, 10), (11, 12.5), (99, 100), (101, 125), (2600, 3000), (0.031, 0.04)],
)
def test_nice_ceiling_is_the_least_step_at_or_above(value, expected):
    assert math.isclose(nice_ceiling(value), expected)


def view_range(plot, axis):
    return tuple(plot.getViewBox().viewRange()[axis])


def test_x_range_changes_only_when_the_epochs_outgrow_it_and_the_loss_starts_at_zero(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    stepped = SteppedRange(plot, zero_y=True)
    ranges = []
    for epoch in range(1, 131):
        stepped.update(epoch, [np.array([0.7, 0.2]), np.array([0.9, np.nan])])
        ranges.append(view_range(plot, 0))
    # 2 % padding around [0, ceiling]: the ceilings met from 1 to 130 epochs, each once
    changes = [r for k, r in enumerate(ranges) if k == 0 or r != ranges[k - 1]]
    ceilings = [1, 2, 3, 4, 5, 6, 8, 10, 12.5, 15, 20, 25, 30, 40, 50, 60, 80, 100, 125, 150]
    assert [round(high - (high - low) * 0.02 / 1.04, 6) for low, high in changes] == pytest.approx(ceilings)
    low, high = view_range(plot, 1)
    assert low < 0 < 0.9 * 1.04 < high < 1.1  # y: [0, 1] (the largest loss 0.9) with the padding


def test_the_users_zoom_is_kept_until_auto_range_is_asked_for(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    vb = plot.getViewBox()
    stepped = SteppedRange(plot, fixed_y=True)
    stepped.update(7, [])
    vb.setXRange(2, 3, padding=0)
    vb.sigRangeChangedManually.emit([True, False])  # what a mouse zoom emits
    stepped.update(500, [])
    assert view_range(plot, 0) == pytest.approx((2, 3))
    vb.enableAutoRange(x=True)  # the "A" button
    stepped.update(500, [])
    low, high = view_range(plot, 0)
    assert low < 0 and high == pytest.approx(500 + 500 * 0.02, rel=1e-6)


def test_the_epoch_0_loss_sits_below_the_top_edge(qtbot):
    """At epoch 0 each loss is one dot: at a nice number (1.0) it sat on the chart's top edge, hard to see."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    SteppedRange(plot, zero_y=True).update(0, [np.array([1.0]), np.array([0.98])])
    low, high = view_range(plot, 1)
    assert (high - 1.0) / (high - low) > 0.08  # the dot well inside, not on the edge


def test_a_step_moves_the_curves_at_once_not_when_the_plot_is_next_painted(qtbot):
    """The view's transform follows the new range before the paint (moved during the paint, the plot was painted twice
    at each step): a curve's last point maps to the view box's right edge without an event-loop turn."""
    from PySide6.QtCore import QPointF

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    plot = widget.getPlotItem()
    curve = plot.plot([0.0, 1.0], [0.0, 1.0])
    stepped = SteppedRange(plot, zero_y=True)
    stepped.update(1.0, [np.array([0.0, 1.0])])
    stepped.update(100.0, [np.array([0.0, 1.0])])  # x steps from [0, 1] to [0, 100]
    right = view_range(plot, 0)[1]
    edge = plot.getViewBox().sceneBoundingRect().right()
    assert curve.mapToScene(QPointF(right, 0.0)).x() == pytest.approx(edge, abs=0.5)
