"""As fast as possible the training tab trains in a process of its own (gui.training.trainer_process): what the user
gets is what the worker thread would have trained, bit for bit; Pause brings the networks back; a child that dies
leaves the run going on in the thread with the reason shown; the app's quit ends the child cleanly.

One child serves the module (spawning one imports torch: 1 to 2 s); the test that kills a child starts its own. No
test depends on speed: each waits on what the child sends, with generous timeouts, and checks what was trained."""

import os
import signal

import numpy as np
import pytest

import gui.training.trainer_process as tp
from engine.training import TrainConfig
from engine.training_views import View
from gui.training.runs import Frame, TrainingRuns

pytestmark = pytest.mark.gui

READY_S = 120.0  # a loaded CI machine imports torch slowly


class Frames:
    """A progress callback that keeps each frame handed over (and may act on each: ``on_frame``)."""

    def __init__(self, on_frame=None) -> None:
        self.frames: list[Frame] = []
        self.on_frame = on_frame

    def __call__(self, fraction: float) -> None:
        pass

    def partial(self, frame: Frame) -> None:
        self.frames.append(frame)
        if self.on_frame is not None:
            self.on_frame(self)


@pytest.fixture(scope="module")
def process():
    child = tp.TrainerProcess()
    assert child.wait_ready(READY_S), child.failed
    yield child
    child.close()


@pytest.fixture
def spy(monkeypatch):
    """Counts the runs handed to a training process (the thread's path never calls play_in_process)."""
    calls = []
    real = tp.play_in_process

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(tp, "play_in_process", counted)
    return calls


def in_thread(config: TrainConfig, side_by_side: bool, epochs: int) -> Frame:
    """The same networks trained ``epochs`` epochs on this thread (Step's job)."""
    return TrainingRuns().step(config, side_by_side, View(units=False), epochs, lambda f: None, lambda: False)


def assert_same(frame: Frame, expected: Frame) -> None:
    """Every epoch's losses and accuracies, and every weight, equal bit for bit."""
    assert frame.epoch == expected.epoch
    for run, other in zip(frame.runs, expected.runs, strict=True):
        for field in ("epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"):
            assert [getattr(s, field) for s in run.history] == [getattr(s, field) for s in other.history], field
        np.testing.assert_array_equal(run.history[-1].grad_norms, other.history[-1].grad_norms)
        for (w, b), (w0, b0) in zip(run.weights, other.weights, strict=True):
            np.testing.assert_array_equal(w, w0)
            np.testing.assert_array_equal(b, b0)


def test_the_child_imports_no_qt(process):
    assert process.qt_in_child is False


@pytest.mark.parametrize(("side_by_side", "optimizer"), [(False, "sgd"), (True, "adam")])
def test_play_in_the_process_is_the_threads_training_bit_for_bit(process, spy, side_by_side, optimizer):
    config = TrainConfig(hidden=(4, 2), seed=5, optimizer=optimizer, lr=0.01)
    frames = Frames()
    last = TrainingRuns(process).play(config, side_by_side, View(units=False), 0, 60, frames, lambda: False)
    assert spy == [process] and last.notice == ""
    assert [f.epoch for f in frames.frames] == sorted({f.epoch for f in frames.frames})  # each frame newer
    for frame in frames.frames:  # each frame's history whole, though each carried only its new epochs
        assert [s.epoch for s in frame.main.history] == list(range(frame.epoch + 1))
    assert_same(last, in_thread(config, side_by_side, 60))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_the_maps_drawn_from_the_process_are_the_threads_bit_for_bit(process, spy, dtype):
    """The child sends float32 maps as float32 (half the bytes) and the app widens them back: the frame drawn holds
    the same float64 numbers as the thread's frame at that epoch, output and every unit."""
    config = TrainConfig(hidden=(4, 2), seed=3, dtype=dtype)
    frames = Frames()
    TrainingRuns(process).play(config, False, View(), 0, 40, frames, lambda: False)
    assert spy == [process] and frames.frames
    sent = frames.frames[-1]  # through the pipe (the last frame returned is computed here after the state came back)
    expected = TrainingRuns().step(config, False, View(), sent.epoch, lambda f: None, lambda: False)
    got, want = sent.main.snapshot, expected.main.snapshot
    assert got.output.dtype == np.float64 and len(got.units) == len(want.units) == 2
    np.testing.assert_array_equal(got.output, want.output)
    for mine, theirs in zip(got.units, want.units, strict=True):
        assert mine.dtype == np.float64
        np.testing.assert_array_equal(mine, theirs)


def test_pause_brings_the_networks_back_and_they_go_on_in_the_thread(process, spy):
    config = TrainConfig(hidden=(8, 8, 8), seed=2, optimizer="adam", lr=0.01)  # Adam: its moments come back too
    runs, frames = TrainingRuns(process), Frames()
    paused = runs.play(config, False, View(units=False), 0, 10_000, frames, lambda: len(frames.frames) >= 2)
    assert spy == [process] and 0 < paused.epoch < 10_000
    assert runs.epoch == paused.epoch  # the worker thread's runs own them again
    more = runs.step(config, False, View(units=False), 7, lambda f: None, lambda: False)
    assert_same(more, in_thread(config, False, paused.epoch + 7))


def test_a_child_that_dies_leaves_the_run_going_on_in_the_thread():
    child = tp.TrainerProcess()
    assert child.wait_ready(READY_S), child.failed
    pid = child.pid
    assert pid is not None

    def kill_once(frames: Frames) -> None:
        if len(frames.frames) == 2:
            os.kill(pid, signal.SIGKILL)

    config = TrainConfig(hidden=(4, 2), seed=4)  # SGD: no optimiser state, so going on from the last frame is exact
    frames = Frames(kill_once)
    last = TrainingRuns(child).play(config, False, View(units=False), 0, 150, frames, lambda: False)
    assert child.failed and last.notice == child.failed  # the status bar says why
    assert last.epoch == 150  # the run went on in the thread to its end
    assert_same(last, in_thread(config, False, 150))
    child.start()
    assert child.pid is None  # a failed process is not started again: the thread trains
    again = TrainingRuns(child).play(config, False, View(units=False), 0, 3, Frames(), lambda: False)
    assert again.epoch == 3 and again.notice == child.failed


def test_the_status_bar_names_the_reason(tab):
    frame = tab.frame
    assert frame is not None
    from dataclasses import replace

    text = tab._epoch_text(replace(frame, notice="Traceback ...\nOSError: no room"))
    assert text.startswith(tab._epoch_text(frame)) and text.endswith("(OSError: no room)")


def test_quit_ends_the_child_cleanly(process):
    handle = process._process
    process.close()
    assert not handle.is_alive() and handle.exitcode == 0  # it returned on ("quit",): not terminated
    assert process.pid is None


def test_the_tab_as_fast_as_possible_trains_in_its_process_and_quits_while_playing(tab, qtbot, spy):
    combo = tab.controls.run_box.speed_combo
    combo.setCurrentIndex(combo.findData(0))  # picking the speed starts the app's training process
    process = tab.runs.process
    assert process is tp.shared() and process.pid is not None
    assert process.wait_ready(READY_S), process.failed
    tab.play()
    qtbot.waitUntil(lambda: len(spy) == 1 and tab.epoch() >= 3, timeout=120_000)  # frames from the process drawn
    tab.pause()
    assert tab.wait_idle(60) and not tab.is_playing()
    assert tab.runs.epoch == tab.epoch() > 0  # the networks are back with the worker thread's runs, as drawn
    tab.play()
    qtbot.waitUntil(lambda: len(spy) == 2 and tab.epoch() > tab.runs.epoch, timeout=120_000)
    tab.worker.shutdown()  # what quitting the app does while it plays: returns once the networks are back
    assert tab.runs.epoch >= tab.epoch() and process.ready()  # the child is idle, ready for the next run
