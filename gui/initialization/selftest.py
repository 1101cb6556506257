"""``--self-test`` steps for the initialisation tab, driven through its public methods."""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np
from PySide6.QtCore import QCoreApplication

from engine.initializers import INITIALIZERS, Histogram, InitSample
from gui.common.tabs import SelfTestStep
from gui.initialization.controls import InitControls
from gui.initialization.histogram_view import HistogramView


class InitTabSteps(Protocol):
    """What the steps use of :class:`gui.initialization.tab.InitTab` (which imports this module)."""

    samples: list[InitSample]
    histograms: list[Histogram]
    controls: InitControls
    view: HistogramView

    def shape(self) -> tuple[int, ...]: ...
    def select_init(self, init_id: str, params: dict | None = None) -> None: ...
    def request(self) -> None: ...
    def wait_idle(self, timeout_s: float = 60.0) -> bool: ...
    def problem(self) -> str: ...


def init_self_test_steps(tab: InitTabSteps) -> list[SelfTestStep]:
    """Every initialiser draws its histogram; compare mode overlays two on shared bins (``tab`` is an InitTab)."""

    def every_initializer_draws() -> None:
        for init_id in INITIALIZERS:
            tab.select_init(init_id)
            tab.request()
            if not tab.wait_idle(60):
                raise AssertionError(f"{init_id}: sampling did not finish")
            if not tab.samples or tab.samples[0].init != init_id:
                raise AssertionError(f"{init_id}: no histogram drawn ({tab.problem()})")
            expected = math.prod(tab.shape())
            if int(tab.histograms[0].counts.sum()) != expected:
                raise AssertionError(f"{init_id}: histogram holds {tab.histograms[0].counts.sum()} of {expected}")
            edges, density = tab.view.plotted_histogram(0)
            spikes = tab.view.spikes(0)
            if len(edges) == 0 and not spikes:
                raise AssertionError(f"{init_id}: neither bars nor point masses plotted")
            drawn = float(np.sum(density * np.diff(edges))) if len(edges) else 0.0
            if not math.isclose(drawn + sum(spike.share for spike in spikes), 1.0, abs_tol=1e-6):
                raise AssertionError(f"{init_id}: bars and spikes hold {drawn + sum(s.share for s in spikes)} of the values")
        tab.select_init("kaiming_normal")
        tab.controls.set_layer_kind("linear")

    def compare_overlays() -> None:
        tab.controls.set_compare(True)
        tab.request()
        try:
            if not tab.wait_idle(60) or len(tab.samples) != 2:
                raise AssertionError("compare mode did not draw two histograms")
            if not np.array_equal(tab.histograms[0].edges, tab.histograms[1].edges):
                raise AssertionError("overlaid histograms do not share their bins")
        finally:
            tab.controls.set_compare(False)
            tab.request()
            tab.wait_idle(60)

    return [
        (
            QCoreApplication.translate("InitTab", "initialisation: every initialiser draws its histogram"),
            every_initializer_draws,
        ),
        (QCoreApplication.translate("InitTab", "initialisation: compare mode overlays two initialisers"), compare_overlays),
    ]
