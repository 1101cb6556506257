"""The initialisation tab: change a control, check the view followed (napari-style qtbot tests)."""

import math

import numpy as np
import pytest

from engine.devices import cuda_available

pytest.importorskip("pytestqt")

from gui.common.param_panel import SliderParamPanel
from gui.initialization.tab import InitTab

# The offscreen platform cannot resize a shown window to new size hints; that is not the app's fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def init_tab(qtbot):
    tab = InitTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    assert tab.wait_idle(60)
    yield tab
    tab.cancel()
    tab.wait_idle(60)


def select(tab, qtbot, init_id, params=None):
    with qtbot.waitSignal(tab.computed, timeout=30_000):
        tab.select_init(init_id, params)


def test_choosing_an_initialiser_redraws_the_histogram(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 3.0})
    edges, density = init_tab.view.plotted_histogram(0)
    assert edges[0] < -1 < 3 < edges[-1]
    centres = (edges[:-1] + edges[1:]) / 2
    inside = (centres > -0.9) & (centres < 2.9)
    assert np.mean(density[inside]) == pytest.approx(0.25, rel=0.02)  # U(-1, 3)
    _x, pdf = init_tab.view.pdf_items[0].getData()
    assert np.max(pdf) == pytest.approx(0.25)
    assert init_tab.view.table.item(1, 1).text() == f"{4 / math.sqrt(12):.5g}"  # theoretical std


def test_kaiming_histogram_and_theory_follow_the_shape(init_tab, qtbot):
    init_tab.controls.set_layer_kind("conv2d")
    select(init_tab, qtbot, "kaiming_normal", {"nonlinearity": "relu"})
    s = init_tab.samples[0]
    assert s.shape == (256, 512, 3, 3)
    assert s.theory.std == pytest.approx(math.sqrt(2 / (512 * 9)))
    assert "fan_in = 4608" in init_tab.view.info.text()


def test_shape_only_one_layer_kind_accepts_switches_for_the_user(init_tab, qtbot):
    select(init_tab, qtbot, "dirac")
    assert init_tab.controls.layer_combo.currentData() == "conv2d"
    assert init_tab.samples[0].init == "dirac"
    select(init_tab, qtbot, "eye")
    assert init_tab.controls.layer_combo.currentData() == "linear"


def test_bad_parameters_show_a_message_and_keep_the_last_plot(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    before = init_tab.view.plotted_histogram(0)[1].copy()
    init_tab.controls.params.set_values({"a": 2.0})
    init_tab.request()
    assert init_tab.error_label.isVisible() and "uniform.a" in init_tab.error_label.text()
    assert "uniform.a" in init_tab.problem() and "uniform.a" in init_tab.last_message()
    assert not init_tab.is_busy()
    np.testing.assert_array_equal(init_tab.view.plotted_histogram(0)[1], before)


def test_compare_mode_overlays_a_second_initialiser_on_the_same_bins(init_tab, qtbot):
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        init_tab.controls.set_compare(True)
    np.testing.assert_array_equal(init_tab.view.plotted_histogram(0)[0], init_tab.view.plotted_histogram(1)[0])
    # Kaiming (relu-like default gain √2, fan_in 512) is wider than Xavier (2/(512+256)).
    assert init_tab.samples[0].std > init_tab.samples[1].std
    spec = init_tab.figure_spec()
    assert [s.kind for s in spec.panels[0].series] == ["histogram", "line", "histogram", "line"]


def test_same_seed_same_histogram(init_tab, qtbot):
    first = init_tab.histograms[0].counts.copy()
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        init_tab.controls.seed_spin.setValue(1)
    assert not np.array_equal(first, init_tab.histograms[0].counts)
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        init_tab.controls.seed_spin.setValue(0)
    np.testing.assert_array_equal(first, init_tab.histograms[0].counts)


def test_cancelling_a_sampling_run_puts_back_the_last_status_not_sampling(init_tab, qtbot):
    drawn = init_tab.last_message()
    assert drawn.startswith("Drew 131,072 weights")
    init_tab.controls.out_spin.setValue(20_000)  # 20,000 × 512 weights: long enough to cancel
    init_tab.request()
    assert init_tab.last_message() == "Sampling…"
    with qtbot.waitSignal(init_tab.cancelled, timeout=30_000):
        init_tab.cancel()
    assert "Sampling" not in init_tab.last_message()
    assert drawn in init_tab.last_message() and "Cancelled" in init_tab.last_message()
    assert init_tab.samples[0].count == 131_072  # the last histogram stays


def test_init_tab_self_test_steps_pass(init_tab):
    for _, step in init_tab.self_test_steps():
        step()


# ---- one parameter editor: the explorer's sliders, refusals in red, reset, greyed-out compare ---------------


def test_init_parameters_use_the_slider_editor_and_a_drag_redraws(init_tab, qtbot):
    select(init_tab, qtbot, "uniform")
    params, params2 = init_tab.controls.params, init_tab.controls.params2
    assert isinstance(params, SliderParamPanel) and isinstance(params2, SliderParamPanel)
    slider = params.editors["b"].slider
    assert slider is not None
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        slider.setValue(3.0)  # as a drag would
    assert init_tab.samples[0].params["b"] == pytest.approx(3.0)
    assert params.editors["b"].spin.value() == pytest.approx(3.0)
    assert 2.99 < init_tab.samples[0].max <= 3.0  # 131,072 draws of U(0, 3) reach within 0.01 of 3


def test_init_typed_value_out_of_limits_is_refused_in_red(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    params = init_tab.controls.params
    spin = params.editors["b"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "500")  # the registry's maximum for b is 100
    problem = params.problems["b"]
    assert not problem.isHidden() and "above the maximum 100" in problem.text()
    assert params.values()["b"] <= 100


def test_init_engine_refusal_shows_under_its_parameter_and_clears(init_tab, qtbot):
    select(init_tab, qtbot, "uniform", {"a": -1.0, "b": 1.0})
    params = init_tab.controls.params
    params.set_values({"a": 2.0})
    init_tab.request()
    problem = params.problems["a"]
    assert not problem.isHidden() and "a" in problem.text() and "b" in problem.text()
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        params.editors["a"].spin.setValue(0.5)
    assert problem.isHidden() and init_tab.samples[0].params["a"] == pytest.approx(0.5)
    assert not init_tab.error_label.isVisible() and init_tab.problem() == ""


def test_init_reset_button_restores_the_registry_defaults(init_tab, qtbot):
    select(init_tab, qtbot, "normal", {"mean": 2.0, "std": 0.5})
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        init_tab.controls.params.reset_button.click()
    assert init_tab.samples[0].params == {"mean": 0.0, "std": 1.0}  # torch.nn.init.normal_'s defaults


def test_compare_parameters_are_greyed_out_until_compare_is_on(init_tab, qtbot):
    controls = init_tab.controls
    assert not controls.params2.isEnabled() and not controls.init2_combo.isEnabled()
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        controls.set_compare(True)
    assert controls.params2.isEnabled() and "gain" in controls.params2.editors
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        controls.params2.editors["gain"].spin.setValue(2.0)
    assert init_tab.samples[1].params["gain"] == pytest.approx(2.0)


@pytest.mark.skipif(cuda_available(), reason="checks the message shown without CUDA")
def test_asking_for_cuda_without_it_says_why_the_cpu_sampled(init_tab, qtbot):
    messages = []
    init_tab.status.connect(messages.append)
    with qtbot.waitSignal(init_tab.computed, timeout=30_000):
        init_tab.set_compute("cuda", "float32")
    assert init_tab.samples[0].device == "cpu"
    assert "CUDA is not available" in messages[-1] and "CPU" in messages[-1]


def test_table_headers_are_whole_or_the_table_scrolls_on_a_small_screen(init_tab, qtbot):
    init_tab.resize(700, 560)  # the right-hand side of a 1024 × 640 window
    init_tab.controls.set_compare(True)
    init_tab.controls.params2.set_values({"gain": 2.5})
    select(init_tab, qtbot, "kaiming_normal", {"mode": "fan_out", "nonlinearity": "relu"})
    table = init_tab.view.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.count() == 4, timeout=60_000)
    margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin)
    texts = [table.horizontalHeaderItem(i).text() for i in range(header.count())]
    assert "kaiming_normal(mode=fan_out, nonlinearity=relu): theory" in texts
    for i, text in enumerate(texts):
        assert header.sectionSize(i) >= header.fontMetrics().horizontalAdvance(text) + margin
    total = sum(header.sectionSize(i) for i in range(header.count()))
    bar = table.horizontalScrollBar()
    # the scroll bar reaches the last column
    qtbot.waitUntil(lambda: total <= table.viewport().width() + bar.maximum() + 1, timeout=60_000)
