"""A race map's training points keep the fragments pyqtgraph worked out for them while nothing changes: new points
(another dataset or seed), a new colour (View > High-contrast palette) or a new view are drawn as pyqtgraph's own
scatter draws them, pixel for pixel."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from gui.common.theme import new_map_widget
from gui.race.views import POINT_SIZE, StillPoints

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def pixels(widget) -> np.ndarray:
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab().toImage()
    return np.array(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())


@pytest.fixture
def pair(qapp):
    widgets, items = [], []
    for kind in (StillPoints, pg.ScatterPlotItem):
        widget = new_map_widget()
        widget.resize(300, 300)
        widget.show()
        item = kind(size=POINT_SIZE, brush=pg.mkBrush(QColor("#F59322")), pen=pg.mkPen("#ffffff", width=0.8))
        widget.getPlotItem().addItem(item)
        widgets.append(widget)
        items.append(item)
    for widget in widgets:
        pixels(widget)  # laid out at its size
    yield widgets, items
    for widget in widgets:
        widget.deleteLater()


def test_points_drawn_again_after_new_data_a_new_colour_and_a_new_view_are_pyqtgraphs_own(pair):
    (still, plain), items = pair
    rng = np.random.default_rng(0)

    def both(change) -> np.ndarray:
        for item in items:
            change(item)
        ours, theirs = pixels(still), pixels(plain)
        np.testing.assert_array_equal(ours, theirs)
        return ours

    start = rng.uniform(-5, 5, (2, 40))
    first = both(lambda item: item.setData(*start))
    np.testing.assert_array_equal(both(lambda item: item.update()), first)  # painted again from the kept fragments
    xy = rng.uniform(-5, 5, (2, 40))
    moved = both(lambda item: item.setData(*xy))
    assert not np.array_equal(moved, first)  # the new points, not the kept fragments of the old
    recoloured = both(lambda item: item.setBrush(pg.mkBrush(QColor("#6F2107"))))
    assert not np.array_equal(recoloured, moved)
    both(lambda item: item.getViewBox().setRange(xRange=(-3, 3), yRange=(-3, 3), padding=0))
