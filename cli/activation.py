"""``export --activation ID …``: f, f′ (and f″) of one or more activations, the explorer's figure.

An image needs no more points than its panels have pixels: ``--points`` is capped at 2 per
horizontal pixel of a panel for PNG, SVG and PDF (with a note saying so); a CSV keeps every
point asked, within the engine's memory budget.
"""

from __future__ import annotations

import argparse

import engine
from cli.common import Export, activation_params, max_image_points, number
from engine import memory
from engine.errors import EngineError
from engine.tables import csv_bytes_estimate
from figures.builders import activation_figure


def selected(args: argparse.Namespace) -> bool:
    """The default kind: anything no other kind claims."""
    return True


def build(args: argparse.Namespace) -> Export:
    """Evaluate every ``--activation`` on one grid and build the figure (EngineError on bad input)."""
    if not args.activation:
        raise EngineError("activation", "give at least one --activation")
    for activation_id in args.activation:
        if engine.resolve_activation(activation_id).vector:
            raise EngineError("activation", f"{activation_id} acts on a whole vector: give its input with --vector 1,2,3")
    show_second = not args.no_second_derivative
    params = activation_params(args.activation, args.param)
    x_min, x_max, points = number(args, "x_min"), number(args, "x_max"), number(args, "points", whole=True)
    notes: list[str | None] = []
    cap = max_image_points(args, 3 if show_second else 2)
    if cap is not None and isinstance(points, int) and points > cap:
        notes.append(f"the image shows {cap:,} of the {points:,} points asked (2 per pixel of a panel); a .csv keeps them all")
        points = cap
    if cap is None and isinstance(points, int):  # the CSV's text counts against the same budget as the curves
        need = csv_bytes_estimate(points, 1 + len(args.activation) * (3 if show_second else 2))
        if need > memory.EVALUATE_BUDGET:
            raise EngineError(
                "points",
                f"a CSV of {points:,} points would take about {memory.format_bytes(need)} of text; the most is "
                f"{memory.format_bytes(memory.EVALUATE_BUDGET)}: use fewer points",
            )
    curves = [
        engine.evaluate(
            a,
            p,
            x_min=x_min,
            x_max=x_max,
            points=points,
            order=2 if show_second else 1,
            device=args.device,
            dtype=args.dtype or "float64",
        )
        for a, p in zip(args.activation, params, strict=True)
    ]
    notes += [c.fallback_reason for c in curves] + [c.grid_note for c in curves]
    return Export(activation_figure(curves, show_second=show_second), notes=notes)
