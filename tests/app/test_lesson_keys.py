"""A teacher runs lesson 1 to lesson 12 in presentation mode at 1280×800, the lesson panel open, by keys alone.

The window is full screen at ×1.5 on a 1280×800 screen (in this process, as tests/app/test_screens.py places it),
where the controls are folded away. Page Down walks the lessons; in each, the keys for the steps its text asks:
Space plays and pauses training (and the race), S trains one epoch, R resets, V shows the Gradients view (lesson 5),
P plays the sweep ▶ of the slope (lesson 6) and of the temperature (lesson 7), and N does the lesson's next step
(set layers to 5, untick training, select Leaky ReLU, choose tanh and Xavier normal, ...), each checked on the
tab's state against what the lesson's text says. No step needs the mouse, no view scrolls sideways, and every
key is in Help > Keyboard shortcuts by its name.
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
        8: "initialization", 9: "depth", 10: "explorer", 11: "training", 12: "race"}  # fmt: skip
SOFTMAX_X = (0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75)  # lesson 7's scores
#: What each of a lesson's steps (N) leaves on its tab, read from the lesson's text: (state field, value) pairs.
STEPS = {
    3: [{"layers": 5}],  # "Set layers to 5"
    5: [{"lr": 0.3}],  # "set the learning rate to 0.3"
    6: [{"rrelu training": False}, {"selected": 0}],  # "Untick training", "select Leaky ReLU"
    7: [{"temperature": 2.0, "x": SOFTMAX_X}, {"temperature": 20.0}, {"temperature": 0.5}, {"temperature": 1.0, "x": (2.0, 0.0)}],
    9: [{"activation": "tanh", "init": "xavier_normal", "gain": 1.0}, {"activation": "tanh", "gain": 5 / 3}],
    11: [{"activation": "tanh", "hidden": (8,)}, {"activation": "identity", "hidden": (8, 8)}],
    12: [{"hidden": (8,), "activations": ("sigmoid", "tanh", "relu")}],  # "the preset with 1 hidden layer"
}  # fmt: skip


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
    names = {"ExplorerTab": "explorer", "InitTab": "initialization", "DepthTab": "depth", "TrainingTab": "training"}
    return {**names, "RaceTab": "race"}[type(tab).__name__]


def read(state, name: str):
    """The value a step's expectation names, read from the tab's state."""
    if name == "rrelu training":
        return next(curve.params["training"] for curve in state.curves if curve.activation == "rrelu")
    if name in ("temperature", "x"):
        vector = state.vector
        return vector.params["temperature"] if name == "temperature" else tuple(float(v) for v in vector.x)
    if name == "gain":
        return state.init_params["gain"]
    value = getattr(state, name)
    return tuple(value) if isinstance(value, list | tuple) else value


def do_steps(window: MainWindow, number: int) -> None:
    """N for each of the lesson's steps, each checked on the tab's state; then N does nothing more."""
    panel = window.lessons.panel
    for index, wanted in enumerate(STEPS.get(number, [])):
        assert panel.step_text().startswith("Next step"), (number, index)
        key(window, Qt.Key.Key_N)
        state = window.current_tab().state()
        for name, value in wanted.items():
            assert read(state, name) == pytest.approx(value), (number, index, name)
    assert panel.step_text() == ""  # every step done (or none)
    before = window.current_tab().state()
    key(window, Qt.Key.Key_N)
    assert window.current_tab().state() == before


def play_step_reset(window: MainWindow, tab, qtbot) -> None:
    """Space plays (an epoch or more), Space pauses, S trains exactly one epoch, R goes back to epoch 0."""
    key(window, Qt.Key.Key_Space, idle=False)  # Play: never idle until paused
    qtbot.waitUntil(lambda: tab.epoch() >= 1, timeout=60_000)
    key(window, Qt.Key.Key_Space)  # Pause
    assert not tab.is_playing()
    tab.wait_idle(60)
    before = tab.epoch()
    key(window, Qt.Key.Key_S)  # one epoch
    qtbot.waitUntil(lambda: tab.epoch() == before + 1, timeout=30_000)
    key(window, Qt.Key.Key_R)  # Reset
    qtbot.waitUntil(lambda: tab.epoch() == 0, timeout=30_000)


def test_lessons_1_to_12_by_keys_alone(window, qtbot):
    assert window.lessons.open_number(1)
    place(window, SCREENS["1280x800"], 1.5)
    names = [name for name, _keys in shortcut_rows(window)]
    for number in range(1, 13):
        if number > 1:
            key(window, Qt.Key.Key_PageDown)
        assert window.lessons.current.number == number
        assert tab_key(window) == TABS[number], number
        assert window.lessons.panel.isVisible()
        assert window.view_actions.presenting() and window.view_actions.current_scale() == 1.5
        assert not sideways_scroll_problems(window), (number, sideways_scroll_problems(window))
        tab = window.current_tab()
        if TABS[number] in ("training", "race"):
            play_step_reset(window, tab, qtbot)
        if number == 5:
            shown = tab.views.currentIndex()
            key(window, Qt.Key.Key_V)
            assert tab.views.tabText(tab.views.currentIndex()) == "Gradients" and shown != tab.views.currentIndex()
        do_steps(window, number)
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
            if number == 6:  # the step selected Leaky ReLU: P swept its slope
                assert tab.state().selected == 0 and tab.state().curves[0].params["negative_slope"] != 0.01
    key(window, Qt.Key.Key_PageUp)
    assert window.lessons.current.number == 11
    for wanted in ("Next lesson", "Previous lesson", "Play / Pause training", "Train one epoch (Step)",
                   "Reset the training", "Next view (loss, gradients, hidden space)",
                   "Play / pause the sweep ▶ of the first parameter", "Do the lesson's next step",
                   "Play / Pause the race", "Train every racer one epoch (Step)", "Reset the race"):  # fmt: skip
        assert wanted in names
