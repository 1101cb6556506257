"""The explorer's part of a session file: what it shows as a checked section, and back.

A mixin of :class:`gui.explorer.tab.ExplorerTab` (its module is at its size limit): the curves
(registry ids or formula texts with widened ranges, parameters, colours, the gap switch), the
selected curve, the x range and grid, the marks and ε, f″ and log |f′|, the precision, and the
vector view when it is shown (its activation, input vector and temperature).
The section's format and limits are :mod:`sessions.explorer`'s.
"""

from __future__ import annotations

import engine
from engine.resolve import Formula
from gui.explorer.controls import quietly
from sessions.checks import engine_checked, field
from sessions.errors import SessionError
from sessions.explorer import KEY, check_explorer, curve_reference


class ExplorerSession:
    """``session_state()`` and ``restore_session(section)`` for the explorer tab."""

    session_key = KEY

    def session_state(self) -> dict:
        """The explorer as a session section (plain JSON values)."""
        curves = []
        for p in self.curves:
            curve = {"activation": str(p.activation), "params": dict(p.params), "colour": p.slot, "show_gap": p.show_gap}
            if isinstance(p.activation, Formula):
                curve["ranges"] = {name: [low, high] for name, low, high in p.activation.ranges}
            curves.append(curve)
        curve_set = self.curve_set
        return {
            "curves": curves,
            "selected": self.current if 0 <= self.current < len(curves) else (0 if curves else -1),
            "x_range": [self.x_min, self.x_max],
            "points": self.points,
            "show_second": self.show_second,
            "log_df": self.log_df,
            "shade_saturation": curve_set.show_saturation,
            "eps": self.eps,
            "show_marks": curve_set.show_marks,
            "device": self.device,
            "dtype": self.dtype,
            "vector": self.vector_view.state() if self.showing_vector_view() else None,
        }

    def restore_session(self, section: dict) -> None:
        """Show ``section`` (missing fields: the defaults); SessionError naming the field, with nothing changed, if bad.

        The curves replace the ones shown; Undo starts afresh.
        """
        state = check_explorer(section)
        vector = None if state["vector"] is None else _vector_result(state)
        if (self.device, self.dtype) != (state["device"], state["dtype"]):
            self.set_compute(state["device"], state["dtype"])
        self._take(range(len(self.curves)))
        self.curve_set.removed.clear()
        self.curve_list.set_undo_available(False)
        self.set_points(state["points"])
        self.set_show_second(state["show_second"])
        self.set_log_df(state["log_df"])
        quietly(self.controls.saturation_check.setChecked, state["shade_saturation"])
        quietly(self.controls.marks_check.setChecked, state["show_marks"])
        self._mark_with(show_saturation=state["shade_saturation"], show_marks=state["show_marks"])
        self.set_eps(state["eps"])
        self.set_x_range(*state["x_range"])
        for curve in state["curves"]:
            index = self.add_curve(curve_reference(curve), curve["params"], curve["colour"])
            self.curves[index].show_gap = curve["show_gap"]
        if any(curve["show_gap"] for curve in state["curves"]):
            self.set_x_range(self.x_min, self.x_max)  # the gaps' marks, computed with the curves
        self.select_curve(state["selected"])
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


def _vector_result(state: dict) -> engine.VectorResult:
    """The checked section's vector view computed, before anything on screen changes (SessionError if refused)."""
    vector, where = state["vector"], field(field("tabs", KEY), "vector")

    def compute() -> engine.VectorResult:
        try:
            return engine.evaluate_vector(vector["activation"], vector["x"], vector["params"], state["device"], state["dtype"])
        except RuntimeError as exc:  # an op without a kernel for this dtype
            raise SessionError(where, f"cannot compute in {state['dtype']}: {exc}") from None

    return engine_checked(where, compute, {"vector": "x"}, owners={vector["activation"]: "params"})
