"""``export --init ID --shape OUT,IN``: a histogram of sampled weights, the Initialisation tab's figure.

With ``--stats FILE.json`` the sample's and the theory's statistics are written too. The flags build the
tab's :class:`~states.initialization.InitializationState` (within the command line's limits), drawn by
:func:`figures.tab_figures.initialization_figure` as ``figure_of(state)`` draws it, handed the sample it took.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from cli.common import Export, init_params, number, state_or_refusal
from engine.errors import EngineError
from engine.initializers import InitSample, histogram, histogram_range, sample
from engine.params import parse_numbers
from figures.tab_figures import initialization_figure
from states.initialization import COMMAND_LINE_LIMITS, InitializationState


def selected(args: argparse.Namespace) -> bool:
    return bool(args.init)


def parse_shape(text: str | None) -> tuple[int, ...]:
    """``"512,256"`` (or ``512x256``, ``５１２，２５６``) -> ``(512, 256)``; EngineError for anything else.

    Sizes are read by :func:`engine.params.parse_numbers` as whole numbers: ``²,3`` and ``1e400,3`` are refused
    by name (``str.isdigit`` accepts ``²``, which ``int`` then cannot read).
    """
    if not text or not text.strip():
        raise EngineError("shape", "give --shape OUT,IN (Linear) or OUT,IN,KH,KW (Conv2d)")
    sizes = parse_numbers(text.replace("x", ",").replace("×", ","), "shape", whole=True)
    if any(s < 1 for s in sizes):
        raise EngineError("shape", f"every size must be 1 or more, got {text.strip()!r}")
    return tuple(int(s) for s in sizes)


def init_stats(s: InitSample) -> dict:
    """The ``--stats`` summary: sample and theory moments, fans and gain (None where undefined)."""
    finite = lambda v: None if v is None or not np.isfinite(v) else float(v)
    return {
        "mean": finite(s.mean),
        "std": finite(s.std),
        "min": finite(s.min),
        "max": finite(s.max),
        "theory_mean": finite(s.theory.mean),
        "theory_std": finite(s.theory.std),
        "fan_in": s.fan_in,
        "fan_out": s.fan_out,
        "gain": finite(s.gain),
        "init": s.init,
        "params": s.params,
        "shape": list(s.shape),
        "seed": s.seed,
        "count": s.count,
        "zero_fraction": finite(s.zero_fraction),
        "theory_zero_fraction": finite(s.theory.zero_fraction),
        "theory_min": finite(s.theory.low),
        "theory_max": finite(s.theory.high),
    }


def build(args: argparse.Namespace) -> Export:
    """Sample ``--init`` over ``--shape``; the histogram figure, and the ``--stats`` JSON if asked."""
    stats_path = Path(args.stats) if args.stats else None
    if stats_path is not None and stats_path.resolve() == Path(args.out).resolve():
        raise EngineError("stats", "--stats must name a different file than --out")
    if args.activation:
        raise EngineError("activation", "--activation goes with --depth; --init alone draws a weight histogram")
    state = init_state(args)
    s = sample(state.init, state.shape, state.params, seed=state.seed, device=args.device, dtype=args.dtype or "float32")
    files = {}
    if stats_path is not None:
        files[stats_path] = json.dumps(init_stats(s), indent=2, allow_nan=False) + "\n"
    figure = initialization_figure(state, [s], [histogram(s, state.bins, histogram_range([s]))])
    return Export(figure, notes=[s.fallback_reason], files=files)


def init_state(args: argparse.Namespace) -> InitializationState:
    """The initialisation tab's state the flags describe: initialiser, parameters, shape, seed and bins."""
    section = {
        "init": args.init,
        "params": init_params(args.init, list(args.param) + list(args.init_param)),
        "shape": list(parse_shape(args.shape)),
        "seed": number(args, "seed", whole=True),
        "bins": number(args, "bins", whole=True),
    }
    return state_or_refusal(lambda: InitializationState.build(section, "", COMMAND_LINE_LIMITS))
