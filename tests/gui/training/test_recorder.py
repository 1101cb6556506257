"""The training tab's recording (gui.training.recorder): bounded, evenly thinned, and each frame its run at that epoch."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from engine.training_config import TrainConfig, checked_config
from engine.training_views import View
from figures.fit import lesson_figure
from figures.table import figure_csv_text
from gui.training.recorder import RunRecorder
from gui.training.runs import TrainingRuns

pytestmark = pytest.mark.gui  # lives beside the tab's tests; no Qt needed

CONFIG = checked_config(TrainConfig(dataset="xor", hidden=(3,), seed=2))


def steps(runs: TrainingRuns, config: TrainConfig, count: int, epochs: int = 1):
    """The frames Step would draw: ``count`` of them, ``epochs`` epochs apart."""
    for _ in range(count):
        yield runs.step(config, False, View(), epochs, lambda *_: None, lambda: False).main


def test_a_long_run_stays_within_the_limit_evenly_thinned_with_its_first_and_newest_frames():
    runs, recorder = TrainingRuns(), RunRecorder(limit=8)
    recorder.add(runs.rebuild(CONFIG, False, View(), True, lambda *_: None, lambda: False).main)
    for frame in steps(runs, CONFIG, 100):
        recorder.add(frame)
        assert len(recorder) <= 8
    epochs = [f.epoch for f in recorder.frames]
    assert epochs[0] == 0 and epochs[-1] == 100
    gaps = np.diff(epochs)
    assert (gaps > 0).all() and gaps.max() <= 2 * 100 / (8 - 1)  # no stretch of the run left out


def test_each_recorded_frame_is_the_run_as_it_was_drawn_at_its_epoch():
    runs, recorder = TrainingRuns(), RunRecorder()
    drawn = [runs.rebuild(CONFIG, False, View(units=True), True, lambda *_: None, lambda: False).main]
    drawn += list(steps(runs, CONFIG, 5, epochs=3))
    for frame in drawn:
        recorder.add(frame)
    assert [f.epoch for f in recorder.frames] == [0, 3, 6, 9, 12, 15]
    for index, frame in enumerate(drawn):
        result = recorder.result(index)
        assert [s.train_loss for s in result.history] == [s.train_loss for s in frame.history]
        assert np.array_equal(result.snapshot.output, frame.snapshot.output)
        assert result.snapshot.units == () and frame.snapshot.units != ()  # the units' maps are not kept


def test_reset_starts_a_new_recording_and_a_learning_change_goes_on():
    runs, recorder = TrainingRuns(), RunRecorder()
    for frame in steps(runs, CONFIG, 4):
        recorder.add(frame)
    faster = replace(CONFIG, lr=CONFIG.lr * 2)  # applied to the running network (Playground keeps playing)
    for frame in steps(runs, faster, 2):
        recorder.add(frame)
    assert [f.epoch for f in recorder.frames] == [1, 2, 3, 4, 5, 6]
    assert recorder.result(5).config.lr == faster.lr and recorder.result(0).config.lr == CONFIG.lr
    recorder.add(runs.rebuild(faster, False, View(), True, lambda *_: None, lambda: False).main)  # Reset
    assert [f.epoch for f in recorder.frames] == [0]
    other = replace(faster, hidden=(2,))  # another network: its epoch 1 is not the recorded run's
    recorder.add(next(steps(runs, other, 1)))
    assert [f.epoch for f in recorder.frames] == [1] and recorder.frames[0].config.hidden == (2,)


def test_a_recorded_1d_fit_is_drawn_as_the_tab_drew_it_with_its_weights():
    """The recorder keeps the engine's result (weights included): an animation frame of a curve fit is the fit the
    tab's still export shows at that epoch, not the output map a result without weights falls back to."""
    curve = checked_config(TrainConfig(dataset="sine", hidden=(4,), activation="relu", optimizer="adam", lr=0.01, seed=3))
    runs, recorder = TrainingRuns(), RunRecorder()
    drawn = [runs.rebuild(curve, False, View(), True, lambda *_: None, lambda: False).main]
    drawn += list(steps(runs, curve, 3, epochs=2))
    for frame in drawn:
        recorder.add(frame)
    for index, frame in enumerate(drawn):
        result = recorder.result(index)
        assert result.epoch == frame.epoch and len(result.weights) == 2
        for (w, b), (w0, b0) in zip(result.weights, frame.weights, strict=True):
            assert np.array_equal(w, w0) and np.array_equal(b, b0)
        text = figure_csv_text(lesson_figure(result))
        assert text.splitlines()[0].endswith("x,target,fit") and text == figure_csv_text(lesson_figure(frame))
