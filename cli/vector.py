"""``export --activation softmax --vector 1,2,3 [--temperature T]``: a vector activation's output and Jacobian.

The explorer's vector view as a file. The CSV (:func:`figures.table.figure_csv_text` of
:func:`figures.builders.vector_figure`) has one row per index ``i`` (1-based): ``i,x,y``
(input and output), then the Jacobian one row per entry: ``J x`` (the input index j),
``J y`` (the output index i) and ``J value`` (∂yᵢ/∂xⱼ from autograd). GLU halves its input,
so its ``y`` column is shorter and padded with empty cells.

The flags build the explorer's state with its vector view (:class:`~states.explorer.ExplorerState`), drawn by
:func:`figures.explorer.explorer_figure` as ``figure_of(state)`` and File > Export draw it.
"""

from __future__ import annotations

import argparse

import engine
from cli.common import Export, activation_params, state_or_refusal
from engine.errors import EngineError
from engine.params import parse_numbers
from figures.explorer import explorer_figure
from states.explorer import COMMAND_LINE_LIMITS, ExplorerState


def selected(args: argparse.Namespace) -> bool:
    """``--vector`` or ``--temperature`` given, or an activation that acts on a whole vector."""
    if args.vector is not None or args.temperature is not None:
        return True
    return any(a in engine.ACTIVATIONS and engine.get_activation(a).vector for a in args.activation or ())


def build(args: argparse.Namespace) -> Export:
    """Evaluate the vector activation at ``--vector`` and build the vector figure (EngineError on bad input)."""
    if not args.activation or len(args.activation) != 1:
        raise EngineError("activation", "--vector needs exactly one --activation (softmax, log_softmax, softmin or glu)")
    act = engine.get_activation(args.activation[0])
    vectors = [a.id for a in engine.ACTIVATIONS.values() if a.vector]
    if not act.vector:
        raise EngineError("activation", f"{act.id} is applied element by element; --vector takes one of {', '.join(vectors)}")
    if args.vector is None:
        raise EngineError("vector", f"{act.id} acts on a whole vector: give its input with --vector 1,2,3")
    assignments = list(args.param)
    if args.temperature is not None:
        if "temperature" not in act.param_names:
            raise EngineError("temperature", f"{act.id} has no temperature")
        assignments.append(f"temperature={args.temperature}")
    params = activation_params([act.id], assignments)[0]
    vector = parse_numbers(args.vector, "--vector")
    section = {
        "curves": [],
        "vector": {"activation": act.id, "x": list(vector), "params": params},
        "device": args.device,
        "dtype": args.dtype or "float64",
    }
    state = state_or_refusal(lambda: ExplorerState.build(section, "", COMMAND_LINE_LIMITS))
    notes: list[str] = []
    figure = explorer_figure(state, notes=notes)
    assert figure is not None  # a vector view is always drawn
    return Export(figure, notes=list(notes))
