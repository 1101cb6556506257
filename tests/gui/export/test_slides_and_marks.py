"""Figures for slides (16:9 presets, panels side by side, readable ticks), the explorer's kink marks in every
export, and user text shown as text (never as markup) in exported figures and the export dialog."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

import engine
from engine.analysis import Kink
from figures.builders import activation_figure, kink_markers
from figures.spec import FigureSpec, Panel, Series
from gui.export.dialog import ExportDialog
from gui.export.formats import figure_svg_text
from gui.export.render import render_scene
from gui.export.size import PRESETS, panel_grid
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def panels(n: int) -> FigureSpec:
    x = np.linspace(0.0, 1.0, 11)
    return FigureSpec("n panels", [Panel(f"p{i}", "x", "y", [Series("s", x, x * i)]) for i in range(n)], share_x=False)


@pytest.mark.parametrize("n,grid", [(1, (1, 1)), (2, (1, 2)), (3, (2, 2)), (5, (2, 3))])
def test_a_16_by_9_picture_sets_panels_side_by_side(n, grid):
    assert panel_grid(n, 1920, 1080) == grid
    assert panel_grid(n, 960, 300 * n + 50) == (n, 1)  # the natural (portrait) size keeps one column


def test_on_the_1920_slide_tick_labels_are_at_least_24_pixels_tall():
    preset = PRESETS["slide"]
    renderer = render_scene(panels(5), "screen", (preset.width, preset.height), preset.scale, False, preset.scale)
    try:
        pixels_per_unit = preset.width / renderer.widget.width()
        for plot in renderer.plots:
            for name in ("left", "bottom"):
                assert plot.getAxis(name).style["tickFont"].pixelSize() * pixels_per_unit >= 24
        tops = [round(p.sceneBoundingRect().top()) for p in renderer.plots]
        assert tops[0] == tops[1] == tops[2] and tops[3] == tops[4] > tops[0]  # 2 rows of 3
    finally:
        renderer.close()


def relu_kink() -> Kink:
    return Kink(x=0.0, f=0.0, df=0.0, df_left=0.0, df_right=1.0, f_left=0.0, f_right=0.0)


def test_kink_markers_put_f_on_the_f_row_and_autograd_with_both_limits_on_the_f_prime_row():
    rows = kink_markers([relu_kink()], color=2, label_format="autograd: f′({x}) = {value}")
    assert [(m.x, m.y, m.hollow) for m in rows["f"]] == [(0.0, 0.0, False)]
    assert sorted((m.y, m.hollow) for m in rows["df"]) == [(0.0, False), (0.0, True), (1.0, True)]
    assert [m.text for m in rows["df"] if m.text] == ["autograd: f′(0) = 0"]
    assert "df" not in kink_markers([relu_kink()], 2, on_df=False)  # log |f′|: no place for f′ = 0


def test_an_exported_figure_draws_the_kink_label_it_was_given():
    curve = engine.evaluate("relu", x_min=-1, x_max=1, points=21, order=1, device="cpu", dtype="float64")
    spec = activation_figure([curve], show_second=False, markers=kink_markers([relu_kink()], 0, "autograd: f′({x}) = {value}"))
    assert "autograd: f′(0) = 0" in figure_svg_text(spec, width=600, style="screen")


def test_the_screen_export_of_the_explorer_keeps_the_kink_dots_and_the_autograd_label(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.load()
    tab = window.current_tab()
    tab.select_curve(tab.add_curve("relu"))
    spec = tab.figure_spec()
    f_panel, df_panel = spec.panels[0], spec.panels[1]
    assert any(m.x == 0.0 and m.y == 0.0 for m in f_panel.markers)
    assert any(m.text.startswith("autograd") for m in df_panel.markers)


def test_markup_in_a_series_label_is_drawn_as_text_not_rendered():
    x = np.linspace(0.0, 1.0, 5)
    spec = FigureSpec("t", [Panel("p", "x", "y", [Series("1,2,<h1>BIG</h1>", x, x), Series("<b>b</b>", x, 1 - x)])])
    svg = figure_svg_text(spec, width=600, style="screen")
    assert "&lt;h1&gt;BIG&lt;/h1&gt;" in svg or "&amp;lt;h1&amp;gt;" in svg
    assert "<h1>" not in svg


def test_the_export_dialog_shows_the_figure_title_as_plain_text(qtbot):
    dialog = ExportDialog(panels(1).__class__("1,2,<h1>BIG</h1>", panels(1).panels))
    qtbot.addWidget(dialog)
    titles = [w for w in dialog.findChildren(QLabel) if "BIG" in w.text()]
    assert titles and all(w.textFormat() == Qt.TextFormat.PlainText for w in titles)


def test_the_export_dialog_offers_the_slide_presets(qtbot):
    dialog = ExportDialog(panels(3))
    qtbot.addWidget(dialog)
    dialog.slide_radio.setChecked(True)
    options = dialog.options()
    assert (options["width"], options["height"]) == (1920, 1080) and options["scale"] == 2.0
