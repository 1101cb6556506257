"""The initialisation tab: weights drawn by any ``torch.nn.init`` scheme, against the theory.

The user picks an initialiser, its parameters and a weight shape (Linear or
Conv2d); the weights are drawn off the GUI thread (up to 20 million values), binned,
and drawn as a histogram with the theoretical density over it, beside a table of
sample versus theoretical mean, std, min and max. Compare mode overlays a second
initialiser on the same bins.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from engine.errors import EngineError
from engine.initializers import (
    INITIALIZERS,
    MAX_VALUES,
    SAMPLE_DTYPES,
    Histogram,
    InitSample,
    checked_init_params,
    get_initializer,
    histogram,
    histogram_range,
    sample,
)
from engine.jobs import check
from gui.common.param_panel import SliderParamPanel
from gui.common.tabs import LabTab, control_column, placement_text, refused_dtype_text
from gui.common.theme import add_legend, new_plot_widget
from gui.common.worker import Worker
from gui.figures.builders import PDF_POINTS, init_figure, init_label
from gui.figures.palette import OKABE_ITO
from gui.figures.spec import FigureSpec

LAYER_RANKS = {"linear": 2, "conv2d": 4}


def _engine_tr(text: str) -> str:
    return QCoreApplication.translate("engine", text)


def _fmt(value: float | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and math.isinf(value):
        return "∞" if value > 0 else "−∞"
    return f"{value:.5g}"


class InitTab(LabTab):
    """Histogram of an initialiser's weights with its theoretical density and statistics."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.worker = Worker(self)
        self.samples: list[InitSample] = []
        self.device, self.dtype = "auto", "float32"  # the toolbar's choice (set_compute)
        self._dtype_note = ""  # why the toolbar's precision is not used, if it is not
        self._drawn = ""  # how the histogram on screen was computed
        self._stale = False  # the toolbar changed while the tab was hidden
        self.histograms: list[Histogram] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.request)

        scroll = control_column(
            [self._build_init_box(), self._build_shape_box(), self._build_sampling_box(), self._build_compare_box()], 340
        )

        self.plot = new_plot_widget(bottom=self.tr("weight value"), left=self.tr("density"))
        self.plot.getPlotItem().hideButtons()
        self.legend = add_legend(self.plot.getPlotItem(), offset=(-10, 10), labelTextSize="11pt")
        self.hist_items = []
        self.pdf_items = []
        for index in range(2):
            colour = QColor(OKABE_ITO[index])
            fill = QColor(colour)
            fill.setAlpha(110 if index == 0 else 0)
            hist = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=fill, pen=pg.mkPen(colour, width=1.5))
            # the theory a darker shade of the histogram's colour: it stands out on the fill and on white
            pdf = pg.PlotDataItem(pen=pg.mkPen(colour.darker(160), width=3, style=Qt.PenStyle.DashLine), antialias=True)
            self.plot.addItem(hist)
            self.plot.addItem(pdf)
            self.hist_items.append(hist)
            self.pdf_items.append(pdf)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #D55E00; font-weight: bold;")
        self.message.hide()
        self.table = QTableWidget(6, 4)
        self.table.setVerticalHeaderLabels(
            [self.tr("mean"), self.tr("std"), self.tr("min"), self.tr("max"), self.tr("share of exact zeros"), self.tr("values")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFixedHeight(6 * 30 + 32)

        right = QVBoxLayout()
        right.addWidget(self.plot, 1)
        right.addWidget(self.message)
        right.addWidget(self.info)
        right.addWidget(self.table)
        layout = QHBoxLayout(self)
        layout.addWidget(scroll)
        layout.addLayout(right, 1)

        self.worker.done.connect(self._show)
        self.worker.failed.connect(self._show_error)
        self.worker.busy_changed.connect(self._busy)
        self._on_init_changed()
        self._update_shape_widgets()
        self.request()

    # ---- controls ---------------------------------------------------------------------------------------

    def _init_combo(self) -> QComboBox:
        combo = QComboBox()
        for entry in INITIALIZERS.values():
            combo.addItem(_engine_tr(entry.name), entry.id)
            combo.setItemData(combo.count() - 1, entry.torch_name, Qt.ItemDataRole.ToolTipRole)
        return combo

    def _build_init_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Initialiser"))
        layout = QVBoxLayout(box)
        self.init_combo = self._init_combo()
        self.init_combo.setCurrentIndex(self.init_combo.findData("kaiming_normal"))
        self.params = SliderParamPanel()
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.init_combo)
        layout.addWidget(self.params)
        layout.addWidget(self.formula)
        self.init_combo.currentIndexChanged.connect(self._on_init_changed)
        self.params.changed.connect(self.schedule)
        self.params.reset_requested.connect(lambda: self._reset(self.params))
        return box

    def _build_shape_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Weight shape"))
        form = QFormLayout(box)
        self.layer_combo = QComboBox()
        self.layer_combo.addItem(self.tr("Linear: (out, in)"), "linear")
        self.layer_combo.addItem(self.tr("Conv2d: (out, in, kh, kw)"), "conv2d")
        self.out_spin, self.in_spin = QSpinBox(), QSpinBox()
        self.kh_spin, self.kw_spin = QSpinBox(), QSpinBox()
        for spin, value, top in (
            (self.out_spin, 256, 100_000),
            (self.in_spin, 512, 100_000),
            (self.kh_spin, 3, 99),
            (self.kw_spin, 3, 99),
        ):
            spin.setRange(1, top)
            spin.setValue(value)
            spin.setGroupSeparatorShown(True)
            spin.valueChanged.connect(self._on_shape_changed)
        self.out_label, self.in_label = QLabel(), QLabel()
        self.kh_label, self.kw_label = QLabel(self.tr("kernel height")), QLabel(self.tr("kernel width"))
        self.count_label = QLabel()
        form.addRow(self.tr("layer"), self.layer_combo)
        form.addRow(self.out_label, self.out_spin)
        form.addRow(self.in_label, self.in_spin)
        form.addRow(self.kh_label, self.kh_spin)
        form.addRow(self.kw_label, self.kw_spin)
        form.addRow(self.count_label)
        self.layer_combo.currentIndexChanged.connect(self._on_shape_changed)
        return box

    def _build_sampling_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sampling"))
        form = QFormLayout(box)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2**31 - 1)
        self.bins_spin = QSpinBox()
        self.bins_spin.setRange(5, 1000)
        self.bins_spin.setValue(100)
        self.log_check = QCheckBox(self.tr("logarithmic density axis"))
        form.addRow(self.tr("seed"), self.seed_spin)
        form.addRow(self.tr("bins"), self.bins_spin)
        form.addRow(self.log_check)
        self.seed_spin.valueChanged.connect(self.schedule)
        self.bins_spin.valueChanged.connect(self.schedule)
        self.log_check.toggled.connect(self._on_log_toggled)
        return box

    def _build_compare_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Compare"))
        layout = QVBoxLayout(box)
        self.compare_check = QCheckBox(self.tr("overlay a second initialiser"))
        self.init2_combo = self._init_combo()
        self.init2_combo.setCurrentIndex(self.init2_combo.findData("xavier_normal"))
        self.params2 = SliderParamPanel(compact=True)  # the descriptions are the same as above
        layout.addWidget(self.compare_check)
        layout.addWidget(self.init2_combo)
        layout.addWidget(self.params2)
        self.compare_check.toggled.connect(self._on_compare_toggled)
        self.init2_combo.currentIndexChanged.connect(self._on_init2_changed)
        self.params2.changed.connect(self.schedule)
        self.params2.reset_requested.connect(lambda: self._reset(self.params2))
        self.params2.set_specs(get_initializer(self.init2_combo.currentData()).params)
        self._on_compare_toggled(False)
        return box

    # ---- state ------------------------------------------------------------------------------------------

    def init_id(self) -> str:
        return self.init_combo.currentData()

    def shape(self) -> tuple[int, ...]:
        dims = (self.out_spin.value(), self.in_spin.value())
        if self.layer_combo.currentData() == "conv2d":
            dims += (self.kh_spin.value(), self.kw_spin.value())
        return dims

    def select_init(self, init_id: str, params: dict | None = None) -> None:
        """Choose an initialiser (and parameters) as the user would."""
        self.init_combo.setCurrentIndex(self.init_combo.findData(init_id))
        if params:
            self.params.set_values(params)
            self.schedule()

    def _on_init_changed(self, *_) -> None:
        entry = get_initializer(self.init_id())
        self.params.set_specs(entry.params)
        self.formula.setText(
            f"<b>{_engine_tr(entry.formula)}</b><br><code>{entry.torch_name}</code><br>{_engine_tr(entry.notes)}"
        )
        rank = LAYER_RANKS[self.layer_combo.currentData()]
        if rank not in entry.ranks:  # eye needs a Linear weight, dirac a Conv one: switch for the user
            wanted = next((k for k, r in LAYER_RANKS.items() if r in entry.ranks), None)
            if wanted is not None:
                self.layer_combo.setCurrentIndex(self.layer_combo.findData(wanted))
        self.schedule()

    def _on_init2_changed(self, *_) -> None:
        self.params2.set_specs(get_initializer(self.init2_combo.currentData()).params)
        self.schedule()

    def _reset(self, panel: SliderParamPanel) -> None:
        panel.set_values({spec.name: spec.default for spec in panel.specs})
        self.schedule()

    def _on_compare_toggled(self, on: bool) -> None:
        self.init2_combo.setEnabled(on)
        self.params2.setEnabled(on)
        self.schedule()

    def _on_shape_changed(self, *_) -> None:
        self._update_shape_widgets()
        self.schedule()

    def _update_shape_widgets(self) -> None:
        conv = self.layer_combo.currentData() == "conv2d"
        self.out_label.setText(self.tr("out_channels") if conv else self.tr("out_features"))
        self.in_label.setText(self.tr("in_channels") if conv else self.tr("in_features"))
        for widget in (self.kh_label, self.kh_spin, self.kw_label, self.kw_spin):
            widget.setVisible(conv)
        count = math.prod(self.shape())
        text = self.tr("{0} values").format(f"{count:,}")
        if count > MAX_VALUES:
            text += " " + self.tr("(the most is {0})").format(f"{MAX_VALUES:,}")
        self.count_label.setText(text)

    def _on_log_toggled(self, on: bool) -> None:
        self.plot.setLogMode(y=on)
        for item in self.hist_items:
            item.setFillLevel(None if on else 0)
        self.plot.enableAutoRange()

    def set_compute(self, device: str, dtype: str) -> None:
        """Sample on ``device`` ("auto", "cpu", "cuda") in ``dtype``; a precision weights are not drawn in
        (float16, bfloat16) is refused with a message and the last one stays."""
        wanted = (device, dtype if dtype in SAMPLE_DTYPES else self.dtype)
        self._dtype_note = "" if dtype in SAMPLE_DTYPES else refused_dtype_text(dtype, SAMPLE_DTYPES, self.dtype)
        changed = wanted != (self.device, self.dtype)
        self.device, self.dtype = wanted
        self._announce()
        if changed:
            if self.isVisible():
                self.schedule()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.schedule()

    def schedule(self, *_) -> None:
        """Re-sample shortly (edits in quick succession coalesce into one run)."""
        self._debounce.start()

    # ---- running ----------------------------------------------------------------------------------------

    def request(self) -> None:
        """Validate the controls and sample in the background; errors show at once."""
        self._debounce.stop()
        shape = self.shape()
        requests = [(self.init_id(), self.params.values())]
        if self.compare_check.isChecked():
            requests.append((self.init2_combo.currentData(), self.params2.values()))
        panels = (self.params, self.params2)
        for panel in panels:
            panel.clear_engine_problem()
        for (init_id, params), panel in zip(requests, panels, strict=False):
            try:
                checked_init_params(init_id, params, shape)
            except EngineError as exc:
                panel.show_engine_problem(init_id, exc.field, exc.message)
                self._show_error(str(exc))
                return
        seed, bins = self.seed_spin.value(), self.bins_spin.value()
        device, dtype = self.device, self.dtype

        def job(progress, cancelled):
            samples = []
            for index, (init_id, params) in enumerate(requests):
                samples.append(sample(init_id, shape, params, seed=seed, device=device, dtype=dtype))
                progress(0.8 * (index + 1) / len(requests))
                check(cancelled)
            value_range = histogram_range(samples)
            return samples, [histogram(s, bins, value_range) for s in samples]

        self.worker.submit(job)

    def _busy(self, busy: bool) -> None:
        if busy:
            self.status.emit(self.tr("Sampling…"))

    def _show_error(self, message: str) -> None:
        self.message.setText(self.tr("Not drawn: {0}").format(message))
        self.message.show()
        self.status.emit(self.tr("Not drawn: {0}").format(message))

    def _show(self, result) -> None:
        self.samples, self.histograms = result
        self.message.hide()
        self.legend.clear()
        for index, (hist_item, pdf_item) in enumerate(zip(self.hist_items, self.pdf_items, strict=True)):
            if index >= len(self.samples):
                hist_item.setData([], [])
                pdf_item.setData([], [])
                continue
            s, h = self.samples[index], self.histograms[index]
            label = init_label(s)
            hist_item.setData(h.edges, h.density)
            self.legend.addItem(hist_item, self.tr("{0}: sample").format(label))
            grid = np.linspace(h.edges[0], h.edges[-1], PDF_POINTS)
            pdf = s.theory.pdf(grid)
            if pdf is None:
                pdf_item.setData([], [])
            else:
                pdf_item.setData(grid, pdf)
                self.legend.addItem(pdf_item, self.tr("{0}: theory").format(label))
        self.plot.enableAutoRange()
        self._fill_table()
        self._fill_info()
        first = self.samples[0]
        self._drawn = self.tr("Drew {0} weights, seed {1}: {2}").format(
            f"{first.count:,}", first.seed, placement_text(first.device, first.dtype, first.fallback_reason)
        )
        self._announce()

    def _announce(self) -> None:
        """Status: how the histogram on screen was computed, and why the toolbar's precision is not used."""
        parts = [text for text in (self._drawn, self._dtype_note) if text]
        if parts:
            self.status.emit(" · ".join(parts))

    def _fill_table(self) -> None:
        headers = []
        for s in self.samples:
            name = init_label(s)
            headers += [self.tr("{0}: sample").format(name), self.tr("{0}: theory").format(name)]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        for col, s in enumerate(self.samples):
            t = s.theory
            low = t.low if t.low is not None else -math.inf
            high = t.high if t.high is not None else math.inf
            rows = [
                (s.mean, t.mean),
                (s.std, t.std),
                (s.min, low),
                (s.max, high),
                (s.zero_fraction, t.zero_fraction),
                (s.count, None),
            ]
            for row, (measured, expected) in enumerate(rows):
                text = f"{measured:,}" if isinstance(measured, int) else _fmt(measured)
                self.table.setItem(row, 2 * col, QTableWidgetItem(text))
                self.table.setItem(row, 2 * col + 1, QTableWidgetItem(_fmt(expected) if row < 5 else ""))

    def _fill_info(self) -> None:
        lines = []
        for s in self.samples:
            entry = get_initializer(s.init)
            gain = ""
            if s.gain is not None:
                gain = self.tr(", gain = {0} ({1})").format(f"{s.gain:.4g}", entry.gain_formula(s.params))
            lines.append(
                self.tr("<b>{0}</b>: fan_in = {1}, fan_out = {2}{3}. {4}").format(
                    init_label(s), s.fan_in, s.fan_out, gain, _engine_tr(s.theory.note)
                )
            )
        self.info.setText("<br>".join(lines))

    # ---- LabTab -----------------------------------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Initialisation")

    def figure_spec(self) -> FigureSpec:
        if not self.samples:
            raise EngineError("init", "no histogram has been drawn yet")
        return init_figure(self.samples, self.histograms, log_y=self.log_check.isChecked())

    def self_test_steps(self):
        def every_initializer_draws():
            for init_id in INITIALIZERS:
                self.select_init(init_id)
                self.request()
                if not self.worker.wait_idle(60):
                    raise AssertionError(f"{init_id}: sampling did not finish")
                if not self.samples or self.samples[0].init != init_id:
                    raise AssertionError(f"{init_id}: no histogram drawn ({self.message.text()})")
                h = self.histograms[0]
                if int(h.counts.sum()) != math.prod(self.shape()):
                    raise AssertionError(f"{init_id}: histogram holds {h.counts.sum()} of {math.prod(self.shape())}")
                x, _ = self.hist_items[0].getData()
                if x is None or len(x) == 0:
                    raise AssertionError(f"{init_id}: histogram not plotted")
            self.select_init("kaiming_normal")
            self.layer_combo.setCurrentIndex(self.layer_combo.findData("linear"))

        def compare_overlays():
            self.compare_check.setChecked(True)
            self.request()
            try:
                if not self.worker.wait_idle(60) or len(self.samples) != 2:
                    raise AssertionError("compare mode did not draw two histograms")
                if not np.array_equal(self.histograms[0].edges, self.histograms[1].edges):
                    raise AssertionError("overlaid histograms do not share their bins")
            finally:
                self.compare_check.setChecked(False)
                self.request()
                self.worker.wait_idle(60)

        return [
            (self.tr("initialisation: every initialiser draws its histogram"), every_initializer_draws),
            (self.tr("initialisation: compare mode overlays two initialisers"), compare_overlays),
        ]
