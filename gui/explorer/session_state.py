"""The explorer's way in and out: ``state()`` reads what the tab shows as an :class:`ExplorerState`,
``show(state)`` shows one (session files, lessons, the last session).

A mixin of :class:`gui.explorer.tab.ExplorerTab` (its module is at its size limit): the curves
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
    """``state()`` and ``show_state(state)`` for the explorer tab."""

    session_key = KEY

    def state(self) -> ExplorerState:
        """What the explorer shows now (the curve set's view, or the vector view when it is shown)."""
        v = self.vector_view
        vector = VectorSpec(v.activation_id, tuple(v.vector), dict(v.params)) if self.showing_vector_view() else None
        return self.curve_set.state(vector)

    def show_state(self, state: ExplorerState) -> None:
        """Show ``state``: the curves replace the ones shown and Undo starts afresh. StateError, with nothing
        changed, when its vector view cannot be computed in its precision."""
        vector = None if state.vector is None else _vector_result(state)
        if (self.device, self.dtype) != (state.device, state.dtype):
            self.set_compute(state.device, state.dtype)
        self.removal.take(range(len(self.curves)))
        self.removal.forget()
        self.set_points(state.points)
        self.set_show_second(state.show_second)
        self.set_log_df(state.log_df)
        quietly(self.controls.saturation_check.setChecked, state.shade_saturation)
        quietly(self.controls.marks_check.setChecked, state.show_marks)
        self._mark_with(show_saturation=state.shade_saturation, show_marks=state.show_marks)
        self.set_eps(state.eps)
        self.set_x_range(*state.x_range)
        for curve in state.curves:
            index = self.add_curve(curve.activation, curve.params, curve.colour)
            self.curves[index].show_gap = curve.show_gap
        if any(curve.show_gap for curve in state.curves):
            self.set_x_range(self.x_min, self.x_max)  # the gaps' marks, computed with the curves
        self.select_curve(state.selected)
        if vector is None:
            self._leave_vector_view()
        else:
            self._show_vector(vector)

    def _show_vector(self, result: engine.VectorResult) -> None:
        """The vector view instead of the curves, showing ``result``, as when its activation is picked in the list."""
        self.catalogue.select(result.activation, notify=False)
        self.stack.setCurrentWidget(self.vector_view)
        self.vector_view.show_result(result)
        self.side.show_curve(None, "")
        self.side.set_params_shown(False)
        self.notes.show_activation(result.activation, self.vector_view.params)


def _vector_result(state: ExplorerState) -> engine.VectorResult:
    """The state's vector view computed, before anything on screen changes (StateError if refused)."""
    vector, where = state.vector, field(field("tabs", KEY), "vector")

    def compute() -> engine.VectorResult:
        try:
            return engine.evaluate_vector(vector.activation, list(vector.x), vector.params, state.device, state.dtype)
        except RuntimeError as exc:  # an op without a kernel for this dtype
            raise StateError(where, f"cannot compute in {state.dtype}: {exc}") from None

    return engine_checked(where, compute, {"vector": "x"}, owners={vector.activation: "params"})
