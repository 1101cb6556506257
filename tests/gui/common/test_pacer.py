"""The shared play loop: a speed is epochs per second of wall time; a late or heavy frame loses no epochs (the next
frame trains the ones owed), the debt is bounded, Pause stops at once, and as fast as possible a frame trains what
leaves the frames at their rate. Driven by a simulated clock: training and drawing advance it by set amounts."""

import math

import pytest

from gui.common.pacer import Loop, Pacer, play


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


class Sim:
    """A network whose epoch takes ``epoch_s``, a GUI whose frame takes ``draw_s`` to draw (while the worker waits in
    ``wait_shown``), stopping after ``seconds`` of simulated time or when ``stop`` says so."""

    def __init__(self, clock: Clock, epoch_s: float, draw_s: float, seconds: float, limit: int = 10**9):
        self.clock, self.epoch_s, self.draw_s, self.end, self.limit = clock, epoch_s, draw_s, clock.now + seconds, limit
        self.epoch, self.frames, self.trains = 0, [], []
        self.stop_after_frames: int | None = None
        self.diverge_at: int | None = None

    def train(self, epochs: int) -> bool:
        self.trains.append(epochs)
        self.clock.now += epochs * self.epoch_s
        self.epoch += epochs
        return self.diverge_at is None or self.epoch < self.diverge_at

    def frame(self) -> int:
        return self.epoch

    def partial(self, value: int) -> None:
        self.frames.append((self.clock.now, value))

    def wait_shown(self, timeout_s: float) -> bool:
        self.clock.now += min(self.draw_s, timeout_s)
        return True

    def cancelled(self) -> bool:
        if self.stop_after_frames is not None:
            return len(self.frames) >= self.stop_after_frames
        return self.clock.now >= self.end

    def run(self, loop: Loop) -> None:
        play(loop, self.train, self.frame, lambda: self.limit - self.epoch, self, self.cancelled, self.clock, self.clock.sleep)


def test_the_pacer_owes_the_epochs_of_the_time_passed_and_forgives_only_a_long_debt():
    clock = Clock()
    pacer = Pacer(60.0, max_debt_s=0.5, clock=clock)
    clock.now += 0.1
    assert pacer.owed() == 6
    pacer.trained(6)
    assert pacer.owed() == 0 and pacer.wait_s() == pytest.approx(1 / 60)
    clock.now += 0.25  # a late frame: every epoch of it is still owed
    assert pacer.owed() == 15
    pacer.trained(15)
    clock.now += 10.0  # a ten-second stall: half a second of epochs, then the clock goes on from there
    assert pacer.owed() == 30
    pacer.trained(30)
    clock.now += 0.1
    assert pacer.owed() == 6
    assert Pacer(None, clock=clock).owed() is None


@pytest.mark.parametrize(("epoch_s", "draw_s"), [(0.002, 0.004), (0.006, 0.015), (0.006, 0.030)])
def test_one_epoch_a_frame_is_sixty_epochs_a_second_whatever_the_drawing_costs(epoch_s, draw_s):
    clock = Clock()
    sim = Sim(clock, epoch_s, draw_s, seconds=10.0)
    sim.run(Loop(rate=60.0))
    assert abs(sim.epoch - 600) <= 2  # 60 epochs/s of simulated time: heavy drawing costs frames, not epochs
    frames_per_s = len(sim.frames) / 10.0
    assert frames_per_s <= 60.0 + 0.1  # never more frames than the display's
    if epoch_s + draw_s > 1 / 60:  # a frame longer than 1/60 s: fewer frames, each with the epochs owed
        assert frames_per_s < 59 and max(sim.trains) >= 2
    assert [e for _, e in sim.frames] == sorted({e for _, e in sim.frames})  # each frame a newer state


def test_a_late_frame_loses_no_epochs():
    clock = Clock()
    sim = Sim(clock, 0.002, 0.004, seconds=2.0)
    original = sim.wait_shown

    def late_once(timeout_s: float) -> bool:
        if len(sim.frames) == 30:
            clock.now += 0.2  # one frame drawn 0.2 s late (a stall)
        return original(timeout_s)

    sim.wait_shown = late_once
    sim.run(Loop(rate=60.0))
    assert abs(sim.epoch - 120) <= 2
    assert max(sim.trains) >= 12  # the frame after the stall trains the 12 epochs of those 0.2 s


def test_a_network_too_slow_for_its_speed_keeps_its_frames_and_trains_what_fits():
    clock = Clock()
    sim = Sim(clock, 0.010, 0.010, seconds=5.0)  # 100 epochs/s at best, asked for 1,200
    sim.run(Loop(rate=1200.0, min_fps=31.0, min_share=0.5))
    assert len(sim.frames) / 5.0 >= 30.0  # the frames stay at about min_fps
    assert sim.epoch / 5.0 >= 50.0  # and it trains at least half of each frame


@pytest.mark.parametrize(("epoch_s", "draw_s"), [(0.002, 0.010), (0.001, 0.004), (0.002, 0.030)])
def test_as_fast_as_possible_a_frame_trains_what_its_drawing_leaves(epoch_s, draw_s):
    clock = Clock()
    sim = Sim(clock, epoch_s, draw_s, seconds=3.0)
    sim.run(Loop(rate=None, min_fps=31.0, min_share=0.5))
    frame_s = 1 / 31
    budget = max(0.5 * max(frame_s, 2 * draw_s), frame_s - draw_s)  # a slow GUI: half the (longer) frame
    assert sim.trains[0] == 1  # no estimate yet
    assert sim.trains[-1] == math.floor(budget / epoch_s + 1e-9)


def test_pause_stops_at_once_and_the_limit_and_a_divergence_end_the_run():
    clock = Clock()
    sim = Sim(clock, 0.002, 0.004, seconds=100.0)
    sim.stop_after_frames = 3
    sim.run(Loop(rate=600.0))
    assert len(sim.frames) == 3 and len(sim.trains) == 3  # nothing trained after the frame that saw the pause
    clock = Clock()
    sim = Sim(clock, 0.002, 0.004, seconds=100.0, limit=25)
    sim.run(Loop(rate=600.0))
    assert sim.epoch == 25
    clock = Clock()
    sim = Sim(clock, 0.002, 0.004, seconds=100.0)
    sim.diverge_at = 7
    sim.run(Loop(rate=60.0))
    assert sim.epoch == 7 and sim.frames[-1][1] < 7  # the diverged state is left to the caller (it draws it)


def test_without_a_gui_the_loop_still_paces_by_the_clock():
    clock = Clock()
    sim = Sim(clock, 0.002, 0.0, seconds=1.0)
    play(Loop(rate=60.0), sim.train, sim.frame, lambda: 10**9, object(), sim.cancelled, clock, clock.sleep)
    assert abs(sim.epoch - 60) <= 1 and sim.frames == []  # no partial: nothing handed over, epochs still paced


class Drawing(Sim):
    """A GUI that draws each frame in ``draw_s`` while the worker goes on (its ``wait_shown(0)`` only looks)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ready = -math.inf  # when the last frame handed over is drawn
        self.trained_while_drawing = 0

    def partial(self, value: int) -> None:
        assert self.clock.now >= self.ready  # never a new frame before the last one is drawn
        super().partial(value)
        self.ready = self.clock.now + self.draw_s

    def train(self, epochs: int) -> bool:
        if self.clock.now < self.ready:
            self.trained_while_drawing += epochs
        return super().train(epochs)

    def wait_shown(self, timeout_s: float) -> bool:
        self.clock.now = min(max(self.clock.now, self.ready), self.clock.now + timeout_s)
        return self.clock.now >= self.ready

    @property
    def shown_at(self) -> float | None:  # when the GUI said the last frame was drawn (gui.common.worker.Progress)
        return self.ready if self.clock.now >= self.ready else None


def test_as_fast_as_possible_it_trains_on_while_the_gui_draws():
    clock = Clock()
    sim = Drawing(clock, 0.005, 0.012, seconds=3.0)
    sim.run(Loop(rate=None, max_fps=40.0, overlap=True))
    frames_per_s = len(sim.frames) / 3.0
    assert 39.0 <= frames_per_s <= 40.5  # a frame as soon as the last is drawn, at most max_fps
    assert sim.epoch / 3.0 >= 190.0  # training never waits for the drawing: about 1 / 5 ms
    assert sim.trained_while_drawing >= 0.4 * sim.epoch  # 12 of each 25 ms are drawing


def test_as_fast_as_possible_a_slow_gui_gets_fewer_frames_but_each_is_drawn_whole():
    clock = Clock()
    sim = Drawing(clock, 0.005, 0.050, seconds=3.0)
    sim.stop_after_frames = 40
    sim.run(Loop(rate=None, min_fps=10.0, max_fps=40.0, overlap=True, max_draw_s=1.0))  # 20 frames/s: above min_fps
    times = [t for t, _ in sim.frames]
    assert min(b - a for a, b in zip(times, times[1:], strict=False)) >= 0.050 - 1e-9  # Drawing.partial checks too
    assert len(sim.frames) == 40 and sim.trains.count(1) == len(sim.trains)  # one epoch at a time: Pause at once


def test_overlapped_play_takes_turns_when_its_frames_fall_below_min_fps():
    clock = Clock()
    sim = Drawing(clock, 0.005, 0.045, seconds=3.0)  # frames of 45 ms drawing: 22 frames/s, below 31
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True))
    assert sim.trains[0] == 1 and max(sim.trains) > 1  # one epoch at a time at first, then frames of several
    assert sim.trains[-1] == math.floor(0.045 / 0.005 + 1e-9)  # taking turns: as long as the drawing (min_share 0.5)


def test_overlapped_play_takes_turns_when_the_gui_takes_too_long_to_draw_a_frame():
    clock = Clock()
    sim = Drawing(clock, 0.005, 0.030, seconds=3.0)  # 30 ms a frame: 33 frames/s, but the event loop held that long
    sim.run(Loop(rate=None, min_fps=20.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert max(sim.trains) > 1  # taking turns: frames of several epochs
    clock = Clock()
    sim = Drawing(clock, 0.005, 0.020, seconds=3.0)
    sim.run(Loop(rate=None, min_fps=20.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert max(sim.trains) == 1  # 20 ms: trains on while it draws


class SlowStart(Drawing):
    """A GUI whose first ``slow_frames`` frames take ``slow_s`` to draw (caches being built), then ``draw_s``."""

    def __init__(self, *args, slow_frames: int, slow_s: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.slow_frames, self.slow_s = slow_frames, slow_s

    def partial(self, value: int) -> None:
        super().partial(value)
        if len(self.frames) <= self.slow_frames:
            self.ready = self.clock.now + self.slow_s


def test_overlapped_play_is_not_sent_back_to_taking_turns_by_a_slow_start():
    clock = Clock()
    # 15 frames drawn in 40 ms (past the 10 the judgment skips), then 12 ms: the run keeps training while it draws
    sim = SlowStart(clock, 0.005, 0.012, seconds=3.0, slow_frames=15, slow_s=0.040)
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert max(sim.trains) == 1  # never a frame of several epochs: it never took turns
    assert len(sim.frames) / 3.0 >= 35.0
    clock = Clock()
    sim = SlowStart(clock, 0.005, 0.012, seconds=3.0, slow_frames=10**6, slow_s=0.040)  # slow for good: takes turns
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert max(sim.trains) > 1


class LoadedFor(Drawing):
    """A GUI that draws a frame in ``slow_s`` for the first ``loaded_s`` seconds (a busy machine), then in ``draw_s``."""

    def __init__(self, *args, loaded_s: float, slow_s: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.fast_from, self.slow_s = self.clock.now + loaded_s, slow_s

    def partial(self, value: int) -> None:
        super().partial(value)
        if self.clock.now < self.fast_from:
            self.ready = self.clock.now + self.slow_s


def test_overlapped_play_sent_to_taking_turns_by_a_busy_moment_overlaps_again_once_it_passed():
    clock = Clock()
    sim = LoadedFor(clock, 0.005, 0.012, seconds=4.0, loaded_s=1.0, slow_s=0.045)  # 22 frames/s for 1 s, then 40
    start = clock.now
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert max(sim.trains) > 1  # the busy second: taking turns (frames of several epochs)
    late = [t for t, _ in sim.frames if t >= start + 2.5]
    assert len(late) / 1.5 >= 35.0  # the last 1.5 s overlapped again: a frame as soon as the last is drawn
    tail = sim.trains[-100:]
    assert tail == [1] * len(tail)  # one epoch at a time: training while the GUI draws


def tries_and_falls(trains: list[int]) -> tuple[int, int]:
    """How often a run went from taking turns (a frame trains its epochs in one call) to one epoch at a time, and back."""
    pairs = list(zip(trains, trains[1:], strict=False))
    return sum(a > 1 and b == 1 for a, b in pairs), sum(a == 1 and b > 1 for a, b in pairs)


def test_overlapped_play_on_a_machine_busy_for_good_does_not_try_again_while_its_frames_are_slow():
    clock = Clock()
    sim = LoadedFor(clock, 0.005, 0.012, seconds=9.0, loaded_s=100.0, slow_s=0.045)
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    assert tries_and_falls(sim.trains) == (0, 1)  # fell back once; 45 ms drawings taking turns: no try


class Contended(Drawing):
    """A GUI that draws a frame in ``draw_s`` while the worker waits, and in ``slow_s`` while it trains on (the GIL)."""

    def __init__(self, *args, slow_s: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.slow_s, self.waited = slow_s, True

    def wait_shown(self, timeout_s: float) -> bool:
        self.waited = timeout_s > 0  # taking turns waits for the drawing; overlapped play only looks
        return super().wait_shown(timeout_s)

    def partial(self, value: int) -> None:
        super().partial(value)
        if not self.waited:
            self.ready = self.clock.now + self.slow_s


def test_tries_to_overlap_again_come_one_then_two_then_four_seconds_after_each_fall_back():
    clock = Clock()
    sim = Contended(clock, 0.005, 0.012, seconds=9.5, slow_s=0.030)  # 12 ms taking turns, 30 ms (> 25) overlapped
    sim.run(Loop(rate=None, min_fps=31.0, max_fps=40.0, overlap=True, max_draw_s=0.025))
    # Each try overlaps for some 12 frames and falls back again; taking turns 1 s after the first fall back (at about
    # 0.75 s), then 2 s, then 4: tries at about 1.7, 4.2 and 8.6 s (the next at 17)
    assert tries_and_falls(sim.trains) == (3, 4)
