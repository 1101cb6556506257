"""What a lesson says is on screen is on screen, in the window the lesson sets up (lesson 5: the Gradients view's
title lists the dead units; with the whole second layer dead its plot still shows the layers, at "0: no gradient").
The numbers themselves are checked against the engine in test_lesson_facts.py."""

from __future__ import annotations

import dataclasses

import numpy as np

from gui.training.tab import TrainingTab
from tests.windows import stop_jobs


def _lesson_5(main_window, qtbot) -> TrainingTab:
    assert main_window.lessons.open_number(5)
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    assert main_window.current_tab() is tab
    tab.views.setCurrentWidget(tab.gradients)  # "open the Gradients view"
    assert tab.wait_idle(60)
    return tab


def _train(tab, epochs: int) -> None:
    tab.step(epochs)
    assert tab.wait_idle(120) and tab.problem() == ""
    tab.gradients.show_run(tab.frame.main)  # the page as drawn for the last frame


def test_lesson_5s_gradient_title_lists_the_dead_half_of_the_second_layer(main_window, qtbot):
    tab = _lesson_5(main_window, qtbot)
    tab.play()  # "Press Play and open the Gradients view"
    qtbot.waitUntil(lambda: tab.epoch() >= 300, timeout=120_000)
    tab.pause()
    assert tab.wait_idle(60)
    tab.gradients.show_run(tab.frame.main)
    title = tab.gradients.plot.titleLabel.text
    assert "dead units" in title and "layer 2: 50%" in title and "layer 1: 0%" in title
    stop_jobs(main_window)


def test_lesson_5_at_learning_rate_0_3_shows_every_layer_with_its_zero_gradient_said(main_window, qtbot):
    tab = _lesson_5(main_window, qtbot)
    tab.set_config(dataclasses.replace(tab.config(), lr=0.3))
    assert tab.wait_idle(60)
    _train(tab, 300)
    view = tab.gradients
    assert "layer 2: 100%" in view.plot.titleLabel.text
    assert view.zero_text() == "0: no gradient"
    for curve in view.curves:  # no layer vanishes from the plot: zeros are drawn on the labelled line
        x, y = curve.getData()
        assert x is not None and len(x) > 0 and np.all(np.isfinite(y))
    stop_jobs(main_window)


def test_loss_and_accuracy_at_epoch_0_are_drawn_not_blank(main_window, qtbot):
    assert main_window.lessons.open_number(1)
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    tab.views.setCurrentWidget(tab.curves)
    assert tab.wait_idle(60) and tab.epoch() == 0
    tab.curves.show_run(tab.frame.main)
    for item in (tab.curves.train_loss, tab.curves.test_loss, tab.curves.train_accuracy, tab.curves.test_accuracy):
        x, y = item.getData()
        assert list(x) == [0] and np.isfinite(y).all()
        assert item.opts["symbol"] == "o"  # a single point draws no line; the dot is what is seen
        assert item.scatter.isVisible() and len(item.scatter.data) == 1
    tab.step(2)
    assert tab.wait_idle(60)
    tab.curves.show_run(tab.frame.main)
    assert tab.curves.train_loss.opts["symbol"] is None and len(tab.curves.train_loss.getData()[0]) == 3
    stop_jobs(main_window)


def test_the_status_bar_follows_the_epoch_during_play(main_window, qtbot):
    assert main_window.lessons.open_number(1)
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    assert tab.wait_idle(60)
    said: list[str] = []
    tab.status.connect(said.append)
    tab.play()
    qtbot.waitUntil(lambda: tab.epoch() >= 50 and any(t.startswith("Epoch ") for t in said), timeout=120_000)
    shown_epoch = tab.epoch()
    latest = [t for t in said if t.startswith("Epoch ")][-1]
    tab.pause()
    assert tab.wait_idle(60)
    assert int(latest.split(":")[0].removeprefix("Epoch ").replace(",", "")) >= 50  # not "Epoch 0" while playing
    assert shown_epoch >= 50
    stop_jobs(main_window)
