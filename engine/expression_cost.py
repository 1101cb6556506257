"""What a formula costs to evaluate, estimated from its tree before any work is done.

Each part of the tree has a cost per point for f, f′ and f″ together (CPU time and the memory the
autograd graph keeps, in float64), measured on the 2-vCPU development machine at 100,001 points
(``max(f(x), f(x), …)`` minus ``x``) and taken about twice as large (that machine varies as much).
:func:`engine.evaluate.evaluate` refuses a formula whose estimate for the asked points passes :data:`TIME_BUDGET_S` or the memory
budget, with the number of points that would fit, so no formula within the limits runs for seconds
(a 250-part formula of powers takes about 1.3 s at 100,001 points) or gigabytes.
"""

from __future__ import annotations

import ast
from collections.abc import Collection
from dataclasses import dataclass

#: (ns, bytes) per point for f, f′ and f″ of one part of the tree (about twice the measured median)
CHEAP = (8.0, 24.0)  # + - and signs, abs, sign, relu, comparisons, clamp, where
STEP = (16.0, 32.0)  # one step of min/max (its backward at ties costs more than the step)
PRODUCT = (12.0, 32.0)
QUOTIENT = (120.0, 64.0)
POWER = (300.0, 128.0)
MATHS = (40.0, 48.0)  # exp, log, sin, erf, ...
REGISTRY = (50.0, 96.0)  # a registry activation called in the formula
HEAVY = {"mish": (100.0, 128.0), "softsign": (90.0, 96.0), "gelu": (60.0, 96.0), "tanhshrink": (50.0, 96.0)}
CHEAP_FUNCTIONS = frozenset({"abs", "sign", "relu", "identity"})
#: Python and dispatch per part and evaluation, whatever the number of points
PER_PART_S = 40e-6
#: the most one evaluation of a formula may take by this estimate (f, f′ and f″)
TIME_BUDGET_S = 0.5
#: of the order-2 cost, what f alone (order 0) and f with f′ (order 1) take
ORDER_SHARE = {0: 0.3, 1: 0.6, 2: 1.0}


@dataclass(frozen=True)
class Cost:
    """A formula's estimated cost per point (f, f′ and f″) and the number of parts it evaluates."""

    ns_per_point: float = 0.0
    bytes_per_point: float = 0.0  # float64; half for float32
    parts: int = 1

    def seconds(self, points: int, order: int = 2) -> float:
        return ORDER_SHARE[order] * (self.parts * PER_PART_S + points * self.ns_per_point * 1e-9)

    def extra_bytes(self, points: int, order: int, element_size: int) -> int:
        """Memory the autograd graph of the formula keeps beyond a registry activation's."""
        return int(points * self.bytes_per_point * element_size / 8 * (0.0 if order == 0 else ORDER_SHARE[order]))

    def most_points(self, order: int = 2, seconds: float = TIME_BUDGET_S) -> int:
        """The most points one evaluation may have within ``seconds``."""
        share = ORDER_SHARE[order]
        left = seconds / share - self.parts * PER_PART_S
        return max(0, int(left / (self.ns_per_point * 1e-9))) if self.ns_per_point else 10**12


def estimate(tree: ast.expr, registry: Collection[str]) -> Cost:
    """The cost of a checked formula tree (``registry``: the registry activation names it may call)."""
    ns = size = 0.0
    parts = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr):
            continue
        parts += 1
        weight = _weight(node, registry)
        ns += weight[0]
        size += weight[1]
    return Cost(ns, size, parts)


def _weight(node: ast.expr, registry: Collection[str]) -> tuple[float, float]:
    if isinstance(node, ast.BinOp):
        return {ast.Mult: PRODUCT, ast.Div: QUOTIENT, ast.Pow: POWER}.get(type(node.op), CHEAP)
    if isinstance(node, ast.UnaryOp):
        return CHEAP
    if isinstance(node, ast.Compare):
        return (CHEAP[0] * len(node.ops), CHEAP[1] * len(node.ops))
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return (0.0, 0.0)
    name = node.func.id
    if name in ("min", "max"):
        steps = max(1, len(node.args) - 1)
        return (STEP[0] * steps, STEP[1] * steps)
    if name in ("clamp", "where") or name in CHEAP_FUNCTIONS:
        return CHEAP
    if name in HEAVY:
        return HEAVY[name]
    return REGISTRY if name in registry else MATHS
