"""Plots taken out of and placed in a pyqtgraph layout's grid (gui.common.responsive): the loss/accuracy pair and
the depth tab's plots reflow with these, and an item taken out stays in the scene to be placed again."""

from __future__ import annotations

import pyqtgraph as pg
import pytest

from gui.common.responsive import place_items, remove_items


@pytest.fixture
def layout(qapp):
    widget = pg.GraphicsLayoutWidget()
    a, b = widget.ci.addPlot(row=0, col=0), widget.ci.addPlot(row=0, col=1)
    yield widget, a, b
    widget.deleteLater()


def _in_grid(grid) -> list:
    return [grid.itemAt(index) for index in range(grid.count())]


def test_a_removed_item_leaves_the_grid_and_stays_in_the_scene(layout):
    widget, a, b = layout
    grid = widget.ci.layout
    remove_items(grid, [b])
    assert _in_grid(grid) == [a]
    assert b.scene() is widget.scene()  # not deleted: it can be placed again
    remove_items(grid, [b])  # no longer there: nothing else is touched
    assert _in_grid(grid) == [a]


def test_a_removed_item_placed_again_takes_its_new_cell_and_the_others_keep_theirs(layout):
    widget, a, b = layout
    grid = widget.ci.layout
    remove_items(grid, [b])
    place_items(grid, {b: (1, 0, 1, 1)})  # below a: accuracy under loss on a narrow window
    assert set(_in_grid(grid)) == {a, b}
    widget.resize(400, 600)
    widget.show()
    pg.QtWidgets.QApplication.processEvents()
    top, bottom = a.mapRectToScene(a.boundingRect()), b.mapRectToScene(b.boundingRect())
    assert bottom.top() >= top.bottom() and abs(bottom.left() - top.left()) < 1
