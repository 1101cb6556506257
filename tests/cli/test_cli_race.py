"""``export --train --race``: the race's table parsed back against the engine trained alone, bad values refused
with exit 2 and no file, the figure drawn (in-process, as a user types it)."""

import csv
from dataclasses import replace

import numpy as np
import pytest

import main
from engine.training import Trainer
from engine.training_config import TrainConfig


def export(argv: list[str]) -> int:
    return main.main(["export", "--train", *argv])


def test_the_csv_has_a_column_per_activation_and_metric_equal_to_each_network_trained_alone(tmp_path):
    out = tmp_path / "race.csv"
    assert export(["--race", "sigmoid,tanh,relu", "--hidden", "5,3", "--epochs", "6", "--seed", "2", "--out", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header, values = rows[0], np.array([[float(v) for v in row] for row in rows[1:]])
    metrics = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")
    assert header == ["epoch"] + [f"{a}:{m}" for a in ("sigmoid", "tanh", "relu") for m in metrics]
    assert [row[0] for row in rows[1:]] == [str(e) for e in range(7)]  # whole epochs, 0 before training
    base = TrainConfig(hidden=(5, 3), seed=2, init="xavier_uniform")  # the race's shared initialiser
    for act in ("sigmoid", "tanh", "relu"):
        alone = Trainer(replace(base, activation=act))
        alone.step(6)
        expected = np.array([[getattr(s, m) for m in metrics] for s in alone.history])
        got = values[:, [header.index(f"{act}:{m}") for m in metrics]]
        np.testing.assert_allclose(got, expected, rtol=2e-4, atol=1e-6)  # float32, baddbmm vs addmm rounding


@pytest.mark.parametrize(
    "flags, says",
    [
        (["--race", "relu"], "2 to 6"),
        (["--race", "relu,tanh,elu,gelu,selu,silu,mish"], "2 to 6"),
        (["--race", "relu,softmax"], "activations[1]"),
        (["--race", "relu,,tanh"], "separated by commas"),
        (["--race", "relu,nope"], "unknown activation"),
        (["--race", "relu,tanh", "--activation", "elu"], "leave out --activation"),
        (["--race", "relu,tanh", "--hidden", "8,0"], "hidden"),
        (["--race", "relu,tanh", "--lr", "99"], "lr"),
    ],
)
def test_bad_values_exit_2_name_the_problem_and_write_nothing(tmp_path, capsys, flags, says):
    out = tmp_path / "race.csv"
    assert export([*flags, "--epochs", "2", "--out", str(out)]) == 2
    assert says in capsys.readouterr().err
    assert not out.exists()


def test_the_figure_is_written_as_an_svg_with_every_racer(tmp_path):
    out = tmp_path / "race.svg"
    assert export(["--race", "relu,gelu", "--hidden", "4", "--epochs", "3", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<?xml") or "<svg" in text[:500]
    assert "ReLU" in text and "GELU" in text
