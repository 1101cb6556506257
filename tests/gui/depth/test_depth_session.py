"""The depth tab's part of a session: saved, opened in a fresh tab, it runs the same network."""

import numpy as np
import pytest

from engine.depth import DepthConfig, run
from engine.presets import PRESETS
from gui.depth.tab import DepthTab
from sessions import SessionError, parse_session, session_text
from states.depth import DepthState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def new_tab(qtbot):
    """Makes depth tabs (CPU, float32, no automatic runs); their jobs are stopped afterwards."""
    made = []

    def make() -> DepthTab:
        tab = DepthTab()
        qtbot.addWidget(tab)
        tab.set_compute("cpu", "float32")
        tab.controls.set_auto_run(False)
        made.append(tab)
        return tab

    yield make
    for tab in made:
        tab.cancel()
        tab.wait_idle(60)


def test_lesson_network_and_switches_survive_a_save_and_open(qtbot, new_tab):
    tab = new_tab()
    tab.controls.leave_lesson()
    tab.set_config(
        DepthConfig(
            activation="formula: tanh(k*x)",
            activation_params={"k": 1.5},
            init="xavier_normal",
            layers=6,
            width=32,
            batch=64,
            bias="default",
            seed=4,
        )
    )
    tab.controls.theory_check.setChecked(False)
    tab.controls.previous_check.setChecked(True)
    tab.set_layer(3)
    saved = tab.state().section()
    text = session_text({"format": "activation-lab-session", "version": 1, "tabs": {"depth": saved}})

    fresh = new_tab()
    fresh.show_state(parse_session(text)["tabs"]["depth"])
    assert fresh.state().section() == saved
    fresh.resize(1200, 800)
    fresh.show()  # a restored run waits until the tab is looked at
    qtbot.waitUntil(lambda: fresh.current is not None and not fresh.is_busy(), timeout=60_000)
    expected = run(
        DepthConfig(
            activation="formula: tanh(k*x)",
            activation_params={"k": 1.5},
            init="xavier_normal",
            layers=6,
            width=32,
            batch=64,
            bias="default",
            seed=4,
            device="cpu",
        )
    )
    np.testing.assert_allclose(fresh.current.result.act_std, expected.act_std, rtol=1e-6)


def test_a_lesson_by_name_fills_in_its_network(qtbot, new_tab):
    tab = new_tab()
    preset = list(PRESETS.values())[-1]
    tab.show_state(DepthState.build({"preset": preset.id}))
    state = tab.state().section()
    assert state["preset"] == preset.id
    assert (state["activation"], state["init"], state["layers"]) == (
        str(preset.config.activation),
        preset.config.init,
        preset.config.layers,
    )


def test_too_many_layers_are_refused_naming_the_field_and_nothing_changes(qtbot, new_tab):
    tab = new_tab()
    before = tab.state().section()
    with pytest.raises(SessionError) as refused:
        tab.show_state(DepthState.build({"layers": 500}))
    assert refused.value.where == "tabs.depth.layers"
    assert tab.state().section() == before
