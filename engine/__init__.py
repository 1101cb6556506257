"""Activation Lab's computation core: torch and numpy only, never Qt.

Everything the GUI and the command line show is computed here and returned as
plain dataclasses holding numpy arrays.
"""

from engine.activations import ACTIVATIONS, FAMILIES, Activation, get_activation
from engine.devices import DTYPES
from engine.errors import EngineError
from engine.evaluate import Curve, VectorResult, evaluate, evaluate_vector
from engine.params import Param

__all__ = [
    "ACTIVATIONS",
    "DTYPES",
    "FAMILIES",
    "Activation",
    "Curve",
    "EngineError",
    "Param",
    "VectorResult",
    "evaluate",
    "evaluate_vector",
    "get_activation",
]
