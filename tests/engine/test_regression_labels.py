"""The regression targets are named as the data follow them: |x| / 3 and x² / 18 (scaled to the size of sin x), in
the dataset list, the figure's legend and its CSV's target column. Each label is read back as a formula by the
formula engine (after spelling |…|, ² and "sin x" its way) and compared with the generated targets."""

from __future__ import annotations

import re

import numpy as np
import pytest

from engine.datasets import DATASETS, make_data
from engine.regression_data import plane_target, sawtooth
from engine.regression_target import formula_targets
from engine.training import run
from engine.training_config import TrainConfig
from figures.fit import regression_figure, target_legend

LEGEND = "target: y = "


def as_formula(label: str) -> str:
    """A label as written on screen in the formula language: |a| → abs(a), a² → a**2, sin x → sin(x),
    "A for x < 0, B from 0 on" → where(x < 0, A, B), x₁ → x and x₂ → 0 (the curve's line), − → -."""
    text = label.replace("−", "-").replace("x₁", "x").replace("x₂", "0")
    text = re.sub(r"\|([^|]+)\|", r"abs(\1)", text)
    text = re.sub(r"(\w)²", r"\1**2", text)
    text = re.sub(r"\b(sin|cos|tanh) x\b", r"\1(x)", text)
    piecewise = re.fullmatch(r"(\S+) for x < 0, (\S+) from 0 on", text)
    return f"where(x < 0, {piecewise[1]}, {piecewise[2]})" if piecewise else text


@pytest.mark.parametrize("dataset", ["sine", "abs", "step", "square"])
def test_each_curves_label_evaluates_to_its_generated_targets(dataset):
    data = make_data(dataset, 300, 0.0, seed=2)
    x = data.xy[:, 0]
    label = DATASETS[dataset].target
    np.testing.assert_allclose(formula_targets(as_formula(label), x), data.labels, rtol=0, atol=1e-15)
    assert dataset == "step" or label in DATASETS[dataset].name  # the list shows the scaled form


def test_the_scaled_labels_are_the_scaled_forms():
    assert DATASETS["abs"].target == "|x| / 3" and DATASETS["square"].target == "x² / 18"
    assert "|x| / 3" in DATASETS["abs"].name and "x² / 18" in DATASETS["square"].name


def test_the_sawtooth_and_plane_labels_say_what_the_data_do():
    x = np.linspace(-6, 6, 2401)
    saw = make_data("sawtooth", 2000, 0.0, seed=0)
    assert DATASETS["sawtooth"].target == "sawtooth from −1 to 1, period 4"
    assert saw.labels.min() >= -1 and 0.99 < saw.labels.max() < 1
    # period 4: g(x + 4) = g(x) away from the drops
    inner = x[(np.mod(x + 2, 4) > 0.01) & (np.mod(x + 2, 4) < 3.99) & (x < 2)]
    np.testing.assert_allclose(sawtooth(inner + 4), sawtooth(inner), atol=1e-12)
    plane = formula_targets(as_formula(DATASETS["plane"].target), x)
    np.testing.assert_allclose(plane, plane_target(x, np.zeros_like(x)), atol=1e-15)


@pytest.mark.parametrize(("config", "expected"), [({"dataset": "square"}, "x² / 18"), ({"target": "sin(2*x)"}, "sin(2*x)")])
def test_the_exported_legend_names_the_target_its_column_holds(config, expected):
    result = run(TrainConfig(**{"dataset": "sine", **config}, hidden=(3,), optimizer="adam", lr=0.01, epochs=1))
    fit_panel = regression_figure(result).panels[1]
    target = next(s for s in fit_panel.series if s.column == "target")
    assert target.label == LEGEND + expected == target_legend(result.config)
    np.testing.assert_allclose(formula_targets(as_formula(expected), target.x), target.y, rtol=0, atol=1e-15)
