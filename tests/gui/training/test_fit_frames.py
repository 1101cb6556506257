"""A curve's fit (output, kinks, facts) is computed on the worker with the frame it belongs to, and the fit view
draws that one: the GUI thread no longer computes it every frame."""

import numpy as np
import pytest

import gui.training.fit_view as fit_view_module
from engine.regression import fit_of
from engine.training import TrainConfig, Trainer
from engine.training_views import View
from gui.training.fit_view import FitView
from gui.training.runs import TrainingRuns

pytestmark = pytest.mark.gui

CURVE = TrainConfig(dataset="sine", hidden=(8,), activation="relu", optimizer="adam", lr=0.01, seed=2)


def no_fit_here(*_):
    raise AssertionError("the fit view computed a fit on the GUI thread")


def test_a_curves_frame_carries_the_fit_of_its_weights_and_the_view_draws_it(qtbot, monkeypatch):
    frame = TrainingRuns().step(CURVE, False, View(units=False), 15, lambda *_: None, lambda: False)
    engine_run = Trainer(CURVE)
    engine_run.step(15)
    expected = fit_of(engine_run.config, engine_run.weights())  # independently: the engine's network, own weights
    run = frame.main
    assert run.fit is not None
    np.testing.assert_array_equal(run.fit.kinks, expected.kinks)
    np.testing.assert_array_equal(run.fit.output, expected.output)
    view = FitView()
    qtbot.addWidget(view)
    monkeypatch.setattr(fit_view_module, "fit_of", no_fit_here)
    view.show_run(run)
    np.testing.assert_array_equal(view.kinks.getData()[0], expected.kinks)
    np.testing.assert_array_equal(view.output.getData()[1], expected.output)


def test_a_map_or_side_by_side_frame_carries_no_fit():
    runs = TrainingRuns()
    assert runs.rebuild(TrainConfig(hidden=(2,)), False, View(), True, lambda *_: None, lambda: False).main.fit is None
    both = runs.rebuild(CURVE, True, View(units=False), True, lambda *_: None, lambda: False)
    assert all(run.fit is None for run in both.runs)
