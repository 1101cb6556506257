"""The curves' columns grow with the history frame by frame and equal the history read afresh."""

import numpy as np
import pytest

from engine.training import TABLE_HEADER, TrainConfig, Trainer
from gui.training.plots import HistoryColumns

pytestmark = pytest.mark.gui


def test_columns_extended_frame_by_frame_equal_the_whole_history_and_a_new_run_starts_again():
    trainer = Trainer(TrainConfig(hidden=(3,), seed=2))
    columns = HistoryColumns()
    for epochs in (1, 300, 2):  # past the first capacity, and a step of several epochs (NaN gradient norms)
        trainer.step(epochs)
        got = columns.update(trainer.history)
    history = trainer.history
    for name in TABLE_HEADER:
        np.testing.assert_array_equal(got[name], [getattr(s, name) for s in history])
    np.testing.assert_array_equal(columns.grad_norms, np.array([s.grad_norms for s in history]))
    other = Trainer(TrainConfig(hidden=(3,), seed=3))
    again = columns.update(other.history)
    assert len(again["epoch"]) == 1 and again["train_loss"][0] == other.history[0].train_loss
