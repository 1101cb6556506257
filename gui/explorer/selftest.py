"""The explorer's ``--self-test`` steps: overlay, a slider, the readout, f″ on and off, the vector view.

Each step drives the tab as a user would (check boxes, a slider) through its public methods
and checks the result against the engine or a closed form; it raises on failure.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

import engine
from gui.common.engine_text import engine_tr
from gui.common.tabs import LabTab, SelfTestStep


def explorer_steps(tab: LabTab) -> list[SelfTestStep]:
    """Named steps for ``--self-test`` on the explorer tab ``tab`` (an ExplorerTab: it imports this module)."""

    def overlay():
        tab.clear_curves()
        for act_id in ("relu", "sigmoid", "tanh", "gelu"):
            item = tab.catalogue.items[act_id]
            item.setCheckState(0, Qt.CheckState.Checked)  # as a click on the check box does
        rows = tab.curve_items()
        if [len(r) for r in rows] != [4, 4, 4]:
            raise AssertionError(f"expected 4 curves per plot, got {[len(r) for r in rows]}")
        expected = engine.evaluate("sigmoid", {}, tab.x_min, tab.x_max, tab.points, device=tab.device, dtype=tab.dtype)
        x, y = rows[0][1].getOriginalDataset()
        if not np.allclose(y, expected.f) or not np.allclose(x, expected.x):
            raise AssertionError("sigmoid curve differs from the engine")

    def move_parameter():
        index = tab.add_curve("leaky_relu")
        tab.select_curve(index)
        editor = tab.param_panel.editors["negative_slope"]
        editor.slider.setValue(0.2)  # as a drag does
        tab.flush()
        x, y = tab.curve_items()[0][index].getOriginalDataset()
        expected = np.where(x >= 0, x, 0.2 * x)
        if not np.allclose(y, expected, atol=1e-6):
            raise AssertionError("leaky_relu did not follow its slider")

    def read_cursor():
        text = tab.readout_at(-1.5)
        line = next(line for line in text.splitlines() if line.startswith(engine_tr("Leaky ReLU")))
        if "f = -0.3" not in line or "f′ = 0.2" not in line:
            raise AssertionError(f"unexpected readout: {line}")

    def second_derivative_toggle():
        tab.set_show_second(False)
        if tab.plots.row_visible("d2f"):
            raise AssertionError("f″ plot still shown")
        tab.set_show_second(True)
        if not tab.plots.row_visible("d2f"):
            raise AssertionError("f″ plot not shown again")

    def vector_view():
        tab.catalogue.select("softmax")
        if not tab.showing_vector_view():
            raise AssertionError("softmax did not open the vector view")
        result = tab.vector_view.result
        if result.jacobian.shape != (10, 10) or abs(result.output.sum() - 1) > 1e-5:
            raise AssertionError("softmax vector view is wrong")
        logits = np.asarray(result.input)
        tab.vector_view.set_param("temperature", 2.0)
        expected = np.exp(logits / 2) / np.exp(logits / 2).sum()
        if not np.allclose(tab.vector_view.result.output, expected, atol=1e-6):
            raise AssertionError("temperature did not change softmax as exp(x/T)/Σexp(x/T)")
        tab.catalogue.select("relu")
        if tab.showing_vector_view():
            raise AssertionError("back to the curves failed")

    return [
        ("explorer overlays 4 activations from the list", overlay),
        ("explorer follows a parameter slider", move_parameter),
        ("explorer cursor readout equals the engine", read_cursor),
        ("explorer hides and shows f″", second_derivative_toggle),
        ("explorer vector view (softmax, temperature)", vector_view),
    ]
