"""``export --train``: train the lesson's network from the command line and write its history or figure.

    python main.py export --train --dataset circle --activation tanh --hidden 4,2 --epochs 300 --seed 0 --out run.csv

The CSV has the columns ``epoch,train_loss,test_loss,train_accuracy,test_accuracy``, one row
per epoch from 0 (before training) to ``--epochs``; ``.png``/``.svg``/``.pdf`` draw the decision
map and the loss curves (:func:`gui.figures.training.training_figure`) through
:func:`cli.export.write_figure`, as every other image. The run is finished before anything is
written, so bad input (or a diverging run) exits 2 naming the field and leaves no file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli.export import EXIT_BAD_INPUT, EXIT_OK, activation_params, output_format, write_figure
from cli.weights import init_params
from engine.datasets import DATASETS, DEFAULT_FEATURES, DEFAULT_SAMPLES, FEATURES
from engine.errors import EngineError
from engine.optimizers import OPTIMIZERS
from engine.tables import csv_text, write_atomic
from engine.training import TrainResult
from engine.training import run as train
from engine.training_config import AUTO_INIT, LOSSES, REGULARIZATIONS, TrainConfig
from gui.figures.training import training_figure

DEFAULT_ACTIVATION = "tanh"
DEFAULT_BATCH = 10
DEFAULT_DTYPE = "float32"


def add_arguments(parser: argparse.ArgumentParser | argparse._ArgumentGroup, shared: bool = True) -> None:
    """Add the ``--train`` flags to ``parser`` (the export command or a group of it).

    ``shared=False`` leaves out the flags the export command already has for its other plots
    (``--activation`` (repeatable), ``--param``, ``--init``, ``--init-param``, ``--seed``,
    ``--batch``, ``--device``, ``--dtype``); :func:`run` reads them with the same meaning and
    takes ``--batch`` None (not given) as the lesson's 10 and ``--dtype`` None as float32.
    """
    parser.add_argument("--train", action="store_true", help="train the lesson's network and write its history or figure")
    parser.add_argument("--dataset", default="circle", help=f"training data: {', '.join(DATASETS)} (default circle)")
    parser.add_argument("--hidden", default="4,2", help="units per hidden layer, e.g. 4,2; 'none' for no hidden layer")
    parser.add_argument("--optimizer", default="sgd", help=f"{', '.join(OPTIMIZERS)} (default sgd)")
    parser.add_argument("--lr", type=float, default=0.03, help="learning rate, 1e-5 to 10 (default 0.03)")
    parser.add_argument("--epochs", type=int, default=300, help="epochs to train (default 300)")
    parser.add_argument(
        "--loss", default="mse", help=f"{' or '.join(LOSSES)}: tanh output with squared error, or sigmoid with cross-entropy"
    )
    parser.add_argument("--noise", type=float, default=0.0, help="label noise in percent, 0 to 50 (default 0)")
    parser.add_argument("--train-ratio", type=float, default=50.0, help="percent of the points used for training (default 50)")
    parser.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, help=f"number of points (default {DEFAULT_SAMPLES})")
    parser.add_argument("--features", default=",".join(DEFAULT_FEATURES), help=f"inputs, from {','.join(FEATURES)}")
    parser.add_argument("--regularization", default="none", help=f"{', '.join(REGULARIZATIONS)} (default none)")
    parser.add_argument("--reg-rate", type=float, default=0.0, help="regularisation rate (default 0)")
    if shared:
        parser.add_argument("--activation", action="append", metavar="ID", help="hidden layers' activation (default tanh)")
        parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="activation parameter")
        parser.add_argument("--init", metavar="ID", help="initialiser id (default auto: Kaiming for ReLU-like, else Xavier)")
        parser.add_argument("--init-param", action="append", default=[], metavar="NAME=VALUE", help="initialiser parameter")
        parser.add_argument("--seed", type=int, default=0, help="random seed for data, weights and shuffles (default 0)")
        parser.add_argument("--batch", type=int, default=None, help=f"mini-batch size, 1 to 64 (default {DEFAULT_BATCH})")
        parser.add_argument("--device", default="cpu", help="cpu, cuda or auto")
        parser.add_argument("--dtype", default=None, help="float32 or float64 (default float32)")


def parse_hidden(text: str) -> tuple[int, ...]:
    """``"4,2"`` -> ``(4, 2)``, ``"none"`` -> ``()``; EngineError naming ``hidden`` for 0 units or non-integers."""
    text = text.strip()
    if text.lower() == "none":
        return ()
    parts = [p.strip() for p in text.split(",")]
    if not all(p.isdigit() and int(p) > 0 for p in parts):
        raise EngineError("hidden", f"expected whole numbers of units of 1 or more, such as 4,2 (or 'none'), got {text!r}")
    return tuple(int(p) for p in parts)


def train_config(args: argparse.Namespace) -> TrainConfig:
    """The :class:`TrainConfig` the flags describe (checked when the run starts)."""
    activations = args.activation or [DEFAULT_ACTIVATION]
    if len(activations) != 1:
        raise EngineError("activation", "--train takes one --activation (the hidden layers')")
    init = args.init or AUTO_INIT
    if init == AUTO_INIT and args.init_param:
        raise EngineError("init-param", "--init-param needs an --init other than auto")
    return TrainConfig(
        dataset=args.dataset,
        samples=args.samples,
        noise=args.noise,
        train_ratio=args.train_ratio,
        seed=args.seed,
        features=tuple(f.strip() for f in args.features.split(",") if f.strip()),
        hidden=parse_hidden(args.hidden),
        activation=activations[0],
        activation_params=activation_params(activations, args.param)[0],
        loss=args.loss,
        init=init,
        init_params=init_params(init, args.init_param) if init != AUTO_INIT else {},
        optimizer=args.optimizer,
        lr=args.lr,
        batch=DEFAULT_BATCH if args.batch is None else args.batch,
        regularization=args.regularization,
        reg_rate=args.reg_rate,
        epochs=args.epochs,
        device=args.device,
        dtype=args.dtype or DEFAULT_DTYPE,
    )


def train_export(args: argparse.Namespace) -> TrainResult:
    """Train as the flags say; EngineError (also for a diverging run) before anything is written."""
    return train(train_config(args))


def run(args: argparse.Namespace) -> int:
    """``export --train``: train, then write the CSV or the image; exit 2 with nothing written on bad input."""
    try:
        out = Path(args.out)
        fmt = output_format(out)
        result = train_export(args)
        if result.fallback_reason:
            print(f"note: {result.fallback_reason}", file=sys.stderr)
        if fmt == "csv":
            write_atomic(out, csv_text(*result.table()))
        else:
            write_figure(training_figure(result), args)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
