"""The training lesson as a figure: the decision map with the points, and the loss curves.

Qt-free like every builder here: the training tab (on screen and in File > Export) and
``main.py export --train ... --out run.png`` draw the same :class:`FigureSpec`.
"""

from __future__ import annotations

import numpy as np

import engine
from engine.datasets import DATASETS
from engine.optimizers import OPTIMIZERS
from engine.training import TrainResult
from figures.palette import DIVERGING_COLORMAP
from figures.spec import FigureSpec, Image, Panel, Series
from figures.text import figure_tr, registry_tr

#: Palette indices of the points, (class, part) -> colour: the hue of the class's end of the diverging map
#: (class 1 = output +1 = yellow end: orange; class 0 = blue end: blue), test points in a second shade of it.
#: The spec has no hollow marker yet, so test points differ by colour rather than by outline.
POINT_COLORS = {(1, "train"): 4, (1, "test"): 1, (0, "train"): 0, (0, "test"): 5}
TRAIN_COLOR, TEST_COLOR = 0, 1  # the loss curves


def dataset_name(dataset_id: str) -> str:
    """A dataset as the training tab's list names it (``xor`` → Exclusive or, in the user's language)."""
    return registry_tr(DATASETS[dataset_id].name) if dataset_id in DATASETS else dataset_id


def training_label(result: TrainResult) -> str:
    """``Tanh, 4-2, SGD lr 0.03``: the activation, the hidden layers and the optimiser."""
    cfg = result.config
    layers = "-".join(map(str, cfg.hidden)) or figure_tr("no hidden layer")
    name = registry_tr(engine.resolve_activation(cfg.activation).name)
    return figure_tr("{0}, {1}, {2} lr {3}").format(name, layers, optimizer_name(cfg.optimizer), f"{cfg.lr:g}")


def optimizer_name(optimizer_id: str) -> str:
    """An optimiser as the training tab names it (``momentum`` → SGD with momentum, in the user's language)."""
    return registry_tr(OPTIMIZERS[optimizer_id].name) if optimizer_id in OPTIMIZERS else optimizer_id


def map_panel(result: TrainResult, title: str = "") -> Panel:
    """The network's output over [-6, 6]² with the training and test points of each class on it."""
    title = title or figure_tr("Decision map")
    snap, data = result.snapshot, result.data
    series = []
    for (label, part), color in POINT_COLORS.items():
        chosen = (data.train if part == "train" else ~data.train) & (data.labels == label)
        name = figure_tr("class {0} ({1})").format(label, figure_tr("train") if part == "train" else figure_tr("test"))
        series.append(Series(name, data.xy[chosen, 0], data.xy[chosen, 1], kind="scatter", color=color))
    x, y, w, h = snap.extent
    return Panel(
        title=title,
        x_label="x₁",
        y_label="x₂",
        series=series,
        image=Image(
            snap.output, snap.extent, colormap=DIVERGING_COLORMAP, label=figure_tr("output"), levels=snap.levels, smooth=True
        ),
        x_range=(x, x + w),
        y_range=(y, y + h),
        tabulate=False,  # the figure's CSV is the history (loss_panel)
        equal_aspect=True,  # the plane as it is: the circle dataset's circle is round
    )


def loss_panel(result: TrainResult) -> Panel:
    """Train and test loss over the epochs (0: before training).

    Its table is the history, ``epoch,train_loss,test_loss,train_accuracy,test_accuracy``
    (the accuracies ride on the test loss as extra columns): the CSV of File > Export and of
    ``export --train``.
    """
    header, columns = result.table()
    if result.dtype == "float32":  # the run's own float32 numbers: the CSV writes 0.48, not 0.47999998927116394
        columns = [columns[0], *(np.asarray(c, dtype=np.float32) for c in columns[1:])]
    epochs = columns[0]  # whole numbers: the CSV writes 0, 1, 2 (not 0.0)
    series = [
        Series(figure_tr("train loss"), epochs, columns[1], color=TRAIN_COLOR, column=header[1]),
        Series(
            figure_tr("test loss"),
            epochs,
            columns[2],
            color=TEST_COLOR,
            column=header[2],
            extra={header[3]: columns[3], header[4]: columns[4]},
        ),
    ]
    finite = np.concatenate([c[np.isfinite(c)] for c in columns[1:3]])
    log = finite.size > 0 and finite.min() > 0 and finite.max() / finite.min() > 100
    return Panel(figure_tr("Loss"), figure_tr("epoch"), figure_tr("loss"), series, log_y=bool(log), x_column=header[0])


def training_figure(result: TrainResult) -> FigureSpec:
    """The decision map after the last epoch above the loss curves of the whole run."""
    last = result.history[-1]
    caption = figure_tr("epoch {0}: train accuracy {1}, test accuracy {2}; {3}, noise {4} %, seed {5}").format(
        last.epoch,
        f"{last.train_accuracy:.3f}",
        f"{last.test_accuracy:.3f}",
        dataset_name(result.config.dataset),
        f"{result.config.noise:g}",
        result.config.seed,
    )
    return FigureSpec(
        title=training_label(result),
        panels=[map_panel(result), loss_panel(result)],
        caption=caption,
        share_x=False,
        name=f"training_{result.config.dataset}_{result.config.activation}",
    )
