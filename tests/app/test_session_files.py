"""Save session / Open session in the main window: a round trip restores every tab, a bad file changes nothing."""

import json
import os
from pathlib import Path

import numpy as np
import pytest

from sessions import FORMAT, MAX_BYTES
from tests.windows import shown_window, stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot):
    """The main window, loaded and shown, on the CPU; its background jobs stopped afterwards."""
    w = shown_window(qtbot, (1300, 850))
    w.device_bar.set_choice("cpu", "float32")
    yield w
    if w.session_actions.problem_box is not None:
        w.session_actions.problem_box.close()
    stop_jobs(w)


def _tab(window, key):
    return next(t for t in window.lab_tabs() if t.session_key == key)


def _change_every_tab(window) -> None:
    explorer = _tab(window, "explorer")
    explorer.add_curve("softplus", {"beta": 2.0})
    explorer.set_x_range(-2.0, 3.0)
    _tab(window, "initialization").select_init("normal", {"mean": 1.0, "std": 0.5})
    _tab(window, "depth").controls.layers_spin.setValue(12)
    _tab(window, "training").controls.data_box.seed_spin.setValue(42)
    window.tabs.setCurrentWidget(_tab(window, "depth"))


def _comparable(state: dict) -> dict:
    return {key: value for key, value in state.items() if key != "app_version"}


def test_a_saved_session_reopens_every_tab_as_it_was_and_shows_its_name(window, tmp_path):
    _change_every_tab(window)
    saved = window.session_state()
    path = tmp_path / "lesson.alab"
    assert window.session_actions.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT

    window.apply_session({"format": FORMAT, "version": 1, "tab": "explorer", "tabs": {}})  # nothing changes but the tab
    _tab(window, "explorer").set_x_range(-1.0, 1.0)
    _tab(window, "training").controls.data_box.seed_spin.setValue(7)
    assert window.open_session(path)

    assert _comparable(window.session_state()) == _comparable(saved)
    assert window.current_tab() is _tab(window, "depth")
    assert "lesson.alab" in window.windowTitle()
    assert window.session_actions.recent()[0] == str(path.resolve())


def _bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """name: (file, what the message must name)."""

    def session(**tabs) -> str:
        return json.dumps({"format": FORMAT, "version": 1, "tabs": tabs})

    files = {
        "newer version": (json.dumps({"format": FORMAT, "version": 7}), "version 7"),
        "unknown version": (json.dumps({"format": FORMAT, "version": "one"}), "version"),
        "unknown activation": (session(explorer={"curves": [{"activation": "swishy"}]}), "tabs.explorer.curves[0].activation"),
        "unknown initialiser": (session(depth={"init": "magic"}), "tabs.depth.init"),
        "out of range": (session(explorer={"curves": [{"activation": "elu", "params": {"alpha": 1e9}}]}), "params.alpha"),
        "truncated": (session(training={"hidden": [4, 2]})[:-9], "line 1"),
        "not json": ("Activation Lab lesson\nsigmoid\n", "not JSON"),
    }
    paths = {}
    for name, (content, expected) in files.items():
        path = tmp_path / f"{name.replace(' ', '_')}.alab"
        path.write_text(content, encoding="utf-8")
        paths[name] = (path, expected)
    return paths


@pytest.mark.parametrize(
    "case",
    ["newer version", "unknown version", "unknown activation", "unknown initialiser", "out of range", "truncated", "not json"],
)
def test_a_bad_file_is_refused_saying_what_and_where_and_the_window_stays_as_it_was(window, tmp_path, case):
    _change_every_tab(window)
    before = window.session_state()
    path, expected = _bad_files(tmp_path)[case]
    assert not window.open_session(path)
    assert expected in window.session_actions.problem_box.text()
    assert window.session_state() == before
    assert "Activation Lab" == window.windowTitle()


def test_a_truncated_multi_line_file_names_the_line_where_it_ends(window, tmp_path):
    path = tmp_path / "cut.alab"
    text = json.dumps({"format": FORMAT, "version": 1, "tabs": {"depth": {"layers": 10, "width": 64}}}, indent=1)
    path.write_text(text[: text.index('"width"')], encoding="utf-8")
    assert not window.open_session(path)
    assert f"line {text[: text.index('width')].count(chr(10)) + 1}" in window.session_actions.problem_box.text()


def test_a_100_mb_file_is_refused_by_its_size_without_being_read(window, tmp_path):
    path = tmp_path / "huge.alab"
    with open(path, "wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: no 100 MB written or read
    assert path.stat().st_size > MAX_BYTES
    before = window.session_state()
    assert not window.open_session(path)
    assert "MB" in window.session_actions.problem_box.text()
    assert window.session_state() == before


def test_a_failed_save_leaves_the_old_file_whole(window, tmp_path, monkeypatch):
    path = tmp_path / "kept.alab"
    assert window.session_actions.save(path)
    old = path.read_bytes()
    _change_every_tab(window)

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    assert not window.session_actions.save(path)
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["kept.alab"]  # no temporary file left behind
    assert "No space left" in window.session_actions.problem_box.text()


def test_recent_sessions_drop_files_that_are_gone_and_say_so(window, tmp_path):
    first, second = tmp_path / "one.alab", tmp_path / "two.alab"
    assert window.session_actions.save(first) and window.session_actions.save(second)
    first.unlink()
    window.session_actions.fill_recent_menu()
    shown = [action.text() for action in window.session_actions.recent_menu.actions()]
    assert shown[0] == "two.alab" and "one.alab" not in shown
    assert str(first.resolve()) not in window.session_actions.recent()
    assert "one.alab" in window.statusBar().currentMessage()


def test_the_file_menu_offers_save_and_open_with_their_shortcuts(window):
    actions = window.session_actions
    assert actions.save_action.shortcut().toString() == "Ctrl+S"
    assert actions.open_action.shortcut().toString() == "Ctrl+O"
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu.actions()[0] is actions.open_action


def test_a_lesson_block_is_kept_as_it_came_and_saved_again(window, tmp_path):
    lesson = {"title": "Sigmoid saturates", "question": "Where is f′ below 0.01?", "extra": [1, {"a": None}]}
    path = tmp_path / "with-lesson.alab"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "lesson": lesson}), encoding="utf-8")
    assert window.open_session(path)
    assert window.session_lesson == lesson
    again = tmp_path / "again.alab"
    assert window.session_actions.save(again)
    assert json.loads(again.read_text(encoding="utf-8"))["lesson"] == lesson


def test_the_vector_view_shown_when_saved_is_shown_when_opened(window, tmp_path):
    explorer = _tab(window, "explorer")
    window.tabs.setCurrentWidget(explorer)
    explorer.catalogue.select("log_softmax")
    explorer.vector_view.set_vector([0.5, -2.0, 4.0])
    explorer.vector_view.set_param("temperature", 0.5)
    path = tmp_path / "vector.alab"
    assert window.session_actions.save(path)
    assert json.loads(path.read_text(encoding="utf-8"))["tabs"]["explorer"]["vector"] == {
        "activation": "log_softmax",
        "x": [0.5, -2.0, 4.0],
        "params": {"temperature": 0.5},
    }
    explorer.select_curve(0)  # back to the curves
    assert window.open_session(path)
    assert explorer.showing_vector_view() and explorer.state().vector.x == (0.5, -2.0, 4.0)
    x = np.array([0.5, -2.0, 4.0]) / 0.5
    np.testing.assert_allclose(explorer.vector_view.result.output, x - x.max() - np.log(np.exp(x - x.max()).sum()), atol=1e-6)


@pytest.mark.parametrize(
    ("vector", "where"),
    [
        ({"activation": "softmaxx", "x": [1, 2]}, "tabs.explorer.vector.activation"),
        ({"activation": "tanh", "x": [1, 2]}, "tabs.explorer.vector.activation"),
        ({"activation": "glu", "x": [1, 2, 3]}, "tabs.explorer.vector.x"),
        ({"activation": "softmax", "x": [1, 2], "params": {"temperature": 50}}, "tabs.explorer.vector.params.temperature"),
    ],
)
def test_a_bad_vector_view_in_a_file_is_refused_by_name_and_the_window_stays(window, tmp_path, vector, where):
    explorer = _tab(window, "explorer")
    explorer.catalogue.select("softmin")
    before = window.session_state()
    path = tmp_path / "bad.alab"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tabs": {"explorer": {"vector": vector}}}), encoding="utf-8")
    assert not window.open_session(path)
    assert where in window.session_actions.problem_box.text()
    assert window.session_state() == before and explorer.showing_vector_view()
