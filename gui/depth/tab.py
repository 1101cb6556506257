"""The depth tab: what an initialiser and an activation do to a deep network, layer by layer.

The user builds a fully connected network (or picks a classic lesson); the engine
runs one forward and backward pass off the GUI thread (on CUDA when available)
with progress and cancel, and the tab draws per layer: the activation std and
mean, the gradient std reaching activations and weights (log scale when they span
decades), the distribution of every layer as a heat map, and one chosen layer's
histogram. The infinite-width theory is drawn dashed; a comparison run dotted grey.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from engine.activations import ACTIVATIONS, get_activation
from engine.depth import (
    BIAS_MODES,
    DEPTH_DTYPES,
    MAX_BATCH,
    MAX_LAYERS,
    MAX_WIDTH,
    DepthConfig,
    DepthResult,
    MeanField,
    checked_config,
    mean_field,
    run,
)
from engine.errors import EngineError
from engine.initializers import INITIALIZERS, get_initializer
from engine.presets import PRESETS, get_preset
from gui.common.param_panel import SliderParamPanel
from gui.common.tabs import LabTab, control_column, placement_text, refused_dtype_text
from gui.common.theme import (
    HEAT_COLORMAP,
    REFERENCE,
    colormap,
    new_layout_widget,
    set_title,
    style_colorbar,
    style_legend,
    style_plot,
)
from gui.common.worker import Worker
from gui.figures.builders import HEAT_FLOOR, depth_figure, depth_label, heat_display
from gui.figures.palette import OKABE_ITO
from gui.figures.spec import FigureSpec

DEFAULT_PRESET = "relu_xavier_vs_kaiming"


def _engine_tr(text: str) -> str:
    return QCoreApplication.translate("engine", text)


@dataclass(frozen=True)
class DepthRun:
    """What one background job hands back: the run, its theory and an optional comparison."""

    result: DepthResult
    theory: MeanField
    reference: DepthResult | None = None
    reference_label: str = ""


def _pen(colour: str, dashed: bool = False, width: float = 2.5):
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.mkPen(QColor(colour), width=width, style=style)


def _spans(values: list[np.ndarray], decades: float) -> bool:
    data = np.concatenate([np.asarray(v, dtype=float) for v in values])
    data = data[np.isfinite(data) & (data > 0)]
    return data.size > 1 and math.log10(data.max() / data.min()) >= decades


class DepthTab(LabTab):
    """Per-layer statistics of a deep network at initialisation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = Worker(self)
        self.current: DepthRun | None = None
        self.device, self.dtype = "auto", "float32"  # the toolbar's choice (set_compute)
        self._dtype_note = ""  # why the toolbar's precision is not used, if it is not
        self._ran = ""  # how the run on screen was computed
        self._stale = False  # the toolbar changed while the tab was hidden
        self._applying = False
        self._started = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.request)

        scroll = control_column([self._build_lesson_box(), self._build_network_box(), self._build_run_box()], 350)

        self.plots = new_layout_widget()
        self._build_plots()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.message.hide()
        right = QVBoxLayout()
        right.addWidget(self.message)
        right.addWidget(self.plots, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self.worker.done.connect(self._show)
        self.worker.failed.connect(self._show_error)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.progress.connect(lambda f: self.progress.setValue(round(100 * f)))
        self.worker.busy_changed.connect(self._busy)
        self.apply_preset(DEFAULT_PRESET, run_now=False)

    # ---- controls ---------------------------------------------------------------------------------------

    def _build_lesson_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Classic lessons"))
        layout = QVBoxLayout(box)
        self.preset_combo = QComboBox()
        self.preset_combo.addItem(self.tr("(your own network)"), "")
        for preset in PRESETS.values():
            self.preset_combo.addItem(_engine_tr(preset.name), preset.id)
        self.lesson = QLabel()
        self.lesson.setWordWrap(True)
        layout.addWidget(self.preset_combo)
        layout.addWidget(self.lesson)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_chosen)
        return box

    def _build_network_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Network"))
        form = QFormLayout(box)
        self.activation_combo = QComboBox()
        for act in ACTIVATIONS.values():
            if not act.vector:
                self.activation_combo.addItem(_engine_tr(act.name), act.id)
        self.activation_params = SliderParamPanel(compact=True)
        self.init_combo = QComboBox()
        for entry in INITIALIZERS.values():
            if 2 in entry.ranks:  # the network's weights are Linear (out, in)
                self.init_combo.addItem(_engine_tr(entry.name), entry.id)
        self.init_params = SliderParamPanel(compact=True)
        self.layers_spin = self._spin(1, MAX_LAYERS, 30)
        self.width_spin = self._spin(1, MAX_WIDTH, 512)
        self.batch_spin = self._spin(1, MAX_BATCH, 1024)
        self.seed_spin = self._spin(0, 2**31 - 1, 0)
        self.bias_combo = QComboBox()
        bias_names = {"zero": self.tr("zero"), "default": self.tr("PyTorch default U(−1/√n, 1/√n)")}
        for mode in BIAS_MODES:
            self.bias_combo.addItem(bias_names[mode], mode)
        form.addRow(self.tr("activation"), self.activation_combo)
        form.addRow(self.activation_params)
        form.addRow(self.tr("initialiser"), self.init_combo)
        form.addRow(self.init_params)
        form.addRow(self.tr("layers"), self.layers_spin)
        form.addRow(self.tr("width"), self.width_spin)
        form.addRow(self.tr("batch"), self.batch_spin)
        form.addRow(self.tr("bias"), self.bias_combo)
        form.addRow(self.tr("seed"), self.seed_spin)
        self.activation_combo.currentIndexChanged.connect(self._on_activation_changed)
        self.init_combo.currentIndexChanged.connect(self._on_init_changed)
        for panel in (self.activation_params, self.init_params):
            panel.changed.connect(self._on_network_edit)
            panel.reset_requested.connect(lambda p=panel: self._reset(p))
        for signal in (
            self.bias_combo.currentIndexChanged,
            self.layers_spin.valueChanged,
            self.width_spin.valueChanged,
            self.batch_spin.valueChanged,
            self.seed_spin.valueChanged,
        ):
            signal.connect(self._on_edit)
        return box

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setGroupSeparatorShown(True)
        spin.setKeyboardTracking(False)  # typing "512" runs once, not for 5, 51 and 512
        return spin

    def _build_run_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.run_button = QPushButton(self.tr("Run"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.auto_check = QCheckBox(self.tr("run again when a control changes"))
        self.auto_check.setChecked(True)
        self.theory_check = QCheckBox(self.tr("show the infinite-width theory"))
        self.theory_check.setChecked(True)
        self.previous_check = QCheckBox(self.tr("keep the previous run for comparison"))
        self.layer_spin = self._spin(1, MAX_LAYERS, 1)
        layer_row = QFormLayout()
        layer_row.addRow(self.tr("histogram of layer"), self.layer_spin)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.auto_check)
        layout.addWidget(self.theory_check)
        layout.addWidget(self.previous_check)
        layout.addLayout(layer_row)
        self.run_button.clicked.connect(self.request)
        self.cancel_button.clicked.connect(self.cancel)
        self.theory_check.toggled.connect(self._redraw)
        self.previous_check.toggled.connect(self._on_edit)
        self.layer_spin.valueChanged.connect(self._on_layer_chosen)
        return box

    def _build_plots(self) -> None:
        p = self.plots
        self.legend = style_legend(pg.LegendItem(colCount=6, labelTextSize="11pt"))
        p.addItem(self.legend, row=0, col=0, colspan=3)
        layer = self.tr("layer")
        self.std_plot = style_plot(
            p.addPlot(row=1, col=0), title=self.tr("Activation std per layer"), left=self.tr("std of h"), bottom=layer
        )
        self.mean_plot = style_plot(
            p.addPlot(row=1, col=1), title=self.tr("Activation mean per layer"), left=self.tr("mean of h"), bottom=layer
        )
        self.grad_plot = style_plot(
            p.addPlot(row=1, col=2), title=self.tr("Gradient std per layer"), left=self.tr("std of the gradient"), bottom=layer
        )
        # no grid over the heat map: grid lines would only hide its cells
        self.heat_plot = style_plot(
            p.addPlot(row=2, col=0, colspan=2),
            grid_x=False,
            grid_y=False,
            title=self.tr("Distribution of activations per layer"),
            left=self.tr("activation value"),
            bottom=layer,
        )
        self.hist_plot = style_plot(
            p.addPlot(row=2, col=2),
            title=self.tr("Activations of layer 1"),
            left=self.tr("density"),
            bottom=self.tr("activation value"),
        )
        for plot in (self.std_plot, self.mean_plot, self.grad_plot, self.heat_plot, self.hist_plot):
            plot.hideButtons()
        blue, orange = OKABE_ITO[0], OKABE_ITO[1]
        symbol = {"symbol": "o", "symbolSize": 5}
        self.std_curve = self.std_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.std_theory = self.std_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.std_reference = self.std_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.mean_curve = self.mean_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.mean_theory = self.mean_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.mean_reference = self.mean_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.grad_act_curve = self.grad_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.grad_weight_curve = self.grad_plot.plot(
            pen=_pen(orange), symbolBrush=orange, symbolPen=None, symbol="t", symbolSize=7
        )
        self.grad_act_theory = self.grad_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.grad_weight_theory = self.grad_plot.plot(pen=_pen(orange, dashed=True, width=1.5))
        self.grad_reference = self.grad_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.heat_image = pg.ImageItem(axisOrder="col-major")
        self.heat_plot.addItem(self.heat_image)
        self.colour_bar = pg.ColorBarItem(
            values=(HEAT_FLOOR, 0.0), colorMap=colormap(HEAT_COLORMAP), interactive=False, colorMapMenu=False
        )
        self.colour_bar.setImageItem(self.heat_image, insert_in=self.heat_plot)
        style_colorbar(self.colour_bar, self.tr("log10 share of the layer's peak"))
        self.layer_line = pg.InfiniteLine(
            pos=1, angle=90, movable=True, pen=pg.mkPen(OKABE_ITO[1], width=2), hoverPen=pg.mkPen(OKABE_ITO[1], width=4)
        )
        self.heat_plot.addItem(self.layer_line)
        self.layer_line.sigPositionChangeFinished.connect(self._on_layer_line_moved)
        self.hist_item = pg.PlotDataItem(
            stepMode="center", fillLevel=0, brush=QColor(0, 114, 178, 120), pen=_pen(blue, width=1.5)
        )
        self.hist_plot.addItem(self.hist_item)

    # ---- state ------------------------------------------------------------------------------------------

    def config(self) -> DepthConfig:
        """The network the controls describe."""
        return DepthConfig(
            activation=self.activation_combo.currentData(),
            activation_params=self.activation_params.values(),
            init=self.init_combo.currentData(),
            init_params=self.init_params.values(),
            layers=self.layers_spin.value(),
            width=self.width_spin.value(),
            batch=self.batch_spin.value(),
            bias=self.bias_combo.currentData(),
            seed=self.seed_spin.value(),
            device=self.device,
            dtype=self.dtype,
        )

    def set_config(self, config: DepthConfig) -> None:
        """Show ``config`` in the controls without running."""
        self._applying = True
        try:
            self.activation_combo.setCurrentIndex(self.activation_combo.findData(config.activation))
            self.activation_params.set_specs(get_activation(config.activation).params, config.activation_params)
            self.init_combo.setCurrentIndex(self.init_combo.findData(config.init))
            self.init_params.set_specs(get_initializer(config.init).params, config.init_params)
            for spin, value in (
                (self.layers_spin, config.layers),
                (self.width_spin, config.width),
                (self.batch_spin, config.batch),
                (self.seed_spin, config.seed),
            ):
                spin.setValue(value)
            self.bias_combo.setCurrentIndex(self.bias_combo.findData(config.bias))
        finally:
            self._applying = False

    def apply_preset(self, preset_id: str, run_now: bool = True) -> None:
        """Load a classic lesson into the controls (and run it)."""
        preset = get_preset(preset_id)
        self._applying = True
        try:
            self.preset_combo.setCurrentIndex(self.preset_combo.findData(preset_id))
        finally:
            self._applying = False
        self.set_config(preset.config)
        self.lesson.setText(f"{_engine_tr(preset.lesson)}<br><i>{preset.source}</i>")
        if run_now:
            self.request()

    def _on_preset_chosen(self, index: int) -> None:
        if self._applying:
            return
        preset_id = self.preset_combo.itemData(index)
        if preset_id:
            self.apply_preset(preset_id)
        else:
            self.lesson.clear()

    def _on_activation_changed(self, *_) -> None:
        if not self._applying:
            self.activation_params.set_specs(get_activation(self.activation_combo.currentData()).params)
            self._on_network_edit()

    def _on_init_changed(self, *_) -> None:
        if not self._applying:
            self.init_params.set_specs(get_initializer(self.init_combo.currentData()).params)
            self._on_network_edit()

    def _reset(self, panel: SliderParamPanel) -> None:
        panel.set_values({spec.name: spec.default for spec in panel.specs})
        self._on_network_edit()

    def _on_network_edit(self, *_) -> None:
        """The activation or initialiser changed: the network is no longer the lesson's."""
        if self._applying:
            return
        if self.preset_combo.currentIndex() != 0:
            self._applying = True
            self.preset_combo.setCurrentIndex(0)
            self._applying = False
            self.lesson.clear()
        self._on_edit()

    def _on_edit(self, *_) -> None:
        """A control changed (a size keeps the lesson, compared at the new size); run again if asked to."""
        if not self._applying and self.auto_check.isChecked():
            self._debounce.start()

    def set_compute(self, device: str, dtype: str) -> None:
        """Run on ``device`` ("auto", "cpu", "cuda") in ``dtype``; a precision the network is not run in
        (float16, bfloat16: its gradients underflow) is refused with a message and the last one stays."""
        wanted = (device, dtype if dtype in DEPTH_DTYPES else self.dtype)
        self._dtype_note = "" if dtype in DEPTH_DTYPES else refused_dtype_text(dtype, DEPTH_DTYPES, self.dtype)
        changed = wanted != (self.device, self.dtype)
        self.device, self.dtype = wanted
        self._announce()
        if changed and self._started:
            if self.isVisible():
                self._on_edit()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._started:  # the first run waits until someone looks at the tab
            self._started = True
            QTimer.singleShot(0, self.request)
        elif self._stale:
            self._stale = False
            self._on_edit()

    # ---- running ----------------------------------------------------------------------------------------

    def request(self) -> None:
        """Check the controls and start a run in the background (replacing a running one)."""
        self._debounce.stop()
        self._started = True
        config = self.config()
        reference_config, reference_label = None, ""
        preset_id = self.preset_combo.currentData()
        if preset_id:
            preset = get_preset(preset_id)
            if preset.compare is not None:  # the lesson's comparison, at the sizes the user chose
                reference_config = preset.configs(
                    layers=config.layers,
                    width=config.width,
                    batch=config.batch,
                    bias=config.bias,
                    seed=config.seed,
                    device=config.device,
                    dtype=config.dtype,
                )[1]
                reference_label = _engine_tr(preset.compare_label)
        for panel in (self.activation_params, self.init_params):
            panel.clear_engine_problem()
        try:
            checked_config(config)
        except EngineError as exc:
            if not self.activation_params.show_engine_problem(config.activation, exc.field, exc.message):
                self.init_params.show_engine_problem(config.init, exc.field, exc.message)
            self._show_error(str(exc))
            return
        previous = self.current.result if (self.current and self.previous_check.isChecked()) else None
        previous_label = self.tr("previous run")

        def job(progress, cancelled):
            if reference_config is None:
                result = run(config, progress, cancelled)
                return DepthRun(result, mean_field(config), previous, previous_label if previous is not None else "")
            reference = run(reference_config, lambda f: progress(0.5 * f), cancelled)
            result = run(config, lambda f: progress(0.5 + 0.5 * f), cancelled)
            return DepthRun(result, mean_field(config), reference, reference_label)

        self.progress.setValue(0)
        self.worker.submit(job)

    def cancel(self) -> None:
        self.worker.cancel()

    def _busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)
        if busy:
            self.status.emit(self.tr("Running the network…"))

    def _on_cancelled(self) -> None:
        self.progress.setValue(0)
        self.status.emit(self.tr("Cancelled; the last complete run stays on screen."))

    def _show_error(self, message: str) -> None:
        self.message.setText(self.tr("Not run: {0}").format(message))
        self.message.show()
        self.status.emit(self.tr("Not run: {0}").format(message))

    def _show(self, outcome: DepthRun) -> None:
        self.current = outcome
        self.message.hide()
        result = outcome.result
        self.layer_spin.setMaximum(len(result.layer))
        self.layer_line.setBounds((1, len(result.layer)))
        self._redraw()
        cfg = result.config
        text = self.tr("{0}: {1} layers × {2}, batch {3}, {4} s: {5}").format(
            depth_label(cfg),
            cfg.layers,
            cfg.width,
            f"{cfg.batch:,}",
            f"{result.seconds:.2f}",
            placement_text(result.device, result.dtype, result.fallback_reason),
        )
        if result.overflow_layer is not None:
            text += " — " + self.tr("activations overflowed from layer {0} on").format(result.overflow_layer)
        self._ran = text
        self._announce()

    def _announce(self) -> None:
        """Status: how the run on screen was computed, and why the toolbar's precision is not used."""
        parts = [text for text in (self._ran, self._dtype_note) if text]
        if parts:
            self.status.emit(" · ".join(parts))

    def _redraw(self, *_) -> None:
        if self.current is None:
            return
        result, reference = self.current.result, self.current.reference
        theory = self.current.theory if self.theory_check.isChecked() else None
        x = result.layer.astype(float)
        label = depth_label(result.config)
        self.std_curve.setData(x, result.act_std)
        self.mean_curve.setData(x, result.act_mean)
        self.grad_act_curve.setData(x, result.grad_act_std)
        self.grad_weight_curve.setData(x, result.grad_weight_std)
        for item, values in (
            (self.std_theory, "act_std"),
            (self.mean_theory, "act_mean"),
            (self.grad_act_theory, "grad_act_std"),
            (self.grad_weight_theory, "grad_weight_std"),
        ):
            data = getattr(theory, values) if theory is not None else None
            if data is None or not np.isfinite(data).any():
                item.setData([], [])
            else:
                item.setData(x, data, connect="finite")
        for item, values in (
            (self.std_reference, "act_std"),
            (self.mean_reference, "act_mean"),
            (self.grad_reference, "grad_act_std"),
        ):
            if reference is None:
                item.setData([], [])
            else:
                item.setData(reference.layer.astype(float), getattr(reference, values))
        self.legend.clear()
        self.legend.addItem(self.std_curve, label)
        if self.std_theory.xData is not None and len(self.std_theory.xData):
            self.legend.addItem(self.std_theory, self.tr("theory (infinite width)"))
        if reference is not None:
            self.legend.addItem(self.std_reference, self.current.reference_label)
        self.legend.addItem(self.grad_act_curve, self.tr("gradient ∂loss/∂h"))
        self.legend.addItem(self.grad_weight_curve, self.tr("gradient ∂loss/∂W"))
        std_values = [result.act_std] + ([reference.act_std] if reference is not None else [])
        grad_values = [result.grad_act_std, result.grad_weight_std]
        if reference is not None:
            grad_values.append(reference.grad_act_std)
        self.std_plot.setLogMode(y=_spans(std_values, 2.0))
        self.grad_plot.setLogMode(y=_spans(grad_values, 1.0))
        self.heat_image.setImage(heat_display(result.heat), autoLevels=False, levels=(HEAT_FLOOR, 0.0))
        lo, hi = float(result.edges[0]), float(result.edges[-1])
        self.heat_image.setRect(QRectF(0.5, lo, float(len(x)), hi - lo))
        for plot in (self.std_plot, self.mean_plot, self.grad_plot, self.heat_plot):
            plot.enableAutoRange()
        self._show_layer(self.layer_spin.value())

    def _on_layer_chosen(self, layer: int) -> None:
        self.layer_line.setValue(layer)
        self._show_layer(layer)

    def _on_layer_line_moved(self) -> None:
        self.layer_spin.setValue(round(self.layer_line.value()))
        self.layer_line.setValue(self.layer_spin.value())

    def _show_layer(self, layer: int) -> None:
        if self.current is None:
            return
        result = self.current.result
        k = min(max(layer, 1), len(result.layer))
        counts, edges = result.layer_counts[k - 1], result.layer_edges[k - 1]
        density = counts / max(counts.sum(), 1) / np.diff(edges)
        self.hist_item.setData(edges, density)
        set_title(self.hist_plot, self.tr("Activations of layer {0}").format(k))
        self.hist_plot.enableAutoRange()
        self.layer_line.setValue(k)

    # ---- LabTab -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Through depth")

    def figure_spec(self) -> FigureSpec:
        if self.current is None:
            raise EngineError("depth", "no run has finished yet")
        theory = self.current.theory if self.theory_check.isChecked() else None
        return depth_figure(
            self.current.result,
            theory,
            self.current.reference,
            self.layer_spin.value(),
            self.current.reference_label or "comparison",
        )

    def self_test_steps(self):
        def runs_in_background():
            self.preset_combo.setCurrentIndex(0)
            self.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=8, width=128, batch=256))
            self.request()
            if not self.worker.is_busy():
                raise AssertionError("the run did not start in the background")
            if not self.worker.wait_idle(120) or self.current is None:
                raise AssertionError(f"the run did not finish ({self.message.text()})")
            x, y = self.std_curve.getData()
            if x is None or len(x) != 8 or not np.all(np.isfinite(y)):
                raise AssertionError("per-layer std not plotted")

        def cancel_keeps_last_run():
            before = self.current
            shown = self.config()
            try:
                self.preset_combo.setCurrentIndex(0)
                self.set_config(
                    replace(shown, activation="relu", init="kaiming_normal", init_params={}, layers=100, width=1024, batch=1024)
                )
                self.request()
                self.cancel()
                if not self.worker.wait_idle(120):
                    raise AssertionError("cancel did not stop the run")
                if self.current is not before:
                    raise AssertionError("a cancelled run replaced the last complete one")
            finally:
                self.set_config(shown)

        def preset_runs():
            self.apply_preset("sigmoid_default", run_now=False)
            self.set_config(replace(get_preset("sigmoid_default").config, layers=6, width=128, batch=256))
            self.request()
            if not self.worker.wait_idle(120) or self.current is None:
                raise AssertionError("the preset did not run")
            grads = self.current.result.grad_act_std
            if not grads[0] < 1e-2 * grads[-1]:
                raise AssertionError("sigmoid's gradient did not vanish towards the first layer")

        return [
            (self.tr("depth: a run finishes in the background and is plotted"), runs_in_background),
            (self.tr("depth: cancel stops a run and keeps the last one"), cancel_keeps_last_run),
            (self.tr("depth: the sigmoid lesson shows the vanishing gradient"), preset_runs),
        ]
