"""``export --train``: the history file parsed back, the flags' checks, nothing written on bad input.

Every test runs the real command line in-process (``main.main(argv)``), as a user types it.
"""

import csv
import math

import numpy as np
import pytest

import main
from engine.datasets import make_data


def export(argv: list[str]) -> int:
    return main.main(["export", *argv])


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], [[float(v) for v in row] for row in rows[1:]]


def test_history_has_one_row_per_epoch_from_0_with_the_exact_columns(tmp_path):
    out = tmp_path / "run.csv"
    flags = ["--train", "--dataset", "circle", "--activation", "tanh", "--hidden", "4,2", "--epochs", "12", "--seed", "0"]
    assert export([*flags, "--out", str(out)]) == 0
    header, rows = read_csv(out)
    assert header == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"]
    assert [r[0] for r in rows] == list(range(13))
    for _, train_loss, test_loss, train_acc, test_acc in rows:
        assert 0 <= train_loss <= 2 and 0 <= test_loss <= 2  # ½(tanh − t)² with t = ±1 lies in [0, 2]
        assert 0 <= train_acc <= 1 and 0 <= test_acc <= 1


def test_accuracies_are_shares_of_the_250_training_and_test_points(tmp_path):
    out = tmp_path / "run.csv"
    assert export(["--train", "--epochs", "3", "--noise", "20", "--out", str(out)]) == 0
    data = make_data("circle", noise=20)
    _, rows = read_csv(out)
    for row in rows:
        for share, count in ((row[3], data.train.sum()), (row[4], (~data.train).sum())):
            assert math.isclose(share * count, round(share * count), abs_tol=1e-4)


def test_every_number_is_the_shortest_text_that_reads_back_to_its_float32(tmp_path):
    """The history is float32: 0.48 (12 of 25), not its float64 spelling 0.47999998927116394."""
    out = tmp_path / "run.csv"
    assert export(["--train", "--epochs", "3", "--noise", "20", "--out", str(out)]) == 0
    with open(out, newline="", encoding="utf-8") as fh:
        cells = [cell for row in list(csv.reader(fh))[1:] for cell in row[1:]]
    for cell in cells:
        value = np.float32(cell)
        assert float(value) == float(np.float32(float(value)))  # a float32 number
        assert cell == np.format_float_positional(value, unique=True, trim="-") or cell == str(value), cell
        assert len(cell.replace("-", "").replace(".", "").lstrip("0")) <= 9  # float32 needs at most 9 digits


def test_no_hidden_layer_and_cross_entropy(tmp_path):
    out = tmp_path / "linear.csv"
    assert export(["--train", "--hidden", "none", "--loss", "bce", "--epochs", "2", "--dataset", "gauss", "--out", str(out)]) == 0
    _, rows = read_csv(out)
    assert rows[0][1] == pytest.approx(math.log(2), abs=0.5)  # a fresh linear unit is close to p = ½ everywhere
    assert len(rows) == 3


def test_the_batch_flag_is_the_mini_batch_and_changes_the_run(tmp_path):
    ten, one = tmp_path / "ten.csv", tmp_path / "one.csv"
    assert export(["--train", "--epochs", "2", "--out", str(ten)]) == 0  # default: Playground's batch of 10
    assert export(["--train", "--epochs", "2", "--batch", "10", "--out", str(one)]) == 0
    assert ten.read_bytes() == one.read_bytes()
    assert export(["--train", "--epochs", "2", "--batch", "1", "--out", str(one)]) == 0
    assert ten.read_bytes() != one.read_bytes()


def test_same_flags_write_the_same_file(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    flags = ["--train", "--dataset", "spiral", "--activation", "relu", "--hidden", "8,8", "--optimizer", "adam", "--epochs", "4"]
    assert export([*flags, "--out", str(a)]) == 0 and export([*flags, "--out", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    "flags, field",
    [
        (["--hidden", "4,0"], "hidden"),
        (["--hidden", "4,2.5"], "hidden"),
        (["--hidden", "4,x"], "hidden"),
        (["--hidden", "4,²"], "hidden"),
        (["--activation", "softmax"], "activation"),
        (["--activation", "leaky_relu", "--param", "negative_slope=3"], "leaky_relu.negative_slope"),
        (["--activation", "tanh", "--activation", "relu"], "activation"),
        (["--dataset", "rings"], "dataset"),
        (["--lr", "20"], "lr"),
        (["--batch", "100"], "batch"),
        (["--optimizer", "rmsprop"], "optimizer"),
        (["--loss", "hinge"], "loss"),
        (["--noise", "80"], "noise"),
        (["--train-ratio", "95"], "train_ratio"),
        (["--features", "x1,x9"], "features"),
        (["--init", "nope"], "init"),
        (["--init-param", "gain=2"], "init-param"),
        (["--dtype", "float16"], "dtype"),
        (["--depth"], "depth"),
        (["--activation", "identity", "--loss", "bce", "--lr", "10"], "lr"),  # diverges: the epoch is named
    ],
)
def test_bad_input_exits_2_naming_the_field_and_writes_nothing(tmp_path, capsys, flags, field):
    out = tmp_path / "run.csv"
    assert export(["--train", "--epochs", "5", *flags, "--out", str(out)]) == 2
    assert f"error: {field}:" in capsys.readouterr().err
    assert not out.exists() and list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "flag, text, message",
    [
        ("--epochs", "abc", "expected a number, got 'abc'"),
        ("--epochs", "2.5", "expected a whole number"),
        ("--samples", "many", "expected a number, got 'many'"),
        ("--lr", "fast", "expected a number, got 'fast'"),
        ("--noise", "1e", "expected a number, got '1e'"),
        ("--train-ratio", "½", "expected a number, got '½'"),
        ("--reg-rate", "", "expected a number, got ''"),
    ],
)
def test_a_number_flag_that_is_not_a_number_exits_2_with_the_house_message(tmp_path, capsys, flag, text, message):
    out = tmp_path / "run.csv"
    assert export(["--train", "--epochs", "5", flag, text, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {flag}: {message}") and "usage:" not in err
    assert list(tmp_path.iterdir()) == []


def test_number_flags_take_full_width_digits_like_every_other_flag(tmp_path):
    full, ascii_ = tmp_path / "full.csv", tmp_path / "ascii.csv"
    assert export(["--train", "--epochs", "３", "--lr", "０.０５", "--samples", "２００", "--out", str(full)]) == 0
    assert export(["--train", "--epochs", "3", "--lr", "0.05", "--samples", "200", "--out", str(ascii_)]) == 0
    assert full.read_bytes() == ascii_.read_bytes()
    assert len(full.read_text(encoding="utf-8").splitlines()) == 1 + 4  # the header and epochs 0 to 3


def test_a_diverging_run_names_the_epoch(tmp_path, capsys):
    out = tmp_path / "run.csv"
    assert (
        export(["--train", "--activation", "identity", "--loss", "bce", "--lr", "10", "--epochs", "50", "--out", str(out)]) == 2
    )
    assert "diverged at epoch" in capsys.readouterr().err


def test_an_unknown_extension_is_refused_before_training(tmp_path, capsys):
    assert export(["--train", "--out", str(tmp_path / "run.txt")]) == 2
    assert "out:" in capsys.readouterr().err


@pytest.mark.gui
def test_an_svg_draws_the_map_and_the_loss_curves(tmp_path):
    out = tmp_path / "run.svg"
    assert export(["--train", "--epochs", "3", "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "Decision map" in text and "train loss" in text and "test loss" in text and "<image" in text
