"""``export --activation ID …``: f, f′ (and f″) of one or more activations, the explorer's figure."""

from __future__ import annotations

import argparse

import engine
from cli.common import Export, activation_params
from engine.errors import EngineError
from gui.figures.builders import activation_figure


def selected(args: argparse.Namespace) -> bool:
    """The default kind: anything no other kind claims."""
    return True


def build(args: argparse.Namespace) -> Export:
    """Evaluate every ``--activation`` on one grid and build the figure (EngineError on bad input)."""
    if not args.activation:
        raise EngineError("activation", "give at least one --activation")
    show_second = not args.no_second_derivative
    params = activation_params(args.activation, args.param)
    curves = [
        engine.evaluate(
            a,
            p,
            x_min=args.x_min,
            x_max=args.x_max,
            points=args.points,
            order=2 if show_second else 1,
            device=args.device,
            dtype=args.dtype or "float64",
        )
        for a, p in zip(args.activation, params, strict=True)
    ]
    return Export(activation_figure(curves, show_second=show_second), notes=[c.fallback_reason for c in curves])
