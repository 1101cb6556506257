"""Main windows for the widget tests: built, shown and loaded as the app does it; their background jobs stopped after.

Imported only by tests that drive Qt (the engine tests run where Qt is missing).
"""

from __future__ import annotations

from gui.common.compute_tab import ComputeTab
from gui.main_window import MainWindow


def shown_window(qtbot, size: tuple[int, int] | None = (1400, 850), active: bool = False) -> MainWindow:
    """A main window at ``size`` (None: its own), shown, with its tabs built (``active``: focused and exposed)."""
    window = MainWindow()
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.load()
    if active:
        window.activateWindow()
        qtbot.waitExposed(window)
    return window


def stop_jobs(window: MainWindow) -> None:
    """Cancel every tab's background job and wait for it, so no worker outlives the test."""
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)
