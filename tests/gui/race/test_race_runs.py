"""The race tab's play loop (the training tab's, gui.common.pacer): however many epochs its frames train (the epochs
the clock owes, as many as fit in a frame), the race is the engine's race from the same seed, bit for bit."""

import math
from itertools import pairwise

import numpy as np
import pytest

import gui.race.runs as runs
from engine.race import MAP_VIEW, RaceConfig, run_race
from engine.training import TrainConfig
from gui.race.views import CURVE_POINTS, thinned


class Frames:
    """A progress callback that keeps each frame's result and asks to stop after ``count`` frames."""

    def __init__(self, count: int):
        self.count, self.results = count, []

    def __call__(self, fraction: float) -> None:
        pass

    def partial(self, result) -> None:
        self.results.append(result)

    def cancelled(self) -> bool:
        return len(self.results) >= self.count


@pytest.mark.parametrize("min_fps", [1e6, 5.0])
def test_play_trains_the_engines_race_whatever_the_epochs_per_frame(monkeypatch, min_fps):
    race = RaceConfig(("sigmoid", "relu", "gelu"), TrainConfig(hidden=(4, 4), init="xavier_uniform"))
    monkeypatch.setattr(runs, "MIN_FPS", min_fps)  # no time for more than one epoch a frame; frames of 0.2 s
    frames = Frames(3)
    last = runs.RaceRuns().play(race, 4, frames, frames.cancelled)
    epochs = [r.epoch for r in frames.results]
    # at least one epoch a frame, however short the frame (how many more depends on the machine's speed: a frame may
    # train for as long as its drawing took, gui.common.pacer._epochs; the simulated clock of test_pacer pins those)
    assert epochs == sorted(set(epochs)) and last.epoch == epochs[-1] and all(b > a for a, b in pairwise([0, *epochs]))
    expected = run_race(race, epochs=last.epoch, view=MAP_VIEW)
    for k in range(3):
        for field in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            assert [getattr(s, field) for s in last.histories[k]] == [getattr(s, field) for s in expected.histories[k]]
        np.testing.assert_array_equal(last.snapshots[k].output, expected.snapshots[k].output)


@pytest.mark.parametrize("n", [1, CURVE_POINTS, CURVE_POINTS + 1, 5001])
def test_a_long_race_is_drawn_with_at_most_curve_points_from_its_first_to_its_last_epoch(n):
    rows = thinned(n)
    assert len(rows) == min(n, CURVE_POINTS) and rows[0] == 0 and rows[-1] == n - 1
    gaps = np.diff(rows)  # evenly spread: no gap over the even spacing rounded up, plus one for the rounding
    assert np.all(gaps >= 1) and np.all(gaps <= math.ceil((n - 1) / (CURVE_POINTS - 1)) + 1)
