"""The depth tab: change a control, check the plots followed (napari-style qtbot tests)."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from engine.depth import DepthConfig
from engine.presets import get_preset

pytest.importorskip("pytestqt")

from gui.common.param_panel import SliderParamPanel
from gui.depth.tab import DepthTab

SMALL = {"width": 64, "batch": 64}

# The offscreen platform cannot resize a shown window to new size hints; that is not the app's fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def depth_tab(qtbot):
    tab = DepthTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    tab.controls.set_auto_run(False)
    tab.controls.leave_lesson()
    tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=4, **SMALL))
    tab.request()
    tab.resize(1400, 850)
    tab.show()
    assert tab.wait_idle(60) and tab.current is not None
    yield tab
    tab.cancel()
    tab.wait_idle(60)


class _PaintCounter(QObject):
    def __init__(self, busy):
        super().__init__()
        self.busy, self.paints = busy, 0

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.busy():
            self.paints += 1
        return False


def test_depth_run_keeps_the_window_responsive(depth_tab, qtbot):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(depth_tab.is_busy()))
    bar = depth_tab.controls.progress_bar
    counter = _PaintCounter(depth_tab.is_busy)
    bar.installEventFilter(counter)
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=40, width=512, batch=512))
    timer.start(10)
    with qtbot.waitSignal(depth_tab.computed, timeout=120_000):
        depth_tab.controls.run_button.click()
    timer.stop()
    assert sum(ticks) >= 3  # the event loop ran timers while the network was computing
    assert counter.paints >= 1  # and repainted the progress bar
    assert bar.value() == 100
    x, _y = depth_tab.plots.std_curve.getData()
    assert len(x) == 40


def test_cancel_stops_the_run_and_keeps_the_last_result(depth_tab, qtbot):
    before = depth_tab.current
    assert before is not None
    shown = depth_tab.last_message()
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=100, width=1024, batch=1024))
    messages = []
    depth_tab.status.connect(messages.append)
    with qtbot.waitSignal(depth_tab.progress_changed, timeout=60_000):
        depth_tab.controls.run_button.click()
    assert depth_tab.controls.cancel_button.isEnabled()
    with qtbot.waitSignal(depth_tab.cancelled, timeout=60_000):
        qtbot.mouseClick(depth_tab.controls.cancel_button, Qt.MouseButton.LeftButton)
    assert depth_tab.current is before
    assert len(depth_tab.plots.std_curve.getData()[0]) == 4
    assert "Cancelled" in messages[-1] and shown in messages[-1]  # and how the plot on screen was made
    assert not depth_tab.controls.cancel_button.isEnabled()


def test_changing_a_control_runs_again(depth_tab, qtbot):
    depth_tab.controls.set_auto_run(True)
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        depth_tab.controls.layers_spin.setValue(7)
    assert len(depth_tab.plots.std_curve.getData()[0]) == 7
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        depth_tab.activation_combo.setCurrentIndex(depth_tab.activation_combo.findData("relu"))
    assert depth_tab.current.result.config.activation == "relu"


def test_changing_the_network_leaves_the_lesson_but_a_size_keeps_it(depth_tab, qtbot):
    depth_tab.apply_preset("tanh_xavier", run_now=False)
    depth_tab.controls.layers_spin.setValue(5)
    assert depth_tab.controls.preset_id() == "tanh_xavier"
    depth_tab.controls.init_combo.setCurrentIndex(depth_tab.controls.init_combo.findData("orthogonal"))
    assert depth_tab.controls.preset_id() == "" and depth_tab.lesson.text() == ""


def test_choosing_a_lesson_runs_it_even_without_run_again(depth_tab, qtbot):
    assert not depth_tab.controls.auto_run()
    with qtbot.waitSignal(depth_tab.computed, timeout=120_000):
        depth_tab.preset_combo.setCurrentIndex(depth_tab.preset_combo.findData("tanh_xavier"))
    assert depth_tab.current.result.config.init == get_preset("tanh_xavier").config.init


def test_preset_comparison_is_drawn_dashed_with_its_label(depth_tab, qtbot):
    depth_tab.apply_preset("relu_xavier_vs_kaiming", run_now=False)
    depth_tab.set_config(replace(get_preset("relu_xavier_vs_kaiming").config, layers=16, **SMALL))
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        depth_tab.request()
    run = depth_tab.current
    assert run.reference is not None and run.reference.config.init == "xavier_normal"
    np.testing.assert_array_equal(depth_tab.plots.std_reference.yData, run.reference.act_std)  # data before the log
    # Xavier's 1/n halves the variance per layer; Kaiming keeps it: the comparison ends far lower.
    assert run.reference.act_std[-1] < 0.05 * run.result.act_std[-1]
    assert depth_tab.plots.std_plot.getAxis("left").logMode  # spans more than two decades (2^7.5): log scale
    assert "Xavier normal" in depth_tab.plots.legend_labels()


def test_impossible_network_shows_a_message_under_the_plots_and_does_not_run(depth_tab):
    before = depth_tab.current
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=100, width=2048, batch=8192))
    depth_tab.request()
    assert depth_tab.error_label.isVisible() and "batch" in depth_tab.problem()
    assert depth_tab.error_label.y() > depth_tab.plots.y()
    assert not depth_tab.is_busy() and depth_tab.current is before


def test_choosing_a_layer_shows_its_histogram(depth_tab, qtbot):
    depth_tab.set_layer(3)
    edges, density = depth_tab.plots.hist_item.getData()
    counts, own_edges = depth_tab.current.result.layer_counts[2], depth_tab.current.result.layer_edges[2]
    np.testing.assert_array_equal(edges, own_edges)
    assert np.sum(density * np.diff(edges)) == pytest.approx(1.0)
    assert depth_tab.plots.layer_line.value() == 3
    spec = depth_tab.figure_spec()
    assert len(spec.panels) == 5 and spec.panels[3].image.values.shape == (depth_tab.current.result.config.bins, 4)
    assert np.array_equal(spec.panels[4].series[0].x, own_edges) and counts.sum() == 64 * 64


def test_depth_tab_self_test_steps_pass(depth_tab):
    for _, step in depth_tab.self_test_steps():
        step()


def test_depth_activation_and_initialiser_use_the_slider_editor(depth_tab, qtbot):
    controls = depth_tab.controls
    assert isinstance(controls.activation_params, SliderParamPanel)
    assert isinstance(controls.init_params, SliderParamPanel)
    controls.set_auto_run(True)
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        depth_tab.activation_combo.setCurrentIndex(depth_tab.activation_combo.findData("leaky_relu"))
    slider = controls.activation_params.editors["negative_slope"].slider
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        slider.setValue(0.3)
    assert depth_tab.current.result.config.activation_params["negative_slope"] == pytest.approx(0.3)
    with qtbot.waitSignal(depth_tab.computed, timeout=60_000):
        controls.activation_params.reset_button.click()
    assert depth_tab.current.result.config.activation_params["negative_slope"] == pytest.approx(0.01)


def test_the_first_run_waits_until_the_tab_is_shown(qtbot):
    tab = DepthTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=3, **SMALL))
    qtbot.wait(400)  # longer than the debounce: nothing runs while nobody looks
    assert tab.current is None and not tab.is_busy() and tab.is_stale()
    with qtbot.waitSignal(tab.computed, timeout=60_000):
        tab.show()
    assert tab.current.result.config.layers == 3


def run_config(tab, qtbot, config):
    with qtbot.waitSignal(tab.computed, timeout=120_000):
        tab.set_config(config)
        tab.request()
    return tab.current.result


def test_gradients_beyond_float32_carry_a_note_on_the_rescaling_and_the_plain_network(depth_tab, qtbot):
    result = run_config(depth_tab, qtbot, DepthConfig(activation="sigmoid", init="linear_default", layers=60, **SMALL))
    smallest = 2.0**-126  # float32's smallest normal number; 2^-149 its smallest subnormal
    assert np.nanmin(result.grad_weight_std) < smallest  # drawn below what float32 holds
    zero_up_to = result.plain_zero_layer  # the engine's estimate, checked against a plain network in tests/engine
    assert zero_up_to is not None
    note = depth_tab.plots.precision_note_text()
    assert "rescales them by powers of two" in note and "float32" in note
    assert f"exact zeros in layers 1–{zero_up_to}" in note


def test_relu_with_kaiming_has_no_precision_note(depth_tab, qtbot):
    run_config(depth_tab, qtbot, DepthConfig(activation="sigmoid", init="linear_default", layers=60, **SMALL))
    result = run_config(depth_tab, qtbot, DepthConfig(activation="relu", init="kaiming_normal", layers=60, **SMALL))
    assert result.plain_zero_layer is None and result.plain_subnormal_layer is None
    assert depth_tab.plots.precision_note_text() == ""


def test_cancelling_a_depth_run_puts_back_the_last_status_not_running(depth_tab, qtbot):
    shown = depth_tab.last_message()
    assert shown.startswith("tanh")
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=100, width=1024, batch=1024))
    with qtbot.waitSignal(depth_tab.progress_changed, timeout=60_000):
        depth_tab.request()
    assert depth_tab.last_message() == "Running the network…"
    with qtbot.waitSignal(depth_tab.cancelled, timeout=60_000):
        depth_tab.cancel()
    assert "Running" not in depth_tab.last_message()
    assert depth_tab.last_message() == "Cancelled; the last complete run stays on screen. · " + shown
    assert depth_tab.controls.progress_bar.value() == 0
