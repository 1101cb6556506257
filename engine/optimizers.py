"""The registry of optimisers the training lesson offers: plain SGD, SGD with momentum, Adam.

Each update is PyTorch's own rule (``torch.optim.SGD`` and ``torch.optim.Adam`` with their
default options, as their documentation writes it) on whole lists of tensors at once with
torch's ``_foreach`` kernels, the ones ``torch.optim`` runs with ``foreach=True``. They are
called here directly because the optimiser's bookkeeping cost as much as the tiny network's
arithmetic: per epoch of a [4, 2] network (25 steps), on 2 busy cores, torch.optim's SGD and
Adam took 15.8 and 26.4 ms of CPU, these 10.8 and 14.5 ms (bench/training.py measures epochs).
Strings are English source text, translated by the GUI (context ``"engine"``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import torch

from engine.errors import EngineError

MOMENTUM = 0.9
ADAM_BETAS, ADAM_EPS = (0.9, 0.999), 1e-8


#: What autograd.grad returns and torch._foreach_* take.
Tensors = tuple[torch.Tensor, ...] | list[torch.Tensor]


class Stepper:
    """Updates ``params`` in place from their gradients, one step per :meth:`step` call."""

    def __init__(self, params: Sequence[torch.Tensor], lr: float):
        self.params, self.lr = list(params), lr

    def step(self, grads: Tensors) -> None:
        raise NotImplementedError


class _SGD(Stepper):
    def step(self, grads: Tensors) -> None:
        with torch.no_grad():
            torch._foreach_add_(self.params, grads, alpha=-self.lr)


class _Momentum(Stepper):
    """``b ← μ·b + g; p ← p − lr·b`` (PyTorch's form: the first step's b is g itself)."""

    def __init__(self, params: Sequence[torch.Tensor], lr: float):
        super().__init__(params, lr)
        self.buffers = [torch.zeros_like(p) for p in self.params]

    def step(self, grads: Tensors) -> None:
        with torch.no_grad():
            torch._foreach_mul_(self.buffers, MOMENTUM)
            torch._foreach_add_(self.buffers, grads)
            torch._foreach_add_(self.params, self.buffers, alpha=-self.lr)


class _Adam(Stepper):
    """Kingma & Ba's update with bias correction, in the order of PyTorch's multi-tensor Adam."""

    def __init__(self, params: Sequence[torch.Tensor], lr: float):
        super().__init__(params, lr)
        self.m = [torch.zeros_like(p) for p in self.params]
        self.v = [torch.zeros_like(p) for p in self.params]
        self.t = 0

    def step(self, grads: Tensors) -> None:
        beta1, beta2 = ADAM_BETAS
        self.t += 1
        with torch.no_grad():
            torch._foreach_lerp_(self.m, grads, 1 - beta1)
            torch._foreach_mul_(self.v, beta2)
            torch._foreach_addcmul_(self.v, grads, grads, 1 - beta2)
            denom = torch._foreach_sqrt(self.v)
            torch._foreach_div_(denom, math.sqrt(1 - beta2**self.t))
            torch._foreach_add_(denom, ADAM_EPS)
            torch._foreach_addcdiv_(self.params, self.m, denom, -self.lr / (1 - beta1**self.t))


@dataclass(frozen=True)
class Optimizer:
    id: str
    name: str
    notes: str
    make: Callable[[Sequence[torch.Tensor], float], Stepper]  # make(params, lr)


_ENTRIES = (
    Optimizer("sgd", "SGD", "w ← w − lr·g: plain gradient descent on mini-batches", _SGD),
    Optimizer(
        "momentum", "SGD with momentum", f"a running sum of gradients (μ = {MOMENTUM:g}) smooths and speeds descent", _Momentum
    ),
    Optimizer("adam", "Adam", "per-weight step sizes from running moments of the gradient (β = 0.9, 0.999)", _Adam),
)

OPTIMIZERS: dict[str, Optimizer] = {o.id: o for o in _ENTRIES}


def get_optimizer(optimizer_id: str) -> Optimizer:
    try:
        return OPTIMIZERS[optimizer_id]
    except KeyError:
        raise EngineError("optimizer", f"unknown optimizer {optimizer_id!r} (choose {', '.join(OPTIMIZERS)})") from None
