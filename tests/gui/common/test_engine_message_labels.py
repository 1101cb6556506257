"""Engine refusals name fields as the panels label them ("learning rate", not "lr")."""

from engine.training import Diverged, Trainer
from engine.training_config import TrainConfig
from gui.common.engine_messages import engine_message


def test_a_divergence_names_the_learning_rate_as_the_panel_does(qapp):
    try:
        Trainer(TrainConfig(activation="identity", loss="bce", lr=10.0)).step(300)
    except Diverged as exc:
        raw = str(exc)
    assert raw.startswith("lr: ")  # the engine's field name
    shown = engine_message(raw)
    assert shown.startswith("learning rate: the training diverged at epoch ") and "lr:" not in shown


def test_a_refused_batch_size_reads_batch_size():
    assert engine_message("batch: 0 is below the minimum 1") == "batch size: 0 is below the minimum 1"
    assert engine_message("gain: 11 is above the maximum 10") == "gain: 11 is above the maximum 10"  # a registry name
