"""Each hidden unit's thumbnail in the network diagram shows its map in the diverging colours on its own symmetric
scale, NaN transparent: checked pixel by pixel against the colour table applied with numpy here."""

import numpy as np
import pytest

from engine.training import TrainConfig
from gui.training.network_view import THUMB, NetworkDiagram
from gui.training.plots import lookup_table
from gui.training.runs import TrainingRuns

pytestmark = pytest.mark.gui


def expected_rgba(values: np.ndarray) -> np.ndarray:
    table = lookup_table()
    finite = np.isfinite(values)
    top = float(np.abs(values[finite]).max()) if finite.any() else 1.0
    top = top or 1.0
    index = np.floor(np.clip((values.T + top) / (2 * top) * (len(table) - 1), 0, len(table) - 1))
    rgba = np.zeros((*values.T.shape, 4), np.uint8)
    rgba[..., :3] = table[np.where(np.isfinite(index), index, 0).astype(int), :3]
    rgba[..., 3] = np.where(finite.T, 255, 0)
    return rgba


def test_unit_thumbnails_are_their_maps_on_their_own_scale(qtbot):
    runs = TrainingRuns()
    frame = runs.step(TrainConfig(hidden=(3, 2), seed=4), False, _view(), 3, lambda *a: None, lambda: False)
    run = frame.main
    units = [np.array(layer, dtype=float) for layer in run.snapshot.units]
    units[0][1] = 0.0  # a unit that outputs 0 everywhere: scale ±1, the middle colour
    units[1][0][:5] = np.nan  # a unit with NaN cells: transparent there
    snapshot = type(run.snapshot)(**{**run.snapshot.__dict__, "units": tuple(units)})
    run = type(run)(**{**run.__dict__, "snapshot": snapshot})
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.show_run(run)
    step = max(1, snapshot.size // THUMB)
    for layer, maps in enumerate(units):
        for k, values in enumerate(maps):
            got = diagram.thumbnail(layer + 1, k)
            np.testing.assert_array_equal(got, expected_rgba(values[::step, ::step]), err_msg=f"layer {layer} unit {k}")


def _view():
    from engine.training_views import View

    return View(units=True)


def test_thumbnails_follow_each_frame_and_skip_colours_already_shown(qtbot, monkeypatch):
    import pickle

    import gui.training.thumbnails as thumbnails_module

    config = TrainConfig(hidden=(3, 2), seed=4)
    runs = TrainingRuns()
    first = runs.step(config, False, _view(), 1, lambda *a: None, lambda: False).main
    later = runs.step(config, False, _view(), 40, lambda *a: None, lambda: False).main
    diagram = NetworkDiagram()
    qtbot.addWidget(diagram)
    diagram.show_run(first)
    made = []
    real = thumbnails_module.try_make_qimage
    monkeypatch.setattr(thumbnails_module, "try_make_qimage", lambda *a, **k: made.append(1) or real(*a, **k))
    diagram.show_run(pickle.loads(pickle.dumps(first)))  # the same frame, unpickled: every colour already shown
    assert made == []
    diagram.show_run(later)  # 40 epochs on: each unit shows its new map, none the first frame's
    step = max(1, later.snapshot.size // THUMB)
    for layer, maps in enumerate(later.snapshot.units):
        for k, values in enumerate(maps):
            got = diagram.thumbnail(layer + 1, k)
            np.testing.assert_array_equal(got, expected_rgba(np.asarray(values)[::step, ::step]), err_msg=f"{layer} {k}")
    assert made


def test_the_thumbnails_item_paints_the_pixels_an_image_item_painted(qtbot):
    """One item for all the units' maps draws each as pyqtgraph's ImageItem did: the same pixels on screen."""
    import pyqtgraph as pg
    from PySide6.QtCore import QRectF

    from gui.common.theme import new_plot_widget
    from gui.training.thumbnails import Thumbnails

    rng = np.random.default_rng(3)
    images = {(1, k): rng.integers(0, 256, (50, 50, 4), dtype=np.uint8) for k in range(3)}
    rects = {(1, k): QRectF(0.13 + 1.37 * k, -0.5 + 0.29 * k, 1.0, 1.0) for k in range(3)}
    grabs = []
    for own in (False, True):
        widget = new_plot_widget(grid_x=False, grid_y=False)
        qtbot.addWidget(widget)
        widget.resize(263, 151)
        plot = widget.getPlotItem()
        plot.setAspectLocked(True)
        if own:
            item = Thumbnails()
            plot.addItem(item)
            item.set_places(rects)
            for key, image in images.items():
                item.set_image(key, image)
        else:
            for key, image in images.items():
                image_item = pg.ImageItem()
                plot.addItem(image_item)
                image_item.setImage(image, autoLevels=False)
                image_item.setRect(rects[key])
        plot.setRange(xRange=(-0.3, 4.1), yRange=(-1.1, 1.6), padding=0)
        widget.show()
        qtbot.waitExposed(widget)
        grabs.append(widget.grab().toImage())
    assert grabs[0].size() == grabs[1].size() and grabs[0] == grabs[1]
