"""``export --expression FORMULA``: a typed formula as a curve (beside any --activation), or as the activation of
--depth or --train.

Every formula is compiled first, so a refused one prints the engine's message (with its
column and the offending snippet) and exits 2 before anything is computed or written.
The formulas then join the ``--activation`` list as ``"formula: ..."`` ids, which the
engine resolves like registry ids (:mod:`engine.resolve`): ``--param NAME=VALUE`` reaches
every curve with that parameter, and the activation and depth kinds do the rest.
"""

from __future__ import annotations

import argparse

from cli import activation, depth, training
from cli.common import Export
from engine.errors import EngineError
from engine.resolve import Formula, expression_of


def selected(args: argparse.Namespace) -> bool:
    return bool(args.expression)


def formula_ids(texts: list[str]) -> list[str]:
    """The ``"formula: ..."`` id of each text, after checking it (ExpressionError points at the refused part)."""
    return [expression_of(Formula(text)).id for text in texts]


def build(args: argparse.Namespace) -> Export:
    """The curves, or the depth run, with the formulas among the activations (EngineError on bad input)."""
    ids = formula_ids(args.expression)
    if args.train:
        if args.activation or len(ids) != 1:
            raise EngineError("expression", "--train takes exactly one activation: one --expression and no --activation")
        return training.build(argparse.Namespace(**{**vars(args), "activation": ids}))
    if args.depth:
        if args.activation or len(ids) != 1:
            raise EngineError("expression", "--depth takes exactly one activation: one --expression and no --activation")
        return depth.build(argparse.Namespace(**{**vars(args), "activation": ids}))
    return activation.build(argparse.Namespace(**{**vars(args), "activation": (args.activation or []) + ids}))
