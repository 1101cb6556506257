"""Training a small MLP on a 2-D dataset, epoch by epoch: the "why non-linearity" lesson.

A :class:`Trainer` holds one network, its data and its optimiser; :meth:`Trainer.step`
trains one epoch (mini-batches of a fresh seeded shuffle of the training points) and
returns the epoch's :class:`EpochStats`; :meth:`Trainer.snapshot` draws what the network
computes on a grid (the decision map, every hidden unit's own map, the hidden space of
two units); :meth:`Trainer.reset` goes back to the initial weights. A GUI steps it (Play,
Pause, Step, Reset) off its thread; two trainers on the same data give the side-by-side
lesson (:func:`linear_twin`, :func:`run_side_by_side`). :func:`run` is the pure
``run(config, progress, cancelled)`` of the other experiments, built on the trainer.

The output is ``tanh`` with half the squared error (TensorFlow Playground's choice, so its
learning rates mean the same here) or ``sigmoid`` with binary cross-entropy. The same
config and seed give the same history bit for bit on the CPU: data, initial weights and
shuffles come from generators seeded by ``seed``, never from the global RNG.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import torch
import torch.nn.functional as F

from engine.datasets import Data, feature_matrix
from engine.devices import run_placed
from engine.errors import EngineError
from engine.initializers import checked_init_params
from engine.jobs import CancelledFn, ProgressFn, check, never_cancelled, no_progress
from engine.optimizers import get_optimizer
from engine.resolve import resolve_activation
from engine.training_config import (
    TrainConfig,
    checked_config,
    data_for,
    layer_activations,
    layer_inits,
    linear_twin,
)
from engine.training_views import HiddenSpace, Snapshot, View, hidden_space, map_grid

__all__ = ["Diverged", "EpochStats", "Trainer", "TrainConfig", "TrainResult", "View", "linear_twin", "run", "run_side_by_side"]

#: torch threads while a trainer computes (set in the calling thread only: OpenMP keeps the count per
#: thread). Its tensors are tiny: with 2 threads on 2 busy cores one evaluation took 188 ms instead of
#: 1.4 ms, every op waiting for the second thread to be scheduled; bench/training.py compares 1 and 2.
THREADS = 1

#: The columns of :meth:`TrainResult.table`, as the CSV export writes them.
TABLE_HEADER = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


class Diverged(EngineError):
    """The loss became NaN or infinite; ``epoch`` is the epoch whose training made it so."""

    def __init__(self, epoch: int, value: float, lr: float):
        what = "NaN" if math.isnan(value) else "infinite"
        super().__init__(
            "lr", f"the training diverged at epoch {epoch}: the loss became {what} (learning rate {lr:g}); try a smaller one"
        )
        self.epoch = epoch


@dataclass(frozen=True)
class EpochStats:
    """How the network does after ``epoch`` epochs (0: before training); losses without regularisation."""

    epoch: int
    train_loss: float
    test_loss: float  # nan without test points
    train_accuracy: float
    test_accuracy: float
    grad_norms: np.ndarray  # per weight layer (hidden layers, then the output): ‖∂train loss/∂W‖ over all training points
    dead_share: np.ndarray  # per hidden layer: share of units whose output is 0 at every training point


@dataclass(frozen=True)
class TrainResult:
    """A finished :func:`run`: every epoch's statistics and the final snapshot."""

    config: TrainConfig
    data: Data  # the points it was trained on
    history: tuple[EpochStats, ...]
    snapshot: Snapshot
    device: str
    dtype: str
    fallback_reason: str | None = None
    seconds: float = 0.0

    def table(self) -> tuple[list[str], list[np.ndarray]]:
        return history_table(self.history)


def history_table(history) -> tuple[list[str], list[np.ndarray]]:
    """Header and columns, one row per epoch (the CSV export)."""
    return list(TABLE_HEADER), [np.array([getattr(s, name) for s in history]) for name in TABLE_HEADER]


class Trainer:
    """One network being trained, one epoch per :meth:`step`; not thread-safe (one worker drives it).

    ``data`` lets two trainers share points (the side-by-side lesson); by default the
    config's. CUDA is tried when asked and falls back to the CPU (``fallback_reason``).
    """

    def __init__(self, config: TrainConfig, data: Data | None = None, threads: int | None = THREADS):
        self.config = checked_config(config)
        self.threads = threads
        self.data = data if data is not None else data_for(self.config)
        self._grids: dict[int, torch.Tensor] = {}
        (self._dev, self._dtype), placement = run_placed(self.config.device, self.config.dtype, self._probe)
        self.device, self.fallback_reason = placement.device, placement.fallback_reason
        self.reset()

    def _probe(self, dev: torch.device, dtype: torch.dtype):
        torch.zeros(1, device=dev, dtype=dtype).add_(1).item()  # fails here, not mid-training, when CUDA is unusable
        return dev, dtype

    def reset(self) -> None:
        """Back to epoch 0: the initial weights the seed gives, and the history's first entry."""
        cfg, dev, dtype = self.config, self._dev, self._dtype
        gen = torch.Generator().manual_seed(cfg.seed)
        sizes = (len(cfg.features), *cfg.hidden, 1)
        self._weights, self._biases = [], []
        with torch.random.fork_rng(devices=[]), torch.no_grad():  # sparse_ and linear_default use the global RNG
            torch.default_generator.manual_seed(cfg.seed)
            for (n_in, n_out), (init_id, params) in zip(pairwise(sizes), layer_inits(cfg), strict=True):
                entry, values, _ = checked_init_params(init_id, params, (n_out, n_in))
                weight = torch.empty(n_out, n_in, dtype=dtype)
                entry.fn(weight, gen, **values)
                self._weights.append(weight.to(dev).requires_grad_(True))
                self._biases.append(torch.full((n_out,), cfg.bias, dtype=dtype, device=dev).requires_grad_(True))
        self._acts = [_bound(a, p) for a, p in layer_activations(cfg)]
        self._params = self._weights + self._biases
        self._optimizer = get_optimizer(cfg.optimizer).make(self._params, cfg.lr)
        self._shuffle = torch.Generator().manual_seed(cfg.seed + 1)
        self._inputs = feature_matrix(torch.as_tensor(self.data.xy, dtype=dtype, device=dev), cfg.features)
        self._targets = _targets(cfg.loss, torch.as_tensor(self.data.labels, device=dev), dtype)
        self._train = torch.as_tensor(self.data.train, device=dev)
        self._train_x, self._train_t = self._inputs[self._train], self._targets[self._train]
        self.epoch = 0
        self._history = [self._evaluate()]

    @property
    def history(self) -> tuple[EpochStats, ...]:
        return tuple(self._history)

    def step(self, epochs: int = 1, cancelled: CancelledFn = never_cancelled) -> EpochStats:
        """Train ``epochs`` epochs (checking ``cancelled`` between them); the last one's statistics.

        Raises :class:`Diverged` when the loss stops being finite; the state stays at that epoch.
        """
        for _ in range(epochs):
            check(cancelled)
            with _threads(self.threads):
                self._train_epoch()
                self.epoch += 1
                stats = self._evaluate()
            self._history.append(stats)
            if not (math.isfinite(stats.train_loss) and math.isfinite(stats.test_loss if self._has_test else 0.0)):
                bad = stats.train_loss if not math.isfinite(stats.train_loss) else stats.test_loss
                raise Diverged(self.epoch, bad, self.config.lr)
        return self._history[-1]

    @property
    def _has_test(self) -> bool:
        return not bool(self.data.train.all())

    def _forward(self, x: torch.Tensor, keep: bool = False):
        hidden = []
        for weight, bias, act in zip(self._weights, self._biases, self._acts, strict=False):
            x = act(F.linear(x, weight, bias))
            if keep:
                hidden.append(x)
        return F.linear(x, self._weights[-1], self._biases[-1]).squeeze(1), hidden

    def _train_epoch(self) -> None:
        cfg, opt = self.config, self._optimizer
        penalty = cfg.regularization != "none" and cfg.reg_rate > 0
        order = torch.randperm(len(self._train_x), generator=self._shuffle).to(self._dev)
        inputs, targets = self._train_x[order], self._train_t[order]
        with torch.random.fork_rng(devices=[]):  # rrelu in training mode draws from the global RNG
            torch.default_generator.manual_seed(self.config.seed + self.epoch)  # torch.manual_seed: 2 ms, it seeds every backend
            for x, t in zip(inputs.split(cfg.batch), targets.split(cfg.batch), strict=True):
                z, _ = self._forward(x)
                grads = torch.autograd.grad(_loss(cfg.loss, z, t), self._params)
                if penalty:
                    _regularize(cfg, self._weights, grads[: len(self._weights)])
                opt.step(grads)

    def _evaluate(self) -> EpochStats:
        cfg = self.config
        z, hidden = self._forward(self._inputs, keep=True)
        train, test = self._train, ~self._train
        train_loss = _loss(cfg.loss, z[train], self._targets[train])
        weight_grads = torch.autograd.grad(train_loss, self._weights)
        with torch.no_grad():
            hit = ((z >= 0) == (self._targets > 0)).to(z.dtype)
            nan = torch.full((), math.nan, dtype=z.dtype, device=z.device)
            has_test = self._has_test
            values = [
                train_loss.detach(),
                _loss(cfg.loss, z[test], self._targets[test]) if has_test else nan,
                hit[train].mean(),
                hit[test].mean() if has_test else nan,
                *(torch.linalg.vector_norm(g) for g in weight_grads),
                *((h[train] == 0).all(dim=0).to(z.dtype).mean() for h in hidden),
            ]
            numbers = torch.stack(values).to("cpu", torch.float64).numpy()
        layers = len(self._weights)
        return EpochStats(self.epoch, *map(float, numbers[:4]), numbers[4 : 4 + layers].copy(), numbers[4 + layers :].copy())

    def snapshot(self, view: View | None = None) -> Snapshot:
        """What the network computes now on the map grid (see :class:`View`)."""
        view = (view or View()).checked(self.config.hidden)
        grid = self._grids.get(view.map_size)
        if grid is None:
            xy = torch.as_tensor(map_grid(view.map_size), dtype=self._dtype, device=self._dev)
            grid = self._grids[view.map_size] = feature_matrix(xy, self.config.features)
        n = view.map_size
        with torch.no_grad(), _threads(self.threads):
            z, hidden = self._forward(grid, keep=view.units)
            output = _output(self.config.loss, z).reshape(n, n)
            units = [h.T.reshape(-1, n, n) for h in hidden]
            arrays = [t.to("cpu", torch.float64).numpy() for t in (output, *units)]
            space = self._hidden_space(view) if view.hidden_layer else None
        return Snapshot(self.epoch, n, arrays[0], tuple(arrays[1:]), space, _levels(self.config.loss))

    def _hidden_space(self, view: View) -> HiddenSpace:
        def units_of(xy: np.ndarray) -> np.ndarray:
            x = feature_matrix(torch.as_tensor(xy, dtype=self._dtype, device=self._dev), self.config.features)
            h = self._forward(x, keep=True)[1][view.hidden_layer - 1]
            a, b = view.hidden_units
            return h[:, [a - 1, b - 1]].to("cpu", torch.float64).numpy()

        return hidden_space(view, self.data, units_of)

    def load_weights(self, weights: Sequence[tuple[np.ndarray, np.ndarray]], epoch: int = 0) -> None:
        """Go on from saved weights: (W, b) of every layer (W of shape (out, in), plain numbers) after ``epoch``
        epochs; the optimiser starts afresh. EngineError naming the layer whose shape or values do not fit."""
        if len(weights) != len(self._weights):
            raise EngineError("weights", f"expected {len(self._weights)} layers, got {len(weights)}")
        arrays = []
        for index, ((w, b), weight, bias) in enumerate(zip(weights, self._weights, self._biases, strict=True), start=1):
            w, b = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
            if w.shape != tuple(weight.shape) or b.shape != tuple(bias.shape):
                raise EngineError(f"layer {index}", f"expected weights {tuple(weight.shape)} and biases {tuple(bias.shape)}")
            if not (np.all(np.isfinite(w)) and np.all(np.isfinite(b))):
                raise EngineError(f"layer {index}", "weights must be finite numbers")
            arrays.append((w, b))
        with torch.no_grad():
            for (w, b), weight, bias in zip(arrays, self._weights, self._biases, strict=True):
                weight.copy_(torch.as_tensor(w, dtype=weight.dtype))
                bias.copy_(torch.as_tensor(b, dtype=bias.dtype))
        self._optimizer = get_optimizer(self.config.optimizer).make(self._params, self.config.lr)
        self.epoch = int(epoch)
        self._history = [self._evaluate()]

    def weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(W, b) of every layer as float64 arrays, W of shape (out, in): the network diagram's links."""
        return [
            (w.detach().to("cpu", torch.float64).numpy(), b.detach().to("cpu", torch.float64).numpy())
            for w, b in zip(self._weights, self._biases, strict=True)
        ]


# ---- pieces ------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _threads(count: int | None):
    before = torch.get_num_threads()
    if count is not None and count != before:
        torch.set_num_threads(count)
    try:
        yield
    finally:
        if count is not None and count != before:
            torch.set_num_threads(before)


def _bound(activation_id: str, params: dict) -> Callable[[torch.Tensor], torch.Tensor]:
    fn = resolve_activation(activation_id).fn
    return lambda x: fn(x, **params)


def _targets(loss: str, labels: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    return (labels * 2 - 1).to(dtype) if loss == "mse" else labels.to(dtype)


def _loss(loss: str, z: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    if loss == "mse":
        return 0.5 * F.mse_loss(torch.tanh(z), t)
    return F.binary_cross_entropy_with_logits(z, t)


def _output(loss: str, z: torch.Tensor) -> torch.Tensor:
    return torch.tanh(z) if loss == "mse" else torch.sigmoid(z)


def _levels(loss: str) -> tuple[float, float]:
    return (-1.0, 1.0) if loss == "mse" else (0.0, 1.0)


def _regularize(cfg: TrainConfig, weights: list[torch.Tensor], grads) -> None:
    """Add the penalty's gradient to the weights' (not the biases'): rate·sign(w) for L1, rate·w for L2 (penalty ½w²)."""
    with torch.no_grad():
        for w, g in zip(weights, grads, strict=True):
            g.add_(torch.sign(w) if cfg.regularization == "l1" else w, alpha=cfg.reg_rate)


# ---- the pure run ----------------------------------------------------------------------------------------


def run(
    config: TrainConfig,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
    *,
    view: View | None = None,
    on_epoch: Callable[[EpochStats, Snapshot | None], None] | None = None,
) -> TrainResult:
    """Train ``config.epochs`` epochs; ``on_epoch(stats, snapshot)`` after each (a snapshot when ``view`` is given).

    Raises :class:`Diverged` (an EngineError naming ``lr``) when the loss stops being finite and
    :class:`engine.jobs.Cancelled` soon after ``cancelled()`` turns true.
    """
    start = time.perf_counter()
    trainer = Trainer(config)
    epochs = trainer.config.epochs
    for epoch in range(1, epochs + 1):
        stats = trainer.step(1, cancelled)
        if on_epoch is not None:
            on_epoch(stats, trainer.snapshot(view) if view is not None else None)
        progress(epoch / epochs)
    progress(1.0)
    return TrainResult(
        trainer.config,
        trainer.data,
        trainer.history,
        trainer.snapshot(view),
        trainer.device,
        trainer.config.dtype,
        trainer.fallback_reason,
        time.perf_counter() - start,
    )


def run_side_by_side(
    config: TrainConfig, progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled
) -> tuple[TrainResult, TrainResult]:
    """The lesson: :func:`linear_twin` and ``config`` trained on the same data, epoch by epoch together."""
    pair = [Trainer(linear_twin(config)), None]
    pair[1] = Trainer(config, data=pair[0].data)
    start, epochs = time.perf_counter(), pair[1].config.epochs
    for epoch in range(1, epochs + 1):
        for trainer in pair:
            trainer.step(1, cancelled)
        progress(epoch / epochs)
    seconds = time.perf_counter() - start
    return tuple(
        TrainResult(t.config, t.data, t.history, t.snapshot(), t.device, t.config.dtype, t.fallback_reason, seconds) for t in pair
    )
