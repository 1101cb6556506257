"""Where File > Export animation… takes its figures from, per tab.

* :class:`SliderSweep` (the explorer, and any tab with ``flush``): each frame moves the slider as
  a drag would, lets the tab apply it and takes ``tab.figure_spec()``; the slider goes back.
* :class:`DepthSweep` (a tab whose state is a :class:`states.depth.DepthState`): each frame is the
  still export's figure (:func:`figures.tab_figures.depth_figure_of`) of the tab's state with one
  activation or initialiser parameter (the gain…) set, computed here on the tab's device (the
  tab's own run and its sliders are left alone); like a drag, it leaves a lesson's comparison out.
* :class:`TrainingRun` (a tab with a ``recorder``, :class:`gui.training.recorder.RunRecorder`):
  the frames the tab drew while it trained, or a new run of the current settings
  (:func:`figures.training_run.run_results`), each the still export's figure at its epoch.

``progress(done, total)`` is called after each figure (the depth tab's also within a run); it may raise
:class:`engine.jobs.Cancelled` (a BaseException: no CUDA fallback mistakes it for a failure) to stop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.depth import mean_field
from engine.depth import run as run_depth
from engine.errors import EngineError
from engine.training_config import checked_config
from figures.spec import FigureSpec
from figures.tab_figures import depth_figure_of, training_figure_of
from figures.training_run import frame_epochs, run_results
from gui.common.sweep import SweepButton
from states.depth import DepthState

Progress = Callable[[float, int], None] | None
Values = Sequence[float] | np.ndarray
#: A tab, reached by duck typing (the tabs' packages are not imported here: the command line reaches this package).
Tab = Any


def settle(tab) -> None:
    """Apply the tab's waiting change now and wait for curves computed in the background (the explorer's slow ones)."""
    tab.flush()
    wait = getattr(tab, "wait_evaluated", None)
    if callable(wait) and not wait():
        raise EngineError("animation", "the plots took too long to compute")


def _share(progress: Callable[[float, int], None], done: int, total: int) -> Callable[[float], None]:
    """The engine's progress within one frame (0 to 1) as progress over all ``total`` frames."""
    return lambda share: progress(done + share, total)


class SliderSweep:
    """The tab's own figure along one of its ▶ sliders (tabs that apply a change at once: ``flush``)."""

    def __init__(self, tab: Tab):
        self.tab = tab
        self.editors: list[Any] = [b.parent() for b in tab.findChildren(SweepButton) if hasattr(b.parent(), "spec")]

    def specs(self, editor, values: Values, progress: Progress = None) -> list[FigureSpec]:
        """The tab's figure at each value of ``editor``'s slider (set as a drag sets it); the slider is put back."""
        before = editor.slider.value()
        specs = []
        try:
            for index, value in enumerate(values):
                editor.slider.setValue(float(value))
                settle(self.tab)
                specs.append(self.tab.figure_spec())
                if progress is not None:
                    progress(index + 1, len(values))
        finally:
            editor.slider.setValue(before)
            settle(self.tab)
        return specs


class DepthSweep:
    """The depth tab's still export with one parameter of its activation or initialiser at each value."""

    FIELDS = ("activation_params", "init_params")

    def __init__(self, tab: Tab):
        self.tab = tab
        self.editors: list[Any] = []
        self._field: dict[int, str] = {}
        for field in self.FIELDS:
            panel = getattr(tab.controls, field)
            for editor in panel.editors.values():
                if getattr(editor, "slider", None) is not None:
                    self.editors.append(editor)
                    self._field[id(editor)] = field

    def label(self, editor) -> str:
        """``gain (initialiser)``: the parameter and whose it is."""
        if self._field[id(editor)] == "init_params":
            return QCoreApplication.translate("AnimationDialog", "{0} (initialiser)").format(editor.spec.name)
        return QCoreApplication.translate("AnimationDialog", "{0} (activation)").format(editor.spec.name)

    def specs(self, editor, values: Values, progress: Progress = None) -> list[FigureSpec]:
        """The still export of the tab's network with the parameter at each value. Like a drag of the slider, the
        value makes the network the user's own: a lesson's comparison is not drawn (the tab leaves the lesson)."""
        state: DepthState = replace(self.tab.state(), preset="")
        field, name = self._field[id(editor)], editor.spec.name
        specs = []
        for index, value in enumerate(values):
            number = round(float(value)) if editor.spec.kind == "int" else float(value)
            params = {**getattr(state, field), name: number}
            if field == "init_params":
                frame_state = replace(state, init_params=params)
            else:
                frame_state = replace(state, activation_params=params)
            config = frame_state.config(self.tab.device, self.tab.dtype)
            # the bar moves (and Cancel is seen) within a run too: a large network runs for seconds
            result = run_depth(config) if progress is None else run_depth(config, _share(progress, index, len(values)))
            specs.append(depth_figure_of(frame_state, result, mean_field(config)))
            if progress is not None:
                progress(index + 1, len(values))
        return specs


class TrainingRun:
    """The training tab's recorded run, or a new run of its current settings."""

    def __init__(self, tab: Tab):
        self.tab = tab
        self.recorder = tab.recorder

    def recorded(self) -> int:
        """How many frames the tab recorded (2 or more make an animation)."""
        return len(self.recorder)

    def recorded_specs(self, count: int, progress: Progress = None) -> list[FigureSpec]:
        """``count`` frames evenly spread over the recording, its first and newest included (a recording shorter than
        ``count`` shows some frames longer: the files store a repeated frame once)."""
        n = len(self.recorder)
        if n < 2:
            raise EngineError("animation", "nothing has been recorded: press Play first")
        indices = np.rint(np.linspace(0, n - 1, count)).astype(int)
        state, specs = self.tab.state(), []  # each frame the tab's own figure (training_figure_of) of its result then
        for done, index in enumerate(indices, 1):
            specs.append(training_figure_of(state, self.recorder.result(int(index))))
            if progress is not None:
                progress(done, count)
        return specs

    def new_run_specs(self, epochs: int, count: int, progress: Progress = None) -> list[FigureSpec]:
        """A new run of the tab's settings for ``epochs`` epochs, ``count`` frames from epoch 0 to the last."""
        config = replace(checked_config(self.tab.config()), epochs=epochs)
        wanted = frame_epochs(epochs, min(count, epochs + 1))
        side_by_side = self.tab.controls.side_by_side()
        tick = None if progress is None else lambda epoch: progress(epoch, max(epochs, 1))
        state = self.tab.state()
        return [training_figure_of(state, r) for r in run_results(config, wanted, side_by_side, progress=tick)]


def source_of(tab: Tab) -> SliderSweep | DepthSweep | TrainingRun | None:
    """The tab's source of frames, or None when it has nothing to animate."""
    if getattr(tab, "recorder", None) is not None:
        return TrainingRun(tab)
    state = getattr(tab, "state", None)
    if callable(state) and isinstance(state(), DepthState):
        return DepthSweep(tab) if hasattr(tab, "controls") else None
    if callable(getattr(tab, "flush", None)):
        return SliderSweep(tab)
    return None
