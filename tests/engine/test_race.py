"""The activation race: racers share everything but their activation, train as one computation, and each
equals the same network trained alone."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from engine.errors import EngineError
from engine.race import GOAL, METRICS, Race, RaceConfig, checked_race, epochs_to, race_over_seeds, run_race
from engine.training import Trainer
from engine.training_config import TrainConfig, data_for
from engine.training_stack import EpochStats

BASE = TrainConfig(hidden=(4, 3), init="xavier_uniform", samples=100, seed=3)
ACTS = ("sigmoid", "tanh", "relu", "elu")


def curves(history) -> np.ndarray:
    return np.array([[getattr(s, m) for m in METRICS] for s in history])


def test_a_race_of_identical_activations_gives_identical_curves():
    result = run_race(RaceConfig(("tanh",) * 4, BASE), epochs=15)
    first = curves(result.histories[0])
    for history in result.histories[1:]:
        np.testing.assert_array_equal(curves(history), first)  # bit for bit: same weights, data, batches
    assert len(set(result.reached)) == 1


def test_racers_start_from_identical_weights_and_share_their_points():
    race = Race(RaceConfig(ACTS, BASE))
    first = race.stack.weights(0)
    for k in range(1, len(ACTS)):
        for (w, b), (w0, b0) in zip(race.stack.weights(k), first, strict=True):
            np.testing.assert_array_equal(w, w0)
            np.testing.assert_array_equal(b, b0)
    assert all(d is race.data for d in race.stack.datas)


@pytest.mark.parametrize("dtype, rtol", [("float64", 1e-9), ("float32", 2e-4)])
def test_each_racer_equals_the_same_network_trained_alone(dtype, rtol):
    """float64: equal to 1e-9 (only the order of summation in baddbmm vs addmm differs); float32: 2e-4 after 12 epochs."""
    base = replace(BASE, dtype=dtype)
    race = Race(RaceConfig(ACTS, base))
    race.step(12)
    for act, history in zip(ACTS, race.histories(), strict=True):
        alone = Trainer(replace(base, activation=act), data_for(base))
        alone.step(12)
        np.testing.assert_allclose(curves(history), curves(alone.history), rtol=rtol, atol=rtol * 1e-2)


def test_a_race_is_reproducible_from_its_seed_and_changes_with_it():
    one, two = (run_race(RaceConfig(ACTS, BASE), epochs=8) for _ in range(2))
    for a, b in zip(one.histories, two.histories, strict=True):
        np.testing.assert_array_equal(curves(a), curves(b))
    other = run_race(RaceConfig(ACTS, replace(BASE, seed=4)), epochs=8)
    assert not np.array_equal(curves(other.histories[0]), curves(one.histories[0]))


def test_epochs_to_the_goal_is_the_first_epoch_at_or_above_it():
    nan = np.array([np.nan])

    def stats(epoch: int, accuracy: float) -> EpochStats:
        return EpochStats(epoch, 0.1, 0.1, accuracy, accuracy, nan, nan)

    history = [stats(0, 0.5), stats(1, 0.94), stats(2, GOAL), stats(3, 0.9), stats(4, 1.0)]
    assert epochs_to(history) == 2
    assert epochs_to(history[:2]) is None
    result = run_race(RaceConfig(("relu", "tanh"), replace(BASE, lr=0.1)), epochs=40)
    for history, reached in zip(result.histories, result.reached, strict=True):
        accuracies = [s.train_accuracy for s in history]
        expected = next((e for e, a in enumerate(accuracies) if a >= 0.95), None)
        assert reached == expected


def test_the_table_has_a_column_per_activation_and_metric():
    result = run_race(RaceConfig(("relu", "gelu"), BASE), epochs=3)
    header, columns = result.table()
    assert header == ["epoch"] + [f"{a}:{m}" for a in ("relu", "gelu") for m in METRICS]
    np.testing.assert_array_equal(columns[0], [0, 1, 2, 3])
    np.testing.assert_array_equal(columns[header.index("gelu:test_loss")], [s.test_loss for s in result.histories[1]])


@pytest.mark.parametrize(
    "acts, field",
    [
        (("relu",), "activations"),
        (("relu",) * 7, "activations"),
        (("relu", "softmax"), "activations[1]"),
        (("nope", "relu"), "activations[0]"),
    ],
)
def test_bad_races_are_refused_naming_the_field(acts, field):
    with pytest.raises(EngineError) as info:
        checked_race(RaceConfig(acts, BASE))
    assert info.value.field == field


def test_dead_units_are_counted_over_every_hidden_layer():
    result = run_race(RaceConfig(("relu", "tanh"), BASE), epochs=2)
    race = Race(RaceConfig(("relu", "tanh"), BASE))
    race.step(2)
    dead = race.histories()[0][-1].dead_share
    assert result.dead_share(0) == pytest.approx((dead[0] * 4 + dead[1] * 3) / 7)
    assert result.dead_share(1) == 0.0  # tanh is 0 only at 0


def test_racers_sharing_an_activation_in_runs_each_equal_the_network_trained_alone():
    """Neighbours of one activation train as one operation (split/cat), others alone: each still its own network."""
    acts = ("tanh", "tanh", "relu", "gelu", "gelu", "tanh")
    base = replace(BASE, dtype="float64")
    race = Race(RaceConfig(acts, base))
    race.step(6)
    for act, history in zip(acts, race.histories(), strict=True):
        alone = Trainer(replace(base, activation=act), data_for(base))
        alone.step(6)
        np.testing.assert_allclose(curves(history), curves(alone.history), rtol=1e-9, atol=1e-11)
    histories = race.histories()
    np.testing.assert_array_equal(curves(histories[0]), curves(histories[1]))  # one run: bit for bit


def test_the_race_over_seeds_gives_each_seed_what_its_own_race_gives():
    acts = ("relu", "tanh")
    base = replace(BASE, lr=0.3)
    summary = race_over_seeds(RaceConfig(acts, base), (3, 5), 25)
    for s, seed in enumerate((3, 5)):
        alone = run_race(RaceConfig(acts, replace(base, seed=seed)), epochs=25)
        for k in range(len(acts)):
            assert summary.reached[k][s] == alone.reached[k]
            assert summary.final_accuracy[k][s] == pytest.approx(alone.histories[k][-1].train_accuracy, abs=1e-6)


def test_a_frame_measured_without_gradient_norms_has_the_dead_units_of_a_full_measure():
    """The race tab measures only the dead units of the epoch it draws (its titles show them, not gradient norms)."""
    race = RaceConfig(("relu", "elu", "tanh"), replace(BASE, lr=1.0))  # a high rate: ReLU units die
    full, drawn = Race(race), Race(race)
    full.step(12)
    drawn.step(12, measure_last=False)
    drawn.measure(norms=False)
    for a, b in zip(full.histories(), drawn.histories(), strict=True):
        np.testing.assert_array_equal(b[-1].dead_share, a[-1].dead_share)
        assert np.isnan(b[-1].grad_norms).all() and np.isfinite(a[-1].grad_norms).all()
        np.testing.assert_array_equal(curves(b), curves(a))  # the same race: measuring changes none of it
    assert any(h[-1].dead_share.any() for h in full.histories())  # some unit is dead: the test can tell them apart
