"""The depth tab with a typed formula as the network's activation (pytest-qt, headless).

Mish is x·tanh(softplus(x)) (Misra 2019; PyTorch's F.mish), so the run with that formula must
give the statistics of the run with the registry's Mish, seed for seed.
"""

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from engine.depth import DepthConfig
from gui.common.formula_dialog import FormulaDialog
from gui.depth.tab import DepthTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def depth_tab(qtbot):
    tab = DepthTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float64")
    tab.controls.set_auto_run(False)
    tab.controls.leave_lesson()
    tab.set_config(DepthConfig(activation="mish", init="kaiming_normal", layers=5, width=48, batch=64, seed=3))
    yield tab
    tab.cancel()
    tab.wait_idle(60)


def when_the_dialog_opens(act):
    """Run ``act(dialog)`` once the formula dialog is shown (its exec() blocks the test until then)."""

    def poll():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, FormulaDialog) and w.isVisible()]
        if shown:
            act(shown[0])
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


def run(tab, qtbot):
    with qtbot.waitSignal(tab.computed, timeout=120_000):
        tab.request()
    return tab.current


def test_a_depth_run_with_the_mish_formula_equals_the_mish_run(depth_tab, qtbot):
    built_in = run(depth_tab, qtbot)
    depth_tab.controls.choose_formula("x*tanh(softplus(x))")
    assert depth_tab.config().activation == "formula: x*tanh(softplus(x))"
    typed = run(depth_tab, qtbot)
    for name in ("act_std", "grad_act_std", "grad_weight_std"):
        np.testing.assert_allclose(getattr(typed.result, name), getattr(built_in.result, name), rtol=1e-10)


def test_the_formula_entry_opens_the_dialog_and_a_parameter_gets_a_slider(depth_tab, qtbot):
    def type_formula(dialog):
        dialog.set_text("x*sigmoid(beta*x)")
        dialog.add_button.click()

    when_the_dialog_opens(type_formula)
    combo = depth_tab.controls.activation_combo
    combo.setCurrentIndex(combo.count() - 1)  # "Formula…"
    config = depth_tab.config()
    assert config.activation == "formula: x*sigmoid(beta*x)" and config.activation_params == {"beta": 1.0}
    assert combo.currentText() == "x*sigmoid(beta*x)"


def test_cancelling_the_formula_dialog_keeps_the_activation(depth_tab, qtbot):
    when_the_dialog_opens(lambda dialog: dialog.reject())
    combo = depth_tab.controls.activation_combo
    combo.setCurrentIndex(combo.count() - 1)
    assert depth_tab.config().activation == "mish"
