"""Where a typed formula is not differentiable: a scan whose work is bounded whatever the formula.

Every ``where``, ``abs``, ``sign``, ``relu``, ``min``, ``max``, ``clamp`` and registry call with kinks
gives *switch quantities* (the compared difference, the argument minus a registry kink, ...); f can
only bend where one of them changes sign. The scan

1. evaluates every quantity once on a float64 grid, each shared part of the tree computed once
   (:attr:`Env.memo`), ``max`` of n arguments giving n - 1 quantities (its fold), not n(n - 1)/2;
2. stops at :data:`MAX_CANDIDATES` sign changes (a formula that switches branch more often than
   that has no kinks worth marking one by one, and the refinement below grows with their number);
3. refines all sign changes together until neighbouring float64 values, one tree evaluation per step
   (quarters and false position: at most :data:`STEPS` steps, a handful for a smooth quantity);
4. keeps a candidate where f or f′ (autograd) differs on either side, all in one evaluation.

So the work is a fixed number of tree evaluations on at most a few thousand points: it cannot grow
with a formula's combinatorics (before this, ``max`` of 25 arguments took 95 s).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from engine.devices import intra_op_threads
from engine.expression_compiler import Compiled, Env

MAX_CANDIDATES = 256
STEPS = 30  # each step narrows an interval at least 4 times: 30 take a 0.01 grid step below one float64 ulp
SIDE = 1e-7  # how far either side of a candidate f and f′ are compared (relative to max(1, |x|))
BEND = 1e-4  # relative change of f or f′ across the candidate that makes it a kink


@dataclass(frozen=True)
class KinkScan:
    """The kinks found (sorted), or none and ``switches`` > 0 when the formula switches branch more than
    :data:`MAX_CANDIDATES` times on the scanned range (``switches`` then says how often)."""

    kinks: tuple[float, ...]
    switches: int = 0

    @property
    def too_many(self) -> bool:
        return self.switches > MAX_CANDIDATES


def exact_grid(x_min: float, x_max: float, points: int) -> torch.Tensor:
    """(a·(n-1-i) + b·i)/(n-1): exact in the numerator for whole-number ends, so 0 and every integer on the
    grid are hit exactly and a kink there is found exactly, not at ±1e-21."""
    i = torch.arange(points, dtype=torch.float64)
    return (x_min * (points - 1 - i) + x_max * i) / (points - 1)


def scan(
    compiled: Compiled,
    values: Mapping[str, Any],
    run: Callable[[torch.Tensor, Mapping[str, Any]], torch.Tensor],
    x_min: float,
    x_max: float,
    points: int,
) -> KinkScan:
    """The kinks of ``compiled`` with parameter ``values`` on [x_min, x_max] (``run(x, values)`` gives f)."""
    grid = exact_grid(float(x_min), float(x_max), points)
    with torch.no_grad(), intra_op_threads(1):  # a few thousand values: a second thread only waits (and on a busy core)
        names, table = _quantities(compiled, values, grid)
        if table is None:
            return KinkScan(())
        zero = table == 0
        isolated = zero.clone()
        isolated[:, 1:-1] &= ~(zero[:, :-2] & zero[:, 2:])
        exact = grid.expand_as(table)[isolated]
        sign = torch.sign(table)
        row, col = torch.nonzero(sign[:, :-1] * sign[:, 1:] < 0, as_tuple=True)
        count = int(row.numel() + exact.numel())
        if count > MAX_CANDIDATES:
            return KinkScan((), count)
        roots = exact.tolist()
        if row.numel():
            roots += _refine(
                compiled, values, names, row, grid[col], grid[col + 1], table[row, col], table[row, col + 1]
            ).tolist()
    merged = _merge(roots)
    with intra_op_threads(1):
        keep = _bends(run, values, merged)
    return KinkScan(tuple(r for r, k in zip(merged, keep, strict=True) if k))


def _quantities(
    compiled: Compiled, values: Mapping[str, Any], x: torch.Tensor, wanted: list[int] | None = None
) -> tuple[list[tuple[int, int]], torch.Tensor | None]:
    """(switch index, quantity index) of each quantity and their values at ``x`` as one (Q, len(x)) table."""
    env = Env(x, values, memo=True)
    names: list[tuple[int, int]] = []
    rows: list[torch.Tensor] = []
    for s, switch in enumerate(compiled.switches):
        if wanted is not None and s not in wanted:
            continue
        for j, q in enumerate(switch(env)):
            names.append((s, j))
            rows.append(torch.broadcast_to(q.to(torch.float64), x.shape))
    return names, (torch.stack(rows) if rows else None)


def _refine(
    compiled: Compiled,
    values: Mapping[str, Any],
    names: list[tuple[int, int]],
    row: torch.Tensor,
    lo: torch.Tensor,
    hi: torch.Tensor,
    s_lo: torch.Tensor,
    s_hi: torch.Tensor,
) -> torch.Tensor:
    """Every sign change at once. Each step evaluates the tree once at five points inside every interval, its
    quarters and either side of the false-position point, and keeps the first part whose right end differs in
    sign from its left end: at least 4 times narrower (so at most STEPS steps), and for a smooth quantity about
    a thousand times narrower per step (a straight line is found in one)."""
    switches = sorted({names[int(r)][0] for r in row.unique()})
    quarters = torch.tensor([0.25, 0.5, 0.75], dtype=torch.float64)
    for _ in range(STEPS):
        width = hi - lo
        t = -s_lo / (s_hi - s_lo)
        t = torch.where(torch.isfinite(t), t, torch.full_like(t, 0.5)).clamp(0.0, 1.0)
        near = lo + width * t
        spread = width * 1e-3
        inner = (
            torch.cat(
                [
                    lo[:, None] + width[:, None] * quarters,
                    torch.stack([near - spread, near + spread], 1).clamp(lo[:, None], hi[:, None]),
                ],
                1,
            )
            .sort(1)
            .values
        )  # (C, 5)
        wanted_names, table = _quantities(compiled, values, inner.reshape(-1), switches)
        assert table is not None  # the switches of the sign changes have quantities
        where = {name: i for i, name in enumerate(wanted_names)}
        pick = torch.tensor([where[names[int(r)]] for r in row])
        inside = table.reshape(len(wanted_names), *inner.shape)[pick, torch.arange(len(row))]  # (C, 5)
        differs = torch.cat([torch.sign(inside) != torch.sign(s_lo)[:, None], torch.ones_like(lo, dtype=torch.bool)[:, None]], 1)
        at = torch.argmax(differs.to(torch.uint8), dim=1)[:, None]  # the first part whose right end differs in sign
        ends = torch.cat([lo[:, None], inner, hi[:, None]], 1)
        signs = torch.cat([s_lo[:, None], inside, s_hi[:, None]], 1)
        lo, hi = ends.gather(1, at)[:, 0], ends.gather(1, at + 1)[:, 0]
        s_lo, s_hi = signs.gather(1, at)[:, 0], signs.gather(1, at + 1)[:, 0]
        mid = (lo + hi) / 2
        if bool(torch.all((mid == lo) | (mid == hi))):
            break
    return (lo + hi) / 2


def _merge(values: list[float]) -> list[float]:
    merged: list[float] = []
    for v in sorted(v for v in values if np.isfinite(v)):
        if not merged or v - merged[-1] > 1e-9 * max(1.0, abs(v)):
            merged.append(v)
    return merged


def _bends(
    run: Callable[[torch.Tensor, Mapping[str, Any]], torch.Tensor], values: Mapping[str, Any], roots: list[float]
) -> list[bool]:
    """Whether f or f′ (autograd) differs either side of each root; one evaluation for all of them."""
    if not roots:
        return []
    r = torch.tensor(roots, dtype=torch.float64)
    h = SIDE * torch.clamp(r.abs(), min=1.0)
    xs = torch.cat([r - h, r + h]).requires_grad_(True)
    f = run(xs, values)
    (df,) = torch.autograd.grad(f.sum(), xs, allow_unused=True)
    df = torch.zeros_like(xs) if df is None else df
    n = len(roots)
    fl, fr, dl, dr = f.detach()[:n], f.detach()[n:], df[:n], df[n:]
    finite = torch.isfinite(fl) & torch.isfinite(fr) & torch.isfinite(dl) & torch.isfinite(dr)
    jump = (fl - fr).abs() > BEND * (1 + fl.abs() + fr.abs())
    bend = (dl - dr).abs() > BEND * (1 + dl.abs() + dr.abs())
    bent: list[bool] = (~finite | jump | bend).tolist()
    return bent
