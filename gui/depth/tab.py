"""The depth tab: what an initialiser and an activation do to a deep network, layer by layer.

The user builds a fully connected network or picks a classic lesson in
:class:`~gui.depth.controls.DepthControls`; the engine runs one forward and backward
pass off the GUI thread (on CUDA when available) with progress and cancel, and
:class:`~gui.depth.plots.DepthPlots` draws per layer the activation std and mean, the
gradient std reaching activations and weights, every layer's distribution as a heat
map and one chosen layer's histogram, with the infinite-width theory dashed and a
comparison grey. The worker, debounce, device/precision, refusals and status come from
:class:`~gui.common.compute_tab.ComputeTab`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from engine.depth import DEPTH_DTYPES, DepthConfig, checked_config
from engine.errors import EngineError
from engine.memory import release_memory
from figures.builders import depth_label
from figures.spec import FigureSpec
from figures.tab_figures import depth_figure_of
from gui.common.compute_tab import ComputeTab
from gui.common.tabs import SelfTestStep, placement_text
from gui.common.worker import Job
from gui.depth.controls import DepthControls
from gui.depth.plots import DepthPlots
from gui.depth.runs import DepthRun, run_with_reference
from gui.depth.selftest import depth_self_test_steps
from states.depth import DEFAULT_PRESET, KEY, DepthState


class DepthTab(ComputeTab):
    """Per-layer statistics of a deep network at initialisation."""

    COMPUTE_DTYPES = DEPTH_DTYPES  # float16/bfloat16: the gradients underflow
    DEBOUNCE_MS = 300
    session_key = KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.current: DepthRun | None = None
        self.controls = DepthControls()
        self.plots = DepthPlots()
        right = QVBoxLayout()
        right.addWidget(self.plots, 1)
        right.addWidget(self.error_label)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addLayout(right, 1)
        # the widgets other code (translation checks) reads through the tab
        c = self.controls
        self.preset_combo, self.activation_combo, self.lesson = c.preset_combo, c.activation_combo, c.lesson

        c.edited.connect(self.schedule)
        c.run_requested.connect(self.request)
        c.cancel_requested.connect(self.cancel)
        c.theory_toggled.connect(self._redraw)
        c.layer_chosen.connect(self.plots.show_layer)
        self.plots.layer_moved.connect(self._on_layer_line_moved)
        self.busy_changed.connect(c.set_busy)
        self.progress_changed.connect(c.set_progress)
        self.cancelled.connect(lambda: c.set_progress(0.0))
        c.load_preset(DEFAULT_PRESET)
        self.mark_stale()  # the first run waits until someone looks at the tab

    # ---- the network, changed as the user would ---------------------------------------------------------

    def config(self) -> DepthConfig:
        """The network the controls describe, on the toolbar's device and precision."""
        return self.controls.config(self.device, self.dtype)

    def set_config(self, config: DepthConfig) -> None:
        """Show ``config`` in the controls without running (its device and dtype are the toolbar's)."""
        self.controls.set_config(config)

    def apply_preset(self, preset_id: str, run_now: bool = True) -> None:
        """Load a classic lesson into the controls (and run it)."""
        self.controls.load_preset(preset_id)
        if run_now:
            self.request()

    def set_layer(self, layer: int) -> None:
        """Show the histogram of ``layer`` (1-based)."""
        self.controls.set_layer(layer)

    # ---- the tab's state (states.depth): the only way in and out -------------------------------------

    def state(self) -> DepthState:
        """The lesson, the network, the run's switches and the layer shown."""
        c, cfg = self.controls, self.config()
        return DepthState(
            preset=c.preset_id(),
            activation=str(cfg.activation),
            activation_params=dict(cfg.activation_params),
            init=cfg.init,
            init_params=dict(cfg.init_params),
            layers=cfg.layers,
            width=cfg.width,
            batch=cfg.batch,
            bias=cfg.bias,
            seed=cfg.seed,
            auto_run=c.auto_run(),
            show_theory=c.show_theory(),
            keep_previous=c.keep_previous(),
            layer=max(1, min(c.layer(), cfg.layers)),  # a run not yet redone for fewer layers
        )

    def show_state(self, state: DepthState) -> None:
        """Show ``state`` and run it (when the tab is next shown)."""
        c = self.controls
        if state.preset:
            c.load_preset(state.preset)
        else:
            c.leave_lesson()
        c.set_config(state.config())
        c.set_auto_run(state.auto_run)
        c.theory_check.setChecked(state.show_theory)
        c.previous_check.setChecked(state.keep_previous)
        c.set_layer_count(state.layers)
        c.set_layer(state.layer)
        if self.isVisible():
            self.request()
        else:
            self.mark_stale()

    # ---- ComputeTab -------------------------------------------------------------------------------------

    def auto_recompute(self) -> bool:
        return self.controls.auto_run()

    def job(self) -> Job:
        config = self.config()
        reference_config, reference_label = self.controls.lesson_comparison(config)
        self.controls.clear_problems()
        try:
            checked_config(config)
        except EngineError as exc:
            self.controls.show_problem(config, exc.field, exc.message)
            raise
        if reference_config is None and self.current is not None and self.controls.keep_previous():
            reference, reference_label = self.current.result, self.tr("previous run")
        else:
            reference = None
        return partial(run_with_reference, config, reference_config, reference, reference_label)

    def show_result(self, result: DepthRun) -> str:
        self.current = result
        run = result.result
        self.controls.set_layer_count(len(run.layer))
        self._redraw()
        cfg = run.config
        text = self.tr("{0}: {1} layers × {2}, batch {3}, {4} s: {5}").format(
            depth_label(cfg),
            cfg.layers,
            cfg.width,
            f"{cfg.batch:,}",
            f"{run.seconds:.2f}",
            placement_text(run.device, run.dtype, run.fallback_reason),
        )
        if run.overflow_layer is not None:
            text += " — " + self.tr("activations overflowed from layer {0} on").format(run.overflow_layer)
        return text

    def job_ended(self) -> None:
        # The tab keeps per-layer arrays only (a few kB). A cancelled run's tensors are freed by then but
        # glibc keeps their pages: 1.4 GB stayed after cancelling 100 × 2048 × batch 128 (379 MB after trimming).
        release_memory()

    def busy_text(self) -> str:
        return self.tr("Running the network…")

    def problem_text(self, message: str) -> str:
        return self.tr("Not run: {0}").format(message)

    def cancelled_text(self) -> str:
        return self.tr("Cancelled; the last complete run stays on screen.")

    def _redraw(self, *_) -> None:
        if self.current is not None:
            self.plots.show_run(self.current, self.controls.show_theory(), self.controls.layer())

    def _on_layer_line_moved(self, layer: int) -> None:
        self.controls.set_layer(layer)
        self.plots.show_layer(self.controls.layer())  # snap the line to the layer shown

    # ---- LabTab -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Through depth")

    def figure_spec(self) -> FigureSpec:
        if self.current is None:
            raise EngineError("depth", "no run has finished yet")
        run = self.current
        return depth_figure_of(self.state(), run.result, run.theory, run.reference, run.reference_label)

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        return depth_self_test_steps(self)
