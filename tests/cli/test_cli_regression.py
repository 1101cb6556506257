"""``export --train --dataset sine|abs|step|square|sawtooth|plane|gaussians``: the fit's CSV parsed back against the
target's formula, the lesson's defaults, the figures written, bad values refused (exit 2, no file)."""

import csv

import numpy as np
import pytest

import main


def export(argv: list[str]) -> int:
    return main.main(["export", *argv])


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def column(header, rows, name):
    k = header.index(name)
    return np.array([float(r[k]) for r in rows if r[k] != ""])


def test_a_curve_writes_the_history_then_x_target_fit(tmp_path):
    out = tmp_path / "sine.csv"
    assert export(["--train", "--dataset", "sine", "--epochs", "15", "--out", str(out)]) == 0
    header, rows = read_csv(out)
    assert header == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy", "x", "target", "fit"]
    assert column(header, rows, "epoch").tolist() == list(range(16))
    x = column(header, rows, "x")
    np.testing.assert_allclose(x, np.linspace(-6, 6, 1201), atol=1e-12)
    np.testing.assert_allclose(column(header, rows, "target"), np.sin(x), atol=1e-12)
    assert np.all(np.isnan(column(header, rows, "train_accuracy")))  # regression: no classes
    fit = column(header, rows, "fit")
    assert np.isfinite(fit).all() and np.std(fit) > 0


def test_regression_defaults_are_the_lessons_network(tmp_path):
    """Without --hidden/--optimizer/--lr/--samples a curve trains [16] ReLU with Adam lr 0.01 on 400 points."""
    implicit, explicit = tmp_path / "a.csv", tmp_path / "b.csv"
    assert export(["--train", "--dataset", "abs", "--epochs", "5", "--out", str(implicit)]) == 0
    flags = ["--hidden", "16", "--activation", "relu", "--optimizer", "adam", "--lr", "0.01", "--samples", "400"]
    assert export(["--train", "--dataset", "abs", "--epochs", "5", *flags, "--out", str(explicit)]) == 0
    assert implicit.read_bytes() == explicit.read_bytes()
    sgd = tmp_path / "c.csv"
    assert export(["--train", "--dataset", "abs", "--epochs", "5", "--optimizer", "sgd", "--lr", "0.001", "--out", str(sgd)]) == 0
    assert sgd.read_bytes() != implicit.read_bytes()


@pytest.mark.parametrize("dataset", ["plane", "gaussians", "step"])
@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_figures_of_regression_datasets(tmp_path, dataset, suffix):
    out = tmp_path / f"fit{suffix}"
    assert export(["--train", "--dataset", dataset, "--epochs", "3", "--out", str(out)]) == 0
    head = out.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in out.read_bytes()[:2000]


@pytest.mark.parametrize(
    ("flags", "named"),
    [
        (["--dataset", "sinus"], "dataset"),
        (["--dataset", "sine", "--hidden", "0"], "hidden"),
        (["--dataset", "plane", "--noise", "80"], "noise"),
        (["--dataset", "sine", "--lr", "-1"], "lr"),
    ],
)
def test_bad_values_exit_2_naming_the_field_and_write_nothing(tmp_path, capsys, flags, named):
    out = tmp_path / "fit.csv"
    assert export(["--train", *flags, "--epochs", "2", "--out", str(out)]) == 2
    assert named in capsys.readouterr().err and not out.exists()
