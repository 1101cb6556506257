"""File > Export animation… on the depth tab (a gain sweep) and the training tab (its recording, or a new run):
decoded with Pillow, the first and last frames are the tab's still exports at those values and epochs."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageSequence

from engine.depth import DepthConfig
from engine.training_config import TrainConfig
from gui.depth.tab import DepthTab
from gui.export.animation import pil_image
from gui.export.animation_dialog import AnimationDialog, sweepable
from gui.export.formats import figure_image
from gui.training.tab import TrainingTab

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]


def rgb(image) -> np.ndarray:
    return np.asarray(image.convert("RGB"), dtype=np.int16)


def still(tab) -> np.ndarray:
    """The tab's File > Export PNG image now, as RGB."""
    return rgb(pil_image(figure_image(tab.figure_spec())))


def decoded(path):
    """Every frame as RGB, each one's duration in ms (known once it is loaded) and the opened image."""
    image = Image.open(path)
    frames, durations = [], []
    for frame in ImageSequence.Iterator(image):
        frames.append(rgb(frame))
        durations.append(frame.info.get("duration"))
    return frames, durations, image


def choose(box, data) -> None:
    box.setCurrentIndex(box.findData(data))


# ---- the depth tab: sweep the initialiser's gain --------------------------------------------------------


@pytest.fixture(scope="module")
def depth_tab(qapp):
    tab = DepthTab()
    tab.set_compute("cpu", "float32")
    tab.controls.set_auto_run(False)
    tab.controls.leave_lesson()
    tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=6, width=64, batch=64))
    tab.resize(1200, 800)
    tab.show()
    tab.request()
    assert tab.wait_idle(60) and tab.current is not None
    yield tab
    tab.close()
    tab.deleteLater()


def run_with_gain(tab, gain: float) -> np.ndarray:
    tab.controls.init_params.editors["gain"].slider.setValue(gain)
    tab.request()
    assert tab.wait_idle(60) and tab.problem() == ""
    return still(tab)


def test_depth_gain_sweep_ends_on_the_tabs_stills_and_the_last_layer_grows_with_the_gain(depth_tab, tmp_path):
    assert sweepable(depth_tab)
    dialog = AnimationDialog(depth_tab)
    assert dialog.param_box.currentData() == "gain" and dialog.param_box.currentText() == "gain (initialiser)"
    dialog.start_box.setValue(0.5)
    dialog.end_box.setValue(2.0)
    choose(dialog.format_box, "apng")
    dialog.fps_box.setValue(8)
    dialog.seconds_box.setValue(0.5)  # 4 frames
    gain_before = depth_tab.state().init_params["gain"]
    specs = dialog.specs()
    last_layer_std = [spec.panels[0].series[0].y[-1] for spec in specs]
    assert np.all(np.diff(last_layer_std) > 0)  # tanh with Xavier: the signal dies out below gain 1, grows above
    path = dialog.write(tmp_path / "gain.apng")
    frames, durations, image = decoded(path)
    assert len(frames) == 4 and durations == [125] * 4 and image.info.get("loop") == 0
    assert depth_tab.state().init_params["gain"] == gain_before  # the tab's own run is left alone
    assert np.array_equal(frames[0], run_with_gain(depth_tab, 0.5))
    assert np.array_equal(frames[-1], run_with_gain(depth_tab, 2.0))


def test_a_lessons_sweep_is_the_users_own_network_as_a_drag_makes_it(qtbot, tmp_path):
    tab = DepthTab()  # the first lesson: ReLU with Kaiming against Xavier (drawn grey), on a smaller network
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    tab.controls.set_auto_run(False)
    for spin, value in ((tab.controls.layers_spin, 6), (tab.controls.width_spin, 64), (tab.controls.batch_spin, 64)):
        spin.setValue(value)
    tab.controls.init_params.set_values({"nonlinearity": "leaky_relu"})  # else Kaiming's gain ignores a
    assert tab.state().preset and tab.state().init_params["nonlinearity"] == "leaky_relu"
    dialog = AnimationDialog(tab)
    assert dialog.param_box.currentText() == "a (initialiser)"  # Kaiming's negative slope: no gain here
    dialog.start_box.setValue(0.0)
    dialog.end_box.setValue(1.0)
    choose(dialog.format_box, "webp")
    dialog.fps_box.setValue(6)
    dialog.seconds_box.setValue(0.5)  # 3 frames
    tab.show()
    tab.request()
    assert tab.wait_idle(60)
    before = len(tab.figure_spec().panels[0].series)  # the run, the theory and the lesson's comparison
    specs = dialog.specs()
    assert all(len(spec.panels[0].series) == before - 1 for spec in specs)  # moving the slider leaves the lesson
    last_layer_std = [spec.panels[0].series[0].y[-1] for spec in specs]
    assert np.all(np.diff(last_layer_std) < 0)  # Kaiming's gain sqrt(2 / (1 + a²)) falls as a rises
    frames, _durations, _image = decoded(dialog.write(tmp_path / "a.webp"))
    for value, frame in ((1.0, frames[-1]), (0.0, frames[0])):  # 1 first: a=0 is where the slider is
        tab.controls.init_params.editors["a"].slider.setValue(value)
        tab.request()
        assert tab.wait_idle(60) and tab.problem() == ""
        assert np.array_equal(frame, still(tab))
    assert tab.state().preset == ""


def test_depth_cancel_within_a_run_leaves_no_file(depth_tab, tmp_path, monkeypatch):
    import gui.export.animation_sources as sources

    runs, finished, asked = [], [], []
    real_run = sources.run_depth

    def counted_run(config, *args):
        runs.append(config)
        result = real_run(config, *args)
        finished.append(config)
        return result

    monkeypatch.setattr(sources, "run_depth", counted_run)
    dialog = AnimationDialog(depth_tab)

    def cancelled() -> bool:  # Cancel pressed while the second frame's network runs
        asked.append(len(runs))
        return len(runs) == 2

    assert dialog.write(tmp_path / "gain.gif", cancelled=cancelled) is None
    assert list(tmp_path.iterdir()) == [] and len(runs) == 2 and asked.count(2) == 1
    assert len(finished) == 1  # the second network stopped where it was, not at its end


# ---- the training tab: the run recorded while Play was on, or a new run -----------------------------------


@pytest.fixture
def training_tab(qtbot):
    tab = TrainingTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    tab.resize(1200, 800)
    tab.show()
    tab.set_config(TrainConfig(dataset="xor", hidden=(4,), seed=1))
    assert tab.wait_idle(60) and tab.epoch() == 0
    yield tab
    tab.pause()
    tab.wait_idle(60)


def test_training_recording_plays_the_run_from_epoch_0_to_where_play_stopped(training_tab, qtbot, tmp_path):
    tab = training_tab
    qtbot.waitUntil(tab.drawing_done, timeout=10_000)
    first = still(tab)
    tab.controls.run_box.play_button.click()
    qtbot.waitUntil(lambda: tab.epoch() >= 40, timeout=60_000)
    tab.pause()
    assert tab.wait_idle(60)
    qtbot.waitUntil(tab.drawing_done, timeout=10_000)
    last = still(tab)
    recorded = len(tab.recorder)
    assert recorded >= 3 and tab.recorder.epochs() == (0, tab.epoch())
    dialog = AnimationDialog(tab)
    assert dialog.run_box.currentData() == "recorded" and not dialog.epochs_box.isEnabled()
    assert dialog.frames() == max(recorded, 10)  # a frame per recorded frame by default (0.5 s at least)
    dialog.fps_box.setValue(10)
    dialog.seconds_box.setValue(0.5)  # 5 of the recorded frames, the first and the newest among them
    choose(dialog.format_box, "apng")
    path = dialog.write(tmp_path / "run.apng")
    frames, _durations, _image = decoded(path)
    assert np.array_equal(frames[0], first) and np.array_equal(frames[-1], last)
    choose(dialog.format_box, "gif")
    frames, durations, image = decoded(dialog.write(tmp_path / "run.gif"))
    assert sum(durations) == 500 and image.info["loop"] == 0
    for frame, expected in ((frames[0], first), (frames[-1], last)):  # one palette: nearly every pixel exact
        error = np.abs(frame - expected).max(axis=2)
        assert error.mean() < 2.0 and np.mean(error > 24) < 0.002


def test_training_without_a_recording_trains_a_new_run_of_the_settings(training_tab, tmp_path):
    tab = training_tab
    tab.recorder.clear()
    dialog = AnimationDialog(tab)
    assert [dialog.run_box.itemData(i) for i in range(dialog.run_box.count())] == ["new"]
    dialog.epochs_box.setValue(12)
    dialog.fps_box.setValue(10)
    dialog.seconds_box.setValue(0.5)  # 5 frames: epochs 0, 3, 6, 9, 12
    choose(dialog.format_box, "webp")
    dialog.loop_box.setCurrentIndex(1)  # once
    frames, durations, image = decoded(dialog.write(tmp_path / "new.webp"))
    assert len(frames) == 5 and durations == [100] * 5 and image.info["loop"] == 1
    assert np.array_equal(frames[0], still(tab))  # the tab at epoch 0
    tab.step(12)
    assert tab.wait_idle(60) and tab.epoch() == 12
    assert np.array_equal(frames[-1], still(tab))


def test_training_cancel_leaves_no_file(training_tab, tmp_path):
    dialog = AnimationDialog(training_tab)
    choose(dialog.run_box, "new")
    assert dialog.write(tmp_path / "run.gif", cancelled=lambda: True) is None
    assert list(tmp_path.iterdir()) == []
