"""Issue 11 in the explorer: what a student types or clicks never widens, hides, lies or opens an error dialog.

One test (or a small family) per cause; expectations are the behaviour asked for in the issue, the
engine's own refusal text, or closed forms (softmax written with numpy).
"""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

import engine
from gui.common import errors
from gui.explorer.plots import X_LIMIT
from gui.explorer.tab import DEFAULT_POINTS


@pytest.fixture
def tab(tab, qtbot):
    """The explorer tab (conftest.py), shown: keyboard focus and mouse events need a window."""
    tab.show()
    qtbot.waitExposed(tab)
    return tab


@pytest.fixture
def messages(tab):
    seen: list[str] = []
    tab.status.connect(seen.append)
    return seen


def line_x(tab, index):
    x, _ = tab.curve_items()[0][index].getOriginalDataset()
    return np.asarray(x)


def type_into(qtbot, spin, text):
    """Select the field's text, insert ``text`` as typed (non-ASCII too), press Enter."""
    spin.lineEdit().selectAll()
    spin.lineEdit().insert(text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


# ---------------------------------------------------------------- 1. log |f′| changes only y
def test_ticking_log_df_again_and_again_keeps_the_x_range(tab, qtbot):
    tab.add_curve("tanh")
    for _ in range(4):
        tab.controls.log_check.click()
        qtbot.wait(250)  # past the view-range debounce: a widened view would have been recomputed by now
        assert tab.plots.x_range() == (-6.0, 6.0)
        assert (tab.x_min, tab.x_max) == (-6.0, 6.0)
        assert line_x(tab, 0)[0] == -6.0 and line_x(tab, 0)[-1] == 6.0
    for row in ("f", "df", "d2f"):
        assert not tab.plots.plots[row].getViewBox().autoRangeEnabled()[0]


# ---------------------------------------------------------------- 2. keyboard on a filtered catalogue, Undo
def test_space_on_a_catalogue_row_hidden_by_the_search_does_not_remove_its_curve(tab, qtbot):
    tab.add_curve("tanh")
    tab.catalogue.select("tanh")
    tab.catalogue.search.setText("gelu")
    tab.catalogue.tree.setFocus()
    qtbot.keyClick(tab.catalogue.tree, Qt.Key.Key_Space)
    assert [p.activation for p in tab.curves] == ["tanh"]
    # a visible row still answers Space
    tab.catalogue.tree.setCurrentItem(tab.catalogue.items["gelu"])
    qtbot.keyClick(tab.catalogue.tree, Qt.Key.Key_Space)
    assert [p.activation for p in tab.curves] == ["tanh", "gelu"]


def test_undo_puts_removed_and_cleared_curves_back_with_params_colours_and_order(tab, qtbot):
    for act, params in (("tanh", {}), ("leaky_relu", {"negative_slope": 0.3}), ("elu", {"alpha": 2.0})):
        tab.add_curve(act, params)
    before = [(p.activation, dict(p.params), p.slot) for p in tab.curves]
    pens = [items.lines["f"].opts["pen"].color().name() for items in tab.items]
    tab.remove_curve(1)
    assert [p.activation for p in tab.curves] == ["tanh", "elu"]
    assert tab.curve_list.undo_button.isEnabled()
    assert tab.undo_remove()
    assert [(p.activation, dict(p.params), p.slot) for p in tab.curves] == before
    assert [items.lines["f"].opts["pen"].color().name() for items in tab.items] == pens
    assert [label.text for _, label in tab.plots.legend.items] == tab.labels()  # legend in curve order
    tab.curve_list.clear_button.click()
    assert tab.curves == [] and not tab.catalogue.is_checked("tanh")
    tab.setFocus()
    qtbot.keySequence(tab, QKeySequence(QKeySequence.StandardKey.Undo))  # Ctrl+Z
    assert [(p.activation, dict(p.params), p.slot) for p in tab.curves] == before
    assert tab.catalogue.is_checked("leaky_relu")
    x, f = tab.curve_items()[0][1].getOriginalDataset()
    assert np.allclose(f, np.where(x > 0, x, 0.3 * x), atol=1e-6)  # plotted again with its own slope
    while tab.undo_remove():  # the fixture's own Clear is undone too, then nothing is left
        pass
    assert not tab.curve_list.undo_button.isEnabled()


# ---------------------------------------------------------------- 3. status line and legend
def test_the_status_line_follows_remove_clear_and_leaving_the_vector_view(tab, messages):
    tab.add_curve("tanh")
    tab.add_curve("gelu")
    tab.remove_curve(0)
    assert messages[-1].startswith("1 curve(s)")
    tab.clear_curves()
    assert "No curve plotted" in messages[-1]
    tab.add_curve("relu")
    tab.catalogue.select("softmax")
    assert "Softmax" in messages[-1]
    tab.catalogue.select("relu")
    assert messages[-1].startswith("1 curve(s)")


def test_the_legend_hides_when_empty(tab):
    tab.add_curve("tanh")
    assert tab.plots.legend.isVisible()
    tab.clear_curves()
    assert not tab.plots.legend.isVisible()


@pytest.mark.parametrize("count", [5, 8])
def test_the_legend_never_covers_the_f_plot(tab, qtbot, count):
    specs = [("tanh", {}), ("gelu", {}), ("leaky_relu", {"negative_slope": 0.2}), ("leaky_relu", {"negative_slope": 0.3})]
    specs += [("elu", {}), ("sigmoid", {}), ("softplus", {}), ("mish", {})]
    for act, params in specs[:count]:
        tab.add_curve(act, params)
    qtbot.wait(50)
    legend = tab.plots.legend.sceneBoundingRect()
    view = tab.plots.plots["f"].getViewBox().sceneBoundingRect()
    overlap = legend.intersected(view)
    assert overlap.width() * overlap.height() < 0.15 * view.width() * view.height()
    assert tab.plots.sceneRect().contains(legend)  # all of it on screen
    assert view.height() > 80  # and f(x) keeps room to be read


# ---------------------------------------------------------------- 4. number fields
def test_a_long_number_above_the_maximum_is_kept_whole_and_the_field_says_what_it_kept(tab, qtbot):
    index = tab.add_curve("elu")
    spin = tab.param_panel.editors["alpha"].spin
    type_into(qtbot, spin, "99999999")
    problem = tab.param_panel.problems["alpha"].text()
    assert "99999999 is above the maximum 10" in problem and "kept 1" in problem
    assert tab.curves[index].params["alpha"] == 1.0


@pytest.mark.parametrize(("typed", "expected"), [("１．５", 1.5), ("２", 2.0), ("０.２５", 0.25)])
def test_full_width_digits_are_read_in_parameter_fields(tab, qtbot, typed, expected):
    index = tab.add_curve("elu")
    type_into(qtbot, tab.param_panel.editors["alpha"].spin, typed)
    assert tab.curves[index].params["alpha"] == expected
    assert tab.param_panel.problems["alpha"].isHidden()


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("0", "0 is below the minimum 2: kept 2,001"),
        ("10000000", "above the maximum 100001: kept 2,001"),
        ("10⁷", "not a number"),
    ],
)
def test_points_out_of_range_say_they_kept_the_old_value(tab, qtbot, typed, reason):
    tab.add_curve("relu")
    type_into(qtbot, tab.controls.points_spin, typed)
    assert tab.points == DEFAULT_POINTS and line_x(tab, 0).size == DEFAULT_POINTS
    assert not tab.controls.range_problem.isHidden() and reason in tab.controls.range_problem.text()


def test_full_width_x_range_is_read(tab, qtbot):
    tab.add_curve("relu")
    type_into(qtbot, tab.controls.x_min_spin, "－２．５")
    assert tab.x_min == -2.5 and line_x(tab, 0)[0] == -2.5


def test_full_width_vector_input_is_read(tab):
    tab.catalogue.select("softmax")
    view = tab.vector_view
    view.input_edit.setText("１，２３")
    view.input_edit.editingFinished.emit()
    assert view.input_problem.isHidden()
    assert np.array_equal(view.result.input, [1.0, 23.0])


# ---------------------------------------------------------------- 5. marks and the view never raise
@pytest.fixture
def no_dialogs(qtbot):
    errors.install_excepthook()
    errors.ERROR_DIALOG.count = 0
    yield
    assert errors.ERROR_DIALOG.count == 0


@pytest.mark.parametrize(
    ("dtype", "x_range"),
    [("bfloat16", (4.99, 5.01)), ("float16", (-1e5, 1e5))],
)
def test_teaching_marks_refuse_under_the_plot_like_the_curves(tab, no_dialogs, dtype, x_range):
    band = tab.add_curve("rrelu", {"training": True})
    gap = tab.add_curve("gelu")
    tab.select_curve(gap)
    tab.extras.gap_toggled.emit(True)
    kept = [line_x(tab, i).copy() for i in (band, gap)]
    tab.set_x_range(*x_range)  # float32 can: then switch to a precision that cannot
    tab.set_compute("cpu", dtype)
    assert "cannot be computed" in tab.last_error and dtype in tab.last_error
    assert tab.marks(band).band and tab.marks(gap).has_gap()  # the marks of the curves still shown stay
    assert np.array_equal(line_x(tab, band)[[0, -1]], np.asarray(x_range, dtype=np.float32))
    assert all(k.size for k in kept)


def test_zooming_far_out_is_capped_and_raises_nothing(tab, qtbot, no_dialogs):
    tab.add_curve("relu")
    vb = tab.plots.plots["f"].getViewBox()
    for notch in range(400):
        vb.scaleBy(x=1.15, y=1)
        if notch % 50 == 0:
            qtbot.wait(1)
    qtbot.wait(250)
    tab.plots.viewport().repaint()
    lo, hi = tab.plots.x_range()
    assert -X_LIMIT <= lo < hi <= X_LIMIT
    assert (tab.x_min, tab.x_max) == (lo, hi)


def test_an_x_range_beyond_the_view_limit_is_refused_with_the_reason(tab):
    tab.add_curve("relu")
    tab.set_x_range(-1e7, 1e7)
    assert (tab.x_min, tab.x_max) == (-6.0, 6.0)
    assert "within ±1e+06" in tab.controls.range_problem.text()


def test_a_precision_that_merges_grid_points_says_so_in_the_status_line(tab, messages):
    tab.add_curve("relu")
    tab.set_compute("cpu", "bfloat16")
    tab.set_x_range(100.0, 110.0)  # bfloat16 steps by 0.5 there: 2,001 points share 21 values
    expected = engine.evaluate("relu", {}, 100.0, 110.0, DEFAULT_POINTS, device="cpu", dtype="bfloat16").grid_note
    assert expected and expected in messages[-1]


# ---------------------------------------------------------------- 6. softmax overflow explained
def test_softmax_overflow_shows_the_engines_reason_and_keeps_the_last_bars(tab):
    tab.catalogue.select("softmax")
    view = tab.vector_view
    good = view.output_bars.opts["height"].copy()
    with pytest.raises(engine.EngineError) as refusal:
        engine.evaluate_vector("softmax", [1e40, 1.0], dtype="float32")
    assert not view.set_vector([1e40, 1.0])
    assert refusal.value.message in view.input_problem.text()
    assert "nan" not in view.caption.text()
    assert np.array_equal(view.output_bars.opts["height"], good)
    x = np.array(view.vector)
    assert np.allclose(good, np.exp(x - x.max()) / np.exp(x - x.max()).sum(), atol=1e-6)


# ---------------------------------------------------------------- 7. user text is never HTML
def test_typed_html_is_shown_as_text_in_every_problem_line(tab, qtbot):
    tab.catalogue.select("softmax")
    view = tab.vector_view
    view.input_edit.setText("1,2,<h1>BIG</h1>")
    view.input_edit.editingFinished.emit()
    assert "<h1>BIG</h1>" in view.input_problem.text()
    tab.catalogue.select("elu")
    tab.add_curve("elu")
    tab.param_panel.editors["alpha"].spin.lineEdit().insert("<b>")
    labels = [view.input_problem, tab.controls.range_problem, *tab.param_panel.problems.values()]
    shown = [label for label in labels if label.text()]
    assert len(shown) >= 2
    for label in shown:
        assert label.textFormat() == Qt.TextFormat.PlainText
    rich = [w for w in tab.findChildren(QLabel) if w.textFormat() != Qt.TextFormat.PlainText and "<h1>" in w.text()]
    assert rich == []
    assert not [w for w in tab.findChildren(QMessageBox) if w.isVisible()]
