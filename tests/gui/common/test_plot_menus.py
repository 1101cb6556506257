"""A plot's right-click menu is built when first asked for, and then is pyqtgraph's own, working."""

import pyqtgraph as pg
import pytest
from pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu import ViewBoxMenu

from gui.common import plot_menus, theme  # noqa: F401 (theme installs the lazy menus, as the app does)

pytestmark = pytest.mark.gui


def test_menu_is_built_on_first_use_and_its_view_all_shows_the_data(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    vb = widget.getPlotItem().getViewBox()
    assert not plot_menus.built(vb)
    widget.getPlotItem().plot([0, 10], [0, 5])
    vb.setRange(xRange=(100, 101), yRange=(100, 101), padding=0)
    menu = vb.getMenu(None)
    assert isinstance(menu, ViewBoxMenu) and plot_menus.built(vb)
    assert vb.getMenu(None) is menu  # built once
    assert menu.viewAll.text() and vb.getContextMenus(None) == menu.actions()
    menu.viewAll.trigger()
    (x0, x1), (y0, y1) = vb.viewRange()
    assert x0 <= 0 and x1 >= 10 and y0 <= 0 and y1 >= 5


def test_a_menu_switched_off_is_never_built_and_comes_back_when_switched_on(qtbot):
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    plot = widget.getPlotItem()
    plot.setMenuEnabled(False)
    assert plot.getViewBox().menu is None
    plot.setMenuEnabled(True)
    assert isinstance(plot.getViewBox().menu, ViewBoxMenu)


def test_named_views_still_link_and_reach_a_menu_built_later(qtbot):
    a, b = pg.PlotWidget(name="lab-a"), pg.PlotWidget(name="lab-b")
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    vb_a, vb_b = a.getPlotItem().getViewBox(), b.getPlotItem().getViewBox()
    vb_b.setXLink("lab-a")
    vb_a.setXRange(3, 4, padding=0)
    assert vb_b.viewRange()[0] == pytest.approx([3, 4])
    combo = vb_b.getMenu(None).ctrl[0].linkCombo
    assert "lab-a" in [combo.itemText(k) for k in range(combo.count())]
