"""A teacher runs lesson 1 to lesson 10 in presentation mode at 1280×800, the lesson panel open, by keys alone.

The window is full screen at ×1.5 on a 1280×800 screen (in this process, as tests/app/test_screens.py places it).
Page Down walks the lessons; in each, the keys for the steps its text asks: Space plays and pauses training,
S trains one epoch, R resets, V shows the Gradients view (lesson 5), P plays the sweep ▶ of the slope (lesson 6)
and of the temperature (lesson 7). No step needs the mouse, no view scrolls sideways, and every key is in
Help > Keyboard shortcuts by its name.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gui.explorer.keys import sweep_buttons
from gui.main_window import MainWindow
from gui.shortcuts import shortcut_rows
from tests.app.test_screens import SCREENS, _forget_present_settings, place
from tests.screen_checks import settle, sideways_scroll_problems
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The tab each lesson opens (resources/lessons/*.alab, read by a person: 1, 5 train; 3, 9 go deep; …).
TABS = {1: "training", 2: "explorer", 3: "depth", 4: "explorer", 5: "training", 6: "explorer", 7: "explorer",
        8: "initialization", 9: "depth", 10: "explorer"}  # fmt: skip


@pytest.fixture(scope="module")
def window(qapp):
    _forget_present_settings()
    window = MainWindow()
    window.show()
    window.load()
    window.activateWindow()
    settle(window)
    yield window
    window.view_actions.present_action.setChecked(False)
    window.view_actions.set_interface_scale(1.0)
    stop_jobs(window)
    window.close()
    window.deleteLater()
    _forget_present_settings()


def key(window: MainWindow, name: Qt.Key, idle: bool = True) -> None:
    """Press ``name`` and let its effect reach the screen (``idle``: every job done; not while training plays)."""
    QTest.keyClick(window.focusWidget() or window, name)
    if idle:
        settle(window, 2)
    else:
        QApplication.processEvents()


def tab_key(window: MainWindow) -> str:
    tab = window.current_tab()
    return {"ExplorerTab": "explorer", "InitTab": "initialization", "DepthTab": "depth", "TrainingTab": "training"}[
        type(tab).__name__
    ]


def test_lessons_1_to_10_by_keys_alone(window, qtbot):
    assert window.lessons.open_number(1)
    place(window, SCREENS["1280x800"], 1.5)
    names = [name for name, _keys in shortcut_rows(window)]
    for number in range(1, 11):
        if number > 1:
            key(window, Qt.Key.Key_PageDown)
        assert window.lessons.current.number == number
        assert tab_key(window) == TABS[number], number
        assert window.lessons.panel.isVisible()
        assert window.view_actions.presenting() and window.view_actions.current_scale() == 1.5
        assert not sideways_scroll_problems(window), (number, sideways_scroll_problems(window))
        tab = window.current_tab()
        if TABS[number] == "training":
            key(window, Qt.Key.Key_Space, idle=False)  # Play: never idle until paused
            qtbot.waitUntil(lambda tab=tab: tab.epoch() >= 1, timeout=60_000)
            key(window, Qt.Key.Key_Space)  # Pause
            assert not tab.is_playing()
            tab.wait_idle(60)
            before = tab.epoch()
            key(window, Qt.Key.Key_S)  # one epoch
            qtbot.waitUntil(lambda tab=tab, before=before: tab.epoch() == before + 1, timeout=30_000)
            key(window, Qt.Key.Key_R)  # Reset
            qtbot.waitUntil(lambda tab=tab: tab.epoch() == 0, timeout=30_000)
        if number == 5:
            shown = tab.views.currentIndex()
            key(window, Qt.Key.Key_V)
            assert tab.views.tabText(tab.views.currentIndex()) == "Gradients" and shown != tab.views.currentIndex()
        if number in (6, 7):
            buttons = sweep_buttons(tab)
            assert buttons, number
            slider = buttons[0].slider
            start = slider.value()
            key(window, Qt.Key.Key_P)
            assert buttons[0].isChecked()
            buttons[0].advance(0.5)  # the sweep's timer tick, moved on by hand
            assert slider.value() != start
            key(window, Qt.Key.Key_P)
            assert not buttons[0].isChecked()
    key(window, Qt.Key.Key_PageUp)
    assert window.lessons.current.number == 9
    for wanted in ("Next lesson", "Previous lesson", "Play / Pause training", "Train one epoch (Step)",
                   "Reset the training", "Next view (loss, gradients, hidden space)",
                   "Play / pause the sweep ▶ of the first parameter"):  # fmt: skip
        assert wanted in names
