"""The race behind the race tab, driven only from its worker thread; each job hands back a RaceResult. No Qt here.

Every job first makes the race match the settings it was given (a new race only when they changed), as
the training tab's runs do. Play trains up to ``speed`` epochs per display frame and hands each frame to the
GUI (``progress.partial``), waiting until it is drawn before the next (the GUI thread paints while the
worker sleeps, see :mod:`gui.common.worker`).
"""

from __future__ import annotations

import time

from engine.errors import EngineError
from engine.jobs import CancelledFn, ProgressFn, check
from engine.race import MAP_VIEW as VIEW
from engine.race import Race, RaceConfig, RaceResult
from engine.training import THREADS
from engine.training_stack import Diverged
from states.race import MAX_EPOCH

FRAME_S = 1 / 30  # a display frame while playing
DRAW_WAIT_S = 0.25  # the longest a playing race waits for the GUI to draw its last frame
MIN_SHARE = 0.25  # the least share of a frame given to training, however long the last frame took to draw


class RaceRuns:
    """The race on the tab; every method runs on the worker thread (one job at a time)."""

    def __init__(self) -> None:
        self._key: RaceConfig | None = None
        self._race: Race | None = None
        self._diverged: EngineError | None = None

    def _ensure(self, race: RaceConfig, fresh: bool = False) -> Race:
        if fresh or self._race is None or race != self._key:
            self._race, self._key, self._diverged = Race(race, THREADS), race, None
        return self._race

    @property
    def epoch(self) -> int:
        return self._race.epoch if self._race is not None else 0

    def _train(self, race: Race, epochs: int) -> None:
        if self._diverged is not None:
            raise EngineError("training", f"{self._diverged.message}; press Reset to start again")
        try:
            race.step(min(epochs, MAX_EPOCH - race.epoch))
        except Diverged as exc:
            self._diverged = EngineError(race.activations[exc.index], exc.message)

    def _finish(self, race: Race, progress: ProgressFn) -> RaceResult:
        result = race.result(VIEW)
        if self._diverged is not None:
            partial = getattr(progress, "partial", None)  # the GUI worker's; a plain callback has none
            if partial is not None:
                partial(result)
            raise self._diverged
        return result

    # ---- the jobs (each called as job(progress, cancelled) through functools.partial) ---------------

    def rebuild(self, race: RaceConfig, fresh: bool, progress: ProgressFn, cancelled: CancelledFn) -> RaceResult:
        """The race at epoch 0 (``fresh``: even if nothing changed: Reset)."""
        return self._ensure(race, fresh).result(VIEW)

    def goto(self, race: RaceConfig, epoch: int, progress: ProgressFn, cancelled: CancelledFn) -> RaceResult:
        """The race trained again from its seed to ``epoch`` (a session's race)."""
        runner = self._ensure(race, fresh=True)
        while runner.epoch < epoch:
            check(cancelled)
            self._train(runner, min(10, epoch - runner.epoch))
            progress(runner.epoch / epoch)
            if self._diverged is not None:
                break
        return self._finish(runner, progress)

    def step(self, race: RaceConfig, epochs: int, progress: ProgressFn, cancelled: CancelledFn) -> RaceResult:
        """Train ``epochs`` epochs (Step: one)."""
        runner = self._ensure(race)
        self._train(runner, epochs)
        return self._finish(runner, progress)

    def play(self, race: RaceConfig, speed: int, progress: ProgressFn, cancelled: CancelledFn) -> RaceResult:
        """Up to ``speed`` epochs per display frame until ``cancelled()`` (Pause), a divergence or the last epoch.

        As the training tab's runs (:mod:`gui.training.runs`): a frame trains as many of its ``speed`` epochs as fit
        in the frame's time left after the last frame's maps and drawing (at least one), hands its result to the
        GUI and sleeps while the GUI draws it (no GIL to fight over), then sleeps out the rest of the frame; a late
        frame is made up by the next ones starting at once (at most one period of debt). The epochs a frame trains
        change only when the frames are drawn, never what is trained: the race is the same from its seed.
        """
        runner = self._ensure(race)
        wait_shown = getattr(progress, "wait_shown", None)
        partial = getattr(progress, "partial", None)  # the GUI worker's; a plain callback has none
        epoch_s = rest_s = 0.0  # running estimates: one epoch's training; a frame's time after its training
        due = time.perf_counter()
        while runner.epoch < MAX_EPOCH and not cancelled():
            budget = max(FRAME_S * MIN_SHARE, FRAME_S - rest_s)
            epochs = min(speed, max(1, int(budget / epoch_s))) if epoch_s else 1
            start = time.perf_counter()
            self._train(runner, epochs)
            trained = time.perf_counter()
            spent = (trained - start) / epochs
            epoch_s = spent if not epoch_s else 0.7 * epoch_s + 0.3 * spent
            if self._diverged is not None:
                break
            if partial is not None:
                partial(runner.result(VIEW))
            if wait_shown is not None:
                wait_shown(DRAW_WAIT_S)
            rest = time.perf_counter() - trained
            rest_s = rest if not rest_s else 0.7 * rest_s + 0.3 * rest
            due += FRAME_S
            delay = due - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            elif delay < -FRAME_S:  # far behind (a stall): count again from now rather than rush many frames
                due = time.perf_counter()
        return self._finish(runner, progress)
