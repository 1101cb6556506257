"""What one registry entry holds: :class:`Activation` and its teaching extras.

The entries themselves live in the family modules of this package; :mod:`engine.activations`
gathers them into the registry. Strings are English source text translated by the GUI
(context ``"engine"``), so they stay plain literals.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

from engine.params import Param

FAMILIES = ("ReLU-like", "smooth ReLU-like", "sigmoid-like", "shrink", "linear", "vector")


def no_kinks(params: dict[str, Any]) -> tuple[float, ...]:
    return ()


def kink_at_zero(params: dict[str, Any]) -> tuple[float, ...]:
    return (0.0,)


def unbounded(params: dict[str, Any]) -> tuple[float | None, float | None]:
    return (None, None)


def no_asymptotes(params: dict[str, Any]) -> tuple[float | None, float | None]:
    return (None, None)


def fixed_bounds(low: float | None, high: float | None) -> Callable[[dict[str, Any]], tuple[float | None, float | None]]:
    def bounds(params: dict[str, Any]) -> tuple[float | None, float | None]:
        return (low, high)

    return bounds


def float_param(name: str, default: float, lo: float, hi: float, step: float, doc: str = "") -> Param:
    return Param(name, "float", default, lo, hi, step, doc=doc)


@dataclass(frozen=True)
class RandomSlopes:
    """Teaching extra: with the bool parameter ``switch`` on, every element draws its own slope
    from U(``low``, ``high``) (parameter names); off, the slope is their mean (RReLU in training / eval).

    The explorer shades the band every draw lies in, draws f and f′ as dots, offers to draw again,
    and takes max |f′| in the fixed mode (the random draws share its extremes)."""

    switch: str
    low: str
    high: str


@dataclass(frozen=True)
class Approximation:
    """Teaching extra: the choice parameter ``param`` selects the ``exact`` form or an ``approximate`` one
    (GELU's ``approximate="none"`` / ``"tanh"``); the explorer can plot exact − approximation."""

    param: str
    exact: str
    approximate: str


@dataclass(frozen=True)
class Activation:
    """One activation function and what a learner should know about it."""

    id: str  # torch.nn.functional's snake_case name
    name: str  # display name, e.g. "Leaky ReLU"
    family: str  # one of FAMILIES
    fn: Callable[..., torch.Tensor]  # fn(x, **params)
    formula: str  # plain text
    formula_html: str
    derivative: str  # f'(x), plain text
    derivative_html: str
    output_range: str  # at the default parameters; engine.facts computes it for any, and a test keeps the two equal
    smoothness: str
    use: str  # "hidden layers", "output layer (binary)", ...
    strengths: str
    weaknesses: str
    params: tuple[Param, ...] = ()
    kinks: Callable[[dict[str, Any]], tuple[float, ...]] = no_kinks
    bounds: Callable[[dict[str, Any]], tuple[float | None, float | None]] = unbounded
    # finite limits of f as x -> -inf and x -> +inf that f approaches but never reaches (sigmoid: 0 and 1);
    # engine.facts finds where each dtype rounds f to exactly that value
    asymptotes: Callable[[dict[str, Any]], tuple[float | None, float | None]] = no_asymptotes
    # the output range as a template of parameter names, where inf/sup alone would mislead (Threshold)
    range_template: str = ""
    # the parameter PyTorch's backward rounds to float32 (CELU's 1/alpha.toFloat()): f' is only float32-accurate
    # for values float32 cannot hold exactly
    float32_gradient_param: str = ""
    # vector activations only (elementwise ones have these computed by engine.facts for the current parameters)
    monotonic_text: str = ""
    zero_centred_text: str = ""
    vector: bool = False
    # Equivalent expression with a double backward, for ops whose backward has none.
    second_derivative_form: Callable[..., torch.Tensor] | None = None
    second_derivative_note: str = ""
    check: Callable[[dict[str, Any]], None] | None = field(default=None, repr=False)
    # teaching extras the explorer draws (None: the activation has none)
    random_slopes: RandomSlopes | None = None
    approximation: Approximation | None = None
    sums_to_one: bool = False  # a vector activation whose outputs are a probability distribution
    # the seeds' guidance: place in the "hidden layers, try in this order" list; the output-layer task
    hidden_rank: int | None = None
    output_rank: int | None = None
    output_task: str = ""

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.params)
