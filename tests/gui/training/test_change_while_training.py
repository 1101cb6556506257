"""Learning settings change the running network (Playground's way); only network or data changes reset it, and the
status says which happened (lesson 1 with the learning rate changed mid-run)."""

from __future__ import annotations

import dataclasses

import numpy as np

from engine.training import Trainer
from engine.training_config import TrainConfig
from gui.training.tab import TrainingTab
from tests.windows import stop_jobs


def _lesson_1(main_window) -> TrainingTab:
    assert main_window.lessons.open_number(1)
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    assert tab.wait_idle(60)
    return tab


def _said(tab) -> list[str]:
    said: list[str] = []
    tab.status.connect(said.append)
    return said


def test_a_new_learning_rate_keeps_the_epoch_and_says_so_a_new_layer_size_resets_and_says_why(main_window):
    tab = _lesson_1(main_window)
    said = _said(tab)
    tab.step(5)
    assert tab.wait_idle(60) and tab.epoch() == 5
    weights = [w.copy() for w, _ in tab.frame.main.weights]
    tab.set_config(dataclasses.replace(tab.config(), lr=0.1))
    assert tab.wait_idle(60)
    assert tab.epoch() == 5
    assert any("learning rate applied to the running network at epoch 5" in t for t in said)
    assert all((a == b).all() for a, b in zip(weights, [w for w, _ in tab.frame.main.weights], strict=True))
    tab.step(1)
    assert tab.wait_idle(60) and tab.epoch() == 6
    tab.set_config(dataclasses.replace(tab.config(), hidden=(3,)))
    assert tab.wait_idle(60) and tab.epoch() == 0
    assert any("hidden layers changed the network or its data: back to epoch 0" in t for t in said)
    stop_jobs(main_window)


def test_the_running_network_trains_on_with_the_new_rate_as_the_engine_does():
    """Five epochs at 0.03 then one at 0.3 on the same weights: what retune gives, against a stack rebuilt by hand."""
    from engine.training import Stack

    config = TrainConfig(seed=4)
    stack = Stack([config])
    stack.step(5)
    stack.retune([dataclasses.replace(config, lr=0.3)])
    stack.step(1)
    assert stack.epoch == 6
    reference = Trainer(config)
    reference.step(5)
    before = reference.history[-1].train_loss
    assert stack.histories()[0][5].train_loss == before  # the first five epochs are the same run
    assert stack.histories()[0][6].train_loss != Trainer(config).step(6).train_loss  # the sixth used lr 0.3


def test_changing_the_learning_rate_during_play_plays_on(main_window, qtbot):
    tab = _lesson_1(main_window)
    tab.play()
    qtbot.waitUntil(lambda: tab.epoch() >= 20, timeout=60_000)
    tab.set_config(dataclasses.replace(tab.config(), lr=0.1))
    qtbot.waitUntil(lambda: tab.is_playing(), timeout=60_000)
    at = tab.epoch()
    assert at >= 20  # not back to 0
    qtbot.waitUntil(lambda: tab.epoch() > at + 5, timeout=60_000)
    tab.pause()
    assert tab.wait_idle(60)
    stop_jobs(main_window)


def test_show_test_data_hides_the_hollow_points_and_the_numbers_follow_every_frame(main_window, qtbot):
    tab = _lesson_1(main_window)
    test_items = [item for (_, train), item in tab.decision_map.points.items() if not train]
    assert all(item.isVisible() for item in test_items)
    tab.controls.run_box.show_test_check.setChecked(False)
    assert not any(item.isVisible() for item in test_items)
    assert all(item.isVisible() for (_, train), item in tab.decision_map.points.items() if train)
    tab.controls.run_box.show_test_check.setChecked(True)
    assert all(item.isVisible() for item in test_items)
    tab.step(3)
    assert tab.wait_idle(60)
    tab.decision_map.show_run(tab.frame.main)
    last = tab.frame.main.history[-1]
    text = tab.decision_map.numbers.text()
    assert f"Test loss {last.test_loss:.3f}" in text and f"Training loss {last.train_loss:.3f}" in text
    assert f"Test accuracy {last.test_accuracy:.1%}" in text
    stop_jobs(main_window)


def test_load_points_trains_on_the_files_points_and_a_bad_file_names_its_line_and_changes_nothing(main_window, qtbot, tmp_path):
    tab = _lesson_1(main_window)
    box = tab.controls.data_box
    good = tmp_path / "mine.csv"
    good.write_text("x1,x2,label\n1.5,2,1\n-1,-2.5,0\n3,0,1\n-3,1,0\n", encoding="utf-8")
    assert box.load_points(good)
    qtbot.waitUntil(lambda: tab.frame is not None and len(tab.frame.main.data.xy) == 4 and not tab.is_busy(), timeout=60_000)
    assert tab.epoch() == 0
    data = tab.frame.main.data
    assert sorted(map(tuple, data.xy.tolist())) == sorted([(1.5, 2.0), (-1.0, -2.5), (3.0, 0.0), (-3.0, 1.0)])
    bad = tmp_path / "bad.csv"
    bad.write_text("x1,x2,label\n1,2,1\n3,four,0\n", encoding="utf-8")
    before = box.points()
    assert not box.load_points(bad)
    assert "bad.csv not loaded" in box.notice.text() and "line 3" in box.notice.text()
    assert box.points() is before
    stop_jobs(main_window)


def test_hovering_a_unit_shows_its_map_large_and_its_weights_and_bias_in_the_tooltip(main_window):
    tab = _lesson_1(main_window)
    tab.set_config(TrainConfig(hidden=(4, 2), seed=3), side_by_side=False)  # lesson 1 is side by side: no diagram
    assert tab.wait_idle(60)
    tab.step(2)
    assert tab.wait_idle(60)
    tab.diagram.show_run(tab.frame.main)
    run = tab.frame.main
    centre = tab.diagram._centres[1][1]
    assert tab.diagram.unit_at(centre.x() + 0.3, centre.y() - 0.3) == (1, 1)
    tab.diagram.hover_unit((1, 1))  # what moving the pointer there does
    shown = tab.decision_map.image.image
    np.testing.assert_array_equal(shown, run.snapshot.units[0][1].T)  # layer 1, unit 2's own map, full size
    w, b = run.weights[0]
    tip = tab.diagram.widget.toolTip()
    assert tip.startswith("Layer 1, unit 2: bias ") and f"{b[1]:.3g}" in tip
    assert all(f"{v:.3g}" in tip for v in w[1])
    tab.diagram.hover_unit(None)
    np.testing.assert_array_equal(tab.decision_map.image.image, run.snapshot.output.T)  # the output is back
    assert tab.diagram.widget.toolTip() == ""
    stop_jobs(main_window)


def test_clicking_a_link_sets_its_weight_at_once_as_one_undoable_step(main_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    tab = _lesson_1(main_window)
    tab.set_config(TrainConfig(hidden=(4, 2), seed=3), side_by_side=False)
    assert tab.wait_idle(60)
    tab.diagram.show_run(tab.frame.main)
    line = tab.diagram._lines[4 * 2 + 1]  # layer 2 (index 1), target 0, source 1: after layer 1's 2×4 links
    middle = line.center()
    assert tab.diagram.link_at(middle.x(), middle.y()) == (1, 0, 1)
    before = tab.frame.main.snapshot.output.copy()
    old = tab.frame.main.weights[1][0][0, 1]
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (2.5, True))
    assert tab.ask_edit(1, 0, 1)
    assert tab.wait_idle(60)
    assert tab.frame.main.weights[1][0][0, 1] == 2.5 and tab.epoch() == 0
    assert not np.array_equal(tab.frame.main.snapshot.output, before)  # the map follows at once
    tab.undo_stack.undo()
    assert tab.wait_idle(60)
    assert tab.frame.main.weights[1][0][0, 1] == old and tab.undo_stack.count() == 1
    monkeypatch.setattr(QInputDialog, "getDouble", lambda *a, **k: (-0.75, True))
    assert tab.ask_edit(0, 2, -1)  # a unit's bias
    assert tab.wait_idle(60)
    assert tab.frame.main.weights[0][1][2] == -0.75
    stop_jobs(main_window)
