"""``--self-test`` steps for the depth tab, driven through its public methods."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.depth import DepthConfig
from engine.presets import get_preset
from gui.common.tabs import SelfTestStep
from gui.depth.controls import DepthControls
from gui.depth.plots import DepthPlots
from gui.depth.runs import DepthRun


class DepthTabSteps(Protocol):
    """What the steps use of :class:`gui.depth.tab.DepthTab` (which imports this module)."""

    controls: DepthControls
    plots: DepthPlots
    current: DepthRun | None

    def config(self) -> DepthConfig: ...
    def set_config(self, config: DepthConfig) -> None: ...
    def apply_preset(self, preset_id: str, run_now: bool = True) -> None: ...
    def is_busy(self) -> bool: ...
    def cancel(self) -> None: ...
    def request(self) -> None: ...
    def wait_idle(self, timeout_s: float = 60.0) -> bool: ...
    def problem(self) -> str: ...


def depth_self_test_steps(tab: DepthTabSteps) -> list[SelfTestStep]:
    """A run finishes in the background; cancel keeps the last run; the sigmoid lesson's gradient
    vanishes (``tab`` is a DepthTab)."""

    def runs_in_background() -> None:
        tab.controls.leave_lesson()
        tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=8, width=128, batch=256))
        tab.request()
        if not tab.is_busy():
            raise AssertionError("the run did not start in the background")
        if not tab.wait_idle(120) or tab.current is None:
            raise AssertionError(f"the run did not finish ({tab.problem()})")
        x, y = tab.plots.std_curve.getData()
        if x is None or len(x) != 8 or not np.all(np.isfinite(y)):
            raise AssertionError("per-layer std not plotted")

    def cancel_keeps_last_run() -> None:
        before = tab.current
        shown = tab.config()
        try:
            tab.controls.leave_lesson()
            tab.set_config(
                replace(shown, activation="relu", init="kaiming_normal", init_params={}, layers=100, width=1024, batch=1024)
            )
            tab.request()
            tab.cancel()
            if not tab.wait_idle(120):
                raise AssertionError("cancel did not stop the run")
            if tab.current is not before:
                raise AssertionError("a cancelled run replaced the last complete one")
        finally:
            tab.set_config(shown)

    def preset_runs() -> None:
        tab.apply_preset("sigmoid_default", run_now=False)
        tab.set_config(replace(get_preset("sigmoid_default").config, layers=6, width=128, batch=256))
        tab.request()
        if not tab.wait_idle(120) or tab.current is None:
            raise AssertionError("the preset did not run")
        grads = tab.current.result.grad_act_std
        if not grads[0] < 1e-2 * grads[-1]:
            raise AssertionError("sigmoid's gradient did not vanish towards the first layer")

    return [
        (QCoreApplication.translate("DepthTab", "depth: a run finishes in the background and is plotted"), runs_in_background),
        (QCoreApplication.translate("DepthTab", "depth: cancel stops a run and keeps the last one"), cancel_keeps_last_run),
        (QCoreApplication.translate("DepthTab", "depth: the sigmoid lesson shows the vanishing gradient"), preset_runs),
    ]
