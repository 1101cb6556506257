"""The training tab's recording of its run: what File > Export animation… writes for the training tab.

:class:`RunRecorder` receives every frame the tab draws (Play's frames, Step's, the epoch-0 frame of
a new network) and keeps, per frame, the run as the engine built it (:meth:`engine.training_stack.Stack.results`:
settings, points, weights, device) with the decision map's output grid only (the units' maps and the hidden
space are left out) and without its history: the newest history is kept once, and its prefixes are every
earlier frame's. So a recorded frame is the very result the tab drew its figure from (a 1-D fit keeps its
weights, hence its curve). Memory is bounded: at most ``limit`` frames (1,000 maps of 100 x 100 float32 numbers are
40 MB); when full, every other frame is dropped
(the first and the newest always stay) and from then on only every second drawn frame is kept,
so a long run stays evenly sampled. A frame that does not continue the recorded run (Reset, new
data or network, a loaded session) starts a new recording. No Qt here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from engine.training import EpochStats, TrainResult
from engine.training_config import TrainConfig, network_changes

if TYPE_CHECKING:
    from gui.training.runs import RunFrame

#: The most frames kept (the longest animation File > Export animation… writes).
RECORD_LIMIT = 1000


@dataclass(frozen=True)
class RecordedFrame:
    """One drawn frame, enough to draw its figure again."""

    epoch: int
    run: TrainResult  # as the engine built it, but its snapshot the decision map only and its history left out

    @property
    def config(self) -> TrainConfig:
        return self.run.config


class RunRecorder:
    """The frames of the run on screen, evenly thinned to at most ``limit``."""

    def __init__(self, limit: int = RECORD_LIMIT) -> None:
        if limit < 2:
            raise ValueError("a recording keeps at least its first and newest frames")
        self.limit = limit
        self.frames: list[RecordedFrame] = []
        self.history: tuple[EpochStats, ...] = ()
        self.stride = 1  # keep one drawn frame in ``stride`` (doubles each time the recording is thinned)
        self._skipped = 0

    def clear(self) -> None:
        self.frames, self.history, self.stride, self._skipped = [], (), 1, 0

    def __len__(self) -> int:
        return len(self.frames)

    def _continues(self, run: RunFrame) -> bool:
        """Whether ``run`` (a drawn RunFrame) goes on from the newest recorded frame: same points and network,
        a later epoch, and the very same statistics at the recorded epoch (a new or reloaded network has new ones)."""
        if not self.frames:
            return False
        last = self.frames[-1]
        _learning, other = network_changes(last.config, run.config)
        if other or run.epoch < last.epoch:
            return False
        index = bisect_right(run.history, last.epoch, key=lambda s: s.epoch) - 1
        return index >= 0 and run.history[index] is self.history[-1]

    def add(self, run: RunFrame) -> None:
        """Record ``run`` (the chosen network of the frame drawn)."""
        # the 1-D fit (1,201 points per unit) is left out too: the figure computes it from the weights
        kept = replace(run, snapshot=replace(run.snapshot, units=(), hidden=None), history=(), fit=None)
        frame = RecordedFrame(run.epoch, kept)
        if not self._continues(run):
            self.clear()
        elif run.epoch == self.frames[-1].epoch:  # the same epoch again (a weight edited, another view): the newest
            self.frames[-1], self.history = frame, run.history
            return
        elif len(self.frames) > 1:
            self._skipped += 1
            if self._skipped < self.stride:  # between two kept frames: it still becomes the newest
                self.frames[-1], self.history = frame, run.history
                return
        self._skipped = 0
        self.frames.append(frame)
        self.history = run.history
        if len(self.frames) > self.limit:
            self.frames = self.frames[:-1:2] + [self.frames[-1]]
            self.stride *= 2

    def result(self, index: int) -> TrainResult:
        """Frame ``index`` as the run it shows (the history up to its epoch), for the still export's figure."""
        frame = self.frames[index]
        count = bisect_right(self.history, frame.epoch, key=lambda s: s.epoch)
        return replace(frame.run, history=self.history[:count])

    def epochs(self) -> tuple[int, int]:
        """The first and newest recorded epochs."""
        return self.frames[0].epoch, self.frames[-1].epoch
