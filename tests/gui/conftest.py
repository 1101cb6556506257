"""Fixtures shared by the widget tests: the main window as a user first sees it, loaded."""

import pytest

from gui.common.compute_tab import ComputeTab
from gui.main_window import MainWindow


@pytest.fixture
def main_window(qtbot):
    """The main window at 1400×850, shown, with its tabs built; background jobs stopped afterwards."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    window.load()
    yield window
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)
