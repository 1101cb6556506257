"""What a typed formula may call: the fixed maths functions and the registry's elementwise activations.

The formula language (:mod:`engine.expressions`) looks every called name up here and
nowhere else. The activations are generated from :data:`engine.activations.ACTIVATIONS`,
so a new elementwise entry there is callable in formulas at once, with its keyword
parameters checked against its :class:`~engine.params.Param` specs.
"""

from __future__ import annotations

import builtins
import keyword
import math
from collections.abc import Callable
from dataclasses import dataclass

import torch

from engine.activations import ACTIVATIONS, Activation, elementwise_ids, vector_ids

VARIABLE = "x"
CONSTANTS: dict[str, float] = {"pi": math.pi, "e": math.e}

# name -> torch function of one tensor. Where a registry activation has the same id
# (relu, sigmoid, tanh, softplus) the registry entry wins, so its keywords work too.
MATH_FUNCTIONS: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "exp": torch.exp,
    "log": torch.log,
    "log1p": torch.log1p,
    "expm1": torch.expm1,
    "sqrt": torch.sqrt,
    "abs": lambda t: t * torch.sign(t),
    "sign": torch.sign,
    "sin": torch.sin,
    "cos": torch.cos,
    "tan": torch.tan,
    "tanh": torch.tanh,
    "sinh": torch.sinh,
    "cosh": torch.cosh,
    "atan": torch.atan,
    "erf": torch.erf,
    "erfc": torch.erfc,
    "sigmoid": torch.sigmoid,
    "softplus": torch.nn.functional.softplus,
    "relu": torch.relu,
}
# abs is written t·sign(t): the f″ of torch.abs goes through "efficient zero" tensors, whose first use makes
# PyTorch import sympy (1-2 s) in the middle of a plot (abs(sin(60*x))); t·sign(t) has the same values, and
# autograd gives the same f′ (sign(t), 0 at 0) and f″ (0).
# Functions whose argument switches branch where it crosses 0 (marked as kinks).
SWITCH_AT_ZERO = frozenset({"abs", "sign", "relu"})

# Functions with their own argument rules, handled by the compiler one by one.
SPECIAL_FUNCTIONS = ("min", "max", "clamp", "where")

MAX_PARAMETERS = 16
MAX_NAME_LENGTH = 32


@dataclass(frozen=True)
class RegistryFunction:
    """An elementwise registry activation as a formula function: ``id(arg, keyword=value, ...)``."""

    activation: Activation

    @property
    def id(self) -> str:
        return self.activation.id

    def usage(self) -> str:
        """How to call it, e.g. ``elu(x, alpha=...)``."""
        keywords = "".join(f", {p.name}=..." for p in self.activation.params)
        return f"{self.id}(x{keywords})"


REGISTRY_FUNCTIONS: dict[str, RegistryFunction] = {i: RegistryFunction(ACTIVATIONS[i]) for i in elementwise_ids()}
VECTOR_FUNCTIONS = frozenset(vector_ids())

FUNCTION_NAMES: tuple[str, ...] = tuple(sorted(set(MATH_FUNCTIONS) | set(SPECIAL_FUNCTIONS) | set(REGISTRY_FUNCTIONS)))

# Names a parameter may not take: the variable, the constants, every function (so
# ``exp`` alone is "call it", not a silent parameter), and Python's builtins and
# keywords (so ``print`` or ``open`` read as the refusals they are).
RESERVED_NAMES = frozenset(
    {VARIABLE, *CONSTANTS, *FUNCTION_NAMES, *VECTOR_FUNCTIONS, *dir(builtins), *keyword.kwlist, *keyword.softkwlist}
)


def is_function(name: str) -> bool:
    """True when ``name`` can be called in a formula."""
    return name in MATH_FUNCTIONS or name in REGISTRY_FUNCTIONS or name in SPECIAL_FUNCTIONS
