"""One plot look: every plot of every tab, and the "screen" export, are light with dark axes and an opaque grid."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QImage

from gui.common.compute_tab import ComputeTab
from gui.common.theme import BACKGROUND, FOREGROUND

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(main_window, qtbot):
    window = main_window
    for index in range(window.tabs.count()):  # every tab shown once: the depth tab runs on first sight
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            assert tab.wait_idle(120)
    return window


def plot_items(view: pg.GraphicsView) -> list[pg.PlotItem]:
    return [item for item in view.scene().items() if isinstance(item, pg.PlotItem)]


def test_every_plot_in_every_tab_is_light_with_dark_axes_and_an_opaque_grid(window):
    white, dark = QColor(BACKGROUND), QColor(FOREGROUND)
    seen = {}
    for tab in window.lab_tabs():
        views = tab.findChildren(pg.GraphicsView)
        plots = [plot for view in views for plot in plot_items(view)]
        seen[tab.title()] = len(plots)
        for view in views:
            assert view.backgroundBrush().color().rgb() == white.rgb(), f"{tab.title()}: a dark plot background"
        for plot in plots:
            # a colour bar is a PlotItem too: its one shown axis is its own
            axes = [plot.axis] if isinstance(plot, pg.ColorBarItem) else [plot.getAxis(s) for s in ("left", "bottom")]
            for axis in axes:
                assert axis.pen().color().rgb() == dark.rgb(), f"{tab.title()}: a light axis on white"
                assert axis.textPen().color().rgb() == dark.rgb(), f"{tab.title()}: light numbers on white"
                assert axis.grid in (False, 255), f"{tab.title()}: a translucent grid (alpha {axis.grid})"
    assert seen["Initialisation"] >= 1 and seen["Through depth"] >= 5 and seen["Activations"] >= 3


def test_screen_export_of_each_tab_has_the_background_the_tab_shows(window):
    from gui.export.formats import figure_image

    for tab in window.lab_tabs():
        shown = tab.findChildren(pg.GraphicsView)[0].backgroundBrush().color()
        image = figure_image(tab.figure_spec(), width=400, height=300, style="screen")
        for x, y in ((1, 1), (398, 298)):
            assert image.pixelColor(x, y).rgb() == shown.rgb(), tab.title()


@pytest.mark.subprocess
def test_command_line_screen_image_has_the_apps_light_background(tmp_path):
    out = tmp_path / "relu.png"
    proc = subprocess.run(
        [sys.executable, "main.py", "export", "--activation", "relu", "--out", str(out), "--width", "400", "--height", "300"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert image.pixelColor(1, 1).rgb() == QColor(BACKGROUND).rgb()


def test_depth_heat_map_and_layer_line_read_on_white(window):
    depth = next(t for t in window.lab_tabs() if t.title() == "Through depth")
    lut = depth.plots.colour_bar.colorMap().getLookupTable(nPts=256)
    empty, peak = QColor(*lut[0][:3]), QColor(*lut[-1][:3])
    # an empty bin fades into the white plot, the peak is the darkest colour
    assert empty.lightness() > 240 and peak.lightness() < 60
    assert depth.plots.layer_line.pen.color().lightness() < 200  # not white on a white-ish map


def test_log_axes_keep_to_decades_so_the_grid_stays_sparse(qapp):
    from gui.common.theme import style_axes

    plot = pg.PlotItem()
    style_axes(plot)
    plot.setLogMode(y=True)
    levels = plot.getAxis("left").tickValues(-7.0, 0.0, 400)  # 10⁻⁷ to 1 over 400 px
    values = [v for _, level in levels for v in level]
    assert len(values) >= 2 and all(float(v).is_integer() for v in values)  # no lines at 2, 3, ... 9 × 10ᵏ
