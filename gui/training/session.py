"""The networks the training tab trains, driven only from its worker thread, and the frames it draws.

:class:`Session` holds one :class:`~engine.training.Trainer` (or two for the side-by-side
lesson: the linear twin and the chosen network on the same points). Every job the tab starts
(:meth:`Session.rebuild`, :meth:`Session.step`, :meth:`Session.play`, :meth:`Session.look`) runs on
the tab's single worker thread, so the trainers are never touched by two threads; each job first
makes the session match the settings it was given (a new trainer only when they changed) and
hands back :class:`Frame` values: everything a view needs, copied, so the GUI never reads a
trainer. No Qt here.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from engine.datasets import Data
from engine.errors import EngineError
from engine.jobs import CancelledFn, ProgressFn, check
from engine.training import Diverged, EpochStats, Trainer, TrainResult, linear_twin
from engine.training_config import TrainConfig
from engine.training_views import Snapshot, View

DRAW_WAIT_S = 0.25  # the longest a playing run waits for the GUI to draw its last frame


@dataclass(frozen=True)
class RunFrame:
    """One network after ``history[-1].epoch`` epochs: its statistics, maps and weights."""

    config: TrainConfig
    data: Data
    history: tuple[EpochStats, ...]
    snapshot: Snapshot
    weights: list[tuple[np.ndarray, np.ndarray]]
    device: str
    fallback_reason: str | None

    @property
    def epoch(self) -> int:
        return self.history[-1].epoch

    def result(self) -> TrainResult:
        """This run as the engine's :class:`TrainResult` (for the figure and its CSV)."""
        return TrainResult(
            self.config, self.data, self.history, self.snapshot, self.device, self.config.dtype, self.fallback_reason
        )


@dataclass(frozen=True)
class Frame:
    """What the tab draws: one run, or (side by side) the linear twin then the chosen network."""

    runs: tuple[RunFrame, ...]
    side_by_side: bool

    @property
    def main(self) -> RunFrame:
        """The chosen network's run (the second one side by side)."""
        return self.runs[-1]

    @property
    def epoch(self) -> int:
        return self.main.epoch


class Session:
    """The trainers behind the tab; every method runs on the worker thread (one job at a time)."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._trainers: list[Trainer] = []
        self._diverged: Diverged | None = None

    def _ensure(self, config: TrainConfig, side_by_side: bool, fresh: bool = False) -> None:
        key = (config, side_by_side)
        if fresh or key != self._key:
            first = Trainer(linear_twin(config) if side_by_side else config)
            self._trainers = [first, Trainer(config, data=first.data)] if side_by_side else [first]
            self._key, self._diverged = key, None

    def frame(self, view: View) -> Frame:
        runs = tuple(
            RunFrame(t.config, t.data, t.history, t.snapshot(view), t.weights(), t.device, t.fallback_reason)
            for t in self._trainers
        )
        return Frame(runs, len(runs) == 2)

    def _epoch(self) -> None:
        # No cancel inside an epoch: side by side, both networks must stay at the same epoch.
        if self._diverged is not None:
            raise EngineError("training", f"{self._diverged.message}; press Reset to start again")
        try:
            for trainer in self._trainers:
                trainer.step(1)
        except Diverged as exc:
            self._diverged = exc
            for trainer in self._trainers:  # keep the pair at the same epoch
                if trainer.epoch < exc.epoch:
                    try:
                        trainer.step(1)
                    except Diverged:
                        pass

    def _finish(self, view: View, progress: ProgressFn) -> Frame:
        """The frame now; after a divergence it is drawn (as a partial result) and the run stops with the engine's
        message naming the epoch and the cause."""
        frame = self.frame(view)
        if self._diverged is not None:
            progress.partial(frame)
            raise self._diverged
        return frame

    # ---- the jobs (each called as job(progress, cancelled) through functools.partial) ---------------

    def rebuild(
        self, config: TrainConfig, side_by_side: bool, view: View, fresh: bool, progress: ProgressFn, cancelled: CancelledFn
    ) -> Frame:
        """Epoch 0 of the networks ``config`` describes (``fresh``: even if they did not change: Reset)."""
        self._ensure(config, side_by_side, fresh)
        return self.frame(view)

    def restore(
        self,
        config: TrainConfig,
        side_by_side: bool,
        view: View,
        networks: list,
        epoch: int,
        progress: ProgressFn,
        cancelled: CancelledFn,
    ) -> Frame:
        """The networks ``config`` describes with saved weights (``networks``: per network its layers' (W, b)) after
        ``epoch`` epochs: a session file's trained network."""
        self._ensure(config, side_by_side, fresh=True)
        for trainer, weights in zip(self._trainers, networks, strict=True):
            trainer.load_weights(weights, epoch)
        return self.frame(view)

    def look(self, config: TrainConfig, side_by_side: bool, view: View, progress: ProgressFn, cancelled: CancelledFn) -> Frame:
        """The networks as they are, drawn with ``view`` (another hidden layer or units chosen)."""
        self._ensure(config, side_by_side)
        return self.frame(view)

    def step(
        self, config: TrainConfig, side_by_side: bool, view: View, epochs: int, progress: ProgressFn, cancelled: CancelledFn
    ) -> Frame:
        """Train ``epochs`` epochs (Step: one) and return the frame after them."""
        self._ensure(config, side_by_side)
        for done in range(epochs):
            check(cancelled)
            self._epoch()
            if self._diverged is not None:
                break
            progress((done + 1) / epochs)
        return self._finish(view, progress)

    def play(
        self,
        config: TrainConfig,
        side_by_side: bool,
        view: View,
        limit: int,
        drawn: threading.Event | None,
        progress: ProgressFn,
        cancelled: CancelledFn,
    ) -> Frame:
        """Train epoch after epoch, a frame to the GUI after each, until ``cancelled()`` (Pause), the loss
        diverges or ``limit`` epochs are reached; then the last frame (returned normally: it is shown).

        With ``drawn``, each epoch waits (at most DRAW_WAIT_S) until the GUI has drawn the last frame: one
        epoch per frame, as Playground does. Without the wait the worker's Python held the GIL while the GUI
        thread painted, and every paint callback waited for it: event-loop stalls of 70 to 220 ms.
        """
        self._ensure(config, side_by_side)
        while not cancelled() and self._trainers[-1].epoch < limit:
            self._epoch()
            if self._diverged is not None:
                break
            if drawn is not None:
                drawn.clear()
            progress.partial(self.frame(view))
            if drawn is not None:
                drawn.wait(DRAW_WAIT_S)
        return self._finish(view, progress)
