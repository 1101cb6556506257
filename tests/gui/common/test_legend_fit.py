"""A legend never asks its plots' layout for more than its room: it folds into fewer columns, then wraps its texts."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from gui.common.legends import fit_legend, legend_width, set_legend_columns
from gui.common.scene_style import Restyler
from gui.common.theme import new_layout_widget

LONG = "autograd: f′(0) = 0.500000000 (central difference 0.499999998) in float64"


@pytest.fixture
def legend(qapp):
    widget = pg.GraphicsLayoutWidget()
    legend = pg.LegendItem(labelTextSize="12pt")
    widget.ci.addItem(legend, row=0, col=0)
    widget.ci.addPlot(row=1, col=0)
    yield legend
    widget.deleteLater()


def _texts(legend) -> list[float]:
    return [label.item.boundingRect().width() for _sample, label in legend.items]


def test_short_entries_take_as_many_columns_as_the_room_holds(legend):
    for name in ("tanh", "relu", "gelu", "silu"):
        legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), name)
    one_row = fit_legend(legend, 2000)
    assert one_row == 4 and legend.rowCount == 1
    width = {}
    for columns in (2, 3):
        set_legend_columns(legend, columns)
        width[columns] = legend_width(legend)
    assert width[2] < width[3] < 2000
    assert fit_legend(legend, width[2] + 1) == 2  # room for two columns, not three
    assert legend.rowCount == 2 and legend_width(legend) <= width[2] + 1
    assert fit_legend(legend, 2000, max_columns=3) == 3  # never more than the caller's columns


def test_an_entry_wider_than_the_room_wraps_and_unwraps_when_there_is_room_again(legend):
    legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), "tanh")
    legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), LONG)
    wide = fit_legend(legend, 3000)
    natural = _texts(legend)[1]
    assert wide == 2 and natural > 300
    assert fit_legend(legend, 300) == 1
    assert legend_width(legend) <= 300  # the layout's least width: what the plot column would have to take
    _short, long = legend.items
    assert long[1].item.boundingRect().width() < natural
    assert long[1].item.boundingRect().height() > _short[1].item.boundingRect().height() * 1.5  # on two lines or more
    assert long[1].effectiveSizeHint(Qt.SizeHint.MinimumSize).width() <= 300
    fit_legend(legend, 3000)
    assert _texts(legend)[1] == pytest.approx(natural)  # whole again on one line


def test_the_plots_come_back_to_the_view_s_width_when_their_least_width_shrinks(qapp):
    """pyqtgraph sizes its central layout only when the view resizes: one wider than the view then (a long note,
    a legend not yet folded) stayed wider, cut by the view's edge, after the note wrapped."""
    widget = new_layout_widget()
    try:
        widget.resize(400, 300)
        widget.show()
        note = pg.LabelItem(LONG + " " + LONG)
        widget.ci.addItem(note, row=0, col=0)
        widget.ci.addPlot(row=1, col=0)
        QApplication.processEvents()
        assert widget.ci.geometry().width() > 500  # Qt clamps the layout to its least width: wider than the view
        note.item.setTextWidth(300)
        note.updateMin()
        for _ in range(3):
            QApplication.processEvents()
        assert widget.ci.geometry().width() == pytest.approx(widget.width())
    finally:
        widget.deleteLater()


def test_an_entry_added_at_x1_5_is_drawn_at_x1_5_and_back_at_x1(legend):
    """A legend's entries added after a restyle come at its scaled size and are not scaled again (lesson 6's
    legend, refilled at ×1.5, was drawn at ×2.25)."""

    def restyle(factor: float) -> list[str]:
        restyler = Restyler(factor, {})
        for item in legend.scene().items():
            restyler.item(item)
        return [label.opts["size"] for _sample, label in legend.items]

    legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), "tanh")
    assert restyle(1.5) == ["18.0pt"]
    legend.addItem(pg.PlotDataItem([0, 1], [0, 1]), "relu")
    assert restyle(1.5) == ["18.0pt", "18.0pt"]
    assert restyle(1.0) == ["12.0pt", "12.0pt"]
