"""A stack handed to another process (pickled with torch.save, as the training tab's training process gets it) goes on
bit for bit as the original: weights, optimiser state, shuffle generators and history; its activations (closures,
typed formulas) are bound again on the other side. A divergence pickles as itself."""

import io
import math
import pickle

import numpy as np
import pytest
import torch

from engine.training import Diverged, Stack, TrainConfig


def copied(stack: Stack) -> Stack:
    buffer = io.BytesIO()
    torch.save(stack, buffer)
    return torch.load(io.BytesIO(buffer.getvalue()), weights_only=False)


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
def test_a_copied_stack_trains_on_as_the_original(optimizer):
    common = {"hidden": (4, 3), "optimizer": optimizer, "lr": 0.01}
    configs = [
        TrainConfig(activation="identity", seed=0, **common),
        TrainConfig(activation="formula: x * sigmoid(x)", seed=1, **common),
    ]
    original = Stack(configs)
    original.step(4, measure_last=False)
    copy = copied(original)
    for stack in (original, copy):
        stack.step(5)
    for k in range(2):
        for a, b in zip(original.histories()[k], copy.histories()[k], strict=True):
            assert (a.epoch, a.train_loss, a.test_loss, a.train_accuracy, a.test_accuracy) == (
                b.epoch,
                b.train_loss,
                b.test_loss,
                b.train_accuracy,
                b.test_accuracy,
            )
            np.testing.assert_array_equal(a.grad_norms, b.grad_norms)  # NaN where unmeasured, on both
            np.testing.assert_array_equal(a.dead_share, b.dead_share)
        for (w, b), (w2, b2) in zip(original.weights(k), copy.weights(k), strict=True):
            np.testing.assert_array_equal(w, w2)
            np.testing.assert_array_equal(b, b2)
    assert len(original.histories()[0]) == 10  # epoch 0 and nine epochs


def test_a_divergence_pickles_as_itself():
    again = pickle.loads(pickle.dumps(Diverged(7, math.inf, 3.0, 1)))
    assert isinstance(again, Diverged) and (again.epoch, again.index) == (7, 1)
    assert str(again) == str(Diverged(7, math.inf, 3.0, 1))
