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
            got = diagram._nodes[layer + 1][k].image
            np.testing.assert_array_equal(got, expected_rgba(values[::step, ::step]), err_msg=f"layer {layer} unit {k}")


def _view():
    from engine.training_views import View

    return View(units=True)
