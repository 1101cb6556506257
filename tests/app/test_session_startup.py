"""Starting the app: the last window size and state come back, unless --fresh or a session file is given;
a fresh or corrupted settings folder starts with the defaults and says so in the log."""

import json
import logging
from pathlib import Path

import pytest

import main
from cli.parser import parse_command_line
from gui.main_window import MainWindow
from gui.session_actions import last_session_path
from gui.startup import start_tabs
from gui.window_geometry import restore_geometry
from sessions import FORMAT
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def new_window(qtbot):
    made = []

    def make(session=None, fresh=False) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        if not fresh:
            restore_geometry(window)
        window.show()
        start_tabs(window, session, fresh)
        made.append(window)
        return window

    yield make
    for window in made:
        stop_jobs(window)


def _explorer(window):
    return next(t for t in window.lab_tabs() if t.session_key == "explorer")


def test_a_first_start_in_a_fresh_home_shows_the_defaults(config_home, new_window):
    window = new_window()
    assert not last_session_path().exists()
    assert [c["activation"] for c in window.session_state()["tabs"]["explorer"]["curves"]] == ["relu"]


def test_the_next_start_has_the_last_size_and_state_unless_fresh(config_home, new_window):
    first = new_window()
    first.resize(760, 500)  # inside the offscreen screen (800 × 800)
    size = (first.width(), first.height())
    _explorer(first).add_curve("mish")
    _explorer(first).set_x_range(-4.0, 2.0)
    first.close()  # remembers
    assert last_session_path().is_file()

    again = new_window()
    assert (again.width(), again.height()) == size
    state = again.session_state()["tabs"]["explorer"]
    assert [c["activation"] for c in state["curves"]] == ["relu", "mish"] and state["x_range"] == [-4.0, 2.0]

    fresh = new_window(fresh=True)
    assert (fresh.width(), fresh.height()) != size
    assert _explorer(fresh).state().section()["x_range"] == [-6.0, 6.0]
    assert [c["activation"] for c in _explorer(fresh).state().section()["curves"]] == ["relu"]


def test_a_session_named_on_the_command_line_is_opened_instead_of_the_last_state(config_home, new_window, tmp_path):
    lesson = tmp_path / "lesson.alab"
    lesson.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": {"explorer": {"curves": [{"activation": "gelu"}]}}}))
    args = parse_command_line([str(lesson)])
    assert (args.command, args.session, args.fresh) == (None, str(lesson), False)
    window = new_window(session=args.session)
    assert [c["activation"] for c in window.session_state()["tabs"]["explorer"]["curves"]] == ["gelu"]
    assert "lesson.alab" in window.windowTitle()


def test_a_corrupted_settings_file_and_last_session_start_with_defaults_and_say_so(config_home, new_window, caplog):
    settings_file = config_home / "ActivationLab" / "Activation Lab.ini"
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(b"[window\ngeometry=\x00\xff\n[[[\n")
    last_session_path().write_text('{"format": "activation-lab-session", "version": 1, "tabs": {"explor', encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        window = new_window()
    assert [c["activation"] for c in window.session_state()["tabs"]["explorer"]["curves"]] == ["relu"]
    logged = caplog.text
    assert "could not be read" in logged and "starting with defaults" in logged


def test_an_unwritable_settings_file_does_not_stop_the_app_closing(config_home, new_window, caplog):
    (config_home / "ActivationLab" / "Activation Lab.ini").mkdir(parents=True)  # a folder where the file should be
    with caplog.at_level(logging.WARNING):
        window = new_window()
        window.close()
    assert "is a folder, not a regular file: not opened nor written" in caplog.text  # said once, not on every write


def test_export_and_gallery_commands_still_parse_beside_a_session_argument():
    assert main.parse_command_line(["export", "--session", "x.alab", "--out", "d"]).command == "export"
    assert parse_command_line(["--fresh"]).fresh


def test_the_stepped_start_builds_the_tab_off_screen_and_first_shows_it_with_the_session(config_home, qtbot, tmp_path):
    """gui.startup's steps (one per turn of the event loop at start): the tab to show is built before it enters the
    window, so the window never shows its default curve between the preview and the session's curves."""
    from gui.startup import start_tab_steps

    lesson = tmp_path / "lesson.alab"
    lesson.write_text(
        json.dumps({"format": FORMAT, "version": 1, "tab": "depth", "tabs": {"depth": {"activation": "tanh"}}}),
        encoding="utf-8",
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    frame, prepare, show, rest = start_tab_steps(window, str(lesson), False)
    frame()
    prepare()
    assert window.built_tabs() == []  # still the "Loading PyTorch…" page: the depth tab is built, not shown
    show()
    assert [t.session_key for t in window.built_tabs()] == ["depth"]  # the session's tab, first and only
    assert window.current_tab().session_key == "depth"
    assert window.session_state()["tabs"]["depth"]["activation"] == "tanh"
    rest()
    stop_jobs(window)


def test_the_explorer_is_built_from_the_parts_made_in_turns_before_it(config_home, qtbot):
    from gui.common import ahead
    from gui.explorer.plots import StackedPlots
    from gui.explorer.vector_view import VectorView
    from gui.startup import start_tab_steps

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    frame, make_vector_view, make_plots, prepare, show, rest = start_tab_steps(window, None, True)
    frame()
    make_vector_view()
    make_plots()
    plots, vector_view = ahead._spares[StackedPlots], ahead._spares[VectorView]
    prepare()
    show()
    rest()
    tab = window.current_tab()
    assert (tab.session_key, tab.plots, tab.vector_view) == ("explorer", plots, vector_view)
    assert ahead._spares == {}  # taken, not kept for a later tab
    assert [c["activation"] for c in window.session_state()["tabs"]["explorer"]["curves"]] == ["relu"]
    stop_jobs(window)


def test_the_session_file_is_read_once_at_start_named_restored_or_bad(config_home, new_window, tmp_path, monkeypatch):
    """It names the tab to build first and is then shown: one read (gui.startup), not one for each."""
    import sessions
    from gui import session_actions

    reads = []

    def counting(path):
        reads.append(Path(path).name)
        return real(path)

    real = sessions.read_session
    monkeypatch.setattr(sessions, "read_session", counting)
    monkeypatch.setattr(session_actions, "read_session", counting)
    lesson = tmp_path / "lesson.alab"
    lesson.write_text(
        json.dumps({"format": FORMAT, "version": 1, "tab": "depth", "tabs": {"depth": {"activation": "tanh"}}}),
        encoding="utf-8",
    )
    named = new_window(session=str(lesson))
    assert reads == ["lesson.alab"]
    assert named.current_tab().session_key == "depth" and named.session_state()["tabs"]["depth"]["activation"] == "tanh"
    named.close()  # remembers: the next start restores it
    reads.clear()
    restored = new_window()
    assert reads == [last_session_path().name]
    assert restored.current_tab().session_key == "depth"
    assert restored.session_state()["tabs"]["depth"]["activation"] == "tanh"

    bad = tmp_path / "bad.alab"
    bad.write_text('{"format": "activation-lab-session", "tabs": {', encoding="utf-8")
    reads.clear()
    window = new_window(session=str(bad))
    assert reads == ["bad.alab"]
    assert "bad.alab" in window.session_actions.problem_box.text()  # said where the user looks, as before
    assert window.current_tab().session_key == "explorer"  # the defaults
