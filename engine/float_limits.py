"""Where a floating-point precision rounds an activation onto the limit it only approaches.

Sigmoid never reaches 1 on paper, yet in float32 it is exactly 1.0 for x ≥ 16.64; Softplus is never 0,
yet in float32 it is 0 far left. For each finite limit the registry names (:attr:`Activation.asymptotes`)
this finds, by bisection on :func:`engine.evaluate` in that dtype, the x from which f equals the limit
exactly. The search evaluates hundreds of points at once, so it meets the vectorised CPU kernels a plotted
curve meets: a tensor of under 16 elements takes PyTorch's scalar path, which can round differently by an
ulp (float32 ELU(−16.6355) is −1 in a long tensor, −0.99999994 alone). No Qt here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from engine.activations import Activation
from engine.devices import torch_dtype
from engine.evaluate import checked_params, evaluate
from engine.facts import Fact, num
from engine.resolve import ActivationRef, resolve_activation

ROUNDS = 4  # bisection rounds of POINTS points: the edge to 1e-12 relative, beyond every dtype's resolution
POINTS = 1025

REACHED_RIGHT = "{0}: f(x) is exactly {1} for x ≥ {2}"
REACHED_LEFT = "{0}: f(x) is exactly {1} for x ≤ {2}"
NEVER = "{0}: f never rounds to {1} exactly"
TEMPLATES = (REACHED_RIGHT, REACHED_LEFT, NEVER)


@dataclass(frozen=True)
class FloatLimit:
    """On side ``side`` (-1: x → −∞, +1: x → +∞) f equals ``limit`` exactly for |x| ≥ |``x``| in ``dtype``
    (``x`` None: never, up to the largest number of the dtype)."""

    side: int
    limit: float
    dtype: str
    x: float | None


def _exact(act: Activation, values: dict[str, Any], xs: np.ndarray, limit: float, dtype: str, device: str) -> np.ndarray:
    f = evaluate(act, values, order=0, device=device, dtype=dtype, x=xs).f
    exact: np.ndarray = f == limit
    return exact


def _edge(act: Activation, values: dict[str, Any], side: int, limit: float, dtype: str, device: str) -> float | None:
    """The smallest |x| (a number of ``dtype``) from which f(side·|x|) is exactly ``limit``."""
    largest = float(torch.finfo(torch_dtype(dtype)).max)
    powers = np.array([2.0**k for k in range(-4, int(math.log2(largest)))])
    hits = _exact(act, values, side * powers, limit, dtype, device)
    if not hits[-1]:
        return None
    misses = np.flatnonzero(~hits)
    if misses.size == 0:
        return 0.0
    last_miss = int(misses[-1])
    lo, hi = float(powers[last_miss]), float(powers[last_miss + 1])
    for _ in range(ROUNDS):
        xs = np.linspace(lo, hi, POINTS)
        hits = _exact(act, values, side * xs, limit, dtype, device)
        first = int(np.argmax(hits))  # hits[-1] holds: hi is a hit
        if first == 0:
            break
        lo, hi = float(xs[first - 1]), float(xs[first])
    # hi rounded to the dtype: the number the engine evaluated
    return abs(float(torch.tensor(side * hi, dtype=torch.float64).to(torch_dtype(dtype)).item()))


def float_limits(
    activation: ActivationRef, params: Mapping[str, Any] | None, dtype: str, device: str = "cpu"
) -> list[FloatLimit]:
    """For each finite limit of f (the registry's asymptotes), where ``dtype`` rounds f onto it."""
    act = resolve_activation(activation)
    values = checked_params(act, params)
    if act.random_slopes is not None:
        values = {**values, act.random_slopes.switch: False}
    found = []
    for side, limit in zip((-1, 1), act.asymptotes(values), strict=True):
        if limit is None:
            continue
        # the limit as the dtype holds it (SELU's -1.7581 has no exact float32 twin)
        held = float(torch.tensor(limit, dtype=torch.float64).to(torch_dtype(dtype)).item())
        x = _edge(act, values, side, held, dtype, device)
        found.append(FloatLimit(side, held, dtype, None if x is None else side * x))
    return found


def float_limit_facts(activation: ActivationRef, params: Mapping[str, Any] | None, dtype: str, device: str = "cpu") -> list[Fact]:
    """The limits as sentences, e.g. "float32: f(x) is exactly 1 for x ≥ 16.64"."""
    facts = []
    for lim in float_limits(activation, params, dtype, device):
        if lim.x is None:
            facts.append(Fact(NEVER, (dtype, num(lim.limit, 6))))
        else:
            facts.append(Fact(REACHED_RIGHT if lim.side > 0 else REACHED_LEFT, (dtype, num(lim.limit, 6), num(lim.x))))
    return facts
