"""The operations of a training step, shared by every :class:`engine.training_stack.Stack`: the layers' products,
each layer's activation over stacked networks, the losses and the penalty.

They work on one network (2-D tensors, ``[points, units]``) and on ``N`` stacked ones (``[N, points, units]``).
Speed is fixed cost per operation on these tiny tensors, so each does as few as it can; the reason for each
choice is written beside it. Autograd computes every gradient (any registry activation or typed formula trains).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import torch
import torch.nn.functional as F

from engine.resolve import resolve_activation
from engine.training_config import SQUARED, TrainConfig

Act = Callable[[torch.Tensor], torch.Tensor]


def affine(x: torch.Tensor, w: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    # addmm/baddbmm: bias, product and sum in one operation (F.linear adds a transpose node per layer in
    # autograd, as the weights would be stored (out, in)); they are stored (in, out) for this.
    if w.dim() == 2:
        return torch.addmm(b, x, w)
    if x.dim() == 2:  # a grid shared by every network (maps): one broadcast product
        return torch.matmul(x, w).add_(b)
    return torch.baddbmm(b, x, w)


def bound(activation_id: str, params: Mapping[str, Any]) -> Act:
    fn = resolve_activation(activation_id).fn
    return partial(fn, **params) if params else fn  # no wrapper frame per call: 18 calls a step in a race of 6


def is_random(activation_id: str, params: Mapping[str, Any]) -> bool:
    slopes = resolve_activation(activation_id).random_slopes
    return slopes is not None and bool(params.get(slopes.switch))


def per_network(acts: Sequence[Act], keys: Sequence[str]) -> Act:
    """One layer's activation over stacked networks: each network's own (``keys[k]`` names it) on its slice.

    Neighbours with the same activation form one run, computed by one operation (the race over seeds
    orders its networks by activation for this); a layer of one activation is that activation alone.
    Each run costs an operation forward and an autograd node backward, so the runs, not the networks,
    set the cost. Runs of one network each: ``unbind``/``stack`` (one autograd node each for all slices;
    N index ops cost about 10 % of a race's epoch); else ``split``/``cat``.
    """
    runs: list[tuple[Act, int]] = []
    for act, key, previous in zip(acts, keys, (None, *keys), strict=False):
        if key == previous:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((act, 1))
    if len(runs) == 1:
        return acts[0]
    fns, sizes = [fn for fn, _ in runs], [size for _, size in runs]
    if len(runs) == len(acts):
        return lambda z: torch.stack([fn(part) for fn, part in zip(fns, z.unbind(0), strict=True)])
    return lambda z: torch.cat([fn(part) for fn, part in zip(fns, z.split(sizes), strict=True)])


def targets(loss: str, labels: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return (labels * 2 - 1).to(dtype) if loss == "mse" else labels.to(dtype)  # squared: the float targets as they are


def losses(loss: str, z: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Each network's mean loss over the last axis: ½(tanh z − t)² or binary cross-entropy on the logits."""
    if z.dim() == 1:  # one network: the fused mean reduction (one operation fewer per step)
        return mean_loss(loss, z, t)
    if loss == SQUARED:  # regression: the output itself, mean of (z − t)²
        return F.mse_loss(z, t, reduction="none").mean(-1)
    if loss == "mse":
        return 0.5 * F.mse_loss(torch.tanh(z), t, reduction="none").mean(-1)
    return F.binary_cross_entropy_with_logits(z, t, reduction="none").mean(-1)


def mean_loss(loss: str, z: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """One network's mean loss over all of ``z`` (the fused reduction)."""
    if loss == SQUARED:
        return F.mse_loss(z, t)
    if loss == "mse":
        return 0.5 * F.mse_loss(torch.tanh(z), t)
    return F.binary_cross_entropy_with_logits(z, t)


def scaled_sum_loss(loss: str, z: torch.Tensor, t: torch.Tensor, scale: float) -> torch.Tensor:
    """``scale`` times the loss of :func:`losses` summed over every point of every network."""
    if loss == SQUARED:
        return F.mse_loss(z, t, reduction="sum") * scale
    if loss == "mse":
        return F.mse_loss(torch.tanh(z), t, reduction="sum") * (0.5 * scale)
    return F.binary_cross_entropy_with_logits(z, t, reduction="sum") * scale


def output(loss: str, z: torch.Tensor) -> torch.Tensor:
    if loss == SQUARED:
        return z
    return torch.tanh(z) if loss == "mse" else torch.sigmoid(z)


def levels(loss: str) -> tuple[float, float]:
    return (0.0, 1.0) if loss == "bce" else (-1.0, 1.0)  # squared: Playground's regression targets lie in about [-1, 1]


def regularize(cfg: TrainConfig, weights: Sequence[torch.Tensor], grads: Sequence[torch.Tensor]) -> None:
    """Add the penalty's gradient to the weights' (not the biases'): rate·sign(w) for L1, rate·w for L2 (penalty ½w²)."""
    with torch.no_grad():
        for w, g in zip(weights, grads, strict=True):
            g.add_(torch.sign(w) if cfg.regularization == "l1" else w, alpha=cfg.reg_rate)
