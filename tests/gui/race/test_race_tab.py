"""The race tab: the keys drive it without the mouse, every racer gets its map and its curve in its own colour,
a bad network is refused where the user looks with the last race kept, and the tab's state is what it shows."""

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from engine.race import run_race
from figures.palette import OKABE_ITO
from figures.race import RACER_COLORS
from gui.common.compute_tab import ComputeTab
from gui.main_window import MainWindow
from gui.race.tab import RaceTab
from states.race import RaceState


@pytest.fixture(scope="module")
def window(qapp):
    window = MainWindow()  # one window for the module, only the race tab built
    window.resize(1280, 800)
    window.show()
    window.load_first("race")
    window.activateWindow()
    yield window
    for tab in window.built_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)
    window.close()
    window.deleteLater()


@pytest.fixture
def tab(window, qtbot):
    tab = next(t for t in window.built_tabs() if isinstance(t, RaceTab))
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.result is not None and not tab.is_busy(), timeout=60_000)
    return tab


def show(tab, qtbot, section: dict) -> None:
    tab.show_state(RaceState.build(section))
    qtbot.waitUntil(lambda: not tab.is_busy() and tab.result is not None, timeout=60_000)
    assert tab.wait_idle(60) and tab.problem() == ""


def test_s_steps_space_plays_and_pauses_and_r_resets(window, tab, qtbot):
    show(tab, qtbot, {"preset": "", "activations": ["relu", "tanh"], "hidden": [4]})
    window.tabs.setFocus()
    QTest.keyClick(window.tabs, Qt.Key.Key_S)
    assert tab.wait_idle(60) and tab.epoch() == 1
    QTest.keyClick(window.tabs, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: tab.epoch() >= 3, timeout=60_000)
    QTest.keyClick(window.tabs, Qt.Key.Key_Space)
    assert tab.wait_idle(60) and not tab.controls.play_button.isChecked()
    QTest.keyClick(window.tabs, Qt.Key.Key_R)
    assert tab.wait_idle(60) and tab.epoch() == 0


def test_every_racer_has_its_map_and_its_curve_in_its_own_colour_and_equals_the_engine(tab, qtbot):
    acts = ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "gelu"]
    show(tab, qtbot, {"preset": "", "activations": acts, "hidden": [5, 5], "epoch": 4})
    assert tab.epoch() == 4
    assert [m.isVisibleTo(tab) for m in tab.maps] == [True] * 6
    expected = run_race(tab.state().race(), epochs=4)
    colours = set()
    for k, curve in enumerate(tab.curves.loss_curves):
        x, y = curve.getData()
        np.testing.assert_array_equal(x, np.arange(5))
        np.testing.assert_array_equal(y, [s.train_loss for s in expected.histories[k]])  # the same race, bit for bit
        colours.add(curve.opts["pen"].color().name().upper())
        assert OKABE_ITO[RACER_COLORS[k]].lstrip("#") in tab.maps[k].title_text().upper()
    assert len(colours) == 6
    show(tab, qtbot, {"preset": "", "activations": ["relu", "gelu"], "hidden": [3]})
    assert [m.isVisibleTo(tab) for m in tab.maps] == [True, True, False, False, False, False]
    assert [c.isVisible() for c in tab.curves.loss_curves] == [True, True] + [False] * 4


def test_a_map_title_says_when_its_racer_reached_95_percent(tab, qtbot):
    show(tab, qtbot, {"preset": "", "activations": ["tanh", "relu"], "hidden": [8], "lr": 0.1, "epoch": 40})
    result = tab.result
    for k, reached in enumerate(result.reached):
        accuracies = [s.train_accuracy for s in result.histories[k]]
        first = next(e for e, a in enumerate(accuracies) if a >= 0.95)  # both learn the circle in 40 epochs
        assert reached == first
        assert f"95 % at epoch {first}" in tab.maps[k].title_text()


def test_a_bad_network_is_refused_under_the_plots_and_the_last_race_stays(tab, qtbot):
    show(tab, qtbot, {"preset": "", "activations": ["relu", "tanh"], "hidden": [4], "epoch": 2})
    tab.controls.hidden_edit.setText("4,17")
    tab.controls.hidden_edit.editingFinished.emit()
    tab.request()
    assert tab.wait_idle(60)
    assert "hidden[1]" in tab.problem() and tab.error_label.isVisibleTo(tab)
    assert tab.epoch() == 2  # the last good race is still on screen
    tab.controls.hidden_edit.setText("4")
    tab.controls.hidden_edit.editingFinished.emit()
    tab.request()
    assert tab.wait_idle(60) and tab.problem() == ""


def test_choosing_a_preset_shows_its_racers_and_an_edit_makes_it_the_users_own(tab, qtbot):
    combo = tab.controls.preset_combo
    combo.setCurrentIndex(combo.findData("relu_family"))
    tab.request()
    assert tab.wait_idle(60)
    state = tab.state()
    assert (state.preset, state.activations, state.lr) == ("relu_family", ("relu", "leaky_relu", "elu", "gelu"), 1.0)
    assert tab.controls.lesson_label.text()
    tab.controls.racer_combos[0].setCurrentIndex(tab.controls.racer_combos[0].findData("selu"))
    assert tab.state().preset == "" and tab.state().activations[0] == "selu"


def test_at_epoch_0_each_curve_is_a_dot_in_its_racers_colour(tab, qtbot):
    """Before training there is one point per curve: drawn as a dot (a line of one point draws nothing)."""
    show(tab, qtbot, {"preset": "", "activations": ["relu", "tanh"], "hidden": [4]})
    assert tab.epoch() == 0
    for k, (loss, accuracy) in enumerate(list(zip(tab.curves.loss_curves, tab.curves.accuracy_curves, strict=True))[:2]):
        for curve in (loss, accuracy):
            assert curve.opts["symbol"] == "o" and len(curve.getData()[0]) == 1
            assert curve.opts["symbolBrush"].name().lower() == OKABE_ITO[RACER_COLORS[k]].lower()
    tab.step()
    assert tab.wait_idle(60) and tab.epoch() == 1
    assert tab.curves.loss_curves[0].opts["symbol"] is None and len(tab.curves.loss_curves[0].getData()[0]) == 2


def test_a_map_title_takes_the_new_palette_without_a_new_frame(window, tab, qtbot):
    """View > High-contrast palette recolours a paused race's title squares too (they stayed the old colour)."""
    from figures.palette import HIGH_CONTRAST

    show(tab, qtbot, {"preset": "", "activations": ["relu", "tanh"], "hidden": [4]})
    contrast = window.view_actions.contrast_action
    try:
        contrast.setChecked(True)
        qtbot.waitUntil(lambda: HIGH_CONTRAST[RACER_COLORS[1]].lower() in tab.maps[1].title_text().lower(), timeout=10_000)
    finally:
        contrast.setChecked(False)
    qtbot.waitUntil(lambda: OKABE_ITO[RACER_COLORS[1]].lower() in tab.maps[1].title_text().lower(), timeout=10_000)


def test_a_map_in_a_wide_cell_shows_its_own_square_centred(window, tab, qtbot):
    """A square map in a cell wider than tall keeps [-6, 6]² (its axis not widened to ±14) and sits centred."""
    show(tab, qtbot, {"preset": "", "activations": ["relu", "tanh"], "hidden": [4]})
    holder = tab.maps[0].widget.parentWidget()
    holder.parentWidget().setMinimumSize(0, 0)
    holder.resize(900, 400)

    def own_square() -> bool:  # the holder places the plot again once it has laid out at its size (a zero timer)
        (x0, x1), (y0, y1) = tab.maps[0].plot.vb.viewRange()
        return -6.5 <= x0 <= -5.9 and 5.9 <= x1 <= 6.5 and -6.5 <= y0 <= -5.9 and 5.9 <= y1 <= 6.5

    qtbot.waitUntil(own_square, timeout=10_000)
    plot = tab.maps[0].widget.geometry()
    assert abs(plot.center().x() - 450) <= 2 and plot.width() < 500 and plot.top() == 0
