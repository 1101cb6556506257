"""The ▶ beside a parameter slider: it moves the slider between its ends and the explorer's curve follows."""

import numpy as np
import pytest


def curve(tab, index):
    x, y = tab.curve_items()[0][index].getOriginalDataset()
    return np.asarray(x), np.asarray(y)


def test_sweep_moves_the_slope_back_and_forth_and_the_curve_follows(tab, qtbot):
    index = tab.add_curve("leaky_relu")
    editor = tab.param_panel.editors["negative_slope"]
    sweep = editor.sweep
    editor.slider.setValue(0.0)
    sweep._start_here()
    editor.slider.setValue(1.0)
    sweep._end_here()
    editor.slider.setValue(0.0)
    seen = []
    editor.value_changed.connect(seen.append)
    sweep.setChecked(True)
    assert sweep.text() == "⏸"
    for _ in range(16):  # 4 s from one end to the other (normal speed): 16 half-second steps there and back
        sweep.advance(0.5)
    assert not sweep.isChecked() and sweep.text() == "▶"  # back and forth once, then it stops
    peak = int(np.argmax(seen))
    assert seen[peak] == pytest.approx(1.0)
    assert np.all(np.diff(seen[: peak + 1]) > 0) and np.all(np.diff(seen[peak:]) < 0)
    assert seen[-1] == pytest.approx(0.0)
    sweep.bounce_action.setChecked(False)
    sweep.setChecked(True)
    sweep.advance(2.0)  # half way through a one-way sweep
    # The drag's replot now, without turning the event loop: a turn would also run the sweep's own 33 ms timer,
    # which moves the slider on by the real time elapsed (on a loaded machine past 0.5 before the replot, and on
    # to 1.0: 0.5 was never seen again). A registry curve at 2,001 points is computed at once, not in the worker.
    tab.flush()
    assert tab.wait_evaluated(60) and not tab.curves[index].dirty
    assert tab.curves[index].params["negative_slope"] == pytest.approx(0.5)
    x, f = curve(tab, index)
    assert np.allclose(f, np.where(x >= 0, x, 0.5 * x), atol=1e-6)  # the plot followed the sweep
    sweep.advance(2.0)
    assert not sweep.isChecked() and editor.value() == pytest.approx(1.0)


def test_space_pauses_a_playing_sweep_and_plays_it_again(tab):
    """Offscreen windows are never active, so the test fires the window's Space shortcut as Qt would."""
    tab.add_curve("elu")
    sweep = tab.param_panel.editors["alpha"].sweep
    sweep.setChecked(True)
    space = sweep._space
    assert space.key().toString() == "Space" and space.isEnabled() and space.parent() is tab.window()
    space.activated.emit()
    assert not sweep.isChecked() and space.isEnabled()  # paused: Space plays it again
    space.activated.emit()
    assert sweep.isChecked()
    sweep.setChecked(False)  # stopped, not paused
    assert not space.isEnabled()  # Space is the window's again


def test_a_whole_number_parameter_sweeps_in_whole_steps(qtbot):
    from PySide6.QtWidgets import QSpinBox

    from gui.common.sweep import SweepButton

    spin = QSpinBox()
    spin.setRange(0, 50)
    qtbot.addWidget(spin)
    sweep = SweepButton(spin)
    seen = []
    spin.valueChanged.connect(seen.append)
    sweep.bounce_action.setChecked(False)
    sweep.setChecked(True)
    for _ in range(40):
        sweep.advance(0.1)
    assert seen[-1] == 50 and all(isinstance(v, int) for v in seen) and seen == sorted(seen)
    assert not sweep.isChecked()
