"""The networks the training tab trains, driven only from its worker thread, and the frames it draws.

:class:`TrainingRuns` holds one :class:`~engine.training_stack.Stack`: one network, or two for the
side-by-side lesson (the linear twin and the chosen network on the same points, trained as one
computation). Every job the tab starts (:meth:`TrainingRuns.rebuild`, :meth:`~TrainingRuns.step`,
:meth:`~TrainingRuns.play`, :meth:`~TrainingRuns.look`) runs on the tab's single worker thread, so
the networks are never touched by two threads; each job first makes the runs match the settings
it was given (new networks only when they changed) and hands back :class:`Frame` values:
everything a view needs, copied, so the GUI never reads a network. No Qt here.

Playing decouples training from painting: :meth:`TrainingRuns.frames` is a generator that trains
as many epochs as the speed asks (or as fit in a frame) and yields the newest frame, and the play
job hands one frame per display frame to the GUI, which draws only the newest (the worker's
``progress.partial`` keeps one). The names: a *session* is a saved ``.alab`` file
(:mod:`sessions`); the tab's part of it is its state; these are the tab's *runs*.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from engine.devices import intra_op_threads
from engine.errors import EngineError
from engine.jobs import CancelledFn, check
from engine.training import THREADS, Diverged, Stack, TrainResult, lesson_stack, linear_twin
from engine.training_config import TrainConfig, checked_config, network_changes
from engine.training_views import View

#: A display frame while playing at a set speed (60 per second, as a browser animates Playground).
FRAME_S = 1 / 60
#: "As fast as possible": frames of 1/31 s (still smooth, and a margin over the 30 frames/s asked for). The worker
#: trains for what the frame leaves after the last frame's drawing (both need the GIL: an always-busy worker
#: stalled the event loop for 70 to 220 ms before), at least FAST_MIN_SHARE of it.
FAST_FRAME_S, FAST_MIN_SHARE = 1 / 31, 0.5
#: Kept free in a fast frame besides the measured drawing time (the hand-over, a timer's lateness).
FAST_SLACK_S = 0.001
#: The longest a playing run waits for the GUI to draw its last frame.
DRAW_WAIT_S = 0.25
#: The speeds offered: epochs per frame; 0 is as fast as possible.
SPEEDS = (1, 2, 5, 10, 20, 0)


#: One network after ``history[-1].epoch`` epochs: its statistics, maps and weights, as the engine's
#: :class:`TrainResult` (:meth:`Stack.results`), which the figure and its CSV take as it is.
RunFrame = TrainResult


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


class Progress(Protocol):
    """What the jobs call: ``progress(fraction)`` and ``progress.partial(frame)`` (gui.common.worker's Progress)."""

    def __call__(self, fraction: float, /) -> None: ...

    def partial(self, value: object, /) -> None: ...


class TrainingRuns:
    """The networks behind the tab; every method runs on the worker thread (one job at a time)."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._stack: Stack | None = None
        self._diverged: Diverged | None = None
        self._epoch_s = 0.0  # a running estimate of one epoch's training time ("as fast as possible")
        self._trained_at = 0.0  # when the last training ended
        self._rest_s = 0.0  # a running estimate of a frame's time after training: its maps, hand-over and drawing
        #: What the last settings change did: ("kept", learning settings applied to the running networks) or
        #: ("reset", the fields that changed the network or the data); None when nothing changed. The tab says it.
        self.change: tuple[str, tuple[str, ...]] | None = None

    def _ensure(self, config: TrainConfig, side_by_side: bool, fresh: bool = False) -> None:
        key, self.change = (config, side_by_side), None
        if not fresh and self._stack is not None and self._key is not None and key != self._key:
            learning, other = network_changes(self._key[0], config)
            if not other and side_by_side == self._key[1]:  # learning rate, loss, …: the running networks take them
                self._stack.retune([checked_config(linear_twin(config)), config] if side_by_side else [config])
                self._key, self.change = key, ("kept", tuple(learning))
                return
            self.change = ("reset", tuple(other) if side_by_side == self._key[1] else ("side_by_side",))
        if fresh or key != self._key or self._stack is None:
            self._stack = lesson_stack(config, side_by_side)  # side by side: the linear twin too, as one computation
            self._key, self._diverged, self._epoch_s = key, None, 0.0

    @property
    def epoch(self) -> int:
        return self._stack.epoch if self._stack is not None else 0

    @property
    def _built(self) -> Stack:
        """The stack (every job builds it first, through :meth:`_ensure`)."""
        if self._stack is None:
            raise RuntimeError("no training stack built yet")
        return self._stack

    def frame(self, view: View) -> Frame:
        runs = tuple(self._built.results(view))
        return Frame(runs, len(runs) == 2)

    def _train(self, epochs: int) -> None:
        """Train ``epochs`` epochs; a divergence is kept (every network stays at its epoch) and ends the run."""
        if self._diverged is not None:
            raise EngineError("training", f"{self._diverged.message}; press Reset to start again")
        start = time.perf_counter()
        try:
            self._built.step(epochs)  # no cancel inside: side by side, both networks stay at the same epoch
        except Diverged as exc:
            self._diverged = exc
        self._trained_at = time.perf_counter()
        spent = (self._trained_at - start) / max(epochs, 1)
        self._epoch_s = spent if not self._epoch_s else 0.7 * self._epoch_s + 0.3 * spent

    def _finish(self, view: View, progress: Progress) -> Frame:
        """The frame now; after a divergence it is drawn (as a partial result) and the run stops with the engine's
        message naming the epoch and the cause."""
        frame = self.frame(view)
        if self._diverged is not None:
            progress.partial(frame)
            raise self._diverged
        return frame

    # ---- the jobs (each called as job(progress, cancelled) through functools.partial) ---------------

    def rebuild(
        self, config: TrainConfig, side_by_side: bool, view: View, fresh: bool, progress: Progress, cancelled: CancelledFn
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
        history: list,
        progress: Progress,
        cancelled: CancelledFn,
    ) -> Frame:
        """The networks ``config`` describes with saved weights (``networks``: per network its layers' (W, b)) after
        ``epoch`` epochs: a session file's trained network."""
        self._ensure(config, side_by_side, fresh=True)
        self._built.load_weights(networks, epoch)
        if history:
            self._built.restore_history(history)
        return self.frame(view)

    def edit(
        self,
        config: TrainConfig,
        side_by_side: bool,
        view: View,
        edit: tuple[int, int, int | None, float],
        progress: Progress,
        cancelled: CancelledFn,
    ) -> Frame:
        """The networks with one weight or bias set (``edit``: layer, unit, source or None, value), drawn at once."""
        self._ensure(config, side_by_side)
        self._built.set_parameter(*edit, net=self._built.size - 1)  # side by side: the activation's network
        return self.frame(view)

    def look(self, config: TrainConfig, side_by_side: bool, view: View, progress: Progress, cancelled: CancelledFn) -> Frame:
        """The networks as they are, drawn with ``view`` (another hidden layer or units chosen)."""
        self._ensure(config, side_by_side)
        return self.frame(view)

    def step(
        self, config: TrainConfig, side_by_side: bool, view: View, epochs: int, progress: Progress, cancelled: CancelledFn
    ) -> Frame:
        """Train ``epochs`` epochs (Step: one) and return the frame after them."""
        self._ensure(config, side_by_side)
        for done in range(epochs):
            check(cancelled)
            self._train(1)
            if self._diverged is not None:
                break
            progress((done + 1) / epochs)
        return self._finish(view, progress)

    def frames(self, config: TrainConfig, side_by_side: bool, view: View, speed: int, limit: int) -> Iterator[Frame]:
        """Train ``speed`` epochs (0: as many as fit in a fast frame besides its drawing) and yield the frame after
        them, again and again until ``limit`` epochs or a divergence (the caller then gets it from :meth:`play`'s end)."""
        self._ensure(config, side_by_side)
        while self.epoch < limit:
            if speed:
                epochs = speed
            else:  # as many epochs as fit in the frame's time left after the last frame's maps and drawing
                budget = max(FAST_FRAME_S * FAST_MIN_SHARE, FAST_FRAME_S - self._rest_s - FAST_SLACK_S)
                epochs = max(1, int(budget / self._epoch_s)) if self._epoch_s else 1
            self._train(min(epochs, limit - self.epoch))
            if self._diverged is not None:
                return
            yield self.frame(view)

    def play(
        self,
        config: TrainConfig,
        side_by_side: bool,
        view: View,
        speed: int,
        limit: int,
        progress: Progress,
        cancelled: CancelledFn,
    ) -> Frame:
        """Hand the frames of :meth:`frames` to the GUI one per display frame (``FRAME_S``; ``FAST_FRAME_S`` as fast
        as possible) until ``cancelled()`` (Pause), a divergence or ``limit`` epochs; then the last frame
        (returned normally: it is shown).

        After each frame the worker waits until the GUI has drawn it (``progress.wait_shown``, at most
        ``DRAW_WAIT_S``), then sleeps out the rest of the display frame. Painting calls back into Python
        (pyqtgraph) dozens of times a frame; with the worker computing meanwhile, each callback waited for
        the GIL (5 ms switch interval) and the event loop stalled for 80 to 220 ms on a busy machine.

        The frames keep to the clock: a frame that came late is made up by the next ones starting at once
        (at most one period of debt), so 1 epoch per frame is 60 epochs/s whenever the frames fit on average
        (starting the count again after each late frame lost its lateness for good: 57 of 60 epochs/s).
        """
        period = FRAME_S if speed else FAST_FRAME_S
        wait_shown = getattr(progress, "wait_shown", None)  # the GUI worker's; a plain callback has none
        with intra_op_threads(THREADS):  # once for the whole run on this worker thread, not twice per step
            due = time.perf_counter()
            for frame in self.frames(config, side_by_side, view, speed, limit):
                progress.partial(frame)
                if wait_shown is not None:  # sleep while the GUI draws it: no GIL to fight over (see play's doc)
                    wait_shown(DRAW_WAIT_S)
                if cancelled():
                    break
                rest = time.perf_counter() - self._trained_at
                self._rest_s = rest if not self._rest_s else 0.7 * self._rest_s + 0.3 * rest
                due += period
                delay = due - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
                elif delay < -period:  # far behind (a stall): count again from now rather than rush many frames
                    due = time.perf_counter()
                if cancelled():
                    break
            return self._finish(view, progress)
