"""The training tab on a regression dataset: the fit view in the map's place with the engine's numbers, the
contributions adding up to the drawn fit, the task's loss and defaults, the view kept in the state."""

from __future__ import annotations

import numpy as np
import pytest

from engine.regression import fit_of
from engine.training import Trainer
from engine.training_config import TrainConfig
from figures.table import figure_csv_text
from states.training import TrainingState

pytestmark = pytest.mark.gui


def steps(tab, config: TrainConfig, epochs: int) -> None:
    tab.set_config(config)
    assert tab.wait_idle(60) and tab.problem() == ""
    tab.step(epochs)
    assert tab.wait_idle(60) and tab.problem() == ""


def test_a_curve_shows_the_fit_with_the_engines_kinks_and_contributions(tab, qtbot):
    config = TrainConfig(dataset="sine", hidden=(8,), activation="relu", optimizer="adam", lr=0.01, seed=5)
    steps(tab, config, 20)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    assert tab.map_stack.currentWidget() is tab.fit_view
    engine_run = Trainer(config)
    engine_run.step(20)
    expected = fit_of(engine_run.config, engine_run.weights())
    assert tab.frame.main.history[-1].train_loss == engine_run.history[-1].train_loss
    np.testing.assert_array_equal(tab.fit_view.kinks.getData()[0], expected.kinks)
    facts = tab.fit_view.facts.text()
    assert f"{len(expected.kinks)} kinks\n" in facts and "at most 8" in facts and tab.fit_view.contributions_check.isVisible()
    tab.fit_view.set_contributions(True)
    curves = [item.getData()[1] for item in tab.fit_view.units if item.isVisible()]
    assert len(curves) == 8
    np.testing.assert_allclose(np.sum(curves, axis=0) + expected.bias, tab.fit_view.output.getData()[1], atol=1e-12)
    state = tab.state()
    assert state.contributions and state.loss == "squared"
    assert TrainingState.build(state.section()) == state  # the view goes to the file and back
    header = figure_csv_text(tab.figure_spec()).splitlines()[0]
    assert header.endswith("x,target,fit")


def test_identity_says_straight_line_and_tanh_smooth(tab, qtbot):
    steps(tab, TrainConfig(dataset="abs", hidden=(8, 8), activation="identity", optimizer="adam", lr=0.01), 3)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    assert "straight line" in tab.fit_view.facts.text() and len(tab.fit_view.kinks.getData()[0]) == 0
    steps(tab, TrainConfig(dataset="abs", hidden=(8,), activation="tanh", optimizer="adam", lr=0.01), 3)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    assert "smooth" in tab.fit_view.facts.text()


def test_a_regression_run_plots_its_loss_alone_and_a_classification_run_its_accuracy_too(tab, qtbot):
    """Squared error has no classes: no empty Accuracy plot beside the loss (its room goes to the loss)."""
    curves = tab.curves
    steps(tab, TrainConfig(dataset="sine", hidden=(4,), activation="tanh", optimizer="adam", lr=0.01), 2)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    grid = curves.widget.ci.layout
    laid_out = [grid.itemAt(i) for i in range(grid.count())]
    assert curves.loss_plot in laid_out and curves.accuracy_plot not in laid_out
    assert not curves.accuracy_plot.isVisible() and len(curves.train_loss.getData()[0]) == 3  # epochs 0, 1, 2
    steps(tab, TrainConfig(dataset="circle", hidden=(4,), activation="tanh"), 2)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    laid_out = [grid.itemAt(i) for i in range(grid.count())]
    assert curves.accuracy_plot in laid_out and curves.accuracy_plot.isVisible()
    accuracy = curves.train_accuracy.getData()[1]
    assert len(accuracy) == 3 and np.all((accuracy >= 0) & (accuracy <= 1))


def test_choosing_a_regression_dataset_takes_its_loss_and_learning_defaults(tab, qtbot):
    tab.set_config(TrainConfig(dataset="circle"))
    assert tab.wait_idle(60)
    combo = tab.controls.data_box.dataset_combo
    combo.setCurrentIndex(combo.findData("plane"))
    qtbot.waitUntil(lambda: tab.frame.main.config.dataset == "plane" and not tab.is_busy(), timeout=60_000)
    config = tab.frame.main.config
    assert (config.loss, config.optimizer, config.lr) == ("squared", "adam", 0.01)
    assert tab.map_stack.currentWidget() is tab.decision_map  # 2-D: the map, in the continuous colours
    assert not tab.controls.training_box.loss_combo.isEnabled()
    combo.setCurrentIndex(combo.findData("xor"))
    qtbot.waitUntil(lambda: tab.frame.main.config.dataset == "xor" and not tab.is_busy(), timeout=60_000)
    assert tab.frame.main.config.loss == "mse" and tab.controls.training_box.loss_combo.isEnabled()


def click_fit(tab, qtbot, x: float, y: float, modifiers=None) -> None:
    """A real mouse click on the fit view's plot at data point (x, y)."""
    from PySide6.QtCore import QPointF, Qt

    view = tab.fit_view.widget
    pos = view.mapFromScene(tab.fit_view.plot.vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers or Qt.KeyboardModifier.NoModifier, pos)


def pairs(data) -> np.ndarray:
    """(x, target) rows sorted, whatever the split's order."""
    rows = np.stack([data.xy[:, 0], data.labels], axis=1)
    return rows[np.lexsort(rows.T[::-1])]


def test_clicking_the_fit_adds_my_points_the_engine_trains_on(tab, qtbot):
    from PySide6.QtCore import Qt

    from engine.datasets import DEFAULT_SAMPLES, make_data

    steps(tab, TrainConfig(dataset="sine", hidden=(8,), activation="relu", optimizer="adam", lr=0.01, seed=2), 1)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    box = tab.controls.data_box
    click_fit(tab, qtbot, 2.0, 0.5)
    qtbot.waitUntil(lambda: tab.frame.main.config.points is not None and not tab.is_busy(), timeout=60_000)
    generated = make_data("sine", DEFAULT_SAMPLES, 0.0, seed=tab.frame.main.config.seed)
    added = box.points().xy[-1, 0], box.points().labels[-1]
    assert added == pytest.approx((2.0, 0.5), abs=0.1) and box.points().xy[-1, 1] == 0.0
    expected = np.vstack([np.stack([generated.xy[:, 0], generated.labels], axis=1), [added]])
    np.testing.assert_array_equal(pairs(tab.frame.main.data), expected[np.lexsort(expected.T[::-1])])
    assert tab.frame.main.config.loss == "squared" and tab.map_stack.currentWidget() is tab.fit_view
    assert f"Your points: {DEFAULT_SAMPLES + 1} " in box.points_label.text()
    state = tab.state()
    assert state.points[-1] == (added[0], 0.0, added[1])  # the float target, not a class
    assert TrainingState.build(state.section()) == state
    assert TrainingState.build(state.section()).config().points.labels[-1] == added[1]
    click_fit(tab, qtbot, added[0], added[1], Qt.KeyboardModifier.ShiftModifier)  # Shift+click removes it again
    qtbot.waitUntil(lambda: len(tab.frame.main.data.labels) == DEFAULT_SAMPLES and not tab.is_busy(), timeout=60_000)
    np.testing.assert_array_equal(pairs(tab.frame.main.data), pairs(generated))
    box.clear_button.click()
    qtbot.waitUntil(lambda: tab.frame.main.config.points is None and not tab.is_busy(), timeout=60_000)
    assert box.points() is None and tab.frame.main.config.dataset == "sine"


def test_a_typed_formula_target_trains_on_numpys_values_and_a_bad_one_keeps_the_last(tab, qtbot, monkeypatch):
    from engine.datasets import DEFAULT_SAMPLES, make_data
    from gui.training import data_box as data_box_module

    steps(tab, TrainConfig(dataset="sine", hidden=(8,), activation="relu", optimizer="adam", lr=0.01, seed=4), 1)
    box = tab.controls.data_box
    assert box.formula_button.isVisibleTo(box)
    monkeypatch.setattr(data_box_module, "ask_formula", lambda parent: ("sin(x)*x/3", {}))
    box.formula_button.click()
    qtbot.waitUntil(lambda: tab.frame.main.config.target == "sin(x)*x/3" and not tab.is_busy(), timeout=60_000)
    x = make_data("sine", DEFAULT_SAMPLES, 0.0, seed=4).xy[:, 0]
    expected = np.stack([x, np.sin(x) * x / 3], axis=1)
    np.testing.assert_allclose(pairs(tab.frame.main.data), expected[np.lexsort(expected.T[::-1])], rtol=0, atol=1e-12)
    qtbot.waitUntil(tab.drawing_done, timeout=30_000)
    grid, drawn = tab.fit_view.target.getData()  # the dashed target is the formula, named in the legend
    np.testing.assert_allclose(drawn, np.sin(grid) * grid / 3, rtol=0, atol=1e-12)
    assert tab.fit_view.legend.getLabel(tab.fit_view.target).text == "target: y = sin(x)*x/3"
    state = tab.state()
    assert state.target == "sin(x)*x/3" and state.points is None
    assert TrainingState.build(state.section()) == state
    monkeypatch.setattr(data_box_module, "ask_formula", lambda parent: ("log(x)", {}))
    box.formula_button.click()
    assert "log(x)" in box.notice.text() and "not a finite number" in box.notice.text()
    assert box.target() == ("sin(x)*x/3", {}) and box.points() is None  # the last good target stays
    box.noise_spin.setValue(20)  # a new noise: the formula's points again, with the sine's noise
    qtbot.waitUntil(lambda: tab.frame.main.config.noise == 20 and not tab.is_busy(), timeout=60_000)
    noisy = make_data("sine", DEFAULT_SAMPLES, 20.0, seed=4)
    data = tab.frame.main.data
    assert tab.frame.main.config.target == "sin(x)*x/3"
    np.testing.assert_allclose(
        np.sort(data.labels - np.sin(data.xy[:, 0]) * data.xy[:, 0] / 3),
        np.sort(noisy.labels - np.sin(noisy.xy[:, 0])),
        atol=1e-12,
    )
    box.clear_button.click()  # back to the curve's own target
    qtbot.waitUntil(lambda: tab.frame.main.config.target is None and not tab.is_busy(), timeout=60_000)
    assert box.target() is None
    combo = box.dataset_combo
    combo.setCurrentIndex(combo.findData("circle"))
    assert not box.formula_button.isVisibleTo(box)  # classes: no formula target


def _write(path, rows):
    path.write_text("\n".join(",".join(map(str, r)) for r in rows) + "\n", encoding="utf-8")
    return path


def test_load_points_on_a_curve_reads_x_y_targets_and_refuses_a_classification_file(tab, qtbot, tmp_path):
    """A curve's view loads (x, y) rows as its points' targets; a classification file (x1,x2,label) is said under
    the box, naming its line, and the last good points stay; the classification view refuses an x,y file."""
    steps(tab, TrainConfig(dataset="abs", hidden=(4,), activation="relu", optimizer="adam", lr=0.01, seed=1), 1)
    box = tab.controls.data_box
    pairs_file = _write(tmp_path / "curve.csv", [("x", "y"), (-5.5, 2.25), (0, -0.5), (1.25, 0.75), (4, 3)])
    assert box.load_points(pairs_file)
    qtbot.waitUntil(lambda: tab.frame.main.config.points is not None and not tab.is_busy(), timeout=60_000)
    expected = np.array([[-5.5, 2.25], [0.0, -0.5], [1.25, 0.75], [4.0, 3.0]])
    np.testing.assert_array_equal(pairs(tab.frame.main.data), expected)
    assert tab.frame.main.config.loss == "squared" and box.notice.text() == ""
    classes = _write(tmp_path / "classes.csv", [("x1", "x2", "label"), (1.0, 2.0, 1), (-1.0, 0.5, 0)])
    assert not box.load_points(classes)
    said = box.notice.text()
    assert "classes.csv" in said and "line 1" in said and "x,y" in said and "classification" in said
    np.testing.assert_array_equal(box.points().labels, expected[:, 1])  # the last good points stay
    combo = box.dataset_combo
    combo.setCurrentIndex(combo.findData("circle"))
    qtbot.waitUntil(lambda: tab.frame.main.config.dataset == "circle" and not tab.is_busy(), timeout=60_000)
    assert not box.load_points(pairs_file) and "x1,x2,label" in box.notice.text() and box.points() is None
    assert box.load_points(classes)
    np.testing.assert_array_equal(box.points().labels, [1, 0])
