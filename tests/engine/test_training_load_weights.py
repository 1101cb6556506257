"""Trainer.load_weights: a saved network (plain numbers) goes on exactly where it was; bad weights are refused by layer."""

import numpy as np
import pytest

from engine.errors import EngineError
from engine.training import Trainer
from engine.training_config import TrainConfig

CONFIG = TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2), seed=1, lr=0.1, dtype="float64")


def test_loaded_weights_give_the_same_network_and_loss_as_the_trained_one():
    trained = Trainer(CONFIG)
    trained.step(7)
    saved = [(w.tolist(), b.tolist()) for w, b in trained.weights()]  # as a session file holds them

    loaded = Trainer(CONFIG)
    loaded.load_weights(saved, epoch=7)

    assert loaded.epoch == 7 and loaded.history[-1].epoch == 7
    for (w, b), (w_saved, b_saved) in zip(loaded.weights(), trained.weights(), strict=True):
        np.testing.assert_array_equal(w, w_saved)
        np.testing.assert_array_equal(b, b_saved)
    assert loaded.history[-1].train_loss == trained.history[-1].train_loss
    # the loss is the network's own: ½(tanh(z) − t)² averaged over the training points, t = ±1 (the mse loss)
    x = loaded.data.x_train
    h = x
    for w, b in loaded.weights()[:-1]:
        h = np.tanh(h @ w.T + b)
    w, b = loaded.weights()[-1]
    out = np.tanh(h @ w.T + b)[:, 0]
    target = np.where(loaded.data.y_train > 0, 1.0, -1.0)
    assert loaded.history[-1].train_loss == pytest.approx(np.mean(0.5 * (out - target) ** 2), rel=1e-9)


def test_weights_of_another_shape_or_not_finite_are_refused_naming_the_layer():
    trainer = Trainer(CONFIG)
    good = [(w.tolist(), b.tolist()) for w, b in trainer.weights()]
    with pytest.raises(EngineError) as refused:
        trainer.load_weights([good[0], (np.zeros((3, 4)), np.zeros(3)), good[2]])
    assert refused.value.field == "layer 2"
    with pytest.raises(EngineError) as refused:
        trainer.load_weights([good[0], good[1], (np.full((1, 2), np.nan), np.zeros(1))])
    assert refused.value.field == "layer 3"
    with pytest.raises(EngineError):
        trainer.load_weights(good[:2])
    assert trainer.epoch == 0
