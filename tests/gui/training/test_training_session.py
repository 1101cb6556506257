"""The training tab's part of a session: settings, the user's points, and (when included) the trained network."""

import numpy as np
import pytest

from engine.training import Trainer
from engine.training_config import TrainConfig
from gui.training.tab import TrainingTab
from sessions import SessionError, parse_session, session_text
from states.training import TrainingState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def new_tab(qtbot):
    """Makes training tabs on the CPU; their jobs are stopped afterwards."""
    made = []

    def make() -> TrainingTab:
        tab = TrainingTab()
        qtbot.addWidget(tab)
        tab.set_compute("cpu", "float32")
        made.append(tab)
        return tab

    yield make
    for tab in made:
        tab.cancel()
        tab.wait_idle(60)


def _through_file(section: dict) -> dict:
    text = session_text({"format": "activation-lab-session", "version": 1, "tabs": {"training": section}})
    return parse_session(text)["tabs"]["training"]


def test_settings_and_points_survive_a_save_and_open_and_the_network_starts_at_epoch_0(new_tab):
    tab = new_tab()
    tab.set_config(TrainConfig(dataset="xor", activation="relu", hidden=(3,), seed=5, lr=0.1, noise=10.0, loss="bce"))
    assert tab.wait_idle(60)
    tab.controls.data_box.add_point(1.0, -2.0, 1)
    tab.controls.run_box.discretise_check.setChecked(True)
    assert tab.wait_idle(60)
    saved = tab.state().section()

    fresh = new_tab()
    fresh.show_state(_through_file(saved))
    assert fresh.wait_idle(60) and fresh.problem() == ""
    assert fresh.state().section() == saved
    assert fresh.epoch() == 0
    assert saved["points"][-1] == [1.0, -2.0, 1]
    # the network starts from the weights the engine gives the saved settings and seed
    expected = Trainer(fresh.config()).weights()
    for (w, b), (w_expected, b_expected) in zip(fresh.frame.main.weights, expected, strict=True):
        np.testing.assert_array_equal(w, w_expected)
        np.testing.assert_array_equal(b, b_expected)


def test_the_trained_network_is_saved_as_numbers_and_goes_on_from_there(qtbot, new_tab):
    tab = new_tab()
    tab.set_config(TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2), seed=2, lr=0.3), side_by_side=True)
    assert tab.wait_idle(60)
    tab.step(5)
    assert tab.wait_idle(60) and tab.epoch() == 5
    section = {**tab.state().section(), "trained": tab.state(with_network=True).trained.section()}
    assert isinstance(section["trained"]["networks"][1][0]["weight"][0][0], float)

    fresh = new_tab()
    fresh.show_state(_through_file(section))
    qtbot.waitUntil(lambda: fresh.frame is not None and fresh.epoch() == 5 and not fresh.is_busy(), timeout=60_000)
    for saved_run, opened_run in zip(tab.frame.runs, fresh.frame.runs, strict=True):
        for (w, b), (w_opened, b_opened) in zip(saved_run.weights, opened_run.weights, strict=True):
            np.testing.assert_array_equal(w_opened, w)
            np.testing.assert_array_equal(b_opened, b)
    assert fresh.frame.main.history[-1].train_loss == pytest.approx(tab.frame.main.history[-1].train_loss, rel=1e-6)


def test_weights_of_the_wrong_shape_are_refused_naming_the_layer_and_nothing_changes(new_tab):
    tab = new_tab()
    assert tab.wait_idle(60)
    before = tab.state().section()
    one_input = {"epoch": 3, "networks": [[{"weight": [[0.1]], "bias": [0.0]}]]}  # the network without hidden layers has two
    with pytest.raises(SessionError) as refused:
        tab.show_state(TrainingState.build({"hidden": [], "trained": one_input}))
    assert refused.value.where == "tabs.training.trained.networks[0][0].weight[0]"
    assert tab.state().section() == before


def test_a_reopened_trained_session_keeps_its_loss_history_for_the_charts(qtbot, new_tab):
    """It once came back with only its last epoch: the loss chart empty, its axis 101.6-102.4."""
    tab = new_tab()
    tab.set_config(TrainConfig(dataset="circle", activation="tanh", hidden=(4, 2), seed=2))
    assert tab.wait_idle(60)
    tab.step(6)
    assert tab.wait_idle(60) and tab.epoch() == 6
    saved = tab.frame.main.history
    section = tab.state(with_network=True).section()
    assert [row[0] for row in section["trained"]["history"][0]] == [0, 1, 2, 3, 4, 5]

    fresh = new_tab()
    fresh.show_state(_through_file(section))
    qtbot.waitUntil(lambda: fresh.frame is not None and fresh.epoch() == 6 and not fresh.is_busy(), timeout=60_000)
    opened = fresh.frame.main.history
    assert [s.epoch for s in opened] == list(range(7))
    for a, b in zip(saved[:-1], opened[:-1], strict=True):
        assert (a.train_loss, a.test_loss, a.train_accuracy, a.test_accuracy) == (
            b.train_loss,
            b.test_loss,
            b.train_accuracy,
            b.test_accuracy,
        )
    columns = fresh.curves.show_run(fresh.frame.main)
    assert list(columns["epoch"]) == list(range(7))


def test_a_history_row_past_the_saved_epoch_is_refused_naming_it(new_tab):
    tab = new_tab()
    assert tab.wait_idle(60)
    tab.step(2)
    assert tab.wait_idle(60)
    section = tab.state(with_network=True).section()
    section["trained"]["history"][0][1][0] = 7
    with pytest.raises(SessionError) as refused:
        _through_file(section)
    assert refused.value.where == "tabs.training.trained.history[0][1][0]"


def test_a_layers_own_activation_is_chosen_in_the_network_panel_trains_and_is_saved(qtbot, new_tab):
    tab = new_tab()
    tab.show()  # a hidden tab only marks itself stale on an edit
    tab.set_config(TrainConfig(hidden=(4, 2), activation="tanh", seed=1))
    assert tab.wait_idle(60)
    combo = tab.controls.network_box.layers._overrides[1]
    combo.setCurrentIndex(combo.findData("relu"))
    qtbot.waitUntil(lambda: tab.frame.main.config.layer_activations != () and not tab.is_busy(), timeout=20_000)
    config = tab.frame.main.config
    assert [None if e is None else e[0] for e in config.layer_activations] == [None, "relu"]
    plain = Trainer(tab.config().__class__(**{**tab.config().__dict__, "layer_activations": ()}))
    assert tab.frame.main.history[-1].train_loss != plain.history[-1].train_loss  # the layer's ReLU is used
    saved = tab.state().section()
    assert saved["layer_activations"] == [None, "relu"]
    fresh = new_tab()
    fresh.show_state(_through_file(saved))
    assert fresh.wait_idle(60)
    assert fresh.controls.network_box.layers._overrides[1].currentData() == "relu"
    assert fresh.state().section() == saved
