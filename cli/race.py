"""``export --train --race``: the activation race from the command line, its figure or its table.

    python main.py export --train --race sigmoid,tanh,relu --hidden 8,8,8 --epochs 300 --out race.csv

2 to 6 activations (registry ids) separated by commas race on the ``--train`` flags' data and network
(:mod:`engine.race`: the same initial weights, batches and seed; ``--init`` default ``xavier_uniform``
for all, ``--hidden`` default 8,8,8). The CSV has ``epoch`` and, per activation, its train and test
loss and accuracy (``relu:train_loss`` ...); ``.png``/``.svg``/``.pdf`` draw every racer's map and
the overlaid curves (:func:`figures.race.race_figure`). Bad input exits 2, naming the flag, and
writes nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from cli.common import Export
from cli.progress import bar
from cli.training import train_config
from engine.errors import EngineError
from engine.race import RACE_INIT, RaceConfig, run_race
from figures.race import race_figure

DEFAULT_HIDDEN = "8,8,8"


def selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "train", False)) and getattr(args, "race", None) is not None


def race_config(args: argparse.Namespace) -> RaceConfig:
    """The race the flags describe (checked when it starts); EngineError naming the flag."""
    if args.activation:
        raise EngineError("race", "--race names the activations; leave out --activation")
    names = tuple(p.strip() for p in str(args.race).split(","))
    if not all(names):
        raise EngineError("race", f"expected activations separated by commas, such as sigmoid,tanh,relu, got {args.race!r}")
    flags = argparse.Namespace(**{**vars(args), "hidden": args.hidden or DEFAULT_HIDDEN, "init": args.init or RACE_INIT})
    return RaceConfig(names, replace(train_config(flags)))


def build(args: argparse.Namespace) -> Export:
    """Run the race, then its figure (whose table is every racer's history)."""
    race = race_config(args)
    epochs = race.base.epochs if isinstance(race.base.epochs, int) else 1
    try:
        with bar("race", epochs, "epochs") as progress:
            result = run_race(race, progress=progress.fraction)
    except EngineError as exc:
        if exc.field.startswith("activations"):
            raise EngineError("race", f"{exc.field}: {exc.message}") from None
        raise
    return Export(race_figure(result), notes=[result.fallback_reason])
