"""The training tab of a whole window, shown and idle: the fixture its GUI tests share."""

import pytest

from gui.training.tab import TrainingTab


@pytest.fixture
def tab(main_window, qtbot) -> TrainingTab:
    """The window's training tab on screen, its first frame drawn and nothing running (built when first shown)."""
    tab = next(t for t in main_window.lab_tabs() if isinstance(t, TrainingTab))
    main_window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.frame is not None and not tab.is_busy(), timeout=60_000)
    return tab
