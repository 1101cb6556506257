"""Playing trains the engine's run whatever the epochs per frame: the frames the pacer hands over (gui.common.pacer,
tested with a simulated clock in tests/gui/common/test_pacer.py) change only when the networks are drawn, never what
is trained."""

from dataclasses import replace

import numpy as np
import pytest

import gui.training.runs as runs_module
from engine.training import TrainConfig, run
from engine.training_views import View
from gui.training.runs import TrainingRuns

pytestmark = pytest.mark.gui


class Frames:
    """A progress callback that keeps each frame handed over."""

    def __init__(self) -> None:
        self.frames: list = []

    def __call__(self, fraction: float) -> None:
        pass

    def partial(self, frame) -> None:
        self.frames.append(frame)


@pytest.mark.parametrize(("speed", "min_fps"), [(0, 31.0), (20, 1e6), (0, 1e6)])
def test_play_is_the_engines_run_bit_for_bit_up_to_its_limit(monkeypatch, speed, min_fps):
    monkeypatch.setattr(runs_module, "MIN_FPS", min_fps)  # 1e6: no time for more than one epoch a frame
    config = TrainConfig(hidden=(4, 2), seed=3)
    frames = Frames()
    last = TrainingRuns().play(config, False, View(units=False), speed, 12, frames, lambda: False)
    epochs = [f.epoch for f in frames.frames]
    assert last.epoch == 12 and epochs == sorted(set(epochs)) and epochs[-1] == 12
    if min_fps > 1e5:
        assert epochs == list(range(1, 13))  # at least one epoch a frame, however short the frame
    expected = run(replace(config, epochs=12))
    for field in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):  # every epoch's, however chunked
        assert [getattr(s, field) for s in last.main.history] == [getattr(s, field) for s in expected.history]
    for (w, b), (w0, b0) in zip(last.main.weights, expected.weights, strict=True):
        np.testing.assert_array_equal(w, w0)
        np.testing.assert_array_equal(b, b0)


def test_pause_returns_the_frame_at_the_epoch_reached():
    frames = Frames()
    stop = lambda: len(frames.frames) >= 2  # Pause pressed once two frames were drawn
    last = TrainingRuns().play(TrainConfig(hidden=(4, 2)), False, View(units=False), 1, 10_000, frames, stop)
    assert last.epoch == frames.frames[-1].epoch  # nothing trained after the pause
