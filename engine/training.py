"""Training a small MLP on a 2-D dataset, epoch by epoch: the "why non-linearity" lesson.

A :class:`Trainer` holds one network, its data and its optimiser; :meth:`Trainer.step`
trains one epoch (mini-batches of a fresh seeded shuffle of the training points) and
returns the epoch's :class:`EpochStats`; :meth:`Trainer.snapshot` draws what the network
computes on a grid (the decision map, every hidden unit's own map, the hidden space of
two units); :meth:`Trainer.reset` goes back to the initial weights. Several networks of one
shape train as one computation in a :class:`engine.training_stack.Stack` (a Trainer is a stack
of one): the side-by-side lesson (:func:`linear_twin`, :func:`run_side_by_side`), several
seeds or activations (:func:`run_together`). :func:`run` is the pure
``run(config, progress, cancelled)`` of the other experiments, built on the trainer.

The output is ``tanh`` with half the squared error (TensorFlow Playground's choice, so its
learning rates mean the same here) or ``sigmoid`` with binary cross-entropy. The same
config and seed give the same history bit for bit on the CPU: data, initial weights and
shuffles come from generators seeded by ``seed``, never from the global RNG.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

import numpy as np

from engine.datasets import Data
from engine.jobs import CancelledFn, ProgressFn, never_cancelled, no_progress
from engine.training_config import TrainConfig, checked_config, data_for, linear_twin
from engine.training_result import TABLE_HEADER, TrainResult, history_table
from engine.training_stack import Diverged, EpochStats, Stack
from engine.training_views import Snapshot, View

__all__ = [
    "TABLE_HEADER",
    "Diverged",
    "EpochStats",
    "Stack",
    "Trainer",
    "TrainConfig",
    "TrainResult",
    "View",
    "history_table",
    "linear_twin",
    "run",
    "run_side_by_side",
    "run_together",
]

#: torch threads while a trainer computes (set in the calling thread only: OpenMP keeps the count per
#: thread). Its tensors are tiny: with 2 threads on 2 busy cores one evaluation took 188 ms instead of
#: 1.4 ms, every op waiting for the second thread to be scheduled.
THREADS = 1


class Trainer:
    """One network being trained, one epoch per :meth:`step`: a :class:`Stack` of one; not thread-safe.

    ``data`` lets trainers share points; by default the config's. CUDA is tried when asked and
    falls back to the CPU (``fallback_reason``).
    """

    def __init__(self, config: TrainConfig, data: Data | None = None, threads: int | None = THREADS):
        self._stack = Stack([config], None if data is None else [data], threads)
        self.config, self.data, self.threads = self._stack.configs[0], self._stack.datas[0], threads
        self.device, self.fallback_reason = self._stack.device, self._stack.fallback_reason

    @property
    def epoch(self) -> int:
        return self._stack.epoch

    @property
    def history(self) -> tuple[EpochStats, ...]:
        return self._stack.histories()[0]

    def reset(self) -> None:
        """Back to epoch 0: the initial weights the seed gives, and the history's first entry."""
        self._stack.reset()

    def step(self, epochs: int = 1, cancelled: CancelledFn = never_cancelled) -> EpochStats:
        """Train ``epochs`` epochs (checking ``cancelled`` between them); the last one's statistics (gradient
        norms and dead units of the last epoch only, see :class:`EpochStats`).

        Raises :class:`Diverged` when the loss stops being finite; the state stays at that epoch.
        """
        return self._stack.step(epochs, cancelled)[0]

    def snapshot(self, view: View | None = None) -> Snapshot:
        """What the network computes now on the map grid (see :class:`View`)."""
        return self._stack.snapshots(view)[0]

    def load_weights(self, weights: Sequence[tuple[np.ndarray, np.ndarray]], epoch: int = 0) -> None:
        """Go on from saved weights: (W, b) of every layer (W of shape (out, in), plain numbers) after ``epoch``
        epochs; the optimiser starts afresh. EngineError naming the layer whose shape or values do not fit."""
        self._stack.load_weights([weights], epoch)

    def weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """(W, b) of every layer as float64 arrays, W of shape (out, in): the network diagram's links."""
        return self._stack.weights(0)

    def result(self, view: View | None = None, seconds: float = 0.0) -> TrainResult:
        """The network as it stands now (history, snapshot on ``view``'s grid, weights); ``seconds`` its run took."""
        return self._stack.result(0, view, seconds)


def lesson_stack(config: TrainConfig, side_by_side: bool = False, threads: int | None = THREADS) -> Stack:
    """The networks the training tab trains: ``config`` alone, or (side by side) :func:`linear_twin` and ``config``
    on the twin's points as one computation (the tab and ``export --session`` build it here, so their numbers
    agree to the last bit)."""
    if side_by_side:
        twin = checked_config(linear_twin(config))
        data = data_for(twin)
        return Stack([twin, config], [data, data], threads)
    return Stack([config], None, threads)


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
    return trainer.result(view, time.perf_counter() - start)


def run_together(
    configs: Sequence[TrainConfig],
    datas: Sequence[Data] | None = None,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never_cancelled,
) -> list[TrainResult]:
    """Train networks of one shape (several seeds, activations, ...) as one :class:`Stack` for the first config's
    ``epochs``; each result as the network's own :func:`run` would give it, to float rounding."""
    start = time.perf_counter()
    stack = Stack(configs, datas)
    epochs = stack.configs[0].epochs
    for epoch in range(1, epochs + 1):
        stack.step(1, cancelled)
        progress(epoch / epochs)
    progress(1.0)
    return stack.results(seconds=time.perf_counter() - start)


def run_side_by_side(
    config: TrainConfig, progress: ProgressFn = no_progress, cancelled: CancelledFn = never_cancelled
) -> tuple[TrainResult, TrainResult]:
    """The lesson: :func:`linear_twin` and ``config`` trained on the same data as one computation."""
    twin = checked_config(linear_twin(config))
    data = data_for(twin)
    linear, chosen = run_together([twin, config], [data, data], progress, cancelled)
    return linear, chosen
