"""A start whose last session holds the formula that froze the window (issue 21, item 1): the window is up at once
and the curve follows from the explorer's worker (on main every start froze 22 s, the file being saved again)."""

import json

import numpy as np
import pytest

from gui.main_window import MainWindow
from gui.session_actions import last_session_path
from gui.startup import start_tabs
from sessions import FORMAT
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FROZE = "max(" + ",".join(f"{i}*(x-.333)" for i in range(1, 21)) + ")"


def test_a_last_session_with_a_slow_formula_starts_at_once_and_plots_it_in_the_background(config_home, qtbot):
    path = last_session_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    explorer = {"curves": [{"activation": "formula: " + FROZE}], "points": 100_001}
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": {"explorer": explorer}}), encoding="utf-8")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    start_tabs(window, None, False)
    try:
        tab = next(t for t in window.lab_tabs() if t.session_key == "explorer")
        # The window is built and the curve is still to come from the worker: before, start_tabs computed it first
        # (22 s). Its result reaches the tab only through the event loop, which has not run since.
        assert tab.evaluating() and tab.curves[0].curve is None
        assert tab.wait_evaluated(120)
        x, f = tab.curve_items()[0][0].getOriginalDataset()
        assert len(x) == 100_001
        np.testing.assert_allclose(f, np.where(x > 0.333, 20, 1) * (x - 0.333), rtol=1e-5, atol=1e-5)
    finally:
        stop_jobs(window)
