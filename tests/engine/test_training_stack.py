"""Several networks trained as one computation: each is the network it would be alone, to float rounding."""

import numpy as np
import pytest
import torch

from engine.errors import EngineError
from engine.training import Diverged, Stack, TrainConfig, Trainer, View, linear_twin, run_side_by_side, run_together
from engine.training_config import data_for

#: baddbmm over a stack and addmm alone may round differently (and vectorised vs scalar kernel tails), so a
#: stacked network equals its lone twin to float64 rounding, not bit for bit. Training amplifies rounding
#: (a ReLU unit near 0 with momentum the most), so the runs compared are a few epochs long.
ATOL = 1e-10


def weights_vector(weights) -> np.ndarray:
    return np.concatenate([a.ravel() for w, b in weights for a in (w, b)])


def assert_same_run(stacked_history, stacked_weights, alone: Trainer) -> None:
    assert [s.epoch for s in stacked_history] == [s.epoch for s in alone.history]
    for name in ("train_loss", "test_loss", "train_accuracy", "test_accuracy"):
        ours, alone_values = ([getattr(s, name) for s in h] for h in (stacked_history, alone.history))
        np.testing.assert_allclose(ours, alone_values, atol=ATOL)
    np.testing.assert_allclose(stacked_history[-1].grad_norms, alone.history[-1].grad_norms, atol=ATOL)
    np.testing.assert_allclose(weights_vector(stacked_weights), weights_vector(alone.weights()), atol=ATOL)


@pytest.mark.parametrize("optimizer, regularization", [("sgd", "none"), ("adam", "l2"), ("momentum", "l2")])
def test_each_stacked_network_trains_as_it_would_alone(optimizer, regularization):
    # Different activations, initialisers, biases, seeds (so different data and shuffles) in one stack. (Not L1:
    # sign(w) is discontinuous, so a rounding difference at w ≈ 0 becomes a step of rate·lr.)
    common = dict(hidden=(4, 2), dtype="float64", optimizer=optimizer, regularization=regularization, reg_rate=0.001)
    configs = [
        TrainConfig(activation="identity", seed=0, **common),
        TrainConfig(activation="tanh", seed=1, **common),
        TrainConfig(activation="relu", seed=2, bias=0.0, **common),
        TrainConfig(activation="formula: x * sigmoid(x)", seed=3, init="xavier_normal", **common),
    ]
    stack = Stack(configs)
    stack.step(7)
    stack.step(1)
    for k, config in enumerate(configs):
        alone = Trainer(config)
        alone.step(8)
        assert_same_run(stack.histories()[k], stack.weights(k), alone)


def test_the_stacked_maps_are_each_networks_own():
    configs = [TrainConfig(hidden=(3,), activation=a, seed=s, dtype="float64") for a, s in (("tanh", 4), ("relu", 5))]
    stack = Stack(configs)
    stack.step(3)
    view = View(map_size=12, hidden_layer=1, hidden_units=(1, 3))
    for config, snap in zip(configs, stack.snapshots(view), strict=True):
        alone = Trainer(config)
        alone.step(3)
        expected = alone.snapshot(view)
        np.testing.assert_allclose(snap.output, expected.output, atol=ATOL)
        np.testing.assert_allclose(snap.units[0], expected.units[0], atol=ATOL)
        np.testing.assert_allclose(snap.hidden.points, expected.hidden.points, atol=ATOL)


def test_side_by_side_is_the_linear_twin_and_the_network_each_trained_alone_on_the_same_points():
    config = TrainConfig(activation="tanh", epochs=10, seed=6, dtype="float64")
    linear, chosen = run_side_by_side(config)
    data = data_for(config)
    for result, cfg in ((linear, linear_twin(config)), (chosen, config)):
        alone = Trainer(cfg, data=data)
        alone.step(10)
        np.testing.assert_array_equal(result.data.xy, data.xy)
        np.testing.assert_allclose([s.train_loss for s in result.history], [s.train_loss for s in alone.history], atol=ATOL)


def test_the_same_seeds_give_the_same_stack_bit_for_bit():
    configs = [TrainConfig(hidden=(8, 8), activation="relu", optimizer="adam", seed=s) for s in range(3)]
    a, b = run_together(configs), run_together(configs)
    for x, y in zip(a, b, strict=True):
        assert [s.train_loss for s in x.history] == [s.train_loss for s in y.history]
        np.testing.assert_array_equal(x.snapshot.output, y.snapshot.output)


def test_a_stack_step_of_several_epochs_reports_gradients_for_the_last_one_only():
    stack = Stack([TrainConfig(seed=s) for s in range(2)])
    stack.step(3)
    history = stack.histories()[0]
    assert [s.has_gradients for s in history] == [True, False, False, True]
    assert np.isfinite(history[2].train_loss) and np.isnan(history[2].dead_share).all()


def test_gradients_left_for_later_are_those_a_measured_step_gives_bit_for_bit():
    # The training tab steps one epoch at a time and measures only the epochs it draws (Stack.measure).
    configs = [TrainConfig(hidden=(4, 2), activation=a, seed=s) for a, s in (("relu", 3), ("tanh", 4))]
    measured, later = Stack(configs), Stack(configs)
    measured.step(3)
    later.step(2, measure_last=False)
    later.step(1, measure_last=False)
    assert not later.histories()[1][-1].has_gradients
    later.measure()
    later.measure()  # once: nothing left to measure
    for ours, expected in zip(later.histories(), measured.histories(), strict=True):
        assert [s.has_gradients for s in ours] == [True, False, False, True]
        assert [s.train_loss for s in ours] == [s.train_loss for s in expected]
        np.testing.assert_array_equal(ours[-1].grad_norms, expected[-1].grad_norms)
        np.testing.assert_array_equal(ours[-1].dead_share, expected[-1].dead_share)


def test_networks_of_another_shape_or_point_count_are_refused():
    with pytest.raises(EngineError) as info:
        Stack([TrainConfig(hidden=(4, 2)), TrainConfig(hidden=(4, 3))])
    assert info.value.field == "networks"
    with pytest.raises(EngineError):
        Stack([TrainConfig(samples=500), TrainConfig(samples=400)])
    with pytest.raises(EngineError):
        Stack([TrainConfig(lr=0.03), TrainConfig(lr=0.1)])


def test_a_diverging_stack_names_the_network_and_epoch_and_keeps_every_network_at_that_epoch():
    configs = [TrainConfig(activation="identity", loss="bce", lr=10.0, seed=s) for s in (0, 1)]
    stack = Stack(configs)
    with pytest.raises(Diverged) as info:
        stack.step(40)
    assert info.value.field == "lr" and info.value.epoch == stack.epoch and info.value.index in (0, 1)
    assert f"epoch {stack.epoch}" in str(info.value)
    assert all(len(h) == stack.epoch + 1 for h in stack.histories())


def test_random_slopes_train_reproducibly_from_the_seed_and_leave_torchs_global_generator_alone():
    # RReLU in training mode draws from torch's global RNG: the stack seeds it per epoch and map, inside fork_rng.
    config = TrainConfig(activation="rrelu", activation_params={"lower": 0.1, "upper": 0.3, "training": True}, seed=3)
    torch.manual_seed(5)
    expected = torch.rand(1)
    torch.manual_seed(5)
    a, b = Trainer(config), Trainer(config)
    a.step(3)
    b.step(3)
    np.testing.assert_array_equal(a.snapshot().output, b.snapshot().output)
    assert torch.rand(1) == expected
    assert [s.train_loss for s in a.history] == [s.train_loss for s in b.history]


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize(("dataset", "loss", "batch"), [("circle", "mse", 10), ("circle", "mse", 7), ("sine", "squared", 16)])
def test_one_networks_step_follows_the_mean_losss_gradient_bit_for_bit(dtype, dataset, loss, batch):
    """One network trains on its squared loss as a scaled sum (one reduction fewer): each mini-batch's gradient must
    be exactly that of the mean loss as PyTorch defines it (F.mse_loss, reduction 'mean'; ½ of it for Playground's
    tanh output), every last bit, so that no history changes."""
    config = TrainConfig(dataset=dataset, loss=loss, hidden=(4, 2), batch=batch, seed=2, dtype=dtype)
    stack = Stack([config])
    stack.step(3)  # weights away from their start
    stack._shuffle()
    for x, t in stack._batches:  # every mini-batch of an epoch (the last one shorter where batch does not divide 250)
        z = stack._logits(x)
        y = torch.tanh(z) if loss == "mse" else z
        mean = torch.nn.functional.mse_loss(y, t) * (0.5 if loss == "mse" else 1.0)
        expected = torch.autograd.grad(mean, stack._params)
        got = torch.autograd.grad(stack._loss(stack._logits(x), t), stack._params)
        for g, e in zip(got, expected, strict=True):
            assert torch.equal(g, e)
