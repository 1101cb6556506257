"""The explorer tab (pytest-qt, headless): change the model or a widget, check the plot followed.

Expected numbers come from closed forms written with numpy/math from the PyTorch
docs, or from the engine where the test is about the GUI showing the engine's values.
"""

import math
import re

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

import engine
from engine.devices import cuda_available
from figures.palette import OKABE_ITO
from gui.explorer.plots import LINE_WIDTH
from gui.explorer.tab import DEFAULT_POINTS, ExplorerTab
from gui.explorer.vector_view import DEFAULT_LOGITS


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def line_data(tab, index, row=0):
    x, y = tab.curve_items()[row][index].getOriginalDataset()  # the engine's arrays; drawn reduced to the pixels
    return np.asarray(x), np.asarray(y)


# ---------------------------------------------------------------- plotting and overlay
def test_checking_an_activation_plots_the_engines_arrays(tab, qtbot):
    with qtbot.waitSignal(tab.plotted, timeout=60_000):
        tab.catalogue.items["tanh"].setCheckState(0, Qt.CheckState.Checked)
    assert [len(r) for r in tab.curve_items()] == [1, 1, 1]
    x, f = line_data(tab, 0, 0)
    _, df = line_data(tab, 0, 1)
    _, d2f = line_data(tab, 0, 2)
    expected = engine.evaluate("tanh", {}, tab.x_min, tab.x_max, DEFAULT_POINTS, device=tab.device, dtype=tab.dtype)
    assert np.array_equal(x, expected.x) and np.array_equal(f, expected.f) and np.array_equal(df, expected.df)
    # and the engine's arrays are tanh: closed forms, float32 accuracy
    t = np.tanh(x)
    assert np.allclose(f, t, atol=1e-6)
    assert np.allclose(df, 1 - t**2, atol=1e-6)
    assert np.allclose(d2f, -2 * t * (1 - t**2), atol=1e-5)
    assert len(x) == 2001 and x[0] == -6 and x[-1] == 6


def test_moving_a_slider_changes_the_curve(tab, qtbot):
    index = tab.add_curve("leaky_relu")
    editor = tab.param_panel.editors["negative_slope"]
    with qtbot.waitSignal(tab.plotted, timeout=60_000):
        editor.slider.setValue(0.3)
    x, f = line_data(tab, index, 0)
    _, df = line_data(tab, index, 1)
    assert editor.spin.value() == pytest.approx(0.3)
    assert np.allclose(f, np.where(x >= 0, x, 0.3 * x), atol=1e-6)
    away = np.abs(x) > 1e-9
    assert np.allclose(df[away], np.where(x[away] > 0, 1.0, 0.3))
    assert tab.curves[index].params["negative_slope"] == pytest.approx(0.3)


def test_slider_drag_is_coalesced_but_ends_on_the_last_value(tab, qtbot):
    index = tab.add_curve("elu")
    editor = tab.param_panel.editors["alpha"]
    count = []
    tab.plotted.connect(lambda: count.append(1))
    for k in range(1, 41):
        editor.slider.setValue(0.5 + k * 0.05)  # 40 slider events in one burst, no event loop in between
    qtbot.waitUntil(
        lambda: tab.curves[index].params["alpha"] == pytest.approx(2.5) and not tab.curves[index].dirty, timeout=60_000
    )
    qtbot.wait(60)
    x, f = line_data(tab, index, 0)
    assert np.allclose(f, np.where(x > 0, x, 2.5 * np.expm1(x)), atol=1e-5)
    assert 1 <= len(count) < 40


def test_three_overlaid_activations_give_three_curves_per_plot_with_legend(tab):
    for name in ("relu", "sigmoid", "gelu"):
        tab.catalogue.items[name].setCheckState(0, Qt.CheckState.Checked)
    assert [len(r) for r in tab.curve_items()] == [3, 3, 3]
    legend = [label.text for _, label in tab.plots.legend.items]
    assert legend == ["ReLU", "Sigmoid", "GELU"]
    colors = [item.opts["pen"].color().name().upper() for item in tab.curve_items()[0]]
    assert colors == [c.upper() for c in OKABE_ITO[:3]]
    _, f = line_data(tab, 1, 0)
    x, _ = line_data(tab, 1, 0)
    assert np.allclose(f, sigmoid(x), atol=1e-6)


def test_eight_curves_at_once_each_in_its_own_palette_colour(tab):
    ids = ("relu", "leaky_relu", "elu", "selu", "gelu", "silu", "mish", "softplus")
    for name in ids:
        tab.add_curve(name)
    assert len(tab.plots.legend.items) == 8
    colors = {item.opts["pen"].color().name().upper() for item in tab.curve_items()[0]}
    assert colors == {c.upper() for c in OKABE_ITO}


def test_unchecking_removes_the_curve_and_its_legend_entry(tab):
    tab.add_curve("relu")
    tab.add_curve("tanh")
    relu_lines, relu_marks = [row[0] for row in tab.curve_items()], tab.marks(0)
    tab.catalogue.items["relu"].setCheckState(0, Qt.CheckState.Unchecked)
    assert [c.activation for c in tab.curves] == ["tanh"]
    assert [label.text for _, label in tab.plots.legend.items] == ["Tanh"]
    lines = [i for i in tab.plots.plots["f"].listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert lines == [tab.curve_items()[0][0]]
    on_plots = {id(i) for plot in tab.plots.plots.values() for i in plot.items}
    assert not {id(i) for i in (*relu_lines, relu_marks.kink_f, relu_marks.kink_df)} & on_plots


def test_two_leaky_relus_keep_their_own_slopes(tab):
    a = tab.add_curve("leaky_relu", {"negative_slope": 0.05})
    b = tab.add_curve("leaky_relu")
    tab.set_param(b, "negative_slope", 0.5)
    xa, fa = line_data(tab, a)
    xb, fb = line_data(tab, b)
    neg = xa < 0
    assert np.allclose(fa[neg], 0.05 * xa[neg]) and np.allclose(fb[neg], 0.5 * xb[neg])
    labels = [label.text for _, label in tab.plots.legend.items]
    assert labels == ["Leaky ReLU (negative_slope=0.05)", "Leaky ReLU (negative_slope=0.5)"]


def test_duplicate_copies_parameters_for_comparison(tab):
    a = tab.add_curve("elu", {"alpha": 2.0})
    tab.curve_list.list.setCurrentRow(a)
    tab.curve_list.duplicate_button.click()
    assert len(tab.curves) == 2 and tab.curves[1].params == {"alpha": 2.0}
    assert tab.current == 1


def test_reset_to_defaults_restores_the_registry_values(tab):
    index = tab.add_curve("softplus", {"beta": 3.0, "threshold": 10.0})
    tab.param_panel.reset_button.click()
    assert tab.curves[index].params == {"beta": 1.0, "threshold": 20.0}
    x, f = line_data(tab, index)
    assert np.allclose(f, np.log1p(np.exp(x)), atol=1e-5)
    assert tab.param_panel.editors["beta"].spin.value() == 1.0


# ---------------------------------------------------------------- bad input
def test_a_value_typed_above_the_maximum_is_refused_with_a_reason(tab, qtbot):
    index = tab.add_curve("leaky_relu")
    _, before = line_data(tab, index)
    before = before.copy()
    spin = tab.param_panel.editors["negative_slope"].spin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "5")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    problem = tab.param_panel.problems["negative_slope"]
    assert not problem.isHidden() and "above the maximum 1" in problem.text()
    assert spin.value() == pytest.approx(0.01)
    assert tab.curves[index].params["negative_slope"] == pytest.approx(0.01)
    assert np.array_equal(line_data(tab, index)[1], before)


def test_rrelu_lower_above_upper_is_refused_and_the_last_curve_stays(tab):
    index = tab.add_curve("rrelu")
    _, before = line_data(tab, index)
    before = before.copy()
    tab.set_param(index, "lower", 0.9)
    assert tab.curves[index].params["lower"] == pytest.approx(1 / 8)
    assert "must not exceed upper" in tab.param_panel.problems["lower"].text()
    assert not tab.param_panel.problems["lower"].isHidden()
    assert "must not exceed upper" in tab.last_error
    assert np.array_equal(line_data(tab, index)[1], before)
    assert tab.param_panel.editors["lower"].spin.value() == pytest.approx(0.125)


def test_an_empty_x_range_is_refused_and_the_plot_keeps_its_range(tab):
    tab.add_curve("relu")
    tab.set_x_range(3.0, 1.0)
    assert (tab.x_min, tab.x_max) == (-6.0, 6.0)
    assert not tab.controls.range_problem.isHidden()
    x, _ = line_data(tab, 0)
    assert x[0] == -6.0 and x[-1] == 6.0


def test_vector_activations_are_not_curves(tab):
    with pytest.raises(engine.EngineError):
        tab.add_curve("softmax")


# ---------------------------------------------------------------- range, points, f''
def test_x_range_and_points_reach_the_engine(tab):
    tab.add_curve("sigmoid")
    tab.set_x_range(-2.0, 3.0)
    tab.set_points(11)
    x, f = line_data(tab, 0)
    assert np.allclose(x, np.linspace(-2, 3, 11)) and np.allclose(f, sigmoid(x), atol=1e-6)
    assert (tab.controls.x_min_spin.value(), tab.controls.x_max_spin.value(), tab.controls.points_spin.value()) == (-2.0, 3.0, 11)


def test_panning_recomputes_over_the_visible_range(tab, qtbot):
    tab.add_curve("tanh")
    tab.plots.plots["f"].setXRange(10.0, 20.0, padding=0)  # as a mouse drag does
    qtbot.waitUntil(lambda: tab.x_min == pytest.approx(10.0), timeout=60_000)
    x, _f = line_data(tab, 0)
    assert x[0] == pytest.approx(10.0) and x[-1] == pytest.approx(20.0)
    assert tab.controls.x_min_spin.value() == pytest.approx(10.0)


def test_hiding_f_second_hides_its_plot(tab):
    tab.add_curve("gelu")
    tab.set_show_second(False)
    assert not tab.plots.row_visible("d2f") and tab.plots.row_visible("df")
    assert len(tab.figure_spec().panels) == 2
    tab.set_show_second(True)
    assert tab.plots.row_visible("d2f") and tab.curves[0].curve.d2f is not None


# ---------------------------------------------------------------- readout
def _parse_readout(text):
    values = {}
    for line in text.splitlines()[1:]:
        name, _, rest = line.partition(": ")
        values[name] = {k: float(v) for k, v in re.findall(r"(f″?′?) = (-?[\d.e+-]+)", rest)}
    return values


def test_readout_at_a_known_x_equals_the_engine_and_the_closed_forms(tab):
    for name in ("relu", "sigmoid", "tanh"):
        tab.add_curve(name)
    text = tab.readout_at(0.5)
    assert text.splitlines()[0] == "x = 0.5"
    values = _parse_readout(text)
    for name, act in (("ReLU", "relu"), ("Sigmoid", "sigmoid"), ("Tanh", "tanh")):
        c = engine.evaluate(act, x=[0.5], device=tab.device, dtype=tab.dtype)
        assert values[name] == {"f": float(f"{c.f[0]:.6g}"), "f′": float(f"{c.df[0]:.6g}"), "f″": float(f"{c.d2f[0]:.6g}")}
    s = 1 / (1 + math.exp(-0.5))
    t = math.tanh(0.5)
    assert values["Sigmoid"]["f"] == pytest.approx(s, rel=1e-5)
    assert values["Sigmoid"]["f′"] == pytest.approx(s * (1 - s), rel=1e-5)
    assert values["Sigmoid"]["f″"] == pytest.approx(s * (1 - s) * (1 - 2 * s), rel=1e-4)
    assert values["Tanh"]["f′"] == pytest.approx(1 - t * t, rel=1e-5)
    assert values["ReLU"] == {"f": 0.5, "f′": 1.0, "f″": 0.0}
    assert tab.plots.cursors["f"].value() == 0.5 and tab.plots.cursors["d2f"].isVisible()


def test_readout_at_relu_kink_shows_the_autograd_value(tab):
    tab.add_curve("relu")
    assert _parse_readout(tab.readout_at(0.0))["ReLU"]["f′"] == 0.0  # PyTorch: ReLU'(0) = 0


def test_readout_leaves_out_a_curve_hidden_from_the_legend(tab):
    tab.add_curve("relu")
    tab.add_curve("tanh")
    tab.curve_items()[0][0].setVisible(False)  # a click on its legend sample does this
    assert list(_parse_readout(tab.readout_at(1.0))) == ["Tanh"]
    assert not tab.curve_items()[1][0].isVisible()


# ---------------------------------------------------------------- teaching marks
def test_sigmoid_saturation_shading_covers_abs_x_beyond_4_6(tab):
    tab.add_curve("sigmoid")
    tab.set_eps(0.01)
    s = (1 + math.sqrt(1 - 0.04)) / 2
    edge = math.log(s / (1 - s))  # σ'(edge) = 0.01
    step = (tab.x_max - tab.x_min) / (tab.points - 1)
    for row in ("f", "df"):
        regions = [r.getRegion() for r in tab.marks(0).regions[row] if r.isVisible()]
        assert len(regions) == 2
        (a, b), (c, d) = regions
        assert a == tab.x_min and d == tab.x_max
        assert abs(b + edge) < step and abs(c - edge) < step


def test_a_larger_eps_widens_the_shading(tab):
    tab.add_curve("sigmoid")
    tab.set_eps(0.1)
    s = (1 + math.sqrt(1 - 0.4)) / 2
    edge = math.log(s / (1 - s))
    (_, b), (c, _) = [r.getRegion() for r in tab.marks(0).regions["df"] if r.isVisible()]
    assert abs(c - edge) < 0.01 and abs(b + edge) < 0.01


def test_relu_kink_marks_autograd_value_and_one_sided_limits(tab):
    tab.add_curve("relu")
    items = tab.marks(0)
    assert [tuple(p) for p in np.column_stack(items.kink_f.getData())] == [(0.0, 0.0)]
    assert [tuple(p) for p in np.column_stack(items.kink_df.getData())] == [(0.0, 0.0)]
    assert sorted(tuple(p) for p in np.column_stack(items.kink_limits.getData())) == [(0.0, 0.0), (0.0, 1.0)]
    assert items.kink_texts[0].isVisible() and "= 0" in items.kink_texts[0].toPlainText()


def test_output_bounds_are_dashed_lines(tab):
    tab.add_curve("sigmoid")
    lines = [line.value() for line in tab.marks(0).bound_lines if line.isVisible()]
    assert lines == [0.0, 1.0]
    tab.add_curve("hardtanh", {"min_val": -2.0, "max_val": 0.5})
    assert [line.value() for line in tab.marks(1).bound_lines if line.isVisible()] == [-2.0, 0.5]


def test_rrelu_training_shows_random_draws_inside_a_band_and_resamples(tab):
    index = tab.add_curve("rrelu", {"training": True})
    items = tab.marks(index)
    assert items.band["f"][2].isVisible()
    x, f = line_data(tab, index)
    neg = x < 0
    assert np.all(f[neg] <= (1 / 8) * x[neg] + 1e-6) and np.all(f[neg] >= (1 / 3) * x[neg] - 1e-6)
    before = f.copy()
    tab.extras.resample_button.click()
    assert not np.array_equal(line_data(tab, index)[1], before)
    tab.set_param(index, "training", False)
    x, f = line_data(tab, index)
    assert not items.band["f"][2].isVisible()
    assert np.allclose(f[x < 0], (1 / 8 + 1 / 3) / 2 * x[x < 0])


def test_gelu_difference_to_its_tanh_form_is_plotted(tab):
    tab.add_curve("gelu")
    tab.extras.gap_check.setChecked(True)
    assert tab.plots.row_visible("gap")
    x, d = tab.marks(0).gap_lines[0].getOriginalDataset()
    erf = np.array([math.erf(v / math.sqrt(2)) for v in x])
    approx = 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x**3)))
    assert np.allclose(d, 0.5 * x * (1 + erf) - approx, atol=2e-6)  # float32 computation
    assert "max |exact − tanh|" in tab.notes.toPlainText()
    tab.extras.gap_check.setChecked(False)
    assert not tab.plots.row_visible("gap")


def test_notes_show_computed_max_slope(tab):
    tab.add_curve("sigmoid")
    text = tab.notes.toPlainText()
    assert "0.25 at x = 0" in text and "σ′(x) = σ(x)(1 − σ(x))" in text
    tab.add_curve("relu")
    assert "1 for x > 0" in tab.notes.toPlainText()


def test_float16_loses_the_sigmoid_tail_visibly(tab):
    tab.add_curve("sigmoid")
    tab.set_x_range(-12.0, 12.0)
    tab.set_compute("cpu", "float16")
    tab.set_log_df(True)
    curve = tab.curves[0].curve
    x, df = curve.x, curve.df
    # float16 has 11 significant bits: σ(x) rounds to exactly 1 once 1 - σ(x) < 2^-12,
    # i.e. x > ln(2^12) ≈ 8.3, so autograd's σ(1 - σ) is 0 there although σ'(9) ≈ 1.2e-4.
    far = x > 8.5
    assert np.all(df[far] == 0)
    assert np.all(sigmoid(x[far]) * (1 - sigmoid(x[far])) > 1e-6)
    assert tab.curves[0].curve.dtype == "float16" and "float16" in tab.last_message()
    assert tab.plots.plots["df"].getAxis("left").logMode
    xs, shown = tab.curve_items()[1][0].getData()  # log10 |f′| as drawn: the lost tail has no point on the plot
    assert np.all(~np.isfinite(shown[xs > 8.5])) and np.all(np.isfinite(shown[np.abs(xs) < 4]))


# ---------------------------------------------------------------- catalogue, figure
def test_search_filters_the_catalogue(tab):
    tab.catalogue.search.setText("shrink")
    assert tab.catalogue.visible_ids() == ["tanhshrink", "softshrink", "hardshrink"]
    tab.catalogue.search.setText("")
    assert len(tab.catalogue.visible_ids()) == len(engine.ACTIVATIONS)


def test_figure_spec_is_the_current_view(tab):
    tab.add_curve("relu")
    tab.add_curve("tanh")
    spec = tab.figure_spec()
    assert [p.title for p in spec.panels] == ["f(x)", "f′(x)", "f″(x)"]
    assert [s.label for s in spec.panels[0].series] == ["ReLU", "Tanh"]
    _x, f = line_data(tab, 1)
    assert np.array_equal(spec.panels[0].series[1].y, f) and spec.panels[0].series[1].color == 1
    assert 0.0 in spec.panels[0].vlines  # ReLU's kink
    assert spec.panels[0].hlines == [-1.0, 0.0, 1.0]  # tanh in (-1, 1), ReLU >= 0


def test_saturation_shading_exports_in_the_colour_the_screen_shades_it(tab):
    from PySide6.QtGui import QColor

    from gui.export.style import style_for

    tab.add_curve("sigmoid")
    tab.add_curve("tanh")
    tab.select_curve(1)  # tanh's saturation is the one shaded, in tanh's colour
    region = tab.marks(1).regions["f"][0]
    assert region.isVisible()
    shown = region.brush.color()
    spec = tab.figure_spec()
    for panel in spec.panels[:2]:  # f and f'
        assert panel.bands == tab.curves[1].spans
        assert QColor(OKABE_ITO[panel.band_color]).name() == shown.name() == QColor(OKABE_ITO[1]).name()
    assert shown.alpha() == style_for("screen").band_alpha
    assert spec.panels[2].band_color is None and not spec.panels[2].bands


# ---------------------------------------------------------------- vector view
def _softmax(v):
    e = np.exp(v - np.max(v))
    return e / e.sum()


def test_vector_view_shows_softmax_bars_and_its_true_jacobian(tab):
    tab.catalogue.select("softmax")
    view = tab.vector_view
    assert tab.stack.currentWidget() is view
    logits = np.array(DEFAULT_LOGITS)
    p = _softmax(logits)
    assert np.allclose(view.output_bars.opts["height"], p, atol=1e-6)
    assert np.allclose(view.input_bars.opts["height"], logits)
    assert np.allclose(view.image.image.T, np.diag(p) - np.outer(p, p), atol=1e-6)  # image is [x=j, y=i]
    view.set_param("temperature", 2.0)
    q = _softmax(logits / 2)
    assert np.allclose(view.result.output, q, atol=1e-6)
    assert np.allclose(view.result.jacobian, (np.diag(q) - np.outer(q, q)) / 2, atol=1e-6)
    spec = tab.figure_spec()  # the export shows what the view shows
    assert np.array_equal(spec.panels[2].image.values, view.result.jacobian)
    assert np.array_equal(spec.panels[1].series[0].y, view.result.output)


def test_vector_view_log_softmax_and_glu(tab):
    tab.catalogue.select("log_softmax")
    p = _softmax(np.array(DEFAULT_LOGITS))
    assert np.allclose(tab.vector_view.result.jacobian, np.eye(10) - p[None, :], atol=1e-6)
    tab.catalogue.select("glu")
    assert tab.vector_view.result.jacobian.shape == (5, 10)


def test_vector_view_refuses_bad_input_and_keeps_the_last_good_one(tab, qtbot):
    tab.catalogue.select("softmax")
    view = tab.vector_view
    good = view.result
    view.input_edit.setText("1, two, 3")
    view.input_edit.editingFinished.emit()
    assert not view.input_problem.isHidden() and "expected a number, got 'two'" in view.input_problem.text()
    assert view.result is good
    tab.catalogue.select("glu")
    assert not view.set_vector([1.0, 2.0, 3.0])  # GLU needs an even length
    assert "even length" in view.input_problem.text()
    assert view.result.input.size == 10


# ---------------------------------------------------------------- device, dtype, main window
def test_set_param_emits_plotted_once_with_the_new_data(tab, qtbot):
    index = tab.add_curve("celu")
    seen = []
    tab.plotted.connect(lambda: seen.append(line_data(tab, index)[1].copy()))
    tab.set_param(index, "alpha", 2.0)
    assert len(seen) == 1
    x, _ = line_data(tab, index)
    assert np.allclose(seen[0], np.where(x > 0, x, 2.0 * np.expm1(x / 2.0)), atol=1e-5)


@pytest.mark.skipif(cuda_available(), reason="checks the message shown without CUDA")
def test_asking_for_cuda_without_it_says_why_the_cpu_was_used(tab):
    tab.add_curve("relu")
    tab.set_compute("cuda", "float32")
    assert tab.curves[0].curve.device == "cpu"
    assert "CUDA is not available" in tab.last_message() and "CPU" in tab.last_message()


def test_toolbar_dtype_reaches_the_plot_and_the_status_bar(qtbot):
    from gui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.load()
    tab = window.current_tab()
    assert isinstance(tab, ExplorerTab)
    assert "float32" in window.statusBar().currentMessage()  # the explorer's plot, not another tab's news
    window.device_bar.set_choice(device="cpu", dtype="float64")
    assert (tab.device, tab.dtype) == ("cpu", "float64")
    assert all(p.curve.dtype == "float64" for p in tab.curves)
    message = window.statusBar().currentMessage()
    assert "CPU" in message and "float64" in message
    others = [i for i, t in enumerate(window.lab_tabs()) if not hasattr(t, "set_compute")]
    if others:
        window.tabs.setCurrentIndex(others[0])
        assert not window.device_bar.isEnabled()
        window.tabs.setCurrentIndex(0)
        assert window.device_bar.isEnabled() and window.statusBar().currentMessage() == message


def test_the_marked_up_view_exports_with_its_marks(tab):
    from gui.export.formats import figure_png_bytes

    tab.add_curve("sigmoid")
    gelu = tab.add_curve("gelu")
    tab.extras.gap_check.setChecked(True)
    tab.set_log_df(True)
    tab.select_curve(0)  # sigmoid's saturation is the one shaded
    spec = tab.figure_spec()
    assert [p.title for p in spec.panels][:3] == ["f(x)", "|f′(x)|", "f″(x)"] and spec.panels[1].log_y
    assert np.all(spec.panels[1].series[0].y >= 0)
    assert spec.panels[0].bands == tab.curves[0].spans and len(spec.panels[0].bands) == 2
    assert spec.panels[0].hlines == [0.0, 1.0]
    _x, gap = tab.marks(gelu).gap_lines[0].getOriginalDataset()
    assert np.array_equal(spec.panels[3].series[0].y, gap)
    assert figure_png_bytes(spec, width=640, height=640).startswith(b"\x89PNG")


# ---------------------------------------------------------------- fast drawing keeps what is shown
def test_a_dense_curve_is_drawn_as_each_pixel_columns_extremes_but_keeps_every_point(tab, qtbot):
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_points(100_001)
    tab.add_curve("relu")
    line = tab.curve_items()[0][0]
    x, y = line.getOriginalDataset()  # what the item holds: every point the engine computed
    grid = np.linspace(-6, 6, 100_001)
    assert len(x) == 100_001 and np.allclose(x, grid, atol=1e-5) and np.array_equal(y, np.maximum(x, 0))
    shown_x, shown_y = line.getData()  # what is drawn
    columns = line.getViewBox().width()
    chunk = len(x) // columns  # pyqtgraph takes a min/max pair per whole number of points, about a pixel column's:
    assert 2 <= len(shown_x) <= 2 * len(x) / chunk + 4  # at most a pair per column (a 622 px view: 160 of 160.8)
    column = 12 / columns
    # the extremes survive (pyqtgraph leaves out the last, partial column: less than a pixel)
    assert shown_y.min() == 0.0 and shown_y.max() >= y[x <= 6 - column].max()
    lo, hi = np.searchsorted(x, shown_x - column), np.searchsorted(x, shown_x + column, side="right")
    for a, b, value in zip(lo, hi, shown_y, strict=True):
        assert y[a:b].min() <= value <= y[a:b].max()  # every drawn point is a value ReLU takes in its column


def test_while_a_slider_drags_the_y_axis_only_widens_then_fits_the_curve(tab, qtbot):
    tab.show()  # pyqtgraph fits an auto-ranged view when it paints
    qtbot.waitExposed(tab)
    index = tab.add_curve("leaky_relu")  # x from -6 to 6: f from -6·slope to 6
    view = tab.plots.plots["f"].getViewBox()
    tab.set_param(index, "negative_slope", 0.5)
    lo, hi = view.viewRange()[1]
    assert lo <= -3.0 and hi >= 6.0  # the whole curve is in view
    tab.set_param(index, "negative_slope", 0.9)
    lo, hi = view.viewRange()[1]
    assert lo <= -5.4 and hi >= 6.0
    tab.set_param(index, "negative_slope", 0.1)  # the curve shrinks: the axis holds still while dragging
    assert view.viewRange()[1] == [lo, hi]
    qtbot.waitUntil(lambda: view.viewRange()[1][0] > -1.5, timeout=60_000)  # the drag has settled
    lo, hi = view.viewRange()[1]
    assert -1.5 < lo <= -0.6 and 6.0 <= hi < 7.0  # fitted to [-0.6, 6] with a little padding
    pen = tab.curve_items()[0][index].opts["pen"]
    assert pen.widthF() == LINE_WIDTH and tab.curve_items()[0][index].opts["antialias"]


def test_only_the_selected_curves_kink_label_is_shown(tab):
    relu = tab.add_curve("relu")
    leaky = tab.add_curve("leaky_relu")  # now the selected curve
    tab.set_param(leaky, "negative_slope", 0.3)
    tab.set_x_range(-5.0, 5.0)  # every curve re-plotted, its marks too
    assert not tab.marks(relu).kink_texts[0].isVisible()
    label = tab.marks(leaky).kink_texts[0]
    assert label.isVisible() and "f′(0) = 0.3" in label.toPlainText()  # PyTorch: leaky_relu′(0) = slope


def test_the_readout_label_shows_the_values_at_the_cursor_one_line_per_curve(tab, qtbot):
    tab.show()
    qtbot.waitExposed(tab)
    tab.add_curve("tanh")
    tab.readout_at(0.5)
    assert f"{math.tanh(0.5):.6g}" in tab.readout.text()
    one = tab.readout_box.height()
    tab.add_curve("relu")  # one more line in the table: the label grows with its box
    qtbot.waitUntil(lambda: tab.readout.height() == tab.readout_box.height() > one, timeout=60_000)
    assert tab.readout.width() == tab.readout_box.width() > 100


def test_during_a_drag_legend_and_readout_catch_up_with_the_last_value(tab, qtbot):
    index = tab.add_curve("leaky_relu")
    tab.readout_at(-1.0)
    for k in range(1, 31):  # a drag: many changes in a row, no event loop in between
        tab.set_param(index, "negative_slope", k / 100)
    label = tab.plots.legend.getLabel(tab.curve_items()[0][index])
    qtbot.waitUntil(lambda: label.text == "Leaky ReLU (negative_slope=0.3)", timeout=60_000)
    row = next(r for r in tab.readout.text().split("<tr>") if "Leaky ReLU" in r)
    assert "negative_slope=0.3" in row and ">&nbsp;-0.3&nbsp;<" in row  # f(-1) = -0.3 at the cursor
    assert tab.curve_list.list.item(index).text() == "Leaky ReLU (negative_slope=0.3)"
