"""The activation explorer tab: wires catalogue, curve set, plots, marks, readout, notes, extras, vector view and session.

Everything shown comes from :data:`engine.ACTIVATIONS` or a typed formula, computed through :class:`~.curves.CurveSet`
(the model); this module only connects widgets to it and hands its arrays to the plot items created once per curve.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget
from superqt.utils import qdebounced, qthrottled

import engine
from engine.activations import elementwise_ids
from engine.errors import EngineError
from figures.palette import color
from figures.spec import FigureSpec
from gui.common.engine_messages import engine_message
from gui.common.engine_text import engine_tr
from gui.common.tabs import SelfTestStep
from gui.explorer.controls import MAX_GUI_POINTS, quietly
from gui.explorer.curves import DEFAULT_EPS, DEFAULT_POINTS, DEFAULT_X_RANGE, CurveSet, CurveState
from gui.explorer.evaluation import CurveEvaluation
from gui.explorer.formula_curves import FormulaCurves
from gui.explorer.keys import install_explorer_keys
from gui.explorer.layout import ExplorerLayout
from gui.explorer.marks import CurveMarks
from gui.explorer.plots import LINE_ROWS, CurveItems
from gui.explorer.readout import readout_text
from gui.explorer.removal import CurveRemoval
from gui.explorer.selftest import explorer_steps
from gui.explorer.session_state import ExplorerSession
from gui.explorer.status import placement_message
from gui.explorer.view_figure import explorer_view_figure
from states.explorer import KEY, ExplorerState

__all__ = ["DEFAULT_EPS", "DEFAULT_POINTS", "DEFAULT_X_RANGE", "MAX_GUI_POINTS", "ExplorerTab"]

REPLOT_MS = 16  # coalesce slider storms to at most one replot per frame
NOTES_MS = 150  # notes (max |f′| on a fine grid) follow a drag a little later
SETTLE_MS = 200  # after the last change of a drag, redraw the lines antialiased
LABEL_MS = 125  # during a drag the legend's and the readout's numbers change at most 8 times a second


class ExplorerTab(CurveEvaluation, ExplorerLayout):
    """The main tab: overlay activations and read f, f′ and f″.

    Public API (used by tests, ``--self-test`` and the benchmarks):

    - ``add_curve(activation_id, params=None) -> int``: overlay a curve, return its index (EngineError for a
      vector activation or invalid parameters); ``remove_curve(index)``, ``clear_curves()`` (both undone by
      ``undo_remove()``, Ctrl+Z), ``select_curve(index)``.
    - ``set_param(index, name, value)``: the path the widgets take (validated by the engine, then re-plotted:
      at once when quick, else in the background, ``evaluating()`` / ``wait_evaluated()``); a refused value
      shows its reason under the widget and in the status bar and the last good curve stays. ``flush()``
      applies a throttled slider change now.
    - ``curves``: the curve set's states (activation, params, last result, marks), in order; ``curve_items()``:
      per plot (f, f′, f″) the PlotDataItem of each curve; ``marks(index)``: the mark items of curve ``index``.
    - ``set_x_range(x_min, x_max)``, ``set_points(n)`` (default 2001), ``set_show_second(bool)``, ``set_eps(eps)``,
      ``set_compute(device, dtype)``, ``set_log_df(bool)``.
    - ``readout_at(x) -> str``: moves the cursor to x and returns the readout text (x, then f, f′, f″ of every
      visible curve, engine values at exactly x).
    - ``showing_vector_view() -> bool``; signal ``plotted``: emitted after the curve items received new data.
    - ``state()`` / ``show_state(state)``: what it shows as an :class:`~states.explorer.ExplorerState`, and back.

    Widget edits reach ``set_param`` through a ``qthrottled`` replot: a drag redraws at most once per frame.
    """

    plotted = Signal()
    session_key = KEY

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.curve_set = CurveSet()
        self.session = ExplorerSession(self)  # state() and show_state(state)
        self.items: list[CurveItems] = []  # the plot items of each curve, in curve order
        self.cursor_x: float | None = None  # the readout's x (None: no cursor)
        self.last_error = ""  # the last refusal shown
        self._shown_rows: tuple[list[tuple[str, str]], int] | None = None  # what the legend shows
        self._sized = False  # the splitter not yet fitted
        self._init_evaluation()
        self._connect()
        self._replot_throttled = qthrottled(self._replot, timeout=REPLOT_MS, leading=True)
        self._notes_debounced = qdebounced(self._update_notes, timeout=NOTES_MS)
        self._view_range_debounced = qdebounced(self._view_range_settled, timeout=120)
        self._settle_debounced = qdebounced(self._settle, timeout=SETTLE_MS)
        self._texts_throttled = qthrottled(self._refresh_texts, timeout=LABEL_MS, leading=True)
        self._live = False  # True during a burst of changes: lines drawn without antialiasing
        self.plots.set_x_range(self.x_min, self.x_max)
        self.add_curve(elementwise_ids()[0])

    # ---- the model's settings, read-only here (set_* change them) ------------------------
    param_panel = property(lambda self: self.side.param_panel, doc="The selected curve's sliders (None: no curve).")
    curves = property(lambda self: self.curve_set.curves, doc="The curve states, in curve order.")
    x_min = property(lambda self: self.curve_set.x_min)
    x_max = property(lambda self: self.curve_set.x_max)
    points = property(lambda self: self.curve_set.points)
    eps = property(lambda self: self.curve_set.eps)
    device = property(lambda self: self.curve_set.device)
    dtype = property(lambda self: self.curve_set.dtype)
    show_second = property(lambda self: self.curve_set.show_second)
    log_df = property(lambda self: self.curve_set.log_df)
    current = property(lambda self: self.curve_set.selected, doc="The selected curve's index (-1: none).")

    # ================================================================== layout
    def _connect(self) -> None:
        self.catalogue.toggled.connect(self._catalogue_toggled)
        self.catalogue.selected.connect(self._catalogue_selected)
        self.curve_list.current_changed.connect(self.select_curve)
        self.curve_list.duplicate_requested.connect(self._duplicate)
        self.removal = CurveRemoval(self)  # Remove, Clear, Undo: remove_curve(i), clear_curves(), undo_remove()
        self.remove_curve, self.clear_curves, self.undo_remove = self.removal.remove, self.removal.clear, self.removal.undo
        self.sweep_action = install_explorer_keys(self)  # P: the sweep ▶ of the first parameter
        self.plots.cursor_moved.connect(self.readout_at)
        self.plots.x_range_changed.connect(lambda lo, hi: self._view_range_debounced(lo, hi))
        self.vector_view.status.connect(self.status)
        self.vector_view.computed.connect(self._vector_computed)
        self.side.param_changed.connect(self._param_edited)
        self.side.reset_requested.connect(self._reset_current)
        self.extras.resample_requested.connect(self._resample)
        self.extras.gap_toggled.connect(self._toggle_gap)
        c = self.controls
        c.x_min_spin.valueChanged.connect(lambda v: self._range_typed())
        c.x_max_spin.valueChanged.connect(lambda v: self._range_typed())
        c.points_spin.valueChanged.connect(self.set_points)
        c.second_check.toggled.connect(self.set_show_second)
        c.saturation_check.toggled.connect(lambda on: self._mark_with(show_saturation=on))
        c.eps_spin.valueChanged.connect(self.set_eps)
        c.marks_check.toggled.connect(lambda on: self._mark_with(show_marks=on))
        c.log_check.toggled.connect(self.set_log_df)
        c.reset_button.clicked.connect(lambda: self.set_x_range(*DEFAULT_X_RANGE))
        self.formulas = FormulaCurves(self)  # "New formula…", and editing and widening formula curves

    # ================================================================== LabTab
    def title(self) -> str:
        return self.tr("Activations")

    def figure_spec(self) -> FigureSpec:
        return explorer_view_figure(self)

    def self_test_steps(self) -> list[SelfTestStep]:
        return explorer_steps(self)

    def state(self) -> ExplorerState:
        return self.session.read()

    def show_state(self, state: ExplorerState) -> None:
        self.session.show(state)

    # ================================================================== public API
    def add_curve(self, activation_id: str | engine.Formula, params: dict | None = None, colour: int | None = None) -> int:
        """Overlay ``activation_id`` with ``params`` (defaults for the rest) in palette ``colour``; returns its index."""
        index = self.curve_set.add(activation_id, params, colour)
        p = self.curve_set[index]
        self.items.append(CurveItems(self.plots, color(p.slot), engine_tr(p.entry.name), z=index))
        self.catalogue.set_checked(p.activation, True)
        self._replot()
        self.select_curve(index)
        return index

    def set_param(self, index: int, name: str, value) -> None:
        """Set one parameter of curve ``index`` and re-plot (IndexError for a bad index)."""
        if self._store_param(index, name, value):
            self._go_live()
            self._replot()

    def flush(self) -> None:
        """Apply a slider change still waiting in the throttle now."""
        self._replot_throttled.flush()

    def curve_items(self) -> list[list]:
        """Per plot (f, f′, f″) the PlotDataItem of each curve, in curve order."""
        return [[items.lines[row] for items in self.items] for row in LINE_ROWS]

    def marks(self, index: int) -> CurveMarks:
        """The mark items (shading, kinks, bounds, band, gap) of curve ``index``."""
        return self.items[index].marks

    def is_shown(self, index: int) -> bool:
        """Whether curve ``index`` is visible (its legend entry can hide it)."""
        return self.items[index].is_visible()

    def showing_vector_view(self) -> bool:
        return self.stack.currentWidget() is self.vector_view

    def set_x_range(self, x_min: float, x_max: float) -> None:
        """Plot [x_min, x_max]; an empty range is refused with a visible reason."""
        if not self._apply_range(x_min, x_max):
            return
        self.plots.set_x_range(self.x_min, self.x_max)
        self._replot()

    def set_points(self, n: int) -> None:
        if not 2 <= int(n) <= MAX_GUI_POINTS:
            message = self.tr("points must be between 2 and {0}: kept {1}").format(f"{MAX_GUI_POINTS:,}", f"{self.points:,}")
            self.controls.show_problem(self.tr("points"), message)
            self._report(message)
            return
        self.curve_set.points = int(n)
        quietly(self.controls.points_spin.setValue, self.points)
        self.curve_set.mark_all_dirty()
        self._replot()

    def set_show_second(self, show: bool) -> None:
        self.curve_set.show_second = bool(show)
        quietly(self.controls.second_check.setChecked, self.show_second)
        self.plots.set_row_visible("d2f", self.show_second)
        if self.show_second:
            self.curve_set.mark_all_dirty()
            self._replot()

    def set_eps(self, eps: float) -> None:
        """ε for the saturation shading (|f′| < ε)."""
        self.curve_set.eps = float(eps)
        quietly(self.controls.eps_spin.setValue, self.eps)
        self._update_all_marks()
        self._notes_debounced()

    def set_log_df(self, log: bool) -> None:
        self.curve_set.log_df = bool(log)
        quietly(self.controls.log_check.setChecked, self.log_df)
        self.plots.set_log_df(self.log_df)
        for i in range(len(self.curves)):
            self._apply(i)
        self.plotted.emit()

    def set_compute(self, device: str, dtype: str) -> None:
        """Compute on ``device`` ("auto", "cpu", "cuda") in ``dtype``; re-plots everything."""
        self.curve_set.device, self.curve_set.dtype = device, dtype
        self.vector_view.set_compute(device, dtype)
        self.curve_set.mark_all_dirty()
        self._replot()
        self._notes_debounced()  # the rounding facts follow the precision

    def readout_at(self, x: float) -> str:
        """Move the cursor to ``x`` and return the readout text (engine values at exactly x)."""
        self.cursor_x = cursor = float(x)
        self.plots.set_cursor(cursor)
        rows, labels = self._readout_rows(cursor)
        self.readout_box.show_rows(cursor, rows, labels, self.show_second)
        return readout_text(cursor, rows, labels)

    def labels(self) -> list[str]:
        """The legend label of each curve (translated names, parameters where names repeat)."""
        return self.curve_set.labels(engine_tr)

    def is_current(self, p: CurveState) -> bool:
        return 0 <= self.current < len(self.curves) and self.curves[self.current] is p

    # ================================================================== computing
    def _store_param(self, index: int, name: str, value) -> bool:
        p = self.curves[index]
        try:
            values = self.curve_set.checked(index, name, value)
        except EngineError as exc:
            message = engine_message(exc.message)  # in the user's language
            if index == self.current:
                self.side.set_values(p.params)  # back to the last good value
                self.side.show_problem(name, message)
            self._report(self.tr("{0}: {1} — keeping the last good curve").format(engine_tr(p.entry.name), message))
            return False
        if index == self.current:
            self.side.show_problem(name, "")
        self.curve_set.set_params(index, values)
        if self._live:  # a drag: the texts follow a few times a second, and exactly at the end
            self._texts_throttled()
        else:
            self._relabel()
        if index == self.current:
            self.extras.refresh(p)
            self._notes_debounced()
        return True

    def _apply(self, index: int) -> bool:
        """The curve's arrays into its items and its marks; False when a mark had to be left off."""
        c = self.curves[index].curve
        if c is None:
            return True
        self.items[index].set_data(c.x, c.f, c.df, c.d2f, log_df=self.log_df, live=self._live)
        return self._update_marks(index)

    def _go_live(self) -> None:
        """A change in a burst (drag, typing, pan): draw fast now, smooth once it settles."""
        if not self._live:
            self._live = True
            self.plots.set_live(True, self.items, self.log_df)
        self._settle_debounced()

    def _settle(self) -> None:
        self._live = False
        self._texts_throttled.cancel()
        self._refresh_texts()
        self.plots.set_live(False, self.items)  # pyqtgraph fits y tightly again

    def _refresh_texts(self) -> None:
        """Legend, curve list and readout table. Laying out their (rich) text costs more than drawing
        the curves, and numbers changing 60 times a second cannot be read: during a drag they follow
        at most every LABEL_MS."""
        self._relabel()
        self._refresh_readout()

    # ================================================================== marks
    def _update_all_marks(self) -> None:
        if all([self._update_marks(i) for i in range(len(self.curves))]):
            self._report_placement()

    def _update_marks(self, index: int) -> bool:
        """Compute and draw curve ``index``'s marks; a mark the engine refuses is left off and said why (False)."""
        p, items = self.curves[index], self.items[index]
        if p.curve is None:
            return True
        problems = self.curve_set.compute_marks(p)
        if problems:
            self._report(self.tr("{0}: marks left off — {1}").format(engine_tr(p.entry.name), "; ".join(problems)))
        label = self.tr("autograd: f′({x}) = {value}")
        items.show_marks(p, self.is_current(p), self.log_df, self.curve_set.show_marks, label)
        gaps = [q.entry for q in self.curves if q.gap is not None]
        self.plots.show_gap_row(gaps[0] if gaps else None)
        return not problems

    def _emphasise_current(self) -> None:
        """Shading and kink labels belong to the selected curve (several at once are unreadable)."""
        for p, items in zip(self.curves, self.items, strict=True):
            items.marks.set_saturation(p.spans if self.is_current(p) else [])
            items.marks.set_kink_labels(self.is_current(p) and not self.log_df)

    def _resample(self) -> None:
        if 0 <= self.current < len(self.curves):
            self.curves[self.current].dirty = True
            self._replot()

    def _toggle_gap(self, show: bool) -> None:
        if 0 <= self.current < len(self.curves):
            self.curves[self.current].show_gap = bool(show)
            if self._update_marks(self.current):
                self._report_placement()
            self._update_notes()
            self.plotted.emit()

    def _mark_with(self, **settings: bool) -> None:
        """The shading (``show_saturation``) or the kinks and bounds (``show_marks``) switched on or off."""
        for name, on in settings.items():
            setattr(self.curve_set, name, bool(on))
        self._update_all_marks()
        self._notes_debounced()

    # ================================================================== selection
    def _catalogue_toggled(self, activation_id: str, checked: bool) -> None:
        if checked:
            self.add_curve(activation_id)
        else:  # one action for Undo, however many curves showed it
            self.removal.take([i for i, p in enumerate(self.curves) if p.activation == activation_id])

    def _catalogue_selected(self, activation_id: str) -> None:
        act = engine.get_activation(activation_id)
        if act.vector:
            self.stack.setCurrentWidget(self.vector_view)
            if self.vector_view.activation_id != act.id or self.vector_view.result is None:
                self.vector_view.set_activation(act.id)
            else:
                self.vector_view.recompute()
            self.side.show_curve(None, "")
            self.side.set_params_shown(False)
            self.notes.show_activation(act.id, self.vector_view.params)
            return
        self._leave_vector_view()
        matching = [i for i, p in enumerate(self.curves) if p.activation == act.id]
        if matching:
            self.select_curve(self.current if self.current in matching else matching[0])
            return
        self.side.show_curve(
            None, self.tr("Tick {0} in the list to plot it; then its parameters appear here.").format(engine_tr(act.name))
        )
        self.notes.show_activation(act.id, *self.curve_set.preview(act.id), dtype=self.dtype, device=self.curve_set.device)

    def _vector_computed(self) -> None:
        if self.showing_vector_view():
            self.notes.show_activation(self.vector_view.activation_id, self.vector_view.params)

    def select_curve(self, index: int) -> None:
        """Make curve ``index`` the selected one: its parameters, extras, notes, shading and kink labels."""
        self.curve_set.selected = index
        self._relabel()
        self._emphasise_current()
        if not 0 <= index < len(self.curves):
            self.side.show_curve(None, self.tr("No curve selected."))
            return
        self._leave_vector_view()
        p = self.curves[index]
        self.catalogue.select(p.activation, notify=False)
        self.side.show_curve(p, self.tr("{0}, curve {1}").format(engine_tr(p.entry.name), index + 1))
        self._update_notes()

    def _leave_vector_view(self) -> None:
        """Back to the curves: their parameters, and their status line instead of the vector view's."""
        if self.showing_vector_view():
            self._report_placement()
        self.stack.setCurrentIndex(0)
        self.side.set_params_shown(True)

    def _param_edited(self, name: str, value) -> None:
        if 0 <= self.current < len(self.curves) and self._store_param(self.current, name, value):
            self._go_live()
            self._replot_throttled()

    def _reset_current(self) -> None:
        if not 0 <= self.current < len(self.curves):
            return
        self.curve_set.reset(self.current)
        p = self.curves[self.current]
        self.side.set_values(p.params)
        self._relabel()
        self.extras.show_for(p)
        self._replot()
        self._update_notes()

    def _duplicate(self, index: int) -> None:
        p = self.curves[index]
        new = self.add_curve(p.activation, dict(p.params))
        self.curves[new].show_gap = p.show_gap

    def _update_notes(self) -> None:
        if 0 <= self.current < len(self.curves) and not self.showing_vector_view():
            self.side.show_notes(self.curves[self.current], self.curve_set)

    # ================================================================== x range
    def _apply_range(self, x_min: float, x_max: float) -> bool:
        reason = self.controls.range_refusal(x_min, x_max)
        if reason:
            self.controls.refuse_range(reason, (self.x_min, self.x_max))
            self._report(reason)
            return False
        self.curve_set.x_min, self.curve_set.x_max = float(x_min), float(x_max)
        self.curve_set.mark_all_dirty()
        self.controls.show_range(self.x_min, self.x_max)
        return True

    def _range_typed(self) -> None:
        self.set_x_range(self.controls.x_min_spin.value(), self.controls.x_max_spin.value())

    def _view_range_settled(self, lo: float, hi: float) -> None:
        """The user panned or zoomed: recompute over what is now visible."""
        width = hi - lo
        if abs(lo - self.x_min) <= 1e-9 * width and abs(hi - self.x_max) <= 1e-9 * width:
            return
        if self._apply_range(lo, hi):
            self._go_live()
            self._replot()
            self._notes_debounced()

    # ================================================================== labels, readout, status
    def _readout_rows(self, x: float | None) -> tuple[list, list[str]]:
        """(curve, its values at ``x``; None without a cursor) and the label of every visible curve."""
        labels, shown = self.labels(), [i for i, items in enumerate(self.items) if items.is_visible()]
        curves = [self.curves[i] for i in shown]
        values = [None] * len(curves) if x is None else self.curve_set.values_at(x, curves)
        return list(zip(curves, values, strict=True)), [labels[i] for i in shown]

    def _relabel(self) -> None:
        """Legend and curve list follow the labels (parameter values); untouched when nothing changed."""
        labels = self.labels()
        rows = [(label, color(p.slot)) for p, label in zip(self.curves, labels, strict=True)]
        current = self.current if self.current < len(self.curves) else -1
        if (rows, current) == self._shown_rows:
            return
        self._shown_rows = (rows, current)
        for items, label in zip(self.items, labels, strict=True):
            items.set_label(label)
        self.curve_list.set_rows(rows, current)
        self.readout_box.fit(len(self._readout_rows(None)[0]))

    def _refresh_readout(self) -> None:
        """Re-read at the cursor; without one, lay the table out empty so the plots do not jump later."""
        self.readout_box.fit(len(self._readout_rows(None)[0]))
        if self.cursor_x is not None:
            self.readout_at(self.cursor_x)
        elif self.curves:
            self.readout_box.show_rows(None, *self._readout_rows(None), self.show_second)

    def _report(self, message: str) -> None:
        self.last_error = message
        self.status.emit(message)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 600:
            self._sized = True
            w = self.width()
            self.splitter.setSizes([int(w * 0.16), int(w * 0.56), int(w * 0.28)])

    def _report_placement(self) -> None:
        if any(p.dirty for p in self.curves):  # a curve the engine refused: its reason stays on the status line
            return
        self.last_error = ""
        self.status.emit(placement_message([p.curve for p in self.curves if p.curve is not None], self.points))
