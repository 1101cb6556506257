"""The initialisation and depth tabs: change a control, check the view followed (napari-style qtbot tests)."""

import math
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from engine.depth import DepthConfig
from engine.devices import cuda_available
from engine.presets import get_preset

pytest.importorskip("pytestqt")

from gui.depth.tab import DepthTab  # noqa: E402
from gui.initialization.tab import InitTab  # noqa: E402

SMALL = {"width": 64, "batch": 64, "device": "cpu"}

# The offscreen platform cannot resize a shown window to new size hints; that is not the app's fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def init_tab(qtbot):
    tab = InitTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    assert tab.worker.wait_idle(60)
    yield tab
    tab.worker.cancel()
    tab.worker.wait_idle(60)


@pytest.fixture
def depth_tab(qtbot):
    tab = DepthTab()
    qtbot.addWidget(tab)
    tab.auto_check.setChecked(False)
    tab.preset_combo.setCurrentIndex(0)
    tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=4, **SMALL))
    tab.request()
    tab.resize(1400, 850)
    tab.show()
    assert tab.worker.wait_idle(60) and tab.current is not None
    yield tab
    tab.worker.cancel()
    tab.worker.wait_idle(60)


def select(tab, qtbot, init_id, params=None):
    with qtbot.waitSignal(tab.worker.done, timeout=30_000):
        tab.select_init(init_id, params)


def test_choosing_an_initialiser_redraws_the_histogram(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 3.0})
    edges, density = init_tab.hist_items[0].getData()
    assert edges[0] < -1 < 3 < edges[-1]
    centres = (edges[:-1] + edges[1:]) / 2
    inside = (centres > -0.9) & (centres < 2.9)
    assert np.mean(density[inside]) == pytest.approx(0.25, rel=0.02)  # U(-1, 3)
    x, pdf = init_tab.pdf_items[0].getData()
    assert np.max(pdf) == pytest.approx(0.25)
    assert init_tab.table.item(1, 1).text() == f"{4 / math.sqrt(12):.5g}"  # theoretical std


def test_kaiming_histogram_and_theory_follow_the_shape(init_tab, qtbot):
    init_tab.layer_combo.setCurrentIndex(init_tab.layer_combo.findData("conv2d"))
    select(init_tab, qtbot, "kaiming_normal", {"nonlinearity": "relu"})
    s = init_tab.samples[0]
    assert s.shape == (256, 512, 3, 3)
    assert s.theory.std == pytest.approx(math.sqrt(2 / (512 * 9)))
    assert "fan_in = 4608" in init_tab.info.text()


def test_shape_only_one_layer_kind_accepts_switches_for_the_user(init_tab, qtbot):
    select(init_tab, qtbot, "dirac")
    assert init_tab.layer_combo.currentData() == "conv2d"
    assert init_tab.samples[0].init == "dirac"
    select(init_tab, qtbot, "eye")
    assert init_tab.layer_combo.currentData() == "linear"


def test_bad_parameters_show_a_message_and_keep_the_last_plot(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    before = init_tab.hist_items[0].getData()[1].copy()
    init_tab.params.set_values({"a": 2.0})
    init_tab.request()
    assert init_tab.message.isVisible() and "uniform.a" in init_tab.message.text()
    assert not init_tab.worker.is_busy()
    np.testing.assert_array_equal(init_tab.hist_items[0].getData()[1], before)


def test_compare_mode_overlays_a_second_initialiser_on_the_same_bins(init_tab, qtbot):
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.compare_check.setChecked(True)
    first, second = init_tab.hist_items
    np.testing.assert_array_equal(first.getData()[0], second.getData()[0])
    # Kaiming (relu-like default gain √2, fan_in 512) is wider than Xavier (2/(512+256)).
    assert init_tab.samples[0].std > init_tab.samples[1].std
    spec = init_tab.figure_spec()
    assert [s.kind for s in spec.panels[0].series] == ["histogram", "line", "histogram", "line"]


def test_same_seed_same_histogram(init_tab, qtbot):
    first = init_tab.histograms[0].counts.copy()
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.seed_spin.setValue(1)
    assert not np.array_equal(first, init_tab.histograms[0].counts)
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.seed_spin.setValue(0)
    np.testing.assert_array_equal(first, init_tab.histograms[0].counts)


def test_init_tab_self_test_steps_pass(init_tab):
    for _, step in init_tab.self_test_steps():
        step()


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
    timer.timeout.connect(lambda: ticks.append(depth_tab.worker.is_busy()))
    counter = _PaintCounter(depth_tab.worker.is_busy)
    depth_tab.progress.installEventFilter(counter)
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=40, width=512, batch=512, device="cpu"))
    timer.start(10)
    with qtbot.waitSignal(depth_tab.worker.done, timeout=120_000):
        depth_tab.run_button.click()
    timer.stop()
    assert sum(ticks) >= 3  # the event loop ran timers while the network was computing
    assert counter.paints >= 1  # and repainted the progress bar
    assert depth_tab.progress.value() == 100
    x, y = depth_tab.std_curve.getData()
    assert len(x) == 40


def test_cancel_stops_the_run_and_keeps_the_last_result(depth_tab, qtbot):
    before = depth_tab.current
    assert before is not None
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=100, width=1024, batch=1024, device="cpu"))
    messages = []
    depth_tab.status.connect(messages.append)
    with qtbot.waitSignal(depth_tab.worker.progress, timeout=60_000):
        depth_tab.run_button.click()
    assert depth_tab.cancel_button.isEnabled()
    with qtbot.waitSignal(depth_tab.worker.cancelled, timeout=60_000):
        qtbot.mouseClick(depth_tab.cancel_button, Qt.MouseButton.LeftButton)
    assert depth_tab.current is before
    assert len(depth_tab.std_curve.getData()[0]) == 4
    assert "Cancelled" in messages[-1]
    assert not depth_tab.cancel_button.isEnabled()


def test_changing_a_control_runs_again(depth_tab, qtbot):
    depth_tab.auto_check.setChecked(True)
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        depth_tab.layers_spin.setValue(7)
    assert len(depth_tab.std_curve.getData()[0]) == 7
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        depth_tab.activation_combo.setCurrentIndex(depth_tab.activation_combo.findData("relu"))
    assert depth_tab.current.result.config.activation == "relu"


def test_changing_the_network_leaves_the_lesson_but_a_size_keeps_it(depth_tab, qtbot):
    depth_tab.apply_preset("tanh_xavier", run_now=False)
    depth_tab.layers_spin.setValue(5)
    assert depth_tab.preset_combo.currentData() == "tanh_xavier"
    depth_tab.init_combo.setCurrentIndex(depth_tab.init_combo.findData("orthogonal"))
    assert depth_tab.preset_combo.currentIndex() == 0 and depth_tab.lesson.text() == ""


def test_preset_comparison_is_drawn_dashed_with_its_label(depth_tab, qtbot):
    depth_tab.apply_preset("relu_xavier_vs_kaiming", run_now=False)
    depth_tab.set_config(replace(get_preset("relu_xavier_vs_kaiming").config, layers=16, **SMALL))
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        depth_tab.request()
    run = depth_tab.current
    assert run.reference is not None and run.reference.config.init == "xavier_normal"
    np.testing.assert_array_equal(depth_tab.std_reference.yData, run.reference.act_std)  # data before the log
    # Xavier's 1/n halves the variance per layer; Kaiming keeps it: the comparison ends far lower.
    assert run.reference.act_std[-1] < 0.05 * run.result.act_std[-1]
    assert depth_tab.std_plot.getAxis("left").logMode  # spans more than two decades (2^7.5): log scale
    labels = [label.text for _, label in depth_tab.legend.items]
    assert "Xavier normal" in labels


def test_impossible_network_shows_a_message_and_does_not_run(depth_tab):
    before = depth_tab.current
    depth_tab.set_config(DepthConfig(activation="relu", init="kaiming_normal", layers=100, width=2048, batch=8192))
    depth_tab.request()
    assert depth_tab.message.isVisible() and "batch" in depth_tab.message.text()
    assert not depth_tab.worker.is_busy() and depth_tab.current is before


def test_choosing_a_layer_shows_its_histogram(depth_tab, qtbot):
    depth_tab.layer_spin.setValue(3)
    edges, density = depth_tab.hist_item.getData()
    counts, own_edges = depth_tab.current.result.layer_counts[2], depth_tab.current.result.layer_edges[2]
    np.testing.assert_array_equal(edges, own_edges)
    assert np.sum(density * np.diff(edges)) == pytest.approx(1.0)
    assert depth_tab.layer_line.value() == 3
    spec = depth_tab.figure_spec()
    assert len(spec.panels) == 5 and spec.panels[3].image.values.shape == (depth_tab.current.result.config.bins, 4)
    assert np.array_equal(spec.panels[4].series[0].x, own_edges) and counts.sum() == 64 * 64


def test_depth_tab_self_test_steps_pass(depth_tab):
    for _, step in depth_tab.self_test_steps():
        step()


def test_main_window_has_both_tabs(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.load()
    titles = [tab.title() for tab in window.lab_tabs()]
    assert "Initialisation" in titles and "Through depth" in titles
    for tab in window.lab_tabs():
        worker = getattr(tab, "worker", None)
        if worker is not None:
            worker.cancel()
            worker.wait_idle(60)


# ---- one parameter editor: the explorer's sliders, refusals in red, reset, greyed-out compare ---------------


def test_init_parameters_use_the_slider_editor_and_a_drag_redraws(init_tab, qtbot):
    from gui.common.param_panel import SliderParamPanel

    select(init_tab, qtbot, "uniform")
    assert isinstance(init_tab.params, SliderParamPanel) and isinstance(init_tab.params2, SliderParamPanel)
    slider = init_tab.params.editors["b"].slider
    assert slider is not None
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        slider.setValue(3.0)  # as a drag would
    assert init_tab.samples[0].params["b"] == pytest.approx(3.0)
    assert init_tab.params.editors["b"].spin.value() == pytest.approx(3.0)
    assert 2.99 < init_tab.samples[0].max <= 3.0  # 131,072 draws of U(0, 3) reach within 0.01 of 3


def test_init_typed_value_out_of_limits_is_refused_in_red(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    spin = init_tab.params.editors["b"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "500")  # the registry's maximum for b is 100
    problem = init_tab.params.problems["b"]
    assert not problem.isHidden() and "above the maximum 100" in problem.text()
    assert init_tab.params.values()["b"] <= 100


def test_init_engine_refusal_shows_under_its_parameter_and_clears(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    init_tab.params.set_values({"a": 2.0})
    init_tab.request()
    problem = init_tab.params.problems["a"]
    assert not problem.isHidden() and "a" in problem.text() and "b" in problem.text()
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.params.editors["a"].spin.setValue(0.5)
    assert problem.isHidden() and init_tab.samples[0].params["a"] == pytest.approx(0.5)


def test_init_reset_button_restores_the_registry_defaults(init_tab, qtbot):
    select(init_tab, qtbot, "normal", {"mean": 2.0, "std": 0.5})
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.params.reset_button.click()
    assert init_tab.samples[0].params == {"mean": 0.0, "std": 1.0}  # torch.nn.init.normal_'s defaults


def test_compare_parameters_are_greyed_out_until_compare_is_on(init_tab, qtbot):
    assert not init_tab.params2.isEnabled() and not init_tab.init2_combo.isEnabled()
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.compare_check.setChecked(True)
    assert init_tab.params2.isEnabled() and "gain" in init_tab.params2.editors
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.params2.editors["gain"].spin.setValue(2.0)
    assert init_tab.samples[1].params["gain"] == pytest.approx(2.0)


def test_depth_activation_and_initialiser_use_the_slider_editor(depth_tab, qtbot):
    from gui.common.param_panel import SliderParamPanel

    assert isinstance(depth_tab.activation_params, SliderParamPanel)
    assert isinstance(depth_tab.init_params, SliderParamPanel)
    depth_tab.auto_check.setChecked(True)
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        depth_tab.activation_combo.setCurrentIndex(depth_tab.activation_combo.findData("leaky_relu"))
    slider = depth_tab.activation_params.editors["negative_slope"].slider
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        slider.setValue(0.3)
    assert depth_tab.current.result.config.activation_params["negative_slope"] == pytest.approx(0.3)
    with qtbot.waitSignal(depth_tab.worker.done, timeout=60_000):
        depth_tab.activation_params.reset_button.click()
    assert depth_tab.current.result.config.activation_params["negative_slope"] == pytest.approx(0.01)


# ---- one device/precision control: the toolbar drives every tab --------------------------------------------


def test_toolbar_device_and_precision_drive_the_init_and_depth_tabs(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    window.load()
    explorer, init, depth = window.lab_tabs()
    bar = window.statusBar()
    assert not hasattr(depth, "device_combo")  # one device control, in the toolbar
    depth.auto_check.setChecked(False)
    depth.preset_combo.setCurrentIndex(0)
    depth.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=4, width=64, batch=64))
    depth.auto_check.setChecked(True)
    window.tabs.setCurrentWidget(init)
    assert window.device_bar.isEnabled()
    assert init.worker.wait_idle(60)

    with qtbot.waitSignal(init.worker.done, timeout=60_000):
        window.device_bar.set_choice(device="cpu", dtype="float64")
    assert init.samples[0].dtype == "float64" and init.samples[0].values.dtype == np.float64
    assert "CPU" in bar.currentMessage() and "float64" in bar.currentMessage()

    window.device_bar.set_choice(dtype="float16")  # the explorer can show float16; weights are not drawn in it
    assert explorer.dtype == "float16"
    assert init.dtype == "float64" and not init.worker.is_busy()
    assert "float16 is not offered here" in bar.currentMessage() and "float64" in bar.currentMessage()

    with qtbot.waitSignal(depth.worker.done, timeout=60_000):
        window.tabs.setCurrentWidget(depth)  # its first run, with what the toolbar said while it was hidden
    result = depth.current.result
    assert (result.device, result.dtype) == ("cpu", "float64")
    assert "float16 is not offered here" in bar.currentMessage() and "CPU in float64" in bar.currentMessage()

    with qtbot.waitSignal(depth.worker.done, timeout=60_000):
        window.device_bar.set_choice(dtype="float32")
    assert depth.current.result.dtype == "float32" and "not offered" not in bar.currentMessage()
    for tab in (init, depth):
        tab.worker.cancel()
        tab.worker.wait_idle(60)


@pytest.mark.skipif(cuda_available(), reason="checks the message shown without CUDA")
def test_asking_for_cuda_without_it_says_why_the_cpu_sampled(init_tab, qtbot):
    messages = []
    init_tab.status.connect(messages.append)
    with qtbot.waitSignal(init_tab.worker.done, timeout=30_000):
        init_tab.set_compute("cuda", "float32")
    assert init_tab.samples[0].device == "cpu"
    assert "CUDA is not available" in messages[-1] and "CPU" in messages[-1]
