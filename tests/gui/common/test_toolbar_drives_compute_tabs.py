"""The main window's device/precision toolbar drives the Initialisation and Depth tabs (one control for all)."""

import numpy as np
import pytest

from engine.depth import DepthConfig

pytest.importorskip("pytestqt")


# The offscreen platform cannot resize a shown window to new size hints; that is not the app's fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(main_window):
    return main_window


def test_main_window_has_both_tabs(window):
    titles = [tab.title() for tab in window.lab_tabs()]
    assert "Initialisation" in titles and "Through depth" in titles


def test_toolbar_device_and_precision_drive_the_init_and_depth_tabs(window, qtbot):
    explorer, init, depth = window.lab_tabs()[:3]
    bar = window.statusBar()
    assert not hasattr(depth, "device_combo")  # one device control, in the toolbar
    depth.controls.set_auto_run(False)
    depth.controls.leave_lesson()
    depth.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=4, width=64, batch=64))
    depth.controls.set_auto_run(True)
    window.tabs.setCurrentWidget(init)
    assert window.device_bar.isEnabled()
    assert init.wait_idle(60)

    with qtbot.waitSignal(init.computed, timeout=60_000):
        window.device_bar.set_choice(device="cpu", dtype="float64")
    assert init.samples[0].dtype == "float64" and init.samples[0].values.dtype == np.float64
    assert "CPU" in bar.currentMessage() and "float64" in bar.currentMessage()

    window.device_bar.set_choice(dtype="float16")  # the explorer can show float16; weights are not drawn in it
    assert explorer.dtype == "float16"
    assert init.dtype == "float64" and not init.is_busy()
    assert "float16 is not offered here" in bar.currentMessage() and "float64" in bar.currentMessage()

    with qtbot.waitSignal(depth.computed, timeout=60_000):
        window.tabs.setCurrentWidget(depth)  # its first run, with what the toolbar said while it was hidden
    result = depth.current.result
    assert (result.device, result.dtype) == ("cpu", "float64")
    assert "float16 is not offered here" in bar.currentMessage() and "CPU in float64" in bar.currentMessage()

    with qtbot.waitSignal(depth.computed, timeout=60_000):
        window.device_bar.set_choice(dtype="float32")
    assert depth.current.result.dtype == "float32" and "not offered" not in bar.currentMessage()
