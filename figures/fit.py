"""The regression lesson as a figure: a 1-D fit (target, points, the network's curve, kinks) or a 2-D
regression map, above the loss curves; and the sentence of facts the tab shows beside it.

Qt-free like every builder here: the training tab (on screen and in File > Export), ``export --train
--dataset sine`` and ``export --session`` draw the same :class:`FigureSpec`. The 1-D figure's CSV is
the history with ``x,target,fit`` beside it (one row per x of the fit's grid).
"""

from __future__ import annotations

import numpy as np

from engine.datasets import DATASETS
from engine.regression import Fit, fit_of, is_curve
from engine.training import TrainResult
from engine.training_config import TrainConfig
from figures.palette import DIVERGING_COLORMAP
from figures.spec import FigureSpec, Image, Marker, Panel, Series
from figures.text import figure_tr, registry_tr
from figures.training import dataset_name, loss_panel, training_figure, training_label

TARGET_COLOR, FIT_COLOR, TRAIN_POINTS, TEST_POINTS, KINK_COLOR, UNIT_COLOR = 7, 5, 0, 1, 6, 2


def is_regression(result: TrainResult) -> bool:
    return result.config.loss == "squared"


def target_text(config: TrainConfig) -> str:
    """The target as the data follow it: a typed formula, the dataset's scaled form (``|x| / 3``, in the user's
    language), or "" for the user's own points."""
    if config.target is not None:
        return config.target
    if config.points is None and config.dataset in DATASETS:
        return registry_tr(DATASETS[config.dataset].target)
    return ""


def target_legend(config: TrainConfig) -> str:
    """The target curve's legend: ``target: y = |x| / 3`` (or just "target" beside the user's own points)."""
    text = target_text(config)
    return figure_tr("target: y = {0}").format(text) if text else figure_tr("target")


def fit_facts(fit: Fit) -> str:
    """The computed sentence about the fit's shape: kinks and their bound, smooth, or a straight line."""
    if fit.shape == "piecewise":
        return figure_tr("piecewise linear: {0} kinks (a network of this size can have at most {1})").format(
            len(fit.kinks), fit.bound
        )
    if fit.shape == "line":
        return figure_tr("a straight line whatever the depth: y = {0}·x + {1}").format(f"{fit.slope:.3g}", f"{fit.intercept:.3g}")
    if fit.shape == "smooth":
        return figure_tr("smooth: the activation has no kinks, so neither has the fit")
    return figure_tr("curved pieces: kinks are not counted for this activation or these inputs")


def fit_panel(result: TrainResult, fit: Fit, contributions: bool = False) -> Panel:
    """Target g(x), training and test points, the network's output with its kinks, and (``contributions``) each
    last-layer unit's weighted output as thin curves (they add up to the fit with the output bias)."""
    data = result.data
    series = [
        Series(target_legend(result.config), fit.x, fit.target, color=TARGET_COLOR, dashed=True, column="target"),
        Series(figure_tr("fit"), fit.x, fit.output, color=FIT_COLOR, width=2.5, column="fit"),
    ]
    for part, color, name in ((data.train, TRAIN_POINTS, figure_tr("train")), (~data.train, TEST_POINTS, figure_tr("test"))):
        series.append(Series(name, data.xy[part, 0], data.labels[part], kind="scatter", color=color, tabulate=False))
    if contributions:
        for j, values in enumerate(fit.contributions, start=1):
            label = figure_tr("unit {0}").format(j) if j == 1 else ""
            series.append(Series(label, fit.x, values, color=UNIT_COLOR, width=0.8, tabulate=False))
    at = np.interp(fit.kinks, fit.x, fit.output)
    markers = [Marker(float(x), float(y), color=KINK_COLOR) for x, y in zip(fit.kinks, at, strict=True)]  # as the explorer's
    finite = np.concatenate([fit.target[np.isfinite(fit.target)], data.labels])  # a typed target may have gaps
    low, high = float(finite.min()), float(finite.max())
    pad = 0.15 * max(high - low, 1.0)
    return Panel(
        title=figure_tr("Fit: {0}").format(fit_facts(fit)),
        x_label="x",
        y_label="y",
        series=series,
        markers=markers,
        x_range=(float(fit.x[0]), float(fit.x[-1])),
        y_range=(low - pad, high + pad),
        x_column="x",
    )


def regression_map_panel(result: TrainResult) -> Panel:
    """The network's output over [-6, 6]² in a continuous colour map, the points on it."""
    snap, data = result.snapshot, result.data
    series = [
        Series(name, data.xy[part, 0], data.xy[part, 1], kind="scatter", color=color)
        for part, color, name in ((data.train, TRAIN_POINTS, figure_tr("train")), (~data.train, TEST_POINTS, figure_tr("test")))
    ]
    x, y, w, h = snap.extent
    return Panel(
        title=figure_tr("Output"),
        x_label="x₁",
        y_label="x₂",
        series=series,
        image=Image(snap.output, snap.extent, colormap=DIVERGING_COLORMAP, label=figure_tr("output"), levels=snap.levels),
        x_range=(x, x + w),
        y_range=(y, y + h),
        tabulate=False,
        equal_aspect=True,
    )


def regression_figure(result: TrainResult, contributions: bool = False) -> FigureSpec:
    """The loss, then the fit (1-D: from ``result.weights``) or the output map (2-D) after the last epoch."""
    last, cfg = result.history[-1], result.config
    data = figure_tr("y = {0}").format(cfg.target) if cfg.target is not None else dataset_name(cfg.dataset)
    caption = figure_tr("epoch {0}: train MSE {1}, test MSE {2}; {3}, noise {4} %, seed {5}").format(
        last.epoch, f"{last.train_loss:.4f}", f"{last.test_loss:.4f}", data, f"{cfg.noise:g}", cfg.seed
    )
    if is_curve(cfg) and result.weights:
        fit = fit_of(cfg, list(result.weights))
        top = fit_panel(result, fit, contributions)
    else:
        top = regression_map_panel(result)
    return FigureSpec(
        title=training_label(result),
        panels=[loss_panel(result), top],
        caption=caption,
        share_x=False,
        name=f"regression_{cfg.dataset}_{cfg.activation}",
    )


def lesson_figure(result: TrainResult, contributions: bool = False) -> FigureSpec:
    """The training tab's figure for ``result``: :func:`regression_figure` or the classification map."""
    if is_regression(result):
        return regression_figure(result, contributions)
    return training_figure(result)
