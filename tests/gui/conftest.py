"""Fixtures shared by the widget tests: the main window as a user first sees it, loaded."""

import pytest

from tests.windows import shown_window, stop_jobs


@pytest.fixture
def main_window(qtbot):
    """The main window at 1400×850, shown, with its tabs built; background jobs stopped afterwards."""
    window = shown_window(qtbot)
    yield window
    stop_jobs(window)
