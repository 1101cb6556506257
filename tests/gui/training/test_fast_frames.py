"""As fast as possible, a frame trains as many epochs as fit in what the frame leaves after drawing the last one."""

import math

import pytest

from engine.training import TrainConfig
from engine.training_views import View
from gui.training.runs import FAST_FRAME_S, FAST_MIN_SHARE, FAST_SLACK_S, TrainingRuns

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("epoch_s", "rest_s"), [(0.002, 0.010), (0.001, 0.004), (0.002, 0.030)])
def test_epochs_per_fast_frame_follow_the_measured_drawing_time(epoch_s, rest_s):
    runs = TrainingRuns()
    frames = runs.frames(TrainConfig(hidden=(4, 2)), False, View(units=False), 0, 100_000)
    next(frames)  # the first frame: one epoch, no estimate yet
    runs._epoch_s, runs._rest_s = epoch_s, rest_s
    before = runs.epoch
    next(frames)
    budget = max(FAST_FRAME_S * FAST_MIN_SHARE, FAST_FRAME_S - rest_s - FAST_SLACK_S)  # a slow GUI: half the frame
    assert runs.epoch - before == math.floor(budget / epoch_s)


def test_a_set_speed_trains_that_many_epochs_per_frame():
    runs = TrainingRuns()
    frames = runs.frames(TrainConfig(hidden=(4, 2)), False, View(units=False), 5, 12)
    assert [frame.epoch for frame in frames] == [5, 10, 12]  # the last frame stops at the limit
