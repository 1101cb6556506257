"""What a network fitted to a 1-D curve computes, and the facts the regression lesson states about it.

:func:`fit_of` takes a trained network's weights (any registry activation or typed formula per layer, as
:class:`engine.training_config.TrainConfig` describes it) and returns a :class:`Fit`: the target g(x), the
network's output on a grid of [-6, 6], each last-layer unit's weighted output (the contributions, which
add up to the output with the output bias), and the fit's shape:

- ``line``: every layer is linear (the identity): the fit is a straight line whatever the depth; slope
  and intercept come from autograd.
- ``piecewise``: every layer's activation is piecewise linear (ReLU, Leaky ReLU, ReLU6, Hardtanh, ...):
  the fit is piecewise linear; its kinks are the points where a hidden unit's pre-activation crosses one
  of its activation's kinks *and* the slope (by autograd, on either side) changes visibly: by Δs with
  |Δs|·12 ≥ :data:`VISIBLE_BEND`·H, H the fit's height on the plot (:func:`plot_height`). A smaller bend (a
  unit with a tiny output weight, early in training with the output layer starting at zero) is not seen on
  the plot, so it is neither marked nor counted. :attr:`Fit.bound` is
  the most a network of that size can have on a line: a layer of n units whose activation has K kinks
  turns p linear pieces into at most p·(1 + n·K) (each unit's pre-activation, linear on each piece, crosses
  each kink value at most once per piece), so at most ∏(1 + nₗKₗ) − 1 kinks.
- ``smooth``: no layer has a kink (tanh, sigmoid, GELU, ...): the fit has no corners at all.
- ``curved``: the rest (kinks between curved pieces: ELU, Hardswish; or curved inputs such as x²).

Everything is computed in float64 from the weights, whatever precision the network trained in.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from engine.datasets import DOMAIN, feature_matrix, is_curve_dataset
from engine.devices import intra_op_threads
from engine.regression_data import curve
from engine.regression_target import formula_targets
from engine.resolve import resolve_activation
from engine.training_config import TrainConfig, layer_activations

__all__ = [
    "REGRESSION_DEFAULTS",
    "VISIBLE_BEND",
    "Fit",
    "fit_of",
    "formula_targets",
    "is_curve",
    "kink_bound",
    "piecewise_linear",
    "plot_height",
]

#: The regression lesson's network and how it learns, chosen from runs (tests/engine/test_regression.py checks
#: the first claim): [16] ReLU units with Adam at lr 0.01, batches of 10 and 200 training points fit sin x to a
#: mean squared error under 0.02 within 2,000 epochs for 10 of 10 seeds (median best 0.001, with the output layer
#: starting at zero: engine.training_config.AUTO_ZEROS); plain SGD at Playground's lr 0.03 diverged in the first
#: epoch for 7 of 10 seeds (2 of 10 at lr 0.01, the rest still at an MSE of 0.3 after 50 epochs), as the raw
#: inputs on [-6, 6] make the unsquashed output's gradients large. So a regression dataset starts with these
#: instead of the classification lesson's SGD.
REGRESSION_DEFAULTS: dict[str, object] = {
    "samples": 400,
    "train_ratio": 50.0,
    "hidden": (16,),
    "activation": "relu",
    "optimizer": "adam",
    "lr": 0.01,
    "batch": 10,
}
GRID_POINTS = 1201  # the fit curve's x values: every 0.01 on [-6, 6]
KINK_GRID = 6001  # pre-activations are scanned for sign changes every 0.002, then bisected to float64 precision
PIECE_RANGE = 1e3  # an activation counts as piecewise linear when it is linear between its kinks on [-1000, 1000]
#: A kink is counted (and marked) when the two straight pieces meeting there, continued across the plotted width
#: (12), part by at least this share of the fit's height on the plot: |Δslope|·12 ≥ 0.05·H. On a plot about 0.6 as
#: tall as wide that is a corner of about 1.3° (2 px over 100 px); the bends below it are not seen.
VISIBLE_BEND = 0.05

Weights = list[tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True, eq=False)
class Fit:
    """A 1-D network's output beside its target; see the module's notes for ``shape``."""

    x: np.ndarray  # (GRID_POINTS,)
    target: np.ndarray  # g(x) without noise
    output: np.ndarray  # the network's output
    contributions: np.ndarray  # (last hidden layer's units, GRID_POINTS): each unit's output times its output weight
    bias: float  # the output bias: contributions.sum(0) + bias == output
    shape: str  # "line", "piecewise", "smooth" or "curved"
    kinks: np.ndarray  # x of every visible kink in [-6, 6] (piecewise only; else empty; see VISIBLE_BEND)
    bound: int | None  # the most kinks a network of this size can have (piecewise only)
    slope: float = math.nan  # a straight line's slope and intercept (shape "line"), by autograd
    intercept: float = math.nan


def is_curve(config: TrainConfig) -> bool:
    """Whether ``config`` fits a 1-D curve (a regression dataset of one input; the user's points there are its
    own (x, target) points)."""
    return is_curve_dataset(config.dataset)


def piecewise_linear(activation: str, params: Mapping[str, Any]) -> tuple[bool, tuple[float, ...]]:
    """(whether f is linear between its kinks, the sorted kinks); a registry id or formula with its parameters."""
    act = resolve_activation(activation)
    kinks = tuple(sorted({float(k) for k in act.kinks(dict(params))}))
    edges = [-PIECE_RANGE, *(k for k in kinks if abs(k) < PIECE_RANGE), PIECE_RANGE]
    for a, b in zip(edges[:-1], edges[1:], strict=True):
        t = torch.linspace(a, b, 11, dtype=torch.float64)[1:-1]
        with torch.no_grad():
            f = act.fn(t, **params).to(torch.float64)
        second = (f[2:] - 2 * f[1:-1] + f[:-2]).abs().max().item()
        if not math.isfinite(second) or second > 1e-9 * (1.0 + f.abs().max().item()):
            return False, kinks
    return True, kinks


class _Network:
    """The config's network from plain weights, in float64 on the CPU: output, pre-activations, slopes."""

    def __init__(self, config: TrainConfig, weights: Weights):
        self.config = config
        self.w = [torch.as_tensor(np.asarray(w, dtype=np.float64)) for w, _ in weights]
        self.b = [torch.as_tensor(np.asarray(b, dtype=np.float64)) for _, b in weights]
        acts = layer_activations(config)
        self.fns = [(resolve_activation(a).fn, p) for a, p in acts]

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, list[torch.Tensor], list[torch.Tensor]]:
        """Output (n,), each hidden layer's pre-activations and outputs (n, units)."""
        h = feature_matrix(torch.stack([x, torch.zeros_like(x)], dim=1), self.config.features)
        pre, post = [], []
        for w, b, (fn, params) in zip(self.w, self.b, self.fns, strict=False):
            z = h @ w.T + b
            h = fn(z, **params).to(torch.float64)
            pre.append(z)
            post.append(h)
        return (h @ self.w[-1].T + self.b[-1])[:, 0], pre, post

    def slopes(self, x: np.ndarray) -> np.ndarray:
        """df/dx at every x, by autograd."""
        xt = torch.as_tensor(x, dtype=torch.float64).requires_grad_(True)
        (grad,) = torch.autograd.grad(self.forward(xt)[0].sum(), xt)
        return grad.numpy()


def fit_of(config: TrainConfig, weights: Weights) -> Fit:
    """The fit of ``config``'s network (checked, a 1-D regression dataset) with ``weights`` ((W, b) per layer)."""
    with intra_op_threads(1):  # tiny tensors: a second thread on busy cores only waits (engine.training.THREADS)
        return _fit_of(config, weights)


def _fit_of(config: TrainConfig, weights: Weights) -> Fit:
    net = _Network(config, weights)
    x = np.round(np.linspace(-DOMAIN, DOMAIN, GRID_POINTS), 12)  # 0.01 steps written as 0.01, not 0.009999…
    with torch.no_grad():
        output, _, post = net.forward(torch.as_tensor(x))
    v = net.w[-1][0]
    contributions = (post[-1] * v).T.numpy() if post else np.zeros((0, len(x)))
    shape, kink_values = _shape(config)
    fit = Fit(
        x=x,
        target=_target(config, x),
        output=output.numpy(),
        contributions=contributions,
        bias=float(net.b[-1][0]),
        shape=shape,
        kinks=np.zeros(0),
        bound=None,
    )
    if shape == "line":
        slope = float(net.slopes(np.zeros(1))[0])
        return _replace(fit, slope=slope, intercept=float(output[len(x) // 2]))
    if shape == "piecewise":
        kinks = _kinks(net, kink_values, plot_height(fit.output, fit.target))
        return _replace(fit, kinks=kinks, bound=kink_bound(config.hidden, [len(k) for k in kink_values]))
    return fit


def _target(config: TrainConfig, x: np.ndarray) -> np.ndarray:
    """g(x) without noise: the typed target formula's (NaN where it is not finite), the curve's, or NaN for the
    user's own points."""
    if config.target is not None:
        return formula_targets(config.target, x, config.target_params, finite=False)
    return curve(config.dataset)(x) if is_curve(config) and config.points is None else np.full_like(x, math.nan)


def _replace(fit: Fit, **changes: object) -> Fit:
    values = {name: getattr(fit, name) for name in fit.__dataclass_fields__}
    values.update(changes)
    return Fit(**values)


def _shape(config: TrainConfig) -> tuple[str, list[tuple[float, ...]]]:
    """The fit's shape and, per hidden layer, its activation's kinks."""
    layers = [piecewise_linear(a, p) for a, p in layer_activations(config)]
    kinks = [k for _, k in layers]
    if tuple(config.features) != ("x1",):
        return "curved", kinks
    if all(linear for linear, _ in layers):
        return ("piecewise" if any(kinks) else "line"), kinks
    if not any(kinks):
        return "smooth", kinks
    return "curved", kinks


def kink_bound(hidden: tuple[int, ...], kinks_per_layer: list[int]) -> int:
    """The most kinks on a line of a network with these layers: ∏(1 + nₗKₗ) − 1 (see the module's notes)."""
    return math.prod(1 + n * k for n, k in zip(hidden, kinks_per_layer, strict=True)) - 1


def plot_height(output: np.ndarray, target: np.ndarray) -> float:
    """H, the fit's height as the plot shows it: the span of the network's output and of the target g(x) (where
    finite) over the plotted interval, at least 1 (the plot's y range is never shorter)."""
    finite = target[np.isfinite(target)]
    return max(float(np.ptp(output)), float(np.ptp(finite)) if finite.size else 0.0, 1.0)


def _kinks(net: _Network, kink_values: list[tuple[float, ...]], height: float) -> np.ndarray:
    """x of every kink in [-6, 6]: where a pre-activation crosses an activation's kink and the slope changes by
    Δs with |Δs|·12 ≥ :data:`VISIBLE_BEND`·``height`` (a bend the plot shows)."""
    grid = torch.linspace(-DOMAIN, DOMAIN, KINK_GRID, dtype=torch.float64)
    with torch.no_grad():
        pre = net.forward(grid)[1]
    found: list[np.ndarray] = []
    for layer, (z, values) in enumerate(zip(pre, kink_values, strict=True)):
        for k in values:
            d = (z - k).numpy()
            exact = np.nonzero(d == 0)[0]
            cells, units = np.nonzero(d[:-1] * d[1:] < 0)
            found.append(grid.numpy()[exact])
            lo, hi = grid.numpy()[cells], grid.numpy()[cells + 1]
            if len(cells) and layer == 0:  # the first layer's pre-activations are affine in x: the chord's root is exact
                d_lo, d_hi = d[cells, units], d[cells + 1, units]
                found.append(lo - d_lo * (hi - lo) / (d_hi - d_lo))
            elif len(cells):  # deeper ones are piecewise linear: a cell may hold a corner, so bisect
                found.append(_bisect(net, layer, k, lo, hi, units))
    xs = np.unique(np.concatenate(found)) if found else np.zeros(0)
    if xs.size == 0:
        return xs
    xs = xs[np.concatenate([[True], np.diff(xs) > 1e-9])]  # one kink where several units cross together
    gaps = np.diff(np.concatenate([[-np.inf], xs, [np.inf]]))
    h = np.minimum(1e-6, np.minimum(gaps[:-1], gaps[1:]) / 3)
    left, right = net.slopes(xs - h), net.slopes(xs + h)
    changed = np.abs(right - left) * (2 * DOMAIN) >= VISIBLE_BEND * height
    kinks: np.ndarray = xs[changed]
    return kinks


def _bisect(net: _Network, layer: int, k: float, lo: np.ndarray, hi: np.ndarray, units: np.ndarray) -> np.ndarray:
    """Where unit ``units[i]`` of ``layer`` has pre-activation ``k`` between ``lo[i]`` and ``hi[i]`` (a sign change)."""
    lo_t, hi_t = torch.as_tensor(lo), torch.as_tensor(hi)
    index = torch.as_tensor(units)
    rows = torch.arange(len(lo))
    with torch.no_grad():
        sign_lo = torch.sign(net.forward(lo_t)[1][layer][rows, index] - k)
        for _ in range(45):  # 0.002 / 2⁴⁵: below float64 spacing near 6
            mid = (lo_t + hi_t) / 2
            same = torch.sign(net.forward(mid)[1][layer][rows, index] - k) == sign_lo
            lo_t, hi_t = torch.where(same, mid, lo_t), torch.where(same, hi_t, mid)
    found: np.ndarray = ((lo_t + hi_t) / 2).numpy()
    return found
