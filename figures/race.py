"""The activation race as a figure: each racer's decision map, then every racer's loss and accuracy overlaid.

Qt-free: the race tab (on screen and in File > Export), ``export --session`` and
``export --train --race ... --out race.png|csv`` draw the same :class:`FigureSpec`. Its CSV is the
race's table: ``epoch`` and, per activation, ``<id>:train_loss,<id>:test_loss,<id>:train_accuracy,
<id>:test_accuracy`` (:meth:`engine.race.RaceResult.table`).
"""

from __future__ import annotations

import math

import numpy as np

import engine
from engine.race import GOAL, RaceResult, run_race
from engine.training import TrainResult
from figures.spec import FigureSpec, Panel, Series
from figures.text import figure_tr, registry_tr
from figures.training import dataset_name, map_panel, optimizer_name
from states.race import RaceState

#: Palette indices of the racers, in order: Okabe-Ito's (or the high-contrast palette's) first six; the
#: yellow (6) is left out, it fades on white.
RACER_COLORS = (0, 1, 2, 3, 4, 5)


def racer_name(activation: str) -> str:
    """The racer's name as the screen shows it (translated registry name; a formula's text)."""
    return registry_tr(engine.resolve_activation(activation).name)


def racer_note(result: RaceResult, k: int) -> str:
    """``95 % at epoch 12`` or ``not at 95 % yet``, and the dead units when there are any."""
    reached = result.reached[k]
    goal = f"{GOAL * 100:g}"
    note = (
        figure_tr("{0} % at epoch {1}").format(goal, reached)
        if reached is not None
        else figure_tr("not at {0} % yet").format(goal)
    )
    dead = result.dead_share(k)
    if math.isfinite(dead) and dead > 0:
        note += figure_tr("; {0} % of units dead").format(f"{dead * 100:.0f}")
    return note


def racer_title(result: RaceResult, k: int) -> str:
    """``ReLU: 95 % at epoch 12``: the racer's name and how it does (a map's title)."""
    return figure_tr("{0}: {1}").format(racer_name(result.race.activations[k]), racer_note(result, k))


def racer_titles(result: RaceResult, k: int) -> tuple[str, str]:
    """A map's title, then its short form for a narrow map: ``88 % · ReLU``, the racer's training accuracy now (the
    number first, as the curves below show it) and its name; the name alone while it has no accuracy."""
    name = racer_name(result.race.activations[k])
    accuracy = result.histories[k][-1].train_accuracy if result.histories[k] else math.nan
    short = figure_tr("{0} % · {1}").format(f"{accuracy * 100:.0f}", name) if math.isfinite(accuracy) else name
    return racer_title(result, k), short


def racer_result(result: RaceResult, k: int) -> TrainResult:
    """Racer ``k`` as a training result (its map panel is the training figure's)."""
    config = result.race.configs()[k]
    return TrainResult(config, result.data, result.histories[k], result.snapshots[k], result.device, config.dtype)


def curves_panels(result: RaceResult) -> list[Panel]:
    """Loss and training accuracy over the epochs, one colour per racer; the loss panel holds the CSV."""
    header, columns = result.table()
    if result.race.base.dtype == "float32":  # the run's own float32 numbers, as the training figure writes them
        columns = [columns[0], *(np.asarray(c, dtype=np.float32) for c in columns[1:])]
    epochs = columns[0]
    loss, accuracy = [], []
    for k, act in enumerate(result.race.activations):
        first = 1 + 4 * k  # train_loss, test_loss, train_accuracy, test_accuracy
        name, color = racer_name(act), RACER_COLORS[k]
        extra = {header[first + j]: columns[first + j] for j in (1, 2, 3)}  # test loss, the accuracies
        loss.append(Series(name, epochs, columns[first], color=color, column=header[first], extra=dict(extra)))
        accuracy.append(Series(name, epochs, columns[first + 2], color=color, tabulate=False))
    finite = np.concatenate([np.asarray(s.y)[np.isfinite(s.y)] for s in loss])
    log = finite.size > 0 and finite.min() > 0 and finite.max() / finite.min() > 100
    return [
        Panel(figure_tr("Training loss"), figure_tr("epoch"), figure_tr("loss"), loss, log_y=bool(log), x_column="epoch"),
        Panel(
            figure_tr("Training accuracy"),
            figure_tr("epoch"),
            figure_tr("accuracy"),
            accuracy,
            hlines=[GOAL],
            y_range=(0.0, 1.0),
            tabulate=False,
        ),
    ]


def race_figure(result: RaceResult) -> FigureSpec:
    """Every racer's map (titled with its name and how it does), then the overlaid loss and accuracy curves."""
    maps = [map_panel(racer_result(result, k), racer_title(result, k)) for k in range(len(result.race.activations))]
    base = result.race.base
    layers = "-".join(map(str, base.hidden))
    title = figure_tr("Activation race: {0}, {1}, {2} lr {3}").format(
        ", ".join(racer_name(a) for a in result.race.activations), layers, optimizer_name(base.optimizer), f"{base.lr:g}"
    )
    caption = figure_tr("epoch {0}; {1}, noise {2} %, seed {3}; the same initial weights and batches for every racer").format(
        result.epoch, dataset_name(base.dataset), f"{base.noise:g}", base.seed
    )
    return FigureSpec(
        title=title,
        panels=[*maps, *curves_panels(result)],
        caption=caption,
        share_x=False,
        name=f"race_{base.dataset}_" + "_".join(a if a.isidentifier() else "formula" for a in result.race.activations),
    )


def race_figure_of(
    state: RaceState, result: RaceResult | None = None, device: str | None = None, dtype: str | None = None
) -> FigureSpec:
    """The race the state describes at its epoch (trained again from its seed), or ``result``: the race on screen."""
    if result is None:
        result = run_race(state.race(device or "cpu", dtype or "float32"), epochs=state.epoch)
    return race_figure(result)
