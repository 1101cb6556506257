"""Play asks before a slow run, with its estimate, and refuses one past the memory budget (issue 21, item 11)."""

from __future__ import annotations

import numpy as np
import pytest

from engine import memory, training_cost
from engine.datasets import MAX_SAMPLES
from engine.training_config import MAX_LAYERS, MAX_UNITS, TrainConfig
from gui.training.cost_prompt import ASK_S, PREVIEW_EPOCHS, PlayCost, duration_text

pytestmark = pytest.mark.gui

#: The largest network the tab trains: 6 layers of 16, one point a mini-batch, 90 % of the points training.
LARGEST = TrainConfig(hidden=(MAX_UNITS,) * MAX_LAYERS, train_ratio=90, batch=1)
STEP_S = 0.0012  # the 5.4 s an epoch of 4,500 mini-batches


@pytest.fixture
def asked(tab, monkeypatch):
    """The questions Play asked; the answer is ``asked.answer`` (no by default)."""

    class Asked(list):
        answer = False

    questions = Asked()
    monkeypatch.setattr(tab.play_cost, "ask", lambda text: questions.append(text) or questions.answer)
    return questions


def start(tab, config: TrainConfig) -> None:
    tab.set_config(config)
    assert tab.wait_idle(60) and tab.problem() == ""


def test_play_on_the_largest_network_asks_first_with_the_estimate_and_no_keeps_it_still(tab, asked, monkeypatch, tmp_path):
    monkeypatch.setattr(training_cost, "step_seconds", lambda configs, data: STEP_S)
    rng = np.random.default_rng(0)
    xy, labels = rng.uniform(-6, 6, (MAX_SAMPLES, 2)), rng.integers(0, 2, MAX_SAMPLES)
    rows = [f"{x:.3f},{y:.3f},{label}" for (x, y), label in zip(xy, labels, strict=True)]
    (tmp_path / "points.csv").write_text("x1,x2,label\n" + "\n".join(rows) + "\n", encoding="utf-8")
    start(tab, LARGEST)
    assert tab.controls.data_box.load_points(tmp_path / "points.csv")  # Load points…: the most a file may hold
    assert tab.wait_idle(60) and len(tab.config().points.xy) == MAX_SAMPLES
    tab.controls.run_box.play_button.click()
    assert len(asked) == 1
    epoch_s = 4501 * STEP_S
    assert asked[0] == (
        f"One epoch trains 4,500 mini-batches of 1 and takes {duration_text(epoch_s)} here: "
        f"{PREVIEW_EPOCHS} epochs take {duration_text(PREVIEW_EPOCHS * epoch_s)}.\n\nPause stops it any time. Start training?"
    )
    assert duration_text(PREVIEW_EPOCHS * epoch_s) == "about 9 min"
    assert not tab.is_playing() and not tab.is_busy() and tab.epoch() == 0
    assert not tab.controls.run_box.play_button.isChecked()


def test_a_yes_plays_and_is_not_asked_again_for_the_same_networks(tab, asked, monkeypatch, qtbot):
    monkeypatch.setattr(training_cost, "step_seconds", lambda configs, data: 0.01)
    start(tab, TrainConfig(batch=1))  # 250 mini-batches an epoch: over a minute by the patched step, fast in truth
    asked.answer = True
    tab.play()
    assert len(asked) == 1 and tab.is_playing()
    qtbot.waitUntil(lambda: tab.epoch() >= 1, timeout=60_000)
    tab.pause()
    assert tab.wait_idle(60)
    tab.play()
    assert len(asked) == 1 and tab.is_playing()
    tab.pause()
    assert tab.wait_idle(60)


def test_a_usual_run_plays_without_a_question_or_a_probe(tab, asked, monkeypatch, qtbot):
    def no_probe(configs, data):
        raise AssertionError("probed a run that cannot be slow")

    monkeypatch.setattr(training_cost, "step_seconds", no_probe)
    start(tab, TrainConfig())
    assert training_cost.surely_within(TrainConfig(), True, PREVIEW_EPOCHS, ASK_S)  # side by side too
    tab.play()
    assert asked == [] and tab.is_playing()
    qtbot.waitUntil(lambda: tab.epoch() >= 1, timeout=60_000)
    tab.pause()
    assert tab.wait_idle(60)


def test_a_run_past_the_memory_budget_is_refused_with_the_reason(tab, asked, monkeypatch):
    refused = []
    monkeypatch.setattr(memory, "TRAINING_BUDGET", 10 * 1024**2)
    monkeypatch.setattr(tab.play_cost, "refuse", refused.append)
    start(tab, TrainConfig())
    tab.play()
    assert not tab.is_playing() and asked == []
    assert len(refused) == 1 and refused[0].startswith("epochs: 100,000 epochs would hold about")


def test_the_question_box_answers_as_its_buttons_say(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    cost = PlayCost(parent)
    for press, expected in (("Train", True), ("Cancel", False)):

        def answer(box, press=press):
            next(b for b in box.buttons() if b.text() == press).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", answer)
        assert cost.ask("text") is expected
