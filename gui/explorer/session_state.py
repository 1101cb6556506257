"""The explorer's way in and out: ``read()`` gives what the tab shows as an :class:`ExplorerState`,
``show(state)`` shows one (session files, lessons, the last session).

:class:`ExplorerSession` is owned by :class:`gui.explorer.tab.ExplorerTab`, whose ``state()`` and
``show_state(state)`` call it (the tab's module is at its size limit). The state holds the curves
(registry ids or formulas with widened ranges, parameters, colours, the gap switch), the
selected curve, the x range and grid, the marks and ε, f″ and log |f′|, the precision, and the
vector view when it is shown (its activation, input vector and temperature).
"""

from __future__ import annotations

import engine
from gui.explorer.controls import quietly
from states.checks import engine_checked, field
from states.errors import StateError
from states.explorer import KEY, ExplorerState, VectorSpec


class ExplorerSession:
    """Reads and shows the :class:`ExplorerState` of one explorer tab (``tab``: the tab, which owns this)."""

    def __init__(self, tab) -> None:
        self.tab = tab

    def read(self) -> ExplorerState:
        """What the explorer shows now (the curve set's view, or the vector view when it is shown)."""
        tab = self.tab
        v = tab.vector_view
        vector = VectorSpec(v.activation_id, tuple(v.vector), dict(v.params)) if tab.showing_vector_view() else None
        return tab.curve_set.state(vector)

    def show(self, state: ExplorerState) -> None:
        """Show ``state``: the curves replace the ones shown and Undo starts afresh. StateError, with nothing
        changed, when its vector view cannot be computed in its precision."""
        vector = None if state.vector is None else _vector_result(state)
        tab = self.tab
        if (tab.device, tab.dtype) != (state.device, state.dtype):
            tab.set_compute(state.device, state.dtype)
        tab.removal.take(range(len(tab.curves)))
        tab.removal.forget()
        tab.set_points(state.points)
        tab.set_show_second(state.show_second)
        tab.set_log_df(state.log_df)
        quietly(tab.controls.saturation_check.setChecked, state.shade_saturation)
        quietly(tab.controls.marks_check.setChecked, state.show_marks)
        tab._mark_with(show_saturation=state.shade_saturation, show_marks=state.show_marks)
        tab.set_eps(state.eps)
        tab.set_x_range(*state.x_range)
        for curve in state.curves:
            index = tab.add_curve(curve.activation, curve.params, curve.colour)
            tab.curves[index].show_gap = curve.show_gap
        if any(curve.show_gap for curve in state.curves):
            tab.set_x_range(tab.x_min, tab.x_max)  # the gaps' marks, computed with the curves
        tab.select_curve(state.selected)
        if vector is None:
            tab._leave_vector_view()
        else:
            self._show_vector(vector)

    def _show_vector(self, result: engine.VectorResult) -> None:
        """The vector view instead of the curves, showing ``result``, as when its activation is picked in the list."""
        tab = self.tab
        tab.catalogue.select(result.activation, notify=False)
        tab.stack.setCurrentWidget(tab.vector_view)
        tab.vector_view.show_result(result)
        tab.side.show_curve(None, "")
        tab.side.set_params_shown(False)
        tab.notes.show_activation(result.activation, tab.vector_view.params)


def _vector_result(state: ExplorerState) -> engine.VectorResult:
    """The state's vector view computed, before anything on screen changes (StateError if refused)."""
    vector, where = state.vector, field(field("tabs", KEY), "vector")
    assert vector is not None  # called for a state with a vector view

    def compute() -> engine.VectorResult:
        try:
            return engine.evaluate_vector(vector.activation, list(vector.x), vector.params, state.device, state.dtype)
        except RuntimeError as exc:  # an op without a kernel for this dtype
            raise StateError(where, f"cannot compute in {state.dtype}: {exc}") from None

    return engine_checked(where, compute, {"vector": "x"}, owners={vector.activation: "params"})
