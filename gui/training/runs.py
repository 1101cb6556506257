"""The networks the training tab trains, driven only from its worker thread, and the frames it draws.

:class:`TrainingRuns` holds one :class:`~engine.training_stack.Stack`: one network, or two for the
side-by-side lesson (the linear twin and the chosen network on the same points, trained as one
computation). Every job the tab starts (:meth:`TrainingRuns.rebuild`, :meth:`~TrainingRuns.step`,
:meth:`~TrainingRuns.play`, :meth:`~TrainingRuns.look`) runs on the tab's single worker thread, so
the networks are never touched by two threads; each job first makes the runs match the settings
it was given (new networks only when they changed) and hands back :class:`Frame` values:
everything a view needs, copied, so the GUI never reads a network. No Qt here.

Playing decouples training from painting (:mod:`gui.common.pacer`, shared with the race tab): a speed
is epochs per second of wall time, the worker trains the epochs owed and hands the newest frame to the
GUI, which draws only the newest (the worker's ``progress.partial`` keeps one). As fast as possible the networks
train in a process of their own once it is ready (:class:`Offload`, :mod:`gui.training.trainer_process`: no GIL
shared with the drawing), the worker thread relaying its frames; until then, or if it fails, here. The names: a
*session* is a saved ``.alab`` file (:mod:`sessions`); the tab's part of it is its state; these are the tab's *runs*.
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, fields
from typing import Any, Protocol

import torch

from engine.devices import intra_op_threads
from engine.errors import EngineError
from engine.jobs import CancelledFn, check
from engine.regression import Fit, fit_of, is_curve
from engine.training import THREADS, Diverged, Stack, TrainResult, lesson_stack, linear_twin
from engine.training_config import TrainConfig, checked_config, network_changes
from engine.training_views import View
from gui.common import pacer
from gui.common.pacer import Loop

#: A speed of n epochs per frame is n × 60 epochs per second (a browser animates Playground at 60 frames/s).
FRAMES_PER_S = 60
#: The fewest frames a second a network too slow for its speed keeps to (a margin over the 30 asked for).
MIN_FPS = 31.0
#: As fast as possible the worker trains on while the GUI draws (torch releases the GIL inside each operation: on
#: two cores, training and drawing together did 1.6 to 1.8 times the work of either alone), and a new frame is
#: handed over as soon as the last one is drawn, at most FAST_FPS a second: between frames the GUI is idle and the
#: worker trains at full speed. Taking turns instead (training for what a frame of 1/31 s leaves after about 12 ms
#: of maps and drawing at [4,2]) cannot reach 140 epochs/s at 5 ms an epoch. 35, not 40: each frame costs the GUI
#: thread about 11 ms of CPU at [4,2] (2.4 ms updating the views, 4.4 ms painting them, the rest Qt's events), and on
#: two cores shared with other work the worker waits for a core about a third of the time (/proc schedstat: runnable
#: 98 %, running 66 %), so fewer frames leave it more: 127 epochs/s at 35 frames/s against 119 at 40 (medians of 5).
FAST_FPS = 35.0
#: The speeds offered: epochs per frame; 0 is as fast as possible.
SPEEDS = (1, 2, 5, 10, 20, 0)


@dataclass(frozen=True)
class RunFrame(TrainResult):
    """One network after ``history[-1].epoch`` epochs: the engine's :class:`TrainResult` (:meth:`Stack.results`:
    its statistics, maps and weights; the figure and its CSV take it as it is) and, for a 1-D curve, its fit."""

    #: A 1-D curve's fit (its output, kinks, facts), computed on the worker with the frame: 2 to 34 ms of the
    #: GUI thread's frame when the fit view computed it. None for a 2-D dataset (or side by side).
    fit: Fit | None = None


@dataclass(frozen=True)
class Frame:
    """What the tab draws: one run, or (side by side) the linear twin then the chosen network."""

    runs: tuple[RunFrame, ...]
    side_by_side: bool
    #: Why a run as fast as possible trains in the app's thread, not in its process (the status bar says it).
    notice: str = ""

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


class Offload(Protocol):
    """Where a run as fast as possible trains when it can (:class:`gui.training.trainer_process.TrainerProcess`)."""

    failed: str | None  # why it cannot (then the worker thread trains)
    lock: Any  # held by the job playing in it

    def start(self) -> None: ...

    def ready(self) -> bool: ...

    def play(self, runs: TrainingRuns, view: View, limit: int, fps: float, progress: Progress, cancelled: CancelledFn) -> bool:
        """Train ``runs`` there until Pause, ``limit`` or a divergence, the state back in ``runs``: True; False when it
        failed (``runs`` then holds what could be kept)."""
        ...


class TrainingRuns:
    """The networks behind the tab; every method runs on the worker thread (one job at a time)."""

    def __init__(self, process: Offload | None = None) -> None:
        #: As fast as possible the networks train there when it can (gui.training.trainer_process); None: here.
        self.process = process
        self.notice = ""  # see Frame.notice
        self._key: tuple | None = None
        self._stack: Stack | None = None
        self._diverged: Diverged | None = None
        #: What the last settings change did: ("kept", learning settings applied to the running networks) or
        #: ("reset", the fields that changed the network or the data); None when nothing changed. The tab says it.
        self.change: tuple[str, tuple[str, ...]] | None = None

    def _ensure(self, config: TrainConfig, side_by_side: bool, fresh: bool = False) -> None:
        key, self.change, self.notice = (config, side_by_side), None, ""
        if not fresh and self._stack is not None and self._key is not None and key != self._key:
            learning, other = network_changes(self._key[0], config)
            if not other and side_by_side == self._key[1]:  # learning rate, loss, …: the running networks take them
                self._stack.retune([checked_config(linear_twin(config)), config] if side_by_side else [config])
                self._key, self.change = key, ("kept", tuple(learning))
                return
            self.change = ("reset", tuple(other) if side_by_side == self._key[1] else ("side_by_side",))
        if fresh or key != self._key or self._stack is None:
            self._stack = lesson_stack(config, side_by_side)  # side by side: the linear twin too, as one computation
            self._key, self._diverged = key, None

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
        s = self._built
        s.measure()  # the gradient norms and dead units of the epoch drawn (only it: see _train)
        runs = []
        for r in s.results(view):
            fit = fit_of(r.config, list(r.weights)) if is_curve(r.config) and s.size == 1 else None  # the fit view draws it
            runs.append(RunFrame(**{f.name: getattr(r, f.name) for f in fields(r)}, fit=fit))
        return Frame(tuple(runs), len(runs) == 2, self.notice)

    # ---- handing the networks to the training process and back (gui.training.trainer_process) --------------

    def histories(self) -> list[tuple]:
        return self._built.histories()

    def export_state(self) -> bytes:
        """Everything the runs hold, for :meth:`import_state` in another process (``torch.save``: the stack's
        tensors keep their views; the activations are bound again there)."""
        buffer = io.BytesIO()
        torch.save({"key": self._key, "stack": self._stack, "diverged": self._diverged}, buffer)
        return buffer.getvalue()

    def import_state(self, state: bytes) -> None:
        """Own the runs :meth:`export_state` gave (from this app's own training process: trusted bytes)."""
        loaded = torch.load(io.BytesIO(state), weights_only=False)
        self._key, self._stack, self._diverged = loaded["key"], loaded["stack"], loaded["diverged"]

    def take_frame(self, frame: Frame) -> None:
        """Go on from a frame's weights and history (the training process died after sending it): the optimiser
        starts afresh, as after loading a session."""
        stack = self._built
        for _ in range(frame.epoch - stack.epoch):  # each epoch's shuffle drew from the generators: draw the same here
            stack._shuffle()
        stack.load_weights([run.weights for run in frame.runs], frame.epoch)
        rows = [[(s.epoch, s.train_loss, s.test_loss, s.train_accuracy, s.test_accuracy) for s in r.history] for r in frame.runs]
        stack.restore_history(rows)

    def _train(self, epochs: int) -> None:
        """Train ``epochs`` epochs; a divergence is kept (every network stays at its epoch) and ends the run."""
        if self._diverged is not None:
            raise EngineError("training", f"{self._diverged.message}; press Reset to start again")
        try:
            # No cancel inside: side by side, both networks stay at the same epoch. The gradient norms and dead units
            # are measured for the epochs drawn only (frame()): as fast as possible the worker trains one epoch at a
            # time and draws one in three or four, and measuring each cost 0.5 of its 5.8 ms an epoch at [4,2].
            self._built.step(epochs, measure_last=False)
        except Diverged as exc:
            self._diverged = exc

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
        """Train ``speed`` epochs per display frame by the wall clock (``speed × FRAMES_PER_S`` epochs/s; 0: as fast
        as possible) and hand the newest frame to the GUI once per drawn frame (:func:`gui.common.pacer.play`) until
        ``cancelled()`` (Pause), a divergence or ``limit`` epochs; then the last frame (returned normally: it is
        shown)."""
        self._ensure(config, side_by_side)
        if not speed and self.process is not None:
            if self._in_process(self.process, view, limit, progress, cancelled):
                return self._finish(view, progress)
            self.notice = self.process.failed or ""  # trains on here: the status bar says why
        if speed:
            loop = Loop(rate=speed * FRAMES_PER_S, min_fps=MIN_FPS, max_fps=FRAMES_PER_S)
        else:  # as fast as possible: train on while the GUI draws (see FAST_FPS)
            loop = Loop(rate=None, min_fps=MIN_FPS, max_fps=FAST_FPS, overlap=True)
        with intra_op_threads(THREADS):  # once for the whole run on this worker thread, not twice per step
            self._pace(loop, view, limit, progress, cancelled)
            return self._finish(view, progress)

    def _pace(self, loop: Loop, view: View, limit: int, progress: Progress, cancelled: CancelledFn) -> None:
        """Train on this thread under ``loop`` (:func:`gui.common.pacer.play`) up to ``limit`` epochs."""
        pacer.play(loop, self.train_ok, lambda: self.frame(view), lambda: limit - self.epoch, progress, cancelled)

    def _in_process(self, process: Offload, view: View, limit: int, progress: Progress, cancelled: CancelledFn) -> bool:
        """Play as fast as possible in ``process`` once it is ready (until then, on this thread); True when the run
        ended there (Pause, ``limit``, a divergence), False when it goes on here (the process failed: ``notice``)."""
        if process.failed is not None or not process.lock.acquire(blocking=False):
            return False  # it cannot start, or another window's tab trains in it
        try:
            process.start()
            if not process.ready():  # starting (importing torch): train here meanwhile, look at it 20 times a second
                looked = [time.monotonic()]

                def now_ready() -> bool:
                    if time.monotonic() - looked[0] < 0.05:
                        return False
                    looked[0] = time.monotonic()
                    return process.ready() or process.failed is not None

                loop = Loop(rate=None, min_fps=MIN_FPS, max_fps=FAST_FPS, overlap=True)
                with intra_op_threads(THREADS):
                    self._pace(loop, view, limit, progress, lambda: cancelled() or now_ready())
                if cancelled() or self.epoch >= limit or self._diverged is not None:
                    return True  # the run ended here
                if not process.ready():
                    return False  # the process failed: the run goes on here
            return process.play(self, view, limit, FAST_FPS, progress, cancelled)
        finally:
            process.lock.release()

    def train_ok(self, epochs: int) -> bool:
        self._train(epochs)
        return self._diverged is None
