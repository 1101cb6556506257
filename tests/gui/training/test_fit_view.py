"""The training tab on a regression dataset: the fit view in the map's place with the engine's numbers, the
contributions adding up to the drawn fit, the task's loss and defaults, the view kept in the state."""

from __future__ import annotations

import numpy as np
import pytest

from engine.regression import fit_of
from engine.training import Trainer
from engine.training_config import TrainConfig
from figures.table import figure_csv_text
from gui.training.tab import TrainingTab
from states.training import TrainingState

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(main_window, qtbot):
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.frame is not None and not tab.is_busy(), timeout=60_000)
    return tab


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
