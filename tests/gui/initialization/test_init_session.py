"""The initialisation tab's part of a session: saved, opened in a fresh tab, it draws the same weights."""

import numpy as np
import pytest

from engine.initializers import sample
from gui.initialization.tab import InitTab
from sessions import SessionError, parse_session, session_text
from states.initialization import InitializationState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _tab(qtbot) -> InitTab:
    tab = InitTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    assert tab.wait_idle(60)
    return tab


def _through_file(section: dict) -> dict:
    text = session_text({"format": "activation-lab-session", "version": 1, "tabs": {"initialization": section}})
    return parse_session(text)["tabs"]["initialization"]


def test_initialiser_shape_sampling_and_compare_survive_a_save_and_open(qtbot):
    tab = _tab(qtbot)
    tab.controls.set_layer_kind("conv2d")
    tab.out_spin.setValue(16)
    tab.in_spin.setValue(8)
    tab.select_init("uniform", {"a": -2.0, "b": 0.5})
    tab.seed_spin.setValue(7)
    tab.controls.bins_spin.setValue(40)
    tab.controls.set_compare(True)
    tab.controls.log_check.setChecked(True)
    assert tab.wait_idle(60)
    saved = tab.state().section()

    fresh = _tab(qtbot)
    fresh.show_state(_through_file(saved))
    assert fresh.wait_idle(60) and fresh.problem() == ""

    assert fresh.state().section() == saved
    assert fresh.shape() == (16, 8, 3, 3)
    # the weights drawn are the engine's for the saved initialiser, shape and seed
    drawn = fresh.samples[0].values
    assert drawn.size == 16 * 8 * 3 * 3 and drawn.min() >= -2.0 and drawn.max() <= 0.5
    np.testing.assert_array_equal(drawn, sample("uniform", (16, 8, 3, 3), {"a": -2.0, "b": 0.5}, seed=7).values)


def test_a_refused_parameter_leaves_the_tab_as_it_was(qtbot):
    tab = _tab(qtbot)
    before = tab.state().section()
    with pytest.raises(SessionError) as refused:
        tab.show_state(InitializationState.build({"init": "uniform", "params": {"a": 2.0, "b": 1.0}}))
    assert refused.value.where.startswith("tabs.initialization")
    assert tab.state().section() == before
