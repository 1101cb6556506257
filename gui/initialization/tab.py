"""The initialisation tab: weights drawn by any ``torch.nn.init`` scheme, against the theory.

The user picks an initialiser, its parameters and a weight shape (Linear or Conv2d)
in :class:`~gui.initialization.controls.InitControls`; the weights are drawn off the
GUI thread (up to 20 million values) and binned, and
:class:`~gui.initialization.histogram_view.HistogramView` draws the histogram with the
theoretical density over it, beside a table of sample versus theoretical statistics.
Compare mode overlays a second initialiser on the same bins. The worker, debounce,
device/precision, refusals and status come from :class:`~gui.common.compute_tab.ComputeTab`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QWidget

from engine.errors import EngineError
from engine.initializers import SAMPLE_DTYPES, Histogram, InitSample, checked_init_params
from figures.spec import FigureSpec
from figures.tab_figures import initialization_figure
from gui.common.compute_tab import ComputeTab
from gui.common.tabs import SelfTestStep, placement_text
from gui.common.worker import Job
from gui.initialization.controls import InitControls
from gui.initialization.histogram_view import HistogramView
from gui.initialization.sampling import InitRun, sample_and_bin
from gui.initialization.selftest import init_self_test_steps
from states.initialization import KEY, InitializationState


class InitTab(ComputeTab):
    """Histogram of an initialiser's weights with its theoretical density and statistics."""

    COMPUTE_DTYPES = SAMPLE_DTYPES  # float16/bfloat16 weights are not drawn
    DEBOUNCE_MS = 150
    session_key = KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.samples: list[InitSample] = []
        self.histograms: list[Histogram] = []
        self.controls = InitControls()
        self.view = HistogramView(self.error_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.view, 1)
        # the widgets other code (benchmarks, translation checks) reads through the tab
        c = self.controls
        self.init_combo, self.formula, self.out_spin, self.in_spin, self.seed_spin = (
            c.init_combo,
            c.formula,
            c.out_spin,
            c.in_spin,
            c.seed_spin,
        )
        self.plot = self.view.plot
        c.changed.connect(self.schedule)
        c.log_toggled.connect(self.view.set_log_y)
        self.request()

    # ---- what the controls say, changed as the user would -----------------------------------------------

    def init_id(self) -> str:
        return self.controls.init_id()

    def shape(self) -> tuple[int, ...]:
        return self.controls.shape()

    def select_init(self, init_id: str, params: dict | None = None) -> None:
        """Choose an initialiser (and parameters) as the user would."""
        self.controls.select_init(init_id, params)

    # ---- the tab's state (states.initialization): the only way in and out ---------------------------

    def state(self) -> InitializationState:
        """The initialiser, its parameters, the shape, sampling and compare, as shown."""
        c = self.controls
        return InitializationState(
            init=c.init_id(),
            params=c.params.values(),
            shape=tuple(c.shape()),
            seed=c.seed(),
            bins=c.bins(),
            log_y=c.log_y(),
            compare=c.compare_check.isChecked(),
            compare_init=c.init2_combo.currentData(),
            compare_params=c.params2.values(),
        )

    def show_state(self, state: InitializationState) -> None:
        """Show ``state`` and draw it."""
        c = self.controls
        c.set_layer_kind(state.layer_kind)
        for spin, value in zip((c.out_spin, c.in_spin, c.kh_spin, c.kw_spin), state.shape, strict=False):
            spin.setValue(value)
        c.init_combo.setCurrentIndex(c.init_combo.findData(state.init))
        c.params.set_values(state.params)
        c.init2_combo.setCurrentIndex(c.init2_combo.findData(state.compare_init))
        c.params2.set_values(state.compare_params)
        c.set_compare(state.compare)
        c.seed_spin.setValue(state.seed)
        c.bins_spin.setValue(state.bins)
        c.log_check.setChecked(state.log_y)
        self.request()

    # ---- ComputeTab -------------------------------------------------------------------------------------

    def job(self) -> Job:
        shape = self.controls.shape()
        wanted = self.controls.requests()
        self.controls.clear_problems()
        for request in wanted:
            try:
                checked_init_params(request.init_id, request.params, shape)
            except EngineError as exc:
                request.panel.show_engine_problem(request.init_id, exc.field, exc.message)
                raise
        pairs = [(request.init_id, request.params) for request in wanted]
        return partial(sample_and_bin, pairs, shape, self.controls.seed(), self.controls.bins(), self.device, self.dtype)

    def show_result(self, result: InitRun) -> str:
        self.samples, self.histograms = result.samples, result.histograms
        self.view.show_samples(self.samples, result.bars)
        first = self.samples[0]
        return self.tr("Drew {0} weights, seed {1}: {2}").format(
            f"{first.count:,}", first.seed, placement_text(first.device, first.dtype, first.fallback_reason)
        )

    def busy_text(self) -> str:
        return self.tr("Sampling…")

    def problem_text(self, message: str) -> str:
        return self.tr("Not drawn: {0}").format(message)

    def cancelled_text(self) -> str:
        return self.tr("Cancelled; the last histogram stays on screen.")

    # ---- LabTab -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Initialisation")

    def figure_spec(self) -> FigureSpec:
        if not self.samples:
            raise EngineError("init", "no histogram has been drawn yet")
        return initialization_figure(self.state(), self.samples, self.histograms)

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        return init_self_test_steps(self)
