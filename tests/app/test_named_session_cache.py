"""A session file named on the command line: the curves its explorer computed on that start are kept under the
file's key, and the next start with the same file shows them before torch loads (gui/startup_cache.py, issue 28).
The settings folder is the test's own (config_home)."""

import json

import numpy as np
import pytest

from gui.explorer.preview import cached_view_of
from gui.main_window import MainWindow
from gui.startup import start_tabs
from gui.startup_cache import (
    cached_view_for_start,
    keep_named_curves,
    last_session_key,
    named_cache_path,
    read_cache,
    section_key,
)
from sessions import FORMAT
from tests.windows import stop_jobs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _lesson(path, slope=0.3):
    section = {"curves": [{"activation": "leaky_relu", "params": {"negative_slope": slope}}], "x_range": [-2, 1]}
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "tab": "explorer", "tabs": {"explorer": section}}))
    return path


@pytest.fixture
def window(qtbot, config_home):
    made = MainWindow()
    qtbot.addWidget(made)
    made.show()
    yield made
    stop_jobs(made)


def test_the_next_start_with_the_same_file_shows_the_curves_it_computed(qtbot, window, tmp_path):
    lesson = _lesson(tmp_path / "lesson.alab")
    assert cached_view_for_start(str(lesson), fresh=False) is None  # never started with it: computed at start
    start_tabs(window, str(lesson))
    qtbot.waitUntil(named_cache_path().exists, timeout=60_000)  # once its curves were painted
    view = cached_view_for_start(str(lesson), fresh=False)
    assert view is not None and view.key == last_session_key(lesson)
    (curve,) = view.curves
    assert (curve.name, curve.suffix, view.x_range) == ("Leaky ReLU", " (negative_slope=0.3)", (-2.0, 1.0))
    assert np.allclose(curve.f, np.where(curve.x > 0, curve.x, 0.3 * curve.x), rtol=1e-6)  # closed form
    _lesson(lesson, slope=0.5)  # the file edited: another state, not shown
    assert cached_view_for_start(str(lesson), fresh=False) is None
    assert cached_view_for_start(None, fresh=True).key != view.key  # --fresh keeps the defaults' cache


def test_curves_of_a_state_changed_since_the_file_opened_are_not_kept(qtbot, window, tmp_path, config_home):
    lesson = _lesson(tmp_path / "lesson.alab")
    start_tabs(window, None, fresh=True)
    tab = window.current_tab()
    assert tab.wait_evaluated()
    shown = cached_view_of(tab)
    keep_named_curves(lesson, shown, opened=section_key({"curves": []}))  # not what the tab shows now
    assert not named_cache_path().exists()
    keep_named_curves(lesson, shown, opened=shown.key)  # (the file's key, whatever its content: the caller checks)
    assert read_cache(named_cache_path(), last_session_key(lesson)) is not None
