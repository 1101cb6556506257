"""At start only the tab on screen is built; the others follow in later turns of the event loop (issue 28).

A session's sections for tabs not built yet wait for them, so a restored or opened session shows in every tab
exactly as if all had been built at once; ``lab_tabs()`` and ``load()`` still give every tab.
"""

import json

import pytest

from gui.main_window import TABS, MainWindow
from gui.session_actions import last_session_path
from gui.startup import start_tabs
from sessions import FORMAT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _last_session_on_the_depth_tab() -> None:
    """A last session shown on the depth tab, with sections for two tabs that will not be built at first."""
    session = {
        "format": FORMAT,
        "version": 1,
        "tab": "depth",
        "tabs": {"explorer": {"curves": [{"activation": "gelu"}]}, "training": {"seed": 7}, "depth": {"layers": 12}},
    }
    last_session_path().parent.mkdir(parents=True, exist_ok=True)
    last_session_path().write_text(json.dumps(session), encoding="utf-8")


def built(window: MainWindow) -> list[str]:
    """The session keys of the tabs built so far, in tab order (without building any)."""
    return [window.tabs.widget(i).session_key for i in range(window.tabs.count())]


def test_a_fresh_start_builds_the_explorer_first_and_the_other_tabs_after_its_curve(qtbot, window):
    start_tabs(window, fresh=True)
    assert built(window) == ["explorer"]
    assert window.tabs.currentWidget().session_key == "explorer"
    qtbot.waitUntil(lambda: len(built(window)) == len(TABS), timeout=60_000)
    assert built(window) == list(TABS)  # in the tabs' order, whatever order they were built in
    assert window.tabs.currentWidget().session_key == "explorer"


def test_a_restored_session_builds_its_own_tab_first_and_the_others_get_their_sections(qtbot, window):
    _last_session_on_the_depth_tab()
    start_tabs(window)
    assert built(window) == ["depth"]
    assert window.tabs.currentWidget().session_key == "depth"
    state = window.session_state()  # builds the rest now, each with its waiting section
    assert built(window) == list(TABS)
    assert state["tab"] == "depth" and state["tabs"]["depth"]["layers"] == 12
    assert [c["activation"] for c in state["tabs"]["explorer"]["curves"]] == ["gelu"]
    assert state["tabs"]["training"]["seed"] == 7


def test_lab_tabs_gives_every_tab_even_before_the_event_loop_built_them(window):
    window.load_first()
    assert built(window) == ["explorer"]
    assert [tab.session_key for tab in window.lab_tabs()] == list(TABS)


def test_closing_before_the_other_tabs_are_built_builds_none_and_keeps_their_sections(qtbot, window):
    """Quitting saves the last session from the tabs built and the sections still waiting (building every tab
    to quit cost 1.4 s); the next start shows each tab as it was given."""
    _last_session_on_the_depth_tab()
    start_tabs(window)
    assert built(window) == ["depth"]
    window.session_actions.remember()  # what closing the window does
    assert built(window) == ["depth"]
    saved = json.loads(last_session_path().read_text(encoding="utf-8"))
    assert saved["tab"] == "depth" and saved["tabs"]["depth"]["layers"] == 12
    assert [c["activation"] for c in saved["tabs"]["explorer"]["curves"]] == ["gelu"]
    assert saved["tabs"]["training"]["seed"] == 7
    assert "initialization" not in saved["tabs"]  # never built, never given: it starts at its defaults, as now
