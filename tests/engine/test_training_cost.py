"""A training run's cost, known before it starts (issue 21, item 11): its mini-batches, its time from a probe of
a throwaway stack (which leaves the run itself as it would have been), its memory refused past the budget."""

from __future__ import annotations

import math

import pytest

from engine import memory, training_cost
from engine.errors import EngineError
from engine.training import run
from engine.training_config import MAX_EPOCHS, MAX_LAYERS, MAX_UNITS, TrainConfig
from engine.training_cost import duration_parts, estimate, format_duration, surely_within

#: The largest run the limits allow: 6 layers of 16, 5,000 points of which 90 % train, one point a mini-batch.
LARGEST = TrainConfig(hidden=(MAX_UNITS,) * MAX_LAYERS, samples=5000, train_ratio=90, batch=1, epochs=MAX_EPOCHS)


def test_an_epoch_is_its_training_points_cut_into_mini_batches():
    assert training_cost.steps_per_epoch(LARGEST) == 4500
    assert training_cost.steps_per_epoch(TrainConfig(samples=500, train_ratio=50, batch=10)) == 25
    assert training_cost.steps_per_epoch(TrainConfig(samples=500, train_ratio=50, batch=64)) == math.ceil(250 / 64)


def test_the_estimate_scales_one_probed_step_to_the_epoch_and_the_epochs(monkeypatch):
    monkeypatch.setattr(training_cost, "step_seconds", lambda configs, data: 0.0012)
    e = estimate(LARGEST)
    assert (e.steps, e.epochs) == (4500, MAX_EPOCHS)
    assert e.epoch_s == pytest.approx(4501 * 0.0012)  # the mini-batches and the epoch's evaluation
    assert e.seconds == pytest.approx(4501 * 0.0012 * MAX_EPOCHS)
    assert format_duration(e.seconds) == "about 6 days"  # the 5.4 s an epoch for 100,000 epochs


def test_the_probe_times_real_steps_of_the_same_networks():
    step = training_cost.step_seconds(training_cost.networks_of(LARGEST, True), training_cost.data_for(LARGEST))
    assert 0 < step < 10


def test_estimating_leaves_the_run_as_it_would_have_been():
    config = TrainConfig(dataset="xor", hidden=(4, 2), seed=5, epochs=3)
    before = run(config).history
    estimate(config, side_by_side=True)
    after = run(config).history
    assert [(s.train_loss, s.test_loss) for s in after] == [(s.train_loss, s.test_loss) for s in before]


def test_a_usual_run_needs_no_probe_and_the_largest_does():
    assert surely_within(TrainConfig(epochs=300), False, None, 600)
    assert not surely_within(LARGEST, False, None, 600)
    assert not surely_within(LARGEST, True, 100, 60)


def test_memory_grows_with_the_epochs_and_the_networks():
    one = training_cost.check_memory(LARGEST, False, MAX_EPOCHS)
    two = training_cost.check_memory(LARGEST, True, MAX_EPOCHS)
    assert one >= MAX_EPOCHS * training_cost.HISTORY_BYTES_PER_EPOCH and two == 2 * one
    assert two <= memory.TRAINING_BUDGET  # today's limits fit: nothing allowed is refused


def test_a_run_past_the_memory_budget_is_refused_before_it_starts(monkeypatch):
    monkeypatch.setattr(memory, "TRAINING_BUDGET", 50 * 1024**2)
    with pytest.raises(EngineError, match=r"^epochs: 100,000 epochs would hold about \d+ MB; the most is 52 MB"):
        training_cost.check_memory(LARGEST, True, MAX_EPOCHS)
    assert training_cost.check_memory(LARGEST, True, 1000) < 50 * 1024**2


def test_a_refused_config_is_refused_by_the_estimate_too():
    with pytest.raises(EngineError, match=r"^batch"):
        estimate(TrainConfig(batch=0))


@pytest.mark.parametrize(
    ("seconds", "parts", "text"),
    [
        (0.2, ("s", (1,)), "about 1 s"),
        (40.4, ("s", (40,)), "about 40 s"),
        (9 * 60 + 10, ("min", (9,)), "about 9 min"),
        (2.5 * 3600, ("h min", (2, 30)), "about 2 h 30 min"),
        (30 * 3600 + 600, ("h", (30,)), "about 30 h"),
        (540_000, ("days", (6,)), "about 6 days"),
    ],
)
def test_durations_read_as_a_person_says_them(seconds, parts, text):
    assert duration_parts(seconds) == parts and format_duration(seconds) == text
