"""The play loop the training and race tabs share: training paced by the wall clock, one drawn frame at a time.

A speed of ``n`` epochs per frame means ``n × frames_per_s`` epochs per second of wall time (1 epoch per frame at
60 frames/s: Playground's 60 epochs/s in a browser), not ``n`` epochs per frame drawn: :class:`Pacer` counts the
epochs the clock owes since Play, and each frame trains all of them before handing the newest state to the GUI. A
frame that comes late (heavy drawing, a busy machine) therefore loses no epochs: the next frame trains the ones owed,
so a network whose drawing takes longer than 1/60 s still trains 60 epochs/s, drawn at fewer frames a second. The
debt is bounded (``max_debt_s`` of epochs): after a long stall, or on a network that cannot train that fast, the
run goes on at what it can do instead of rushing to catch up. "As fast as possible" (rate ``None``) owes epochs
without end.

Training and drawing take turns (:func:`play`): the worker trains, hands the frame over (``progress.partial``) and
sleeps until the GUI has drawn it (``progress.wait_shown``). Both need the GIL: on two busy cores a worker that kept
computing while the GUI painted made each of pyqtgraph's dozens of Python paint callbacks wait for the GIL, and the
event loop stalled for 70 to 220 ms. A frame trains the epochs owed while the network keeps up with its speed at
``floor_fps`` or more frames a second (:func:`_epochs`); else, and as fast as possible, what keeps the frames at
``min_fps``: the frame's time less the smoothed cost of the maps and the drawing (:class:`Smoothed`, measured over
frames: one slow paint does not halve the next frame's training), at least ``min_share`` of it.

``Loop.overlap`` (the training tab as fast as possible) trains on while the GUI draws instead, one epoch at a time,
handing a new frame over once the last is drawn: torch releases the GIL inside its operations, and on two cores
training and drawing together did 1.6 to 1.8 times the work of either alone. When the frames fall below ``min_fps``
(cores busy with other work: the threads then slow each other down) the run goes on taking turns, and tries
overlapping again after ``RETRY_S``.

No Qt here (the loop is driven by plain callables; tests drive it with a fake clock).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

#: The longest a playing run waits for the GUI to draw its last frame.
DRAW_WAIT_S = 0.25
#: Overlapped play measures its frames after this many (the first ones build caches and are slow)...
FALLBACK_AFTER = 10
#: ... and judges them once it has measured this many more: judged on the first one measured (the smoothing takes it
#: as it is), one slow frame of the start (35 ms in the bench, at 0.3 s) sent every run of the training tab at
#: [4,2] back to taking turns, 105 epochs/s against about 120 on.
JUDGED_OVER = 10
#: After going back to taking turns, overlapped play is tried again this long after (judged as at the start, its first
#: RETRY_SKIP frames skipped), and twice as long after each try that fell back again: the fall back was for good, so
#: a moment of load (another program starting, the first frames under load) sent a whole run to taking turns: on a
#: shared 2-core machine 3 runs of 4 fell back at their first judgement and did 28-46 epochs/s at [4,2], where
#: overlapped play, not sent back, did 78-137 on the same load. The doubling keeps a network whose frames are too
#: slow to overlap for good (or a machine busy for good) from trying, and stalling a little longer, every second.
RETRY_S = 1.0
RETRY_SKIP = 2
#: ... and only while the GUI draws a frame (taking turns: the worker asleep) in at most this share of ``max_draw_s``:
#: under load that lasted (load 4-5) tries every second raised no median and lengthened the longest stall by 5-25 ms.
RETRY_DRAW_SHARE = 0.6


class Pacer:
    """Epochs owed by the wall clock at ``rate`` epochs per second since :meth:`start` (``None``: no limit)."""

    def __init__(self, rate: float | None, max_debt_s: float = 0.5, clock: Callable[[], float] = time.perf_counter):
        self.rate, self.max_debt_s, self.clock = rate, max_debt_s, clock
        self._start = clock()
        self.done = 0  # epochs trained since the start

    def owed(self) -> int | None:
        """Epochs due now and not trained yet (``None``: as many as there is time for). A debt over ``max_debt_s`` of
        epochs is forgiven down to that (the clock's start moves), so a long stall is not made up in a rush."""
        if self.rate is None:
            return None
        due = math.floor((self.clock() - self._start) * self.rate + 1e-9)
        cap = max(1, math.ceil(self.rate * self.max_debt_s))
        if due - self.done > cap:
            self._start += (due - self.done - cap) / self.rate
            due = self.done + cap
        return max(0, due - self.done)

    def trained(self, epochs: int) -> None:
        self.done += epochs

    def wait_s(self) -> float:
        """Seconds until the next epoch is due (0 when one is owed now or there is no limit)."""
        if self.rate is None:
            return 0.0
        return max(0.0, self._start + (self.done + 1) / self.rate - self.clock())


class Smoothed:
    """A running estimate of a duration (exponential smoothing; the first sample is taken as it is)."""

    def __init__(self, weight: float = 0.2):
        self.weight, self.value = weight, 0.0

    def add(self, sample: float) -> None:
        self.value = sample if not self.value else (1 - self.weight) * self.value + self.weight * sample


@dataclass
class Loop:
    """How :func:`play` paces: epochs per second (``None``: as fast as possible), the fewest frames a second it keeps
    to by training less per frame, the most it draws, the fewest it accepts to keep a set speed (see :func:`_epochs`),
    and the least share of a frame given to training."""

    rate: float | None
    min_fps: float = 31.0
    max_fps: float = 60.0
    floor_fps: float = 20.0
    #: Overlapped play goes back to taking turns when the GUI takes longer than this to draw a frame (from the hand-over
    #: to ``progress.shown_at``): the event loop is then held up by the worker (the longest stall asked for is 33 ms).
    max_draw_s: float = 0.025
    min_share: float = 0.5
    max_debt_s: float = 0.5
    #: As fast as possible: train on while the GUI draws (the frame is handed over, then epochs are trained one by
    #: one until it is drawn), instead of sleeping while it draws.
    overlap: bool = False


def play(
    loop: Loop,
    train: Callable[[int], bool],
    frame: Callable[[], object],
    remaining: Callable[[], int],
    progress: object,
    cancelled: Callable[[], bool],
    clock: Callable[[], float] = time.perf_counter,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Train what ``loop`` owes and hand each new state (``frame()``) to ``progress.partial`` until ``cancelled()``
    (Pause, checked before and after every wait), ``remaining()`` is 0 or ``train(n)`` returns False (a divergence:
    it stops)."""
    pacer = Pacer(loop.rate, loop.max_debt_s, clock)
    epoch_s, rest_s = Smoothed(), Smoothed()  # one epoch's training; a frame's maps, hand-over and drawing
    partial = getattr(progress, "partial", None)  # the GUI worker's Progress has both; a plain callback neither
    wait_shown = getattr(progress, "wait_shown", None)
    last_frame, retry_at, retry_s = -math.inf, math.inf, RETRY_S

    def overlapped(skip: int) -> bool:
        return _overlapped(loop, pacer, train, frame, remaining, progress, wait_shown, cancelled, clock, sleep, skip)

    if loop.overlap and wait_shown is not None:
        if not overlapped(FALLBACK_AFTER):
            return
        retry_at = clock() + retry_s
    while not cancelled() and remaining() > 0:
        if clock() >= retry_at and rest_s.value <= RETRY_DRAW_SHARE * loop.max_draw_s:  # the load passed (RETRY_S)
            if not overlapped(RETRY_SKIP):
                return
            retry_s *= 2
            retry_at = clock() + retry_s
            continue
        pause = max(pacer.wait_s(), last_frame + 1 / loop.max_fps - clock())
        if pause > 0:  # nothing owed yet (a small network ahead of the clock), or the last frame was just drawn
            sleep(pause)
            continue
        owed = pacer.owed()
        if owed == 0:
            continue
        epochs = min(_epochs(loop, owed, epoch_s.value, rest_s.value), remaining())
        last_frame = start = clock()
        ok = train(epochs)
        trained = clock()
        pacer.trained(epochs)
        epoch_s.add((trained - start) / epochs)
        if not ok:
            return
        if partial is not None:
            partial(frame())
        if wait_shown is not None:  # sleep while the GUI draws it: no GIL to fight over (see the module's notes)
            wait_shown(DRAW_WAIT_S)
        rest_s.add(clock() - trained)


def _epochs(loop: Loop, owed: int | None, epoch_s: float, rest_s: float) -> int:
    """How many epochs the next frame trains, from the estimates of one epoch's training and a frame's maps and
    drawing (none yet: one epoch).

    At a set speed that the network keeps up with, frames at least ``floor_fps`` apart: all the epochs owed (a heavy
    drawing makes fewer frames, not fewer epochs; a network of n epochs per frame at 60 frames/s owes
    R·D / (1 − R·E) epochs a frame at rate R, epoch time E and drawing time D, in frames of D / (1 − R·E)). Else, and
    as fast as possible: what keeps the frames at ``min_fps`` besides the drawing, at least ``min_share`` of the frame
    (of one at ``min_fps``, or longer when the drawing alone takes longer): a network too slow for its speed keeps its
    frames smooth and trains what it can."""
    if not epoch_s:
        return 1
    if owed is not None and loop.rate is not None and 1 - loop.rate * epoch_s >= loop.floor_fps * rest_s:
        return owed
    frame_s = 1 / loop.min_fps
    # min_share of the frame trains even when the drawing alone takes longer than a frame at min_fps (a busy machine:
    # one epoch per frame of 65 ms was 15 epochs/s at [4,2] where two were 23, at 12 frames/s)
    least = loop.min_share * max(frame_s, rest_s / (1 - loop.min_share))
    fits = max(1, int(max(least, frame_s - rest_s) / epoch_s + 1e-9))
    return fits if owed is None else min(owed, fits)


def _overlapped(loop, pacer, train, frame, remaining, progress, wait_shown, cancelled, clock, sleep, skip: int) -> bool:
    """Train while the GUI draws: epochs one at a time as the clock owes them (all the time as fast as possible); a
    new frame handed over once the last one is drawn, ``max_fps`` a second (kept to on average: a frame late by part
    of an epoch brings the next one forward). True (the run is not over) when the frames (after the first ``skip``)
    fell below ``min_fps`` or took the GUI over ``max_draw_s`` to draw: on cores busy with other work the two threads
    slow each other down, and taking turns is then the better way."""
    period = 1 / loop.max_fps
    due, drawn_epoch, handed, frames = -math.inf, 0, 0.0, 0  # drawn_epoch: epochs trained when last handed over
    interval, draw = Smoothed(), Smoothed()  # between frames handed over; from a hand-over to its drawing
    while not cancelled() and remaining() > 0:
        shown = wait_shown(0)
        now = clock()
        if shown and pacer.done != drawn_epoch and now >= due:
            frames += 1
            if frames > skip:  # the first ones build caches
                interval.add(now - handed)
                drawn_at = getattr(progress, "shown_at", None)
                draw.add(drawn_at - handed if drawn_at is not None and drawn_at >= handed else 0.0)
                slow = interval.value > 1 / loop.min_fps or draw.value > loop.max_draw_s
                if slow and frames > skip + JUDGED_OVER:
                    return True
            due, drawn_epoch, handed = max(due + period, now + period / 2), pacer.done, now
            progress.partial(frame())
            continue
        owed = pacer.owed()
        if owed is None or owed > 0:
            if not train(1):
                return False
            pacer.trained(1)
            continue
        pause = pacer.wait_s()
        if shown:
            sleep(max(0.0, min(pause, due - now)) if pacer.done != drawn_epoch else pause)
        else:
            wait_shown(min(pause, DRAW_WAIT_S))
    return False
