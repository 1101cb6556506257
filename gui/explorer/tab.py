"""The activation explorer: the catalogue, parameter widgets, live f / f′ / f″ plots,
overlays for comparison, a cursor readout, teaching marks, notes and the vector view.

Everything shown is generated from :data:`engine.ACTIVATIONS` and computed by
:func:`engine.evaluate` / :mod:`engine.analysis`; this module only wires widgets
to those calls and puts the arrays into plot items created once per curve.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from superqt import QFlowLayout
from superqt.utils import qdebounced, qthrottled, signals_blocked

import engine
from engine import analysis
from engine.errors import EngineError
from engine.evaluate import checked_params
from gui.common.engine_text import engine_tr, format_value
from gui.common.param_panel import PROBLEM_STYLE, SliderParamPanel
from gui.common.tabs import LabTab
from gui.explorer.catalogue import ActivationList, CurveList
from gui.explorer.notes import NotesPanel, describe_spans
from gui.explorer.plots import LINE_ROWS, CurveItems, StackedPlots
from gui.explorer.vector_view import VectorView
from gui.figures.builders import activation_figure, display_labels, vector_figure
from gui.figures.palette import color
from gui.figures.spec import FigureSpec, Panel, Series

log = logging.getLogger("activation_lab")

DEFAULT_X_RANGE = (-6.0, 6.0)
DEFAULT_POINTS = 2001
MAX_GUI_POINTS = 100_001  # beyond this the lines take longer to draw than a drag step
DEFAULT_EPS = 0.01
REPLOT_MS = 16  # coalesce slider storms to at most one replot per frame
NOTES_MS = 150  # notes (max |f′| on a fine grid) follow a drag a little later
SETTLE_MS = 200  # after the last change of a drag, redraw the lines antialiased
LABEL_MS = 125  # during a drag the legend's and the readout's numbers change at most 8 times a second


class LabelBox(QWidget):
    """A QLabel in a box of its own that lays it out by hand.

    A QLabel asks its parent's layout to lay the window out again on every ``setText``
    (≈ 3 ms here, on every slider step, for the readout). The box has no layout, so
    the request stops there; the box's own height is set by its owner.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())


@dataclass
class PlottedCurve:
    """One overlaid curve: its activation, its own parameter values, its plot items."""

    activation: str
    params: dict
    slot: int  # palette index, stable while the curve lives
    items: CurveItems
    curve: engine.Curve | None = None  # the last good result
    dirty: bool = True
    show_gap: bool = False  # GELU: draw exact − tanh
    kinks: list = field(default_factory=list)
    spans: list = field(default_factory=list)
    gap: tuple | None = None


class ExplorerTab(LabTab):
    """The main tab: overlay activations and read f, f′ and f″.

    Public API (used by tests, ``--self-test`` and the benchmarks):

    - ``add_curve(activation_id, params=None) -> int``: overlay a curve, return its index
      (EngineError for a vector activation or invalid parameters).
    - ``remove_curve(index)``, ``clear_curves()``.
    - ``set_param(index, name, value) -> None``: the path the widgets take (validated by
      the engine, then re-plotted synchronously); a refused value shows its reason under
      the widget and in the status bar and the last good curve stays.
    - ``curve_items() -> list[list[PlotDataItem]]``: per plot (f, f′, f″) the line of
      each curve, in curve order.
    - ``set_x_range(x_min, x_max)``, ``set_points(n)`` (default 2001), ``set_show_second(bool)``,
      ``set_eps(eps)``, ``set_compute(device, dtype)``, ``set_log_df(bool)``.
    - ``readout_at(x) -> str``: moves the cursor to x and returns the readout text
      (x, then f, f′, f″ of every visible curve, engine values at exactly x).
    - signal ``plotted``: emitted after the curve items received new data.

    Widget edits reach ``set_param`` through a ``qthrottled`` replot, so a slider
    drag redraws at most once per frame and never lags behind the pointer.
    """

    plotted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.curves: list[PlottedCurve] = []
        self.current = -1
        self.x_min, self.x_max = DEFAULT_X_RANGE
        self.points = DEFAULT_POINTS
        self.show_second = True
        self.eps = DEFAULT_EPS
        self.show_saturation = True
        self.show_marks = True
        self.log_df = False
        self.device, self.dtype = "auto", "float32"
        self.cursor_x: float | None = None
        self.param_panel: SliderParamPanel | None = None
        self.last_error = ""
        self.special_label: QLabel | None = None
        self.resample_button: QPushButton | None = None
        self.gap_check: QCheckBox | None = None

        self._build_widgets()
        self._replot_throttled = qthrottled(self._replot, timeout=REPLOT_MS, leading=True)
        self._notes_debounced = qdebounced(self._update_notes, timeout=NOTES_MS)
        self._view_range_debounced = qdebounced(self._view_range_settled, timeout=120)
        self._settle_debounced = qdebounced(self._settle, timeout=SETTLE_MS)
        self._texts_throttled = qthrottled(self._refresh_texts, timeout=LABEL_MS, leading=True)
        self._live = False  # True during a burst of changes: lines drawn without antialiasing
        self.plots.set_x_range(self.x_min, self.x_max)
        self.add_curve("relu")

    # ================================================================== layout
    def _build_widgets(self) -> None:
        self.catalogue = ActivationList()
        self.curve_list = CurveList()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.catalogue, 3)
        left_layout.addWidget(QLabel(self.tr("Plotted curves")))
        left_layout.addWidget(self.curve_list, 1)

        self.plots = StackedPlots()
        self.readout_box = LabelBox(self.tr("Move the mouse over the plots to read f, f′ and f″."))
        self.readout = self.readout_box.label
        self.readout.setTextFormat(Qt.TextFormat.RichText)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.readout.font()
        font.setPointSize(font.pointSize() + 1)
        self.readout.setFont(font)
        curve_page = QWidget()
        page_layout = QVBoxLayout(curve_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self._build_controls())
        self.range_problem = QLabel()
        self.range_problem.setStyleSheet(PROBLEM_STYLE)
        self.range_problem.hide()
        page_layout.addWidget(self.range_problem)
        page_layout.addWidget(self.plots, 1)
        page_layout.addWidget(self.readout_box)
        self.vector_view = VectorView()
        self.stack = QStackedWidget()
        self.stack.addWidget(curve_page)
        self.stack.addWidget(self.vector_view)

        self.param_group = QGroupBox(self.tr("Parameters"))
        self.param_layout = QVBoxLayout(self.param_group)
        self.param_hint = QLabel()
        self.param_hint.setWordWrap(True)
        self.param_layout.addWidget(self.param_hint)
        self.special_box = QWidget()
        self.special_layout = QVBoxLayout(self.special_box)
        self.special_layout.setContentsMargins(0, 6, 0, 0)
        self.param_layout.addWidget(self.special_box)
        self.param_layout.addStretch(1)
        self.notes = NotesPanel()
        right = QSplitter(Qt.Orientation.Vertical)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.param_group)
        self.param_scroll = scroll
        right.addWidget(scroll)
        right.addWidget(self.notes)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setSizes([230, 600])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 760, 380])
        self.splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.catalogue.toggled.connect(self._catalogue_toggled)
        self.catalogue.selected.connect(self._catalogue_selected)
        self.curve_list.current_changed.connect(self._select_curve)
        self.curve_list.duplicate_requested.connect(self._duplicate)
        self.curve_list.remove_requested.connect(self.remove_curve)
        self.curve_list.clear_requested.connect(self.clear_curves)
        self.plots.cursor_moved.connect(self._cursor_moved)
        self.plots.x_range_changed.connect(lambda lo, hi: self._view_range_debounced(lo, hi))
        self.vector_view.status.connect(self._announce)
        self.vector_view.computed.connect(self._vector_computed)

    def _build_controls(self) -> QWidget:
        """The row above the plots (wraps onto a second line in a narrow window)."""
        controls = QWidget()
        flow = QFlowLayout(controls)
        flow.setContentsMargins(6, 4, 6, 0)
        self.x_min_spin = self._range_spin(self.x_min)
        self.x_max_spin = self._range_spin(self.x_max)
        self.points_spin = QSpinBox()
        self.points_spin.setRange(2, MAX_GUI_POINTS)
        self.points_spin.setGroupSeparatorShown(True)
        self.points_spin.setValue(self.points)
        self.points_spin.setToolTip(self.tr("Number of evenly spaced x values (torch.linspace)"))
        self.second_check = QCheckBox(self.tr("f″"))
        self.second_check.setChecked(True)
        self.second_check.setToolTip(self.tr("Show the second derivative"))
        self.saturation_check = QCheckBox(self.tr("shade |f′| < ε, ε ="))
        self.saturation_check.setChecked(True)
        self.saturation_check.setToolTip(
            self.tr("Shade where the selected curve's gradient almost vanishes (saturation, dead zone)")
        )
        self.eps_spin = QDoubleSpinBox()
        self.eps_spin.setDecimals(4)
        self.eps_spin.setRange(0.0001, 1.0)
        self.eps_spin.setSingleStep(0.005)
        self.eps_spin.setValue(self.eps)
        self.marks_check = QCheckBox(self.tr("kinks && bounds"))
        self.marks_check.setChecked(True)
        self.marks_check.setToolTip(
            self.tr(
                "Mark where f is not differentiable (filled: the value autograd uses; "
                "open: the one-sided limits) and the bounds of the output range"
            )
        )
        self.log_check = QCheckBox(self.tr("log |f′|"))
        self.log_check.setToolTip(self.tr("|f′| on a log axis: shows how precision runs out in the tails"))
        reset = QPushButton(self.tr("Reset view"))
        reset.setToolTip(self.tr("Back to x from {0:g} to {1:g}").format(*DEFAULT_X_RANGE))
        groups = (
            (QLabel(self.tr("x from")), self.x_min_spin, QLabel(self.tr("to")), self.x_max_spin),
            (QLabel(self.tr("points")), self.points_spin),
            (self.second_check,),
            (self.saturation_check, self.eps_spin),
            (self.marks_check,),
            (self.log_check,),
            (reset,),
        )
        for widgets in groups:
            group = QWidget()
            box = QHBoxLayout(group)
            box.setContentsMargins(0, 0, 8, 0)
            for widget in widgets:
                box.addWidget(widget)
            flow.addWidget(group)
        self.x_min_spin.valueChanged.connect(lambda v: self._range_typed())
        self.x_max_spin.valueChanged.connect(lambda v: self._range_typed())
        self.points_spin.valueChanged.connect(self.set_points)
        self.second_check.toggled.connect(self.set_show_second)
        self.saturation_check.toggled.connect(self._set_show_saturation)
        self.eps_spin.valueChanged.connect(self.set_eps)
        self.marks_check.toggled.connect(self._set_show_marks)
        self.log_check.toggled.connect(self.set_log_df)
        reset.clicked.connect(lambda: self.set_x_range(*DEFAULT_X_RANGE))
        return controls

    def _range_spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(-1e6, 1e6)
        spin.setDecimals(3)
        spin.setSingleStep(0.5)
        spin.setKeyboardTracking(False)
        spin.setValue(value)
        return spin

    # ================================================================== LabTab
    def title(self) -> str:
        return self.tr("Activations")

    def figure_spec(self) -> FigureSpec:
        if self.stack.currentWidget() is self.vector_view and self.vector_view.result is not None:
            return vector_figure(self.vector_view.result)
        shown = [p for p in self.curves if p.curve is not None and p.items.is_visible()]
        selected = [p for p in shown if self._is_current(p)]
        bands = selected[0].spans if selected and self.show_saturation else []
        vlines = sorted({k.x for p in shown for k in p.kinks}) if self.show_marks else []
        hlines = sorted({b for p in shown for b in self._bounds(p)}) if self.show_marks else []
        extra = []
        gaps = [p for p in shown if p.gap is not None]
        if gaps:
            series = []
            for p in gaps:
                x, dfx, ddf = p.gap
                series.append(Series(self.tr("Δf (exact − tanh)"), x, dfx, color=p.slot))
                series.append(Series(self.tr("Δf′ (exact − tanh)"), x, ddf, color=p.slot, dashed=True))
            extra.append(
                Panel(
                    self.tr("GELU: exact − tanh approximation"),
                    "x",
                    self.tr("difference"),
                    series=series,
                    x_range=(self.x_min, self.x_max),
                )
            )
        return activation_figure(
            [p.curve for p in shown],
            [self._labels()[self.curves.index(p)] for p in shown],
            self.show_second,
            [p.slot for p in shown],
            bands=bands,
            band_color=selected[0].slot if bands else None,
            vlines=vlines,
            hlines=hlines,
            log_df=self.log_df,
            x_range=(self.x_min, self.x_max),
            extra_panels=extra,
        )

    # ================================================================== public API
    def add_curve(self, activation_id: str, params: dict | None = None) -> int:
        """Overlay ``activation_id`` with ``params`` (defaults for the rest); returns its index."""
        act = engine.get_activation(activation_id)
        if act.vector:
            raise EngineError("activation", f"{act.id} acts on a whole vector: it has a vector view, not a curve")
        values = checked_params(act, params)
        used = {p.slot for p in self.curves}
        slot = next(i for i in range(len(self.curves) + 1) if i not in used)
        items = CurveItems(self.plots, color(slot), engine_tr(act.name), z=len(self.curves))
        self.curves.append(PlottedCurve(act.id, values, slot, items))
        index = len(self.curves) - 1
        self.catalogue.set_checked(act.id, True)
        self._replot()
        self._select_curve(index)
        return index

    def remove_curve(self, index: int) -> None:
        """Take curve ``index`` off the plots."""
        plotted = self.curves.pop(index)
        plotted.items.remove()
        if not any(p.activation == plotted.activation for p in self.curves):
            self.catalogue.set_checked(plotted.activation, False)
        self._relabel()
        self._select_curve(min(index, len(self.curves) - 1))
        self._refresh_readout()
        self.plotted.emit()

    def clear_curves(self) -> None:
        """Remove every curve."""
        while self.curves:
            self.remove_curve(len(self.curves) - 1)

    def set_param(self, index: int, name: str, value) -> None:
        """Set one parameter of curve ``index`` and re-plot (IndexError for a bad index)."""
        if self._store_param(index, name, value):
            self._go_live()
            self._replot()

    def curve_items(self) -> list[list]:
        """Per plot (f, f′, f″) the PlotDataItem of each curve, in curve order."""
        return [[p.items.lines[row] for p in self.curves] for row in ("f", "df", "d2f")]

    def set_x_range(self, x_min: float, x_max: float) -> None:
        """Plot [x_min, x_max]; an empty range is refused with a visible reason."""
        if not self._apply_range(x_min, x_max):
            return
        self.plots.set_x_range(self.x_min, self.x_max)
        self._replot()

    def set_points(self, n: int) -> None:
        if not 2 <= int(n) <= MAX_GUI_POINTS:
            self._report(self.tr("points must be between 2 and {0}").format(f"{MAX_GUI_POINTS:,}"))
            return
        self.points = int(n)
        with signals_blocked(self.points_spin):
            self.points_spin.setValue(self.points)
        self._mark_all_dirty()
        self._replot()

    def set_show_second(self, show: bool) -> None:
        self.show_second = bool(show)
        with signals_blocked(self.second_check):
            self.second_check.setChecked(self.show_second)
        self.plots.set_row_visible("d2f", self.show_second)
        if self.show_second:
            self._mark_all_dirty()
            self._replot()

    def set_eps(self, eps: float) -> None:
        """ε for the saturation shading (|f′| < ε)."""
        self.eps = float(eps)
        with signals_blocked(self.eps_spin):
            self.eps_spin.setValue(self.eps)
        self._update_all_marks()
        self._notes_debounced()

    def set_log_df(self, log: bool) -> None:
        self.log_df = bool(log)
        with signals_blocked(self.log_check):
            self.log_check.setChecked(self.log_df)
        self.plots.set_log_df(self.log_df)
        for p in self.curves:
            self._apply(p)
        self.plotted.emit()

    def set_compute(self, device: str, dtype: str) -> None:
        """Compute on ``device`` ("auto", "cpu", "cuda") in ``dtype``; re-plots everything."""
        self.device, self.dtype = device, dtype
        self.vector_view.set_compute(device, dtype)
        self._mark_all_dirty()
        self._replot()

    def readout_at(self, x: float) -> str:
        """Move the cursor to ``x`` and return the readout text (engine values at exactly x)."""
        self.cursor_x = float(x)
        self.plots.set_cursor(self.cursor_x)
        rows = self._readout_rows(self.cursor_x)
        self._set_readout(self._readout_html(self.cursor_x, rows))
        return self._readout_text(self.cursor_x, rows)

    # ================================================================== computing
    def _store_param(self, index: int, name: str, value) -> bool:
        plotted = self.curves[index]
        act = engine.get_activation(plotted.activation)
        try:
            values = checked_params(act, {**plotted.params, name: value})
        except EngineError as exc:
            if index == self.current and self.param_panel is not None:
                self.param_panel.set_values(plotted.params)  # back to the last good value
                self.param_panel.show_problem(name, exc.message)
            self._report(self.tr("{0}: {1} — keeping the last good curve").format(engine_tr(act.name), exc.message))
            return False
        if index == self.current and self.param_panel is not None:
            self.param_panel.show_problem(name, "")
        plotted.params = values
        plotted.dirty = True
        if self._live:  # a drag: the texts follow a few times a second, and exactly at the end
            self._texts_throttled()
        else:
            self._relabel()
        if index == self.current:
            self._refresh_special()
            self._notes_debounced()
        return True

    def _mark_all_dirty(self) -> None:
        for p in self.curves:
            p.dirty = True

    def _evaluate(self, plotted: PlottedCurve) -> bool:
        try:
            plotted.curve = engine.evaluate(
                plotted.activation,
                plotted.params,
                self.x_min,
                self.x_max,
                self.points,
                order=2 if self.show_second else 1,
                device=self.device,
                dtype=self.dtype,
            )
        except (EngineError, RuntimeError) as exc:
            name = engine_tr(engine.get_activation(plotted.activation).name)
            self._report(self.tr("{0} cannot be computed: {1} — keeping the last good curve").format(name, exc))
            return False
        plotted.dirty = False
        return True

    def _replot(self) -> None:
        """Evaluate every changed curve, put the arrays into its items, emit ``plotted``."""
        ok = True
        for p in self.curves:
            if p.dirty:
                ok = self._evaluate(p) and ok
                self._apply(p)
        if self._live:
            self._widen_y()
            self._texts_throttled()
        else:
            self._refresh_readout()
        if ok:
            self._report_placement()
        self.plotted.emit()

    def _apply(self, p: PlottedCurve) -> None:
        if p.curve is None:
            return
        c = p.curve
        p.items.set_data(c.x, c.f, c.df, c.d2f, log_df=self.log_df, live=self._live)
        self._update_marks(p)

    def _go_live(self) -> None:
        """A change in a burst (drag, typing, pan): draw fast now, smooth once it settles."""
        if not self._live:
            self._live = True
            for p in self.curves:
                p.items.set_live(True)
            self.plots.set_live_y(True, ("f", "d2f") if self.log_df else LINE_ROWS)
        self._settle_debounced()

    def _settle(self) -> None:
        self._live = False
        self._texts_throttled.cancel()
        self._refresh_texts()
        for p in self.curves:
            p.items.set_live(False)
        self.plots.set_live_y(False)  # pyqtgraph fits y tightly again

    def _refresh_texts(self) -> None:
        """Legend, curve list and readout table. Laying out their (rich) text costs more than drawing
        the curves, and numbers changing 60 times a second cannot be read: during a drag they follow
        at most every LABEL_MS."""
        self._relabel()
        self._refresh_readout()

    def _widen_y(self) -> None:
        """While live the y axes only widen to what the curves need (they do not jitter during a drag)."""
        shown = [p.items for p in self.curves if p.items.is_visible()]
        for row in LINE_ROWS:
            bounds = [b for b in (items.y_bounds(row) for items in shown) if b is not None]
            if bounds:
                self.plots.widen_y(row, (min(b[0] for b in bounds), max(b[1] for b in bounds)))

    def _update_all_marks(self) -> None:
        for p in self.curves:
            self._update_marks(p)

    def _update_marks(self, p: PlottedCurve) -> None:
        c = p.curve
        if c is None:
            return
        act = engine.get_activation(p.activation)
        lo, hi = float(c.x[0]), float(c.x[-1])
        kinks = [k for k in act.kinks(p.params) if lo <= k <= hi]
        p.spans = analysis.saturation_spans(c.x, c.df, self.eps, kinks) if self.show_saturation else []
        p.items.set_saturation(p.spans if self._is_current(p) else [])
        p.kinks = []
        if self.show_marks:
            try:
                p.kinks = analysis.kink_marks(act.id, p.params, lo, hi, self.device, self.dtype)
            except (EngineError, RuntimeError) as exc:
                log.info("no kink marks for %s: %s", act.id, exc)
        p.items.set_kink_labels(self._is_current(p) and not self.log_df)
        p.items.set_kinks(p.kinks, self.tr("autograd: f′({x}) = {value}"), on_df=not self.log_df)
        p.items.set_bounds(self._bounds(p) if self.show_marks else [])
        band = None
        p.items.set_samples(act.id == "rrelu" and bool(p.params.get("training")))
        if act.id == "rrelu" and p.params.get("training"):
            band = analysis.random_slope_band(p.params, lo, hi, c.x.size, self.device, self.dtype)
        p.items.set_band(band, log_df=self.log_df)
        if self.log_df and "df" in p.items.band:
            p.items.band["df"][2].hide()
        p.gap = None
        if act.id == "gelu" and p.show_gap:
            p.gap = analysis.approximation_gap(
                "gelu", p.params, "approximate", "none", "tanh", lo, hi, c.x.size, self.device, self.dtype
            )
        p.items.set_gap(p.gap)
        self.plots.set_row_visible("gap", any(q.gap is not None for q in self.curves))

    def _is_current(self, p: PlottedCurve) -> bool:
        return 0 <= self.current < len(self.curves) and self.curves[self.current] is p

    def _emphasise_current(self) -> None:
        """Shading and kink labels belong to the selected curve (several at once are unreadable)."""
        for p in self.curves:
            p.items.set_saturation(p.spans if self._is_current(p) else [])
            p.items.set_kink_labels(self._is_current(p) and not self.log_df)

    def _bounds(self, p: PlottedCurve) -> list[float]:
        act = engine.get_activation(p.activation)
        return [b for b in act.bounds(p.params) if b is not None]

    # ================================================================== labels, status
    def _labels(self) -> list[str]:
        return display_labels([(p.activation, p.params) for p in self.curves], engine_tr)

    def _relabel(self) -> None:
        """Legend and curve list follow the labels (parameter values); untouched when nothing changed."""
        labels = self._labels()
        rows = [(label, color(p.slot)) for p, label in zip(self.curves, labels, strict=True)]
        current = self.current if self.current < len(self.curves) else -1
        if (rows, current) == getattr(self, "_shown_rows", None):
            return
        self._shown_rows = (rows, current)
        for p, label in zip(self.curves, labels, strict=True):
            p.items.set_label(label)
        self.curve_list.set_rows(rows, current)
        self._fit_readout()

    def _report(self, message: str) -> None:
        self.last_error = message
        self._announce(message)

    def _announce(self, message: str) -> None:
        self._last_status = message
        self.status.emit(message)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._sized and self.width() > 600:
            self._sized = True
            w = self.width()
            self.splitter.setSizes([int(w * 0.16), int(w * 0.56), int(w * 0.28)])

    def _report_placement(self) -> None:
        done = [p.curve for p in self.curves if p.curve is not None]
        if not done:
            self._announce(self.tr("No curve plotted: check an activation in the list."))
            return
        first = done[0]
        message = self.tr("{0} curve(s) × {1} points computed on {2} in {3}").format(
            len(done), f"{self.points:,}", first.device.upper(), first.dtype
        )
        reasons = sorted({c.fallback_reason for c in done if c.fallback_reason})
        if reasons:
            message += " — " + "; ".join(reasons)
        notes = sorted(
            {
                f"{engine_tr(engine.get_activation(c.activation).name)}: {c.d2f_method}"
                for c in done
                if c.d2f is not None and not c.d2f_method.startswith("autograd")
            }
        )
        if notes:
            message += " · " + "; ".join(notes)
        self.last_error = ""
        self._announce(message)

    # ================================================================== readout
    def _readout_rows(self, x: float) -> list[tuple[PlottedCurve, tuple | None]]:
        rows = []
        for p in self.curves:
            if not p.items.is_visible():
                continue
            try:
                c = engine.evaluate(
                    p.activation, p.params, order=2 if self.show_second else 1, device=self.device, dtype=self.dtype, x=[x]
                )
                rows.append((p, (c.f[0], c.df[0], None if c.d2f is None else c.d2f[0])))
            except (EngineError, RuntimeError):
                rows.append((p, None))
        return rows

    def _readout_text(self, x: float, rows) -> str:
        labels = self._labels()
        lines = [f"x = {x:.6g}"]
        for p, values in rows:
            name = labels[self.curves.index(p)]
            if values is None:
                lines.append(f"{name}: —")
                continue
            f, df, d2f = values
            parts = [f"f = {f:.6g}", f"f′ = {df:.6g}"] + ([f"f″ = {d2f:.6g}"] if d2f is not None else [])
            lines.append(f"{name}: " + ", ".join(parts))
        return "\n".join(lines)

    def _readout_html(self, x: float | None, rows) -> str:
        labels = self._labels()
        where = self.tr("move the mouse over the plots") if x is None else f"x = {x:.6g}"
        head = (
            f"<tr><td><b>{where}</b></td><td align='right'>&nbsp;f&nbsp;</td>"
            f"<td align='right'>&nbsp;f′&nbsp;</td>"
            + ("<td align='right'>&nbsp;f″&nbsp;</td>" if self.show_second else "")
            + "</tr>"
        )
        body = []
        for p, values in rows:
            name = html.escape(labels[self.curves.index(p)])
            cells = ["—"] * (3 if self.show_second else 2) if values is None else [f"{v:.6g}" for v in values if v is not None]
            body.append(
                f"<tr><td><span style='color:{color(p.slot)}'>■</span> {name}</td>"
                + "".join(f"<td align='right'>&nbsp;{c}&nbsp;</td>" for c in cells)
                + "</tr>"
            )
        return f"<table cellspacing='0'>{head}{''.join(body)}</table>"

    def _fit_readout(self) -> None:
        """A fixed height for the readout table (one line per curve), so moving the mouse never relayouts."""
        rows = sum(1 for p in self.curves if p.items.is_visible()) + 1
        height = self.readout.fontMetrics().lineSpacing() * rows + 8
        if height != self.readout_box.minimumHeight() or height != self.readout_box.maximumHeight():
            self.readout_box.setFixedHeight(height)

    def _set_readout(self, text: str) -> None:
        if text != self.readout.text():  # a new text re-lays out the page
            self.readout.setText(text)

    def _refresh_readout(self) -> None:
        """Re-read at the cursor; without one, lay the table out empty so the plots do not jump later."""
        self._fit_readout()
        if self.cursor_x is not None:
            self.readout_at(self.cursor_x)
        elif self.curves:
            rows = [(p, None) for p in self.curves if p.items.is_visible()]
            self._set_readout(self._readout_html(None, rows))

    def _cursor_moved(self, x: float) -> None:
        self.readout_at(x)

    # ================================================================== selection
    def _catalogue_toggled(self, activation_id: str, checked: bool) -> None:
        if checked:
            self.add_curve(activation_id)
        else:
            for i in reversed(range(len(self.curves))):
                if self.curves[i].activation == activation_id:
                    self.remove_curve(i)

    def _catalogue_selected(self, activation_id: str) -> None:
        act = engine.get_activation(activation_id)
        if act.vector:
            self.stack.setCurrentWidget(self.vector_view)
            if self.vector_view.activation_id != act.id or self.vector_view.result is None:
                self.vector_view.set_activation(act.id)
            else:
                self.vector_view.recompute()
            self._show_params(None, "")
            self.param_scroll.hide()
            self.notes.show_activation(act.id, self.vector_view.params)
            return
        self.stack.setCurrentIndex(0)
        self.param_scroll.show()
        matching = [i for i, p in enumerate(self.curves) if p.activation == act.id]
        if matching:
            if self.current not in matching:
                self._select_curve(matching[0])
            else:
                self._select_curve(self.current)
            return
        self._show_params(
            None, self.tr("Tick {0} in the list to plot it; then its parameters appear here.").format(engine_tr(act.name))
        )
        self.notes.show_activation(act.id, checked_params(act, {}), analysis.max_abs_derivative(act.id, {}))

    def _vector_computed(self) -> None:
        if self.stack.currentWidget() is self.vector_view:
            self.notes.show_activation(self.vector_view.activation_id, self.vector_view.params)

    def _select_curve(self, index: int) -> None:
        self.current = index
        self._relabel()
        self._emphasise_current()
        if not 0 <= index < len(self.curves):
            self._show_params(None, self.tr("No curve selected."))
            return
        self.stack.setCurrentIndex(0)
        self.param_scroll.show()
        p = self.curves[index]
        self.catalogue.select(p.activation, notify=False)
        act = engine.get_activation(p.activation)
        self._show_params(act, self.tr("{0}, curve {1}").format(engine_tr(act.name), index + 1))
        self._update_notes()

    def _show_params(self, act, hint: str) -> None:
        if self.param_panel is not None:
            self.param_layout.removeWidget(self.param_panel)
            self.param_panel.deleteLater()
            self.param_panel = None
        self.param_hint.setText(hint)
        if act is not None:
            p = self.curves[self.current]
            self.param_panel = SliderParamPanel(act.params, p.params)
            self.param_panel.changed.connect(self._param_edited)
            self.param_panel.reset_requested.connect(self._reset_current)
            self.param_layout.insertWidget(1, self.param_panel)
        self._update_special()

    def _param_edited(self, name: str, value) -> None:
        if 0 <= self.current < len(self.curves) and self._store_param(self.current, name, value):
            self._go_live()
            self._replot_throttled()

    def _reset_current(self) -> None:
        if not 0 <= self.current < len(self.curves):
            return
        p = self.curves[self.current]
        p.params = checked_params(engine.get_activation(p.activation), {})
        p.dirty = True
        if self.param_panel is not None:
            self.param_panel.set_values(p.params)
        self._relabel()
        self._update_special()
        self._replot()
        self._update_notes()

    def _duplicate(self, index: int) -> None:
        p = self.curves[index]
        new = self.add_curve(p.activation, dict(p.params))
        self.curves[new].show_gap = p.show_gap

    def _update_notes(self) -> None:
        if not 0 <= self.current < len(self.curves) or self.stack.currentWidget() is self.vector_view:
            return
        p = self.curves[self.current]
        # RReLU's training draws are random; its largest |f′| is the same as in eval mode
        params = {**p.params, "training": False} if p.activation == "rrelu" else p.params
        extremum = analysis.max_abs_derivative(p.activation, params)
        saturation = describe_spans(p.spans, self.x_min, self.x_max) if self.show_saturation else None
        extra = []
        if p.gap is not None:
            x, dfx, _ = p.gap
            k = int(np.argmax(np.abs(dfx)))
            extra.append((self.tr("max |exact − tanh|"), self.tr("{0:.3g} at x = {1:.4g}").format(abs(dfx[k]), x[k])))
        self.notes.show_activation(p.activation, p.params, extremum, saturation, extra)

    # ================================================================== special cases
    def _update_special(self) -> None:
        """Controls for the special cases of the selected curve (RReLU's randomness, GELU's tanh form)."""
        while self.special_layout.count():
            item = self.special_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.special_label = self.resample_button = self.gap_check = None
        if not 0 <= self.current < len(self.curves) or self.param_panel is None:
            return
        p = self.curves[self.current]
        if p.activation == "rrelu":
            self.special_label = QLabel()
            self.special_label.setWordWrap(True)
            self.resample_button = QPushButton(self.tr("Resample slopes"))
            self.resample_button.clicked.connect(self._resample)
            self.special_layout.addWidget(self.special_label)
            self.special_layout.addWidget(self.resample_button)
        elif p.activation == "gelu":
            self.gap_check = QCheckBox(self.tr("Show exact − tanh approximation"))
            self.gap_check.setChecked(p.show_gap)
            self.gap_check.toggled.connect(self._toggle_gap)
            self.special_layout.addWidget(self.gap_check)
        self._refresh_special()

    def _refresh_special(self) -> None:
        if self.special_label is None or not 0 <= self.current < len(self.curves):
            return
        p = self.curves[self.current]
        if p.params["training"]:
            text = self.tr(
                "Training mode: every x draws its own slope from U({0}, {1}); the shaded band holds every possible draw."
            ).format(format_value(p.params["lower"]), format_value(p.params["upper"]))
        else:
            text = self.tr("Eval mode: one fixed slope (lower + upper) / 2 = {0}.").format(
                format_value((p.params["lower"] + p.params["upper"]) / 2)
            )
        self.special_label.setText(text)
        self.resample_button.setEnabled(bool(p.params["training"]))

    def _resample(self) -> None:
        if 0 <= self.current < len(self.curves):
            self.curves[self.current].dirty = True
            self._replot()

    def _toggle_gap(self, show: bool) -> None:
        if 0 <= self.current < len(self.curves):
            p = self.curves[self.current]
            p.show_gap = bool(show)
            self._update_marks(p)
            self._update_notes()
            self.plotted.emit()

    # ================================================================== x range
    def _apply_range(self, x_min: float, x_max: float) -> bool:
        if not (np.isfinite(x_min) and np.isfinite(x_max)) or x_min >= x_max:
            self.range_problem.setText(
                self.tr("x from ({0:g}) must be below x to ({1:g}); the plot keeps [{2:g}, {3:g}]").format(
                    x_min, x_max, self.x_min, self.x_max
                )
            )
            self.range_problem.show()
            with signals_blocked(self.x_min_spin), signals_blocked(self.x_max_spin):
                self.x_min_spin.setValue(self.x_min)
                self.x_max_spin.setValue(self.x_max)
            return False
        self.range_problem.hide()
        self.x_min, self.x_max = float(x_min), float(x_max)
        with signals_blocked(self.x_min_spin), signals_blocked(self.x_max_spin):
            self.x_min_spin.setValue(self.x_min)
            self.x_max_spin.setValue(self.x_max)
        self._mark_all_dirty()
        return True

    def _range_typed(self) -> None:
        self.set_x_range(self.x_min_spin.value(), self.x_max_spin.value())

    def _view_range_settled(self, lo: float, hi: float) -> None:
        """The user panned or zoomed: recompute over what is now visible."""
        width = hi - lo
        if abs(lo - self.x_min) <= 1e-9 * width and abs(hi - self.x_max) <= 1e-9 * width:
            return
        if self._apply_range(lo, hi):
            self._go_live()
            self._replot()
            self._notes_debounced()

    def _set_show_saturation(self, show: bool) -> None:
        self.show_saturation = bool(show)
        self._update_all_marks()
        self._notes_debounced()

    def _set_show_marks(self, show: bool) -> None:
        self.show_marks = bool(show)
        self._update_all_marks()

    # ================================================================== self-test
    def self_test_steps(self):
        def overlay():
            self.clear_curves()
            for act_id in ("relu", "sigmoid", "tanh", "gelu"):
                item = self.catalogue.items[act_id]
                item.setCheckState(0, Qt.CheckState.Checked)  # as a click on the check box does
            rows = self.curve_items()
            if [len(r) for r in rows] != [4, 4, 4]:
                raise AssertionError(f"expected 4 curves per plot, got {[len(r) for r in rows]}")
            expected = engine.evaluate("sigmoid", {}, self.x_min, self.x_max, self.points, device=self.device, dtype=self.dtype)
            x, y = rows[0][1].getOriginalDataset()
            if not np.allclose(y, expected.f) or not np.allclose(x, expected.x):
                raise AssertionError("sigmoid curve differs from the engine")

        def move_parameter():
            index = self.add_curve("leaky_relu")
            self._select_curve(index)
            editor = self.param_panel.editors["negative_slope"]
            editor.slider.setValue(0.2)  # as a drag does
            self._replot_throttled.flush()
            x, y = self.curve_items()[0][index].getOriginalDataset()
            expected = np.where(x >= 0, x, 0.2 * x)
            if not np.allclose(y, expected, atol=1e-6):
                raise AssertionError("leaky_relu did not follow its slider")

        def read_cursor():
            text = self.readout_at(-1.5)
            line = next(line for line in text.splitlines() if line.startswith(engine_tr("Leaky ReLU")))
            if "f = -0.3" not in line or "f′ = 0.2" not in line:
                raise AssertionError(f"unexpected readout: {line}")

        def second_derivative_toggle():
            self.set_show_second(False)
            if self.plots.row_visible("d2f"):
                raise AssertionError("f″ plot still shown")
            self.set_show_second(True)
            if not self.plots.row_visible("d2f"):
                raise AssertionError("f″ plot not shown again")

        def vector_view():
            self.catalogue.select("softmax")
            if self.stack.currentWidget() is not self.vector_view:
                raise AssertionError("softmax did not open the vector view")
            result = self.vector_view.result
            if result.jacobian.shape != (10, 10) or abs(result.output.sum() - 1) > 1e-5:
                raise AssertionError("softmax vector view is wrong")
            logits = np.asarray(result.input)
            self.vector_view.set_param("temperature", 2.0)
            expected = np.exp(logits / 2) / np.exp(logits / 2).sum()
            if not np.allclose(self.vector_view.result.output, expected, atol=1e-6):
                raise AssertionError("temperature did not change softmax as exp(x/T)/Σexp(x/T)")
            self.catalogue.select("relu")
            if self.stack.currentIndex() != 0:
                raise AssertionError("back to the curves failed")

        return [
            ("explorer overlays 4 activations from the list", overlay),
            ("explorer follows a parameter slider", move_parameter),
            ("explorer cursor readout equals the engine", read_cursor),
            ("explorer hides and shows f″", second_derivative_toggle),
            ("explorer vector view (softmax, temperature)", vector_view),
        ]
