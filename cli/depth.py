"""``export --depth --activation ID --init ID``: per-layer statistics of a deep network, the Depth tab's figure.

``--width`` is the network's width (units per layer), as issue 4 specifies; the image then
keeps its default pixel width (``--height`` still applies).
"""

from __future__ import annotations

import argparse

from cli.common import Export, activation_params, init_params
from engine.depth import DepthConfig, mean_field, run
from engine.errors import EngineError
from gui.figures.builders import depth_figure

DEFAULT_WIDTH = 512
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
        raise EngineError("shape", "--shape is for --init alone; --depth uses --width for its width×width weights")
    if args.stats:
        raise EngineError("stats", "--stats goes with --init alone")
    activation = args.activation[0]
    config = DepthConfig(
        activation=activation,
        activation_params=activation_params([activation], args.param)[0],
        init=args.init,
        init_params=init_params(args.init, args.init_param),
        layers=args.layers,
        width=DEFAULT_WIDTH if args.width is None else args.width,
        batch=DEFAULT_BATCH if args.batch is None else args.batch,
        bias=args.bias,
        seed=args.seed,
        device=args.device,
        dtype=args.dtype or "float32",
    )
    result = run(config)
    notes = [result.fallback_reason]
    if result.overflow_layer is not None:
        notes.append(f"activations overflowed to inf/nan from layer {result.overflow_layer} on")
    return Export(depth_figure(result, mean_field(config)), notes=notes, pixel_width=False)
