"""``export --train --race``: the activation race from the command line, its figure or its table.

    python main.py export --train --race sigmoid,tanh,relu --hidden 8,8,8 --epochs 300 --out race.csv

2 to 6 activations (registry ids) separated by commas race on the ``--train`` flags' data and network
(:mod:`engine.race`: the same initial weights, batches and seed; ``--init`` default ``xavier_uniform``
for all, ``--hidden`` default 8,8,8). The CSV has ``epoch`` and, per activation, its train and test
loss and accuracy (``relu:train_loss`` ...); ``.png``/``.svg``/``.pdf`` draw every racer's map and
the overlaid curves. The flags build the race tab's :class:`~states.race.RaceState` (the command line's limits,
:data:`states.race.COMMAND_LINE_LIMITS`), drawn by :func:`figures.tab_figures.race_figure_of` as File > Export draws
it, handed the race run here. Bad input exits 2, naming the flag, and writes nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from cli.common import Export, number, state_or_refusal
from cli.progress import bar
from cli.training import DEFAULT_DTYPE, check_cost, train_state
from engine.errors import EngineError
from engine.race import RACE_INIT, run_race
from figures.tab_figures import race_figure_of
from states.race import COMMAND_LINE_LIMITS, EXTRA_FIELDS, RaceState

DEFAULT_HIDDEN = "8,8,8"


def selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "train", False)) and getattr(args, "race", None) is not None


def race_state(args: argparse.Namespace) -> RaceState:
    """The race tab's state the flags describe, within the command line's limits; EngineError naming the flag."""
    if args.activation:
        raise EngineError("race", "--race names the activations; leave out --activation")
    if getattr(args, "target", None) is not None:
        raise EngineError("target", "--target does not go with --race (a race trains on a dataset's own targets)")
    names = [p.strip() for p in str(args.race).split(",")]
    if not all(names):
        raise EngineError("race", f"expected activations separated by commas, such as sigmoid,tanh,relu, got {args.race!r}")
    flags = argparse.Namespace(**{**vars(args), "hidden": args.hidden or DEFAULT_HIDDEN, "init": args.init or RACE_INIT})
    train = train_state(flags)  # the --train flags, each checked and named as --train names them
    section = {
        "activations": names,
        "hidden": list(train.hidden),
        "dataset": train.dataset,
        "noise": train.noise,
        "seed": train.seed,
        "lr": train.lr,
        "epoch": number(args, "epochs", whole=True),
        **{name: list(v) if isinstance(v, tuple) else v for name, v in ((n, getattr(train, n)) for n in EXTRA_FIELDS)},
    }
    try:
        return state_or_refusal(lambda: RaceState.build(section, "", COMMAND_LINE_LIMITS))
    except EngineError as exc:  # the state's names of the two fields its own flags give
        if exc.field.startswith("activations"):
            raise EngineError("race", f"{exc.field}: {exc.message}") from None
        raise EngineError("epochs", exc.message) if exc.field == "epoch" else exc from None


def build(args: argparse.Namespace) -> Export:
    """Run the flags' race, then its figure as File > Export draws it (whose table is every racer's history)."""
    state = race_state(args)
    race = state.race(args.device, args.dtype or DEFAULT_DTYPE)
    check_cost(replace(race.base, epochs=state.epoch), force=bool(getattr(args, "force", False)))
    with bar("race", state.epoch, "epochs") as progress:
        result = run_race(race, epochs=state.epoch, progress=progress.fraction)
    return Export(race_figure_of(state, result), notes=[result.fallback_reason])
