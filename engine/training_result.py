"""What training gives: each epoch's statistics (:class:`EpochStats`) and a network's run (:class:`TrainResult`),
as :meth:`engine.training_stack.Stack.result` builds it for the figures, the exports and the tabs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine.datasets import Data
from engine.training_config import TrainConfig
from engine.training_views import Snapshot

#: The columns of the history, as :meth:`TrainResult.table` and the CSV export write them and the tab plots them.
TABLE_HEADER = ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy")


@dataclass(frozen=True)
class EpochStats:
    """How the network does after ``epoch`` epochs (0: before training); losses without regularisation.

    ``grad_norms`` and ``dead_share`` cost a backward pass over every training point, so a
    :meth:`Stack.step` of several epochs computes them for its last epoch only (the one drawn);
    the epochs before hold NaN there.
    """

    epoch: int
    train_loss: float
    test_loss: float  # nan without test points
    train_accuracy: float
    test_accuracy: float
    grad_norms: np.ndarray  # per weight layer (hidden layers, then the output): ‖∂train loss/∂W‖ over all training points
    dead_share: np.ndarray  # per hidden layer: share of units whose output is 0 at every training point

    @property
    def has_gradients(self) -> bool:
        return bool(np.isfinite(self.grad_norms).all())


def history_columns(history: Sequence[EpochStats]) -> tuple[np.ndarray, ...]:
    """A history as arrays (each statistic a column; the gradient norms and dead shares a matrix): what
    :func:`history_of` reads back equal. Pickled, tens of thousands of epochs cost milliseconds, not seconds."""
    rows = np.array([(s.epoch, s.train_loss, s.test_loss, s.train_accuracy, s.test_accuracy) for s in history], dtype=np.float64)
    return (
        rows.reshape(len(history), len(TABLE_HEADER)),
        np.array([s.grad_norms for s in history], dtype=np.float64),
        np.array([s.dead_share for s in history], dtype=np.float64),
    )


def history_of(columns: tuple[np.ndarray, ...]) -> list[EpochStats]:
    """The history :func:`history_columns` gave (each epoch's arrays: rows of the matrices)."""
    rows, norms, dead = columns
    return [
        EpochStats(int(r[0]), float(r[1]), float(r[2]), float(r[3]), float(r[4]), n, d)
        for r, n, d in zip(rows.tolist(), norms, dead, strict=True)
    ]


@dataclass(frozen=True)
class TrainResult:
    """One network after ``history[-1].epoch`` epochs: every epoch's statistics, its snapshot and its weights."""

    config: TrainConfig
    data: Data  # the points it was trained on
    history: tuple[EpochStats, ...]
    snapshot: Snapshot
    device: str
    dtype: str
    fallback_reason: str | None = None
    seconds: float = 0.0
    weights: tuple[tuple[np.ndarray, np.ndarray], ...] = ()  # (W, b) per layer, W of shape (out, in): the fit, the links

    @property
    def epoch(self) -> int:
        return self.history[-1].epoch

    def table(self) -> tuple[list[str], list[np.ndarray]]:
        return history_table(self.history)


def history_table(history: Sequence[EpochStats]) -> tuple[list[str], list[np.ndarray]]:
    """Header and columns, one row per epoch (the CSV export)."""
    return list(TABLE_HEADER), [np.array([getattr(s, name) for s in history]) for name in TABLE_HEADER]
