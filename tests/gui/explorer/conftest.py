"""The explorer tab on its own, as the explorer's tests drive it."""

import pytest

from gui.explorer.tab import ExplorerTab


@pytest.fixture
def tab(qtbot):
    """A fresh explorer tab at 1300×850 with no curves (not shown: tests that need a window show it)."""
    widget = ExplorerTab()
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.clear_curves()
    return widget
