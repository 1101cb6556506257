"""On a small screen the race's curves and last maps are below the fold: the tab draws a frame only into the cells in
view, so what the user scrolls to must show the race as it is now, not as it was when it left the view."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint

from engine.race import MAP_VIEW, run_race
from gui.race.tab import RaceTab
from gui.race.views import rgba_of
from states.race import RaceState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RACERS = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu"]


def below_the_fold(tab: RaceTab, cell) -> bool:
    port = tab.grid.viewport()
    return cell.mapTo(port, QPoint(0, 0)).y() >= port.height()


@pytest.fixture
def tab(qtbot):
    tab = RaceTab()
    qtbot.addWidget(tab)
    tab.resize(1024, 600)  # a netbook's screen: three rows of cells do not fit
    tab.show()
    tab.set_compute("cpu", "float32")
    yield tab
    tab.cancel()
    tab.wait_idle(60)


def test_the_curves_and_a_map_scrolled_into_view_show_the_epochs_trained_while_they_were_out_of_view(tab, qtbot):
    tab.show_state(RaceState.build({"preset": "", "activations": RACERS, "hidden": [8, 8, 8], "epoch": 2}))
    assert tab.wait_idle(60) and tab.problem() == ""
    last_map = tab.maps[5]
    assert below_the_fold(tab, tab.curves) and below_the_fold(tab, last_map)
    tab.step(3)  # trained and drawn while the curves and the last map are out of view
    assert tab.wait_idle(60) and tab.epoch() == 5
    bar = tab.grid.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert not below_the_fold(tab, tab.curves) and not below_the_fold(tab, last_map)
    expected = run_race(tab.state().race(), epochs=5, view=MAP_VIEW)  # the same race from its seed, bit for bit
    for k, curve in enumerate(tab.curves.loss_curves):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, np.arange(6))
        np.testing.assert_array_equal(y, [s.train_loss for s in expected.histories[k]])
    snap = expected.snapshots[5]
    np.testing.assert_array_equal(last_map.image.image, rgba_of(snap.output.T, *snap.levels))
