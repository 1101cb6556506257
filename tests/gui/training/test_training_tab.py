"""The training tab as a user drives it: Step, Play/Pause, the side-by-side lesson, divergence, clicks, export."""

from __future__ import annotations

import csv
import io

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

import main
from engine.training import Trainer
from engine.training_config import TrainConfig
from figures.table import figure_csv_text

pytestmark = pytest.mark.gui


def start(tab, config: TrainConfig, side_by_side: bool = False) -> None:
    tab.set_config(config, side_by_side=side_by_side)
    assert tab.wait_idle(60) and tab.problem() == ""
    assert tab.epoch() == 0


def test_step_advances_exactly_one_epoch_and_matches_the_engine_with_the_same_seed(tab):
    config = TrainConfig(dataset="xor", activation="relu", hidden=(4, 2), seed=3)
    start(tab, config)
    tab.controls.run_box.step_button.click()
    assert tab.wait_idle(60)
    assert tab.epoch() == 1
    tab.controls.run_box.step_button.click()
    assert tab.wait_idle(60)
    assert tab.epoch() == 2
    engine_run = Trainer(config)
    engine_run.step(2)
    shown = tab.frame.main.history
    assert [s.epoch for s in shown] == [0, 1, 2]
    for a, b in zip(shown, engine_run.history, strict=True):
        assert (a.train_loss, a.test_loss, a.train_accuracy, a.test_accuracy) == (
            b.train_loss,
            b.test_loss,
            b.train_accuracy,
            b.test_accuracy,
        )


def test_play_trains_in_the_background_and_pause_keeps_the_epoch(tab, qtbot):
    start(tab, TrainConfig())
    tab.controls.run_box.play_button.click()
    assert tab.is_playing() and tab.is_busy()
    qtbot.waitUntil(lambda: tab.epoch() >= 3, timeout=60_000)
    tab.controls.run_box.play_button.click()  # Pause
    assert tab.wait_idle(60)
    assert not tab.is_playing()
    paused_at = tab.epoch()
    assert paused_at >= 3 and len(tab.frame.main.history) == paused_at + 1
    qtbot.wait(200)
    assert tab.epoch() == paused_at  # nothing trains while paused


def test_play_at_five_epochs_per_frame_draws_newer_epochs_and_shows_the_rate_while_playing(tab, qtbot):
    # 5 epochs per frame is 300 epochs/s by the clock (gui.common.pacer, whose tests check the pacing): each frame
    # trains the epochs owed, as many as keep the frames smooth on a machine too slow for it
    start(tab, TrainConfig(seed=1))
    box = tab.controls.run_box
    box.speed_combo.setCurrentIndex(box.speed_combo.findData(5))
    drawn = []
    tab.worker.partial.connect(lambda frame: drawn.append(frame.epoch))
    tab.play()
    qtbot.waitUntil(lambda: len(drawn) >= 3, timeout=60_000)
    qtbot.waitUntil(lambda: box.rate_label.text().endswith("epochs/s"), timeout=60_000)
    tab.pause()
    assert tab.wait_idle(60) and not tab.is_playing()
    assert drawn == sorted(set(drawn)) and tab.epoch() >= drawn[-1]
    assert box.rate_label.text() == ""  # the rate shows only while playing
    # each frame's history is complete: every epoch's loss, the gradient norms of the drawn epoch
    history = tab.frame.main.history
    assert [s.epoch for s in history] == list(range(tab.epoch() + 1))
    assert history[-1].has_gradients and np.isfinite([s.train_loss for s in history]).all()


def test_reading_the_settings_changes_no_widget(tab):
    start(tab, TrainConfig(hidden=(4, 2)))
    tab.views.setCurrentIndex(2)
    before = (tab.space_layer.maximum(), tab.space_layer.value(), tab.space_unit_b.maximum())
    tab.controls.network_box.layers.set_hidden((3, 5, 2), emit=False)
    config, _, view = tab._settings()
    assert config.hidden == (3, 5, 2) and view.hidden_layer == 3 and view.hidden_units == (1, 2)
    assert (tab.space_layer.maximum(), tab.space_layer.value(), tab.space_unit_b.maximum()) == before


def test_side_by_side_on_the_circle_linear_stays_near_chance_and_tanh_separates(tab):
    # No straight line separates a disc from the ring around it: the best one classifies about
    # half the points right, and a tanh [4, 2] network separates them (Playground's lesson).
    start(tab, TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2), seed=0), side_by_side=True)
    tab.step(150)
    assert tab.wait_idle(180)
    linear, tanh = tab.frame.runs
    assert linear.config.activation == "identity" and tanh.config.activation == "tanh"
    assert np.array_equal(linear.data.xy, tanh.data.xy) and linear.epoch == tanh.epoch == 150
    assert linear.history[-1].test_accuracy <= 0.75
    assert tanh.history[-1].test_accuracy >= 0.9
    assert tab.pages.currentWidget() is tab.lesson


def test_divergence_at_lr_10_stops_with_the_cause_and_epoch_and_reset_recovers(tab):
    start(tab, TrainConfig(activation="identity", loss="bce", lr=10.0))
    tab.play()
    assert tab.wait_idle(120)
    message = tab.problem()
    assert "diverged at epoch" in message and "learning rate 10" in message
    assert tab.error_label.isVisible() and "diverged at epoch" in tab.error_label.text()
    assert not tab.is_playing()
    tab.controls.run_box.reset_button.click()
    assert tab.wait_idle(60)
    assert tab.problem() == "" and not tab.error_label.isVisible()
    assert tab.epoch() == 0 and np.isfinite(tab.frame.main.history[-1].train_loss)


def _click(view, x: float, y: float, button, qtbot, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A real mouse click on the map's widget at the data point (x₁, x₂)."""
    widget_pos = view.widget.mapFromScene(view.plot.vb.mapViewToScene(QPointF(x, y)))
    qtbot.mouseClick(view.widget.viewport(), button, modifier, QPoint(round(widget_pos.x()), round(widget_pos.y())))


@pytest.mark.parametrize("button, label", [(Qt.MouseButton.LeftButton, 1), (Qt.MouseButton.RightButton, 0)])
def test_clicking_the_map_adds_a_point_of_the_buttons_class_where_clicked(tab, qtbot, button, label):
    start(tab, TrainConfig(dataset="gauss"))
    before = len(tab.frame.main.data.xy)
    _click(tab.decision_map, 4.5, -4.5, button, qtbot)
    assert tab.wait_idle(60)
    qtbot.waitUntil(lambda: len(tab.frame.main.data.xy) == before + 1, timeout=10_000)
    data = tab.frame.main.data
    nearest = np.argmin(np.hypot(data.xy[:, 0] - 4.5, data.xy[:, 1] + 4.5))
    assert np.hypot(*(data.xy[nearest] - [4.5, -4.5])) < 0.3  # within a few pixels of the click
    assert data.labels[nearest] == label
    _click(tab.decision_map, *data.xy[nearest], Qt.MouseButton.LeftButton, qtbot, Qt.KeyboardModifier.ShiftModifier)
    assert tab.wait_idle(60)
    qtbot.waitUntil(lambda: len(tab.frame.main.data.xy) == before, timeout=10_000)


def test_the_csv_export_equals_the_command_lines_for_the_same_settings(tab, tmp_path):
    start(tab, TrainConfig(dataset="moons", activation="relu", hidden=(5,), lr=0.1, seed=2, noise=10.0))
    tab.step(7)
    assert tab.wait_idle(60)
    out = tmp_path / "run.csv"
    flags = ["--dataset", "moons", "--activation", "relu", "--hidden", "5", "--lr", "0.1", "--seed", "2", "--noise", "10"]
    assert main.main(["export", "--train", *flags, "--epochs", "7", "--out", str(out)]) == 0
    gui_text = figure_csv_text(tab.figure_spec())
    assert gui_text == out.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(gui_text)))
    assert rows[0] == ["epoch", "train_loss", "test_loss", "train_accuracy", "test_accuracy"] and len(rows) == 9


def test_in_the_hidden_space_of_a_trained_tanh_net_a_straight_line_separates_the_rings(tab):
    # The lesson of the hidden space: the last hidden layer (two units) has bent the rings so that the
    # output's straight decision line separates them. Read the plotted points and the drawn line back.
    start(tab, TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2), seed=0))
    tab.views.setCurrentIndex(2)
    tab.step(150)
    assert tab.wait_idle(120)
    while not tab.drawing_done():
        tab.wait_idle(0.05)
    view = tab.hidden_space
    assert view.boundary.isVisible()
    angle = np.radians(view.boundary.angle)
    origin = np.array([view.boundary.pos().x(), view.boundary.pos().y()])
    normal = np.array([-np.sin(angle), np.cos(angle)])
    sides = {}
    for (label, _train), item in view.points.items():
        x, y = item.getData()
        sides.setdefault(label, []).extend(np.sign((np.stack([x, y], axis=1) - origin) @ normal))
    one, zero = np.array(sides[1]), np.array(sides[0])
    agree = max(np.mean(one > 0) + np.mean(zero < 0), np.mean(one < 0) + np.mean(zero > 0)) / 2
    assert len(one) + len(zero) == 500 and agree >= 0.95


def test_a_formula_chosen_for_the_network_trains_like_the_registry_activation_it_spells(tab):
    """Mish typed as a formula in the chooser gives the Mish network's history (same init and seed)."""
    network = tab.controls.network_box
    config = TrainConfig(dataset="circle", activation="mish", init="xavier_uniform", seed=2)
    start(tab, config)
    for _ in range(3):
        tab.controls.run_box.step_button.click()
        assert tab.wait_idle(60)
    registry = [(s.train_loss, s.test_accuracy) for s in tab.frame.main.history]
    network.activation_combo.choose_formula("x*tanh(softplus(x))")
    assert network.activation().startswith("formula:") and tab.wait_idle(60)
    tab.controls.run_box.reset_button.click()
    assert tab.wait_idle(60)
    for _ in range(3):
        tab.controls.run_box.step_button.click()
        assert tab.wait_idle(60)
    formula = [(s.train_loss, s.test_accuracy) for s in tab.frame.main.history]
    assert len(formula) == len(registry) == 4
    np.testing.assert_allclose(formula, registry, atol=1e-4)
