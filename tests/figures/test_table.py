"""The one CSV dialect of every figure (figures.table), checked against closed forms and the README's names."""

from __future__ import annotations

import csv
import io
import math
from fractions import Fraction

import numpy as np

import engine
from engine.initializers import histogram, sample
from figures.builders import activation_figure, init_figure
from figures.spec import FigureSpec, Panel, Series
from figures.table import figure_csv_text, figure_table


def parsed(text: str) -> tuple[list[str], dict[str, np.ndarray]]:
    table = list(csv.reader(io.StringIO(text)))
    header = table[0]
    return header, {name: np.array([float(r[i]) if r[i] else np.nan for r in table[1:]]) for i, name in enumerate(header)}


def test_one_activation_gives_x_f_df_d2f_with_relus_values():
    curve = engine.evaluate("relu", x_min=-2.0, x_max=2.0, points=9, order=2, device="cpu", dtype="float64")
    header, cols = parsed(figure_csv_text(activation_figure([curve])))
    assert header == ["x", "f", "df", "d2f"]
    x = cols["x"]
    np.testing.assert_array_equal(x, np.linspace(-2, 2, 9))
    np.testing.assert_array_equal(cols["f"], np.maximum(x, 0))
    np.testing.assert_array_equal(cols["df"][x != 0], (x[x != 0] > 0).astype(float))
    np.testing.assert_array_equal(cols["d2f"], np.zeros_like(x))


def test_log_derivative_view_names_its_column_abs_df_and_holds_the_magnitude():
    curve = engine.evaluate("tanh", x_min=-3.0, x_max=3.0, points=61, order=1, device="cpu", dtype="float64")
    header, cols = parsed(figure_csv_text(activation_figure([curve], show_second=False, log_df=True)))
    assert header == ["x", "f", "abs_df"]
    np.testing.assert_allclose(cols["abs_df"], 1 / np.cosh(cols["x"]) ** 2, rtol=1e-12)


def test_the_same_activation_twice_is_told_apart_by_its_parameters():
    curves = [engine.evaluate("elu", {"alpha": a}, points=5, order=1, device="cpu", dtype="float64") for a in (1.0, 0.5)]
    header, cols = parsed(figure_csv_text(activation_figure(curves, show_second=False)))
    assert header == ["x", "elu(alpha=1)_f", "elu(alpha=1)_df", "elu(alpha=0.5)_f", "elu(alpha=0.5)_df"]
    x = cols["x"]
    np.testing.assert_allclose(cols["elu(alpha=0.5)_f"], np.where(x > 0, x, 0.5 * np.expm1(x)), rtol=1e-12)


def test_a_weight_histogram_gives_bins_counts_density_and_the_theory_at_bin_centres():
    s = sample("normal", (200, 100), {"mean": 0.0, "std": 0.5}, seed=0, device="cpu", dtype="float64")
    h = histogram(s, 30)
    header, cols = parsed(figure_csv_text(init_figure([s], [h])))
    assert header == ["bin_left", "bin_right", "count", "density", "pdf"]
    widths = cols["bin_right"] - cols["bin_left"]
    assert cols["count"].sum() == 200 * 100
    np.testing.assert_allclose(cols["density"], cols["count"] / (20_000 * widths), rtol=1e-12)
    centres = (cols["bin_left"] + cols["bin_right"]) / 2
    normal_pdf = np.exp(-0.5 * (centres / 0.5) ** 2) / (0.5 * math.sqrt(2 * math.pi))
    np.testing.assert_allclose(cols["pdf"], normal_pdf, rtol=1e-9)


def test_a_training_history_figure_gives_exactly_the_training_columns():
    epochs = np.arange(0, 4)
    loss = Panel(
        "Loss",
        "epoch",
        "loss",
        [
            Series("train", epochs, np.array([0.9, 0.5, 0.3, 0.2]), column="train_loss"),
            Series("test", epochs, np.array([1.0, 0.6, 0.4, 0.3]), column="test_loss", dashed=True),
        ],
    )
    accuracy = Panel(
        "Accuracy",
        "epoch",
        "accuracy",
        [
            Series("train", epochs, np.array([0.5, 0.7, 0.9, 1.0]), column="train_accuracy"),
            Series("test", epochs, np.array([0.5, 0.6, 0.8, 0.9]), column="test_accuracy", dashed=True),
        ],
    )
    text = figure_csv_text(FigureSpec("circle", [loss, accuracy]))
    assert text.splitlines()[0] == "epoch,train_loss,test_loss,train_accuracy,test_accuracy"
    assert text.splitlines()[1] == "0,0.9,1.0,0.5,0.5"


def test_column_order_and_drawn_only_series_shape_the_table_not_the_picture():
    layers = np.array([1, 2, 3])
    spec = FigureSpec(
        "net",
        [
            Panel("std", "layer", "std", [Series("std", layers, np.ones(3), column="act_std")]),
            Panel(
                "mean",
                "layer",
                "mean",
                [
                    Series("mean", layers, np.zeros(3), column="act_mean"),
                    Series("theory", layers, np.zeros(3), dashed=True, tabulate=False),
                ],
            ),
            Panel("hist", "v", "density", [Series("h", np.array([0.0, 1.0]), np.array([1.0]), kind="histogram")], tabulate=False),
        ],
        column_order=("act_mean", "act_std"),
    )
    header, columns = figure_table(spec)
    assert header == ["layer", "act_mean", "act_std"]
    assert [list(c) for c in columns] == [[1, 2, 3], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]


def test_repeated_column_names_are_numbered_after_the_first():
    x = np.array([0.0, 1.0])
    spec = FigureSpec("same", [Panel("p", "x", "y", [Series("a", x, x), Series("a", x, 2 * x)])])
    assert figure_table(spec)[0] == ["x", "a", "a (2)"]


def test_a_float32_csv_writes_x_as_the_decimals_asked_for_and_hits_zero():
    c = engine.evaluate("relu", x_min=-6.0, x_max=6.0, points=1001, dtype="float32")
    rows = list(csv.reader(io.StringIO(figure_csv_text(activation_figure([c])))))
    column = [row[0] for row in rows[1:]]
    assert column[1] == "-5.988" and column[500] == "0.0" and column[-1] == "6.0"  # not -5.99399995803833
    assert [float(v) for v in column] == [float(Fraction(-6) + Fraction(12 * i, 1000)) for i in range(1001)]
