"""The race behind the race tab, driven only from its worker thread; each job hands back a RaceResult. No Qt here.

Every job first makes the race match the settings it was given (a new race only when they changed), as
the training tab's runs do. Play is the training tab's loop (:mod:`gui.common.pacer`): the epochs the wall
clock owes are trained and each frame handed to the GUI (``progress.partial``), waiting until it is drawn
before the next (the GUI thread paints while the worker sleeps, see :mod:`gui.common.worker`).
"""

from __future__ import annotations

from engine.errors import EngineError
from engine.jobs import CancelledFn, ProgressFn, check
from engine.race import MAP_VIEW as VIEW
from engine.race import Race, RaceConfig, RaceResult
from engine.training import THREADS
from engine.training_stack import Diverged
from gui.common import pacer
from gui.common.pacer import Loop
from states.race import MAX_EPOCH

FRAMES_PER_S = 30  # a speed of n epochs per frame is n × 30 epochs per second of wall time
MIN_FPS = 31.0  # the fewest frames a second a race too slow for its speed keeps to, by training less per frame
MIN_SHARE = 0.25  # the least share of such a frame given to training, however long the drawing takes


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

    def _train(self, race: Race, epochs: int, measure_last: bool = True) -> None:
        if self._diverged is not None:
            raise EngineError("training", f"{self._diverged.message}; press Reset to start again")
        try:
            race.step(min(epochs, MAX_EPOCH - race.epoch), measure_last=measure_last)
        except Diverged as exc:
            self._diverged = EngineError(race.activations[exc.index], exc.message)

    @staticmethod
    def _frame(race: Race) -> RaceResult:
        # the dead units of the epoch drawn (the maps' titles), not of every epoch trained; no gradient norms: the race
        # draws none, and their graph and backward pass were 1 ms of the worker's 5 ms a frame besides training
        race.measure(norms=False)
        return race.result(VIEW)

    def _finish(self, race: Race, progress: ProgressFn) -> RaceResult:
        result = self._frame(race)
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
        """``speed`` epochs per display frame by the wall clock (``speed × FRAMES_PER_S`` epochs/s) until
        ``cancelled()`` (Pause), a divergence or the last epoch: the training tab's loop (:func:`gui.common.pacer.play`).
        A race too slow for its speed trains what keeps its frames at ``MIN_FPS``; how many epochs a frame trains
        changes only when the frames are drawn, never what is trained: the race is the same from its seed."""
        runner = self._ensure(race)

        def train(epochs: int) -> bool:
            # the dead units and gradient norms only of the epochs drawn: overlapped, epochs are trained one at a
            # time, and each one's full evaluation (a backward pass over every point) was 1 ms of a 14-20 ms epoch
            self._train(runner, epochs, measure_last=False)
            return self._diverged is None

        # Training on while the GUI draws (the pacer's overlap; it goes back to taking turns by itself while the frames
        # fall below MIN_FPS or a frame's drawing passes 25 ms, as on cores busy with other work). A frame of the race
        # is an epoch of six networks and their maps (16-25 ms) and the drawing of six maps and two plots (10-15 ms):
        # taking turns adds them. A/B in one run each, load 3-4 on 2 cores (4 and 3 rounds of 3 s, medians):
        # 26.1 / 26.3 frames/s and longest stall 33.0 / 35.9 ms overlapped against 21.3 / 22.7 and 52.3 / 32.8
        # taking turns. (An earlier A/B at load 8-10, before the pacer fell back and retried, found overlap stalled
        # longer: 97-105 ms against 52-84.)
        loop = Loop(rate=speed * FRAMES_PER_S, min_fps=MIN_FPS, min_share=MIN_SHARE, overlap=True)
        pacer.play(loop, train, lambda: self._frame(runner), lambda: MAX_EPOCH - runner.epoch, progress, cancelled)
        return self._finish(runner, progress)
