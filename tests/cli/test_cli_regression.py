"""``export --train --dataset sine|abs|step|square|sawtooth|plane|gaussians``: the fit's CSV parsed back against the
target's formula, the lesson's defaults, the figures written, bad values refused (exit 2, no file)."""

import csv

import numpy as np
import pytest

import main
from engine.training_config import TrainConfig
from figures import text as figure_text
from figures.fit import target_legend


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


def test_a_typed_target_trains_on_numpys_values_and_writes_them_beside_the_fit(tmp_path):
    """``--target FORMULA`` without --dataset: the sine curve's x, the formula's targets in float64."""
    out = tmp_path / "target.csv"
    assert export(["--train", "--target", "sin(2*x)", "--epochs", "4", "--out", str(out)]) == 0
    header, rows = read_csv(out)
    assert header[-3:] == ["x", "target", "fit"]
    x = column(header, rows, "x")
    np.testing.assert_allclose(column(header, rows, "target"), np.sin(2 * x), rtol=0, atol=1e-15)
    own = tmp_path / "sine.csv"  # the same run on sin x: the same x, another target, another loss
    assert export(["--train", "--dataset", "sine", "--epochs", "4", "--out", str(own)]) == 0
    assert column(*read_csv(own), "train_loss")[0] != column(header, rows, "train_loss")[0]


def test_a_typed_target_gives_the_points_its_values_plus_the_curves_noise(tmp_path):
    """The points trained on (a session written by --target's state) are g(x) plus the sine's own noise."""
    from cli.parser import build_parser
    from cli.training import train_state
    from engine.training_config import data_for

    def data(*flags):
        args = build_parser().parse_args(["export", "--train", *flags, "--noise", "20", "--seed", "3", "--out", "unused.csv"])
        return data_for(train_state(args).config())

    typed, own = data("--target", "abs(x) - 1"), data("--dataset", "sine")
    x = typed.xy[:, 0]
    np.testing.assert_array_equal(x, own.xy[:, 0])
    np.testing.assert_allclose(typed.labels - (np.abs(x) - 1), own.labels - np.sin(x), atol=1e-12)
    assert np.std(own.labels - np.sin(x)) > 0.1  # the noise is there


@pytest.fixture
def english():
    yield
    figure_text.use_language("en")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf", ".csv"])
def test_a_typed_target_is_written_in_chinese_too(english, tmp_path, suffix):
    """--lang zh_CN: the figure's words (the target's legend among them) in Chinese; the CSV's columns stay."""
    out = tmp_path / f"target{suffix}"
    assert main.main(["--lang", "zh_CN", "export", "--train", "--target", "x*x/20", "--epochs", "2", "--out", str(out)]) == 0
    assert target_legend(TrainConfig(dataset="sine", target="x*x/20")) == "目标：y = x*x/20"
    assert target_legend(TrainConfig(dataset="abs")) == "目标：y = |x| / 3"
    head = out.read_bytes()[:3000]
    magic = {".png": b"\x89PNG", ".pdf": b"%PDF", ".csv": b"epoch,train_loss"}
    assert head.startswith(magic[suffix]) if suffix in magic else b"<svg" in head


@pytest.mark.parametrize(
    ("flags", "said"),
    [
        (["--target", "sin("], "never closed"),
        (["--target", "log(x)"], "not a finite number"),
        (["--target", "x", "--dataset", "circle"], "1-D curve"),
        (["--target", "x", "--dataset", "plane"], "1-D curve"),
        (["--target", "x", "--race", "relu,tanh"], "--race"),
    ],
)
def test_a_bad_target_exits_2_naming_it_and_writes_nothing(tmp_path, capsys, flags, said):
    out = tmp_path / "fit.csv"
    assert export(["--train", *flags, "--epochs", "2", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "target" in err and said in err and not out.exists()


def test_a_session_with_a_typed_target_exports_its_formula_in_the_target_column(tmp_path):
    """``export --session``: the file's target formula (with its parameter) is the CSV's target column."""
    import json

    from sessions import FORMAT

    section = {"dataset": "sine", "hidden": [4], "target": "a*abs(x) - 1", "target_params": {"a": 0.5}}
    session = tmp_path / "target.alab"
    session.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": {"training": section}}), encoding="utf-8")
    out = tmp_path / "out"
    assert main.main(["export", "--session", str(session), "--out", str(out), "--format", "csv"]) == 0
    header, rows = read_csv(out / "training.csv")
    x = column(header, rows, "x")
    np.testing.assert_allclose(column(header, rows, "target"), 0.5 * np.abs(x) - 1, rtol=0, atol=1e-15)
