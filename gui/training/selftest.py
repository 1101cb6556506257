"""``--self-test`` steps for the training tab: a few epochs of the side-by-side lesson, Play and Pause, and the
training process that plays as fast as possible (in the frozen app too: it starts through freeze_support)."""

from __future__ import annotations

from typing import Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.training_config import TrainConfig
from engine.training_views import View
from gui.common.tabs import SelfTestStep
from gui.training import trainer_process
from gui.training.runs import Frame, TrainingRuns


class TrainingTabSteps(Protocol):
    """What the steps use of :class:`gui.training.tab.TrainingTab` (which imports this module)."""

    frame: Frame | None

    def set_config(self, config: TrainConfig, side_by_side: bool | None = None) -> None: ...
    def step(self, epochs: int = 1) -> None: ...
    def epoch(self) -> int: ...
    def play(self) -> None: ...
    def pause(self) -> None: ...
    def is_playing(self) -> bool: ...
    def request(self) -> None: ...
    def wait_idle(self, timeout_s: float = 60.0) -> bool: ...
    def problem(self) -> str: ...


class _Unseen:
    """A progress callback that draws nothing (the runs called directly, not through the tab's worker)."""

    def __call__(self, fraction: float, /) -> None:
        pass

    def partial(self, value: object, /) -> None:
        pass


def training_self_test_steps(tab: TrainingTabSteps) -> list[SelfTestStep]:
    """Steps driven through the public methods of ``tab`` (a TrainingTab)."""

    def lesson_steps() -> None:
        tab.set_config(TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2)), side_by_side=True)
        if not tab.wait_idle(60) or tab.frame is None:
            raise AssertionError(f"the lesson's networks were not built ({tab.problem()})")
        tab.step(5)
        if not tab.wait_idle(60) or tab.epoch() != 5:
            raise AssertionError(f"five epochs were not trained ({tab.problem()})")
        linear, chosen = tab.frame.runs
        if linear.config.activation != "identity" or chosen.config.activation != "tanh":
            raise AssertionError("side by side is not linear vs tanh")
        if not (np.array_equal(linear.data.xy, chosen.data.xy) and linear.epoch == chosen.epoch == 5):
            raise AssertionError("the two networks did not train on the same points for the same epochs")
        if not all(np.all(np.isfinite(run.snapshot.output)) for run in tab.frame.runs):
            raise AssertionError("a decision map is not finite")

    def play_and_pause() -> None:
        before = tab.epoch()
        tab.play()
        deadline = 200
        while tab.epoch() < before + 3 and deadline:
            tab.wait_idle(0.05)
            deadline -= 1
        tab.pause()
        if not tab.wait_idle(30) or tab.is_playing():
            raise AssertionError("Pause did not stop the training")
        if tab.epoch() < before + 3:
            raise AssertionError(f"Play trained {tab.epoch() - before} epochs")

    def fast_in_process() -> None:
        process = trainer_process.shared()
        if not process.wait_ready(120):
            raise AssertionError(f"the training process did not start: {process.failed}")
        config, view, quiet = TrainConfig(hidden=(4, 2), seed=1), View(units=False), lambda: False
        there = TrainingRuns(process).play(config, False, view, 0, 20, _Unseen(), quiet)
        here = TrainingRuns().step(config, False, view, 20, _Unseen(), quiet)
        if there.notice or process.failed:
            raise AssertionError(f"the training process failed: {there.notice or process.failed}")
        arrays = [[a for pair in frame.main.weights for a in pair] for frame in (there, here)]
        if not all(np.array_equal(a, b) for a, b in zip(*arrays, strict=True)):
            raise AssertionError("20 epochs in the training process are not the thread's 20 epochs")

    return [
        (QCoreApplication.translate("TrainingTab", "training: a few epochs of the side-by-side lesson"), lesson_steps),
        (QCoreApplication.translate("TrainingTab", "training: Play trains in the background and Pause stops it"), play_and_pause),
        (
            QCoreApplication.translate("TrainingTab", "training: as fast as possible trains in a process of its own"),
            fast_in_process,
        ),
    ]
