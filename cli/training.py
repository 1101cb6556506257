"""``export --train``: train the lesson's network from the command line and write its history or figure.

    python main.py export --train --dataset circle --activation tanh --hidden 4,2 --epochs 300 --seed 0 --out run.csv

The CSV has the columns ``epoch,train_loss,test_loss,train_accuracy,test_accuracy``, one row
per epoch from 0 (before training) to ``--epochs`` (the figure's table, as File > Export writes
it from the training tab); ``.png``/``.svg``/``.pdf`` draw the decision map and the loss curves
(:func:`figures.training.training_figure`). The flags build the training tab's
:class:`~states.training.TrainingState` (the command line's limits: any learning rate, regularisation rate, seed,
percentage and number of points the engine takes), drawn by :func:`figures.tab_figures.training_figure_of` as
File > Export draws it, handed the run made here. A regression dataset (``--dataset sine|abs|step|square|sawtooth|plane|
gaussians``) trains with squared error and draws the fit (:func:`figures.fit.regression_figure`); a 1-D one's CSV
also has ``x,target,fit`` columns beside the history. ``--target FORMULA`` trains a curve on a typed g(x) (the
formula language, float64, as the tab's "Formula target…"): the points' targets and the CSV's ``target`` column are
g's values. The run is finished before anything is written,
so bad input (or a diverging run) exits 2 naming the field and leaves no file.

The flags are added by :func:`cli.parser.add_training_arguments`; ``--activation``, ``--param``,
``--init``, ``--init-param``, ``--batch``, ``--seed``, ``--device`` and ``--dtype`` are the export
command's shared ones, read here with the lesson's meaning (``--batch`` is the mini-batch).
"""

from __future__ import annotations

import argparse

from cli.common import Export, activation_params, init_params, number, state_or_refusal
from cli.progress import bar
from engine import training_cost
from engine.datasets import DATASETS
from engine.errors import EngineError
from engine.regression import REGRESSION_DEFAULTS
from engine.training import TrainResult
from engine.training import run as train
from engine.training_config import AUTO_INIT, TrainConfig
from figures.tab_figures import training_figure_of
from states.training import COMMAND_LINE_LIMITS, TrainingState

#: The classification lesson's network (Playground's); a regression dataset takes engine.regression's (why: there).
CLASSIFICATION_DEFAULTS: dict[str, object] = {
    "hidden": (4, 2),
    "optimizer": "sgd",
    "lr": 0.03,
    "samples": 500,
    "activation": "tanh",
}
DEFAULT_BATCH = 10
DEFAULT_DATASET = "circle"
#: ``--target`` without ``--dataset``: the points of the sine curve (x uniform on [-6, 6]), the typed targets.
TARGET_DATASET = "sine"
DEFAULT_DTYPE = "float32"
#: The longest a run may be estimated to take without --force: the command line has no Pause button.
TIME_BUDGET_S = 600.0


def selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "train", False))


def parse_hidden(text: str) -> tuple[int, ...]:
    """``"4,2"`` -> ``(4, 2)``, ``"none"`` -> ``()``; EngineError naming ``hidden`` for 0 units or non-integers."""
    text = text.strip()
    if text.lower() == "none":
        return ()
    parts = [p.strip() for p in text.split(",")]
    if not all(p.isascii() and p.isdigit() and int(p) > 0 for p in parts):  # "²".isdigit() is True
        raise EngineError("hidden", f"expected whole numbers of units of 1 or more, such as 4,2 (or 'none'), got {text!r}")
    return tuple(int(p) for p in parts)


def train_state(args: argparse.Namespace) -> TrainingState:
    """The training tab's :class:`TrainingState` the flags describe, within the command line's limits
    (:data:`states.training.COMMAND_LINE_LIMITS`); EngineError naming the flag."""
    for flag, given in (("depth", args.depth), ("shape", args.shape), ("stats", args.stats)):
        if given:
            raise EngineError(flag, f"--{flag} does not go with --train")
    if args.dataset is None:  # a typed target's points are a curve's (x from -6 to 6)
        args.dataset = TARGET_DATASET if args.target is not None else DEFAULT_DATASET
    regression = args.dataset in DATASETS and DATASETS[args.dataset].regression
    defaults = REGRESSION_DEFAULTS if regression else CLASSIFICATION_DEFAULTS
    for name in ("hidden", "optimizer", "lr", "samples"):  # a flag not given takes the lesson's default
        if getattr(args, name) is None:
            value = defaults[name]
            setattr(args, name, ",".join(str(v) for v in value) if isinstance(value, tuple) else value)
    activations = args.activation or [str(defaults["activation"])]
    if len(activations) != 1:
        raise EngineError("activation", "--train takes one --activation (the hidden layers')")
    init = args.init or AUTO_INIT
    if init == AUTO_INIT and args.init_param:
        raise EngineError("init-param", "--init-param needs an --init other than auto")
    section = {
        "dataset": args.dataset,
        "samples": number(args, "samples", whole=True),
        "noise": number(args, "noise"),
        "train_ratio": number(args, "train_ratio"),
        "seed": number(args, "seed", whole=True),
        "features": [f.strip() for f in args.features.split(",") if f.strip()],
        "hidden": list(parse_hidden(args.hidden)),
        "activation": activations[0],
        "activation_params": activation_params(activations, args.param)[0],
        "loss": args.loss,
        "init": init,
        "init_params": init_params(init, args.init_param) if init != AUTO_INIT else {},
        "optimizer": args.optimizer,
        "lr": number(args, "lr"),
        "batch": DEFAULT_BATCH if args.batch is None else number(args, "batch", whole=True),
        "regularization": args.regularization,
        "reg_rate": number(args, "reg_rate"),
        "target": args.target,
    }
    return state_or_refusal(lambda: TrainingState.build(section, "", COMMAND_LINE_LIMITS))


def train_config(args: argparse.Namespace, state: TrainingState | None = None) -> TrainConfig:
    """The :class:`TrainConfig` of the flags' state (:func:`train_state`) to train ``--epochs`` epochs; EngineError
    when the run would pass the memory budget, or take longer than :data:`TIME_BUDGET_S` without ``--force``
    (:func:`check_cost`)."""
    state = train_state(args) if state is None else state
    epochs = number(args, "epochs", whole=True)
    config = state.config(args.device, args.dtype or DEFAULT_DTYPE, epochs)
    check_cost(config, force=bool(getattr(args, "force", False)))
    return config


def check_cost(config: TrainConfig, force: bool) -> None:
    """Refuse (EngineError naming ``epochs``) a run past the memory budget, and one estimated over
    :data:`TIME_BUDGET_S` unless ``force``: the message gives the estimate and what shortens it."""
    training_cost.check_memory(config)
    if force or training_cost.surely_within(config, False, None, TIME_BUDGET_S):
        return
    estimate = training_cost.estimate(config)
    if estimate.seconds > TIME_BUDGET_S:
        raise EngineError(
            "epochs",
            f"{estimate.epochs:,} epochs would take {training_cost.format_duration(estimate.seconds)} here "
            f"({estimate.epoch_s:.2g} s an epoch of {estimate.steps:,} mini-batches); the most without --force is "
            f"{TIME_BUDGET_S / 60:.0f} min: fewer --epochs, a larger --batch or fewer --samples, or --force",
        )


def train_export(args: argparse.Namespace, state: TrainingState | None = None) -> TrainResult:
    """Train as the flags (or their ``state``) say; EngineError (also for a diverging run) before anything is
    written. A progress bar on stderr when it is a terminal (:mod:`cli.progress`)."""
    config = train_config(args, state)
    epochs = config.epochs if isinstance(config.epochs, int) else 1
    with bar("training", epochs, "epochs") as progress:
        return train(config, progress.fraction)


def build(args: argparse.Namespace) -> Export:
    """Train the flags' state, then its figure as File > Export draws it for the trained network
    (:func:`figures.tab_figures.training_figure_of`): the map + loss figure whose table is the history (EngineError
    on bad input)."""
    state = train_state(args)
    result = train_export(args, state)
    return Export(training_figure_of(state, result), notes=[result.fallback_reason])
