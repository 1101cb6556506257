"""Activation Lab's computation core: torch and numpy only, never Qt.

Everything the GUI and the command line show is computed here and returned as
plain dataclasses holding numpy arrays. An activation is named by a registry id or
a typed formula; :func:`resolve_activation` is the one place that tells them apart.
"""

from engine.activations import ACTIVATIONS, FAMILIES, Activation, get_activation
from engine.devices import DTYPES
from engine.errors import EngineError
from engine.evaluate import Curve, VectorResult, evaluate, evaluate_expression, evaluate_vector
from engine.expressions import FORMULA_PRESETS, Expression, ExpressionError, compile_expression, get_formula_preset
from engine.params import Param
from engine.resolve import Formula, is_formula, resolve_activation

__all__ = [
    "ACTIVATIONS",
    "DTYPES",
    "FAMILIES",
    "FORMULA_PRESETS",
    "Activation",
    "Curve",
    "EngineError",
    "Expression",
    "ExpressionError",
    "Formula",
    "Param",
    "VectorResult",
    "compile_expression",
    "evaluate",
    "evaluate_expression",
    "evaluate_vector",
    "get_activation",
    "get_formula_preset",
    "is_formula",
    "resolve_activation",
]
