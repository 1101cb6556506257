"""``export --activation ID …``: f, f′ (and f″) of one or more activations, the explorer's figure.

An image needs no more points than its panels have pixels: ``--points`` is capped at 2 per
horizontal pixel of a panel for PNG, SVG and PDF (with a note saying so); a CSV keeps every
point asked, within the engine's memory budget.

The flags build an :class:`~states.explorer.ExplorerState` (the explorer tab's state, within the command line's
limits: :data:`~states.explorer.COMMAND_LINE_LIMITS`) without the marks, and its figure is
:func:`figures.explorer.explorer_figure`, what ``figure_of(state)`` and File > Export draw for that state.
"""

from __future__ import annotations

import argparse

import engine
from cli.common import Export, activation_params, max_image_points, number, state_or_refusal
from engine import memory
from engine.errors import EngineError
from engine.tables import csv_bytes_estimate
from figures.explorer import explorer_figure
from states.explorer import COMMAND_LINE_LIMITS, ExplorerState


def selected(args: argparse.Namespace) -> bool:
    """The default kind: anything no other kind claims."""
    return True


def build(args: argparse.Namespace) -> Export:
    """Evaluate every ``--activation`` on one grid and build the figure (EngineError on bad input)."""
    state, notes = explorer_state(args)
    said: list[str] = []
    figure = explorer_figure(state, notes=said)
    assert figure is not None  # the state has a curve, none hidden
    return Export(figure, notes=[*notes, *said])


def explorer_state(args: argparse.Namespace) -> tuple[ExplorerState, list[str | None]]:
    """The explorer's state the flags describe (its curves, x range, grid and precision, no marks), and the notes
    on it (an image's points capped to its pixels)."""
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
    section = {
        "curves": [{"activation": a, "params": p} for a, p in zip(args.activation, params, strict=True)],
        "x_range": [x_min, x_max],
        "points": points,
        "show_second": show_second,
        "shade_saturation": False,
        "show_marks": False,
        "device": args.device,
        "dtype": args.dtype or "float64",
    }
    return state_or_refusal(lambda: ExplorerState.build(section, "", COMMAND_LINE_LIMITS)), notes
