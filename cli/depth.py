"""``export --depth --activation ID --init ID``: per-layer statistics of a deep network, the Depth tab's figure.

The network's width (units per layer) is ``--units`` (default 512); ``--width`` is the image's
width in pixels, as for every other kind. (Until issue 11 ``--width`` meant the network's width
here: a ``--width`` with ``--depth`` and no ``--units`` gets a note saying so.)

The flags build the depth tab's :class:`~states.depth.DepthState` (the user's own network, no lesson, the last
layer's histogram shown), drawn by :func:`figures.tab_figures.depth_figure_of` as ``figure_of(state)`` draws it,
handed the run made here with a progress bar.
"""

from __future__ import annotations

import argparse

from cli.common import Export, activation_params, init_params, number, optional_number, state_or_refusal
from cli.progress import bar
from engine.depth import mean_field, run
from engine.errors import EngineError
from figures.tab_figures import depth_figure_of
from states.depth import COMMAND_LINE_LIMITS, DepthState

DEFAULT_UNITS = 512
DEFAULT_BATCH = 1024


def selected(args: argparse.Namespace) -> bool:
    return bool(args.depth)


def build(args: argparse.Namespace) -> Export:
    """Run the depth experiment the flags describe and build its figure (EngineError on bad input)."""
    if not args.activation or len(args.activation) != 1:
        raise EngineError("activation", "--depth needs exactly one --activation")
    if not args.init:
        raise EngineError("init", "--depth needs --init")
    if args.shape:
        raise EngineError("shape", "--shape is for --init alone; --depth uses --units for its units×units weights")
    if args.stats:
        raise EngineError("stats", "--stats goes with --init alone")
    activation = args.activation[0]
    units = optional_number(args, "units", whole=True)
    notes: list[str | None] = []
    if units is None and args.width is not None:
        notes.append(f"--width is the image's width in pixels; the network's width is --units (default {DEFAULT_UNITS})")
    layers = number(args, "layers", whole=True)
    section = {
        "preset": "",
        "activation": activation,
        "activation_params": activation_params([activation], args.param)[0],
        "init": args.init,
        "init_params": init_params(args.init, args.init_param),
        "layers": layers,
        "width": DEFAULT_UNITS if units is None else units,
        "batch": DEFAULT_BATCH if args.batch is None else number(args, "batch", whole=True),
        "bias": args.bias,
        "seed": number(args, "seed", whole=True),
        "layer": layers,
    }
    state = state_or_refusal(lambda: DepthState.build(section, "", COMMAND_LINE_LIMITS))
    config = state.config(args.device, args.dtype or "float32")
    with bar("depth run", 100, "%") as progress:  # the engine reports shares: forward, backward, histograms
        result = run(config, lambda share: progress.fraction(share))
    notes.append(result.fallback_reason)
    if result.overflow_layer is not None:
        notes.append(f"activations overflowed to inf/nan from layer {result.overflow_layer} on")
    return Export(depth_figure_of(state, result, mean_field(config)), notes=notes)
