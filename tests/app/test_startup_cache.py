"""The explorer's curves cached for the first screen (gui/startup_cache.py, gui/explorer/preview.py, issue 28).

What is cached must be what the engine computes for the state the window shows: the shipped defaults are built
again here from a real explorer tab, and a window that closes keeps exactly its curves under the key of the session
it keeps. Reading is hardened like every file the app opens: links, FIFOs, damaged or oversized caches are ignored
with a log line, never raised. The settings folder is the test's own (config_home), never the user's.
"""

import io
import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint

from gui import startup_cache
from gui.explorer.preview import ExplorerPreview, cached_view_of, label_of, same_curves
from gui.main_window import MainWindow
from gui.startup import start_tabs
from gui.startup_cache import (
    CachedCurve,
    CachedView,
    cache_bytes,
    cache_path,
    cached_view_for_start,
    last_session_key,
    last_session_path,
    read_cache,
    session_key,
    shipped_path,
    state_key,
)
from sessions import SUFFIX

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import make_startup_cache  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _view(key: str = "k" * 64, points: int = 5) -> CachedView:
    x = np.linspace(-1.0, 1.0, points)
    curve = CachedCurve("ReLU", " (a=1)", 2, x, np.maximum(x, 0), (x > 0).astype(float), np.zeros(points))
    return CachedView(key, (curve,), (-1.0, 1.0), True, False)


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_the_shipped_default_curves_are_what_the_engine_computes_now(qapp):
    """Built again from a default explorer tab: the same state key, labels, colours and every value. When this
    fails, the engine, the registry or the defaults changed: run `make startup-cache`."""
    shipped = read_cache(shipped_path(), None)
    assert shipped is not None
    fresh = make_startup_cache.default_view()
    assert (shipped.key, shipped.x_range, shipped.show_second, shipped.log_df) == (
        fresh.key,
        fresh.x_range,
        fresh.show_second,
        fresh.log_df,
    )
    assert [(c.name, c.suffix, c.slot) for c in shipped.curves] == [("ReLU", "", 0)]
    for old, new in zip(shipped.curves, fresh.curves, strict=True):
        for a, b in ((old.x, new.x), (old.f, new.f), (old.df, new.df), (old.d2f, new.d2f)):
            assert a.dtype == b.dtype and np.array_equal(a, b, equal_nan=True)
    x = shipped.curves[0].x  # and it is ReLU: independent of the engine
    assert np.array_equal(shipped.curves[0].f, np.maximum(x, 0))


def test_a_cache_reads_back_as_written(tmp_path):
    view = _view()
    back = read_cache(_write(tmp_path / "c.npz", cache_bytes(view)), view.key)
    assert back is not None and back.key == view.key and back.x_range == (-1.0, 1.0) and back.show_second
    (c,) = back.curves
    assert (c.name, c.suffix, c.slot) == ("ReLU", " (a=1)", 2)
    assert np.array_equal(c.f, [0, 0, 0, 0.5, 1.0]) and np.array_equal(c.df, [0, 0, 0, 1, 1])


def test_a_cache_of_another_state_is_not_shown(tmp_path, caplog):
    path = _write(tmp_path / "c.npz", cache_bytes(_view("a" * 64)))
    with caplog.at_level(logging.INFO, logger="activation_lab.startup"):
        assert read_cache(path, "b" * 64) is None
    assert "holds another state" in caplog.text


def _object_array_cache() -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, meta=np.array([{"format": 1}], dtype=object))  # would need pickle to read
    return buffer.getvalue()


def _changed_cache(f0_length: int | None = None, **meta) -> bytes:
    """A good cache with its description or its first f array changed."""
    good = np.load(io.BytesIO(cache_bytes(_view())))
    arrays = {name: good[name] for name in good.files}
    arrays["meta"] = np.array(json.dumps({**json.loads(str(arrays["meta"][()])), **meta}))
    arrays["f0"] = arrays["f0"][:f0_length]
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a zip file at all",
        cache_bytes(_view())[:200],  # cut short
        _object_array_cache(),
        _changed_cache(f0_length=3),  # f shorter than x
        _changed_cache(format=9),
        _changed_cache(x_range=[1.0, -1.0]),
        _changed_cache(curves=[{"name": "ReLU", "suffix": "", "slot": -1}]),
        _changed_cache(box=[0.2, 1.5, 0.5, 0.5]),
    ],
    ids=[
        "empty",
        "garbage",
        "truncated",
        "pickled-object",
        "mismatched-lengths",
        "other-format",
        "empty-range",
        "bad-slot",
        "box-off-the-window",
    ],
)
def test_a_damaged_cache_is_ignored_with_a_log_line(tmp_path, caplog, data):
    path = _write(tmp_path / "c.npz", data)
    with caplog.at_level(logging.WARNING, logger="activation_lab.startup"):
        assert read_cache(path, None) is None
    assert "cannot be used" in caplog.text


def test_an_oversized_cache_is_ignored(tmp_path, caplog, monkeypatch):
    path = _write(tmp_path / "c.npz", cache_bytes(_view(points=4000)))
    monkeypatch.setattr(startup_cache, "MAX_BYTES", 1000)
    with caplog.at_level(logging.WARNING, logger="activation_lab.startup"):
        assert read_cache(path, None) is None
    assert "over 1000 bytes" in caplog.text


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_in_place_of_the_cache_is_ignored_at_once(tmp_path, caplog):
    fifo = tmp_path / "c.npz"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer for ever
    with caplog.at_level(logging.WARNING, logger="activation_lab.startup"):
        assert read_cache(fifo, None) is None
    assert "FIFO" in caplog.text


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_place_of_the_cache_is_not_followed(tmp_path, caplog):
    target = _write(tmp_path / "real.npz", cache_bytes(_view()))
    link = tmp_path / "c.npz"
    link.symlink_to(target)
    assert read_cache(target, None) is not None
    with caplog.at_level(logging.WARNING, logger="activation_lab.startup"):
        assert read_cache(link, None) is None
    assert "symbolic link" in caplog.text


def test_the_last_session_file_gives_the_key_of_its_explorer_only_when_it_shows_the_explorer(config_home):
    section = {"curves": [{"activation": "gelu"}], "x_range": [-3.0, 3.0]}
    path = last_session_path()
    _write(path, json.dumps({"tab": "explorer", "tabs": {"explorer": section}}).encode())
    assert last_session_key() == session_key(state_key(section))
    _write(path, json.dumps({"tab": "depth", "tabs": {"explorer": section}}).encode())
    assert last_session_key() is None
    _write(path, json.dumps({"tab": "explorer", "tabs": {"explorer": {**section, "vector": {"activation": "softmax"}}}}).encode())
    assert last_session_key() is None
    _write(path, b'{"tab": "explorer", "tabs": {"explor')
    assert last_session_key() is None
    assert path.name == "last-session" + SUFFIX  # the file gui/session_actions.py keeps


def test_which_cache_a_start_uses(config_home):
    shipped = read_cache(shipped_path(), None)
    assert shipped is not None
    assert cached_view_for_start(session=None, fresh=True).key == shipped.key  # --fresh: the defaults
    assert cached_view_for_start(session=None, fresh=False).key == shipped.key  # a first start: the defaults
    assert cached_view_for_start(session="lesson.alab", fresh=False) is None  # a file named: computed at start
    section = {"curves": [{"activation": "gelu"}]}
    _write(last_session_path(), json.dumps({"tab": "explorer", "tabs": {"explorer": section}}).encode())
    assert cached_view_for_start(session=None, fresh=False) is None  # a last session without its cache
    _write(cache_path(), cache_bytes(_view(state_key(section))))
    assert cached_view_for_start(session=None, fresh=False) is None  # kept by another build (or none): not shown
    _write(cache_path(), cache_bytes(_view(session_key(state_key(section)))))
    assert cached_view_for_start(session=None, fresh=False).key == session_key(state_key(section))
    assert cached_view_for_start(session=None, fresh=True).key == shipped.key


def _close_with_two_curves(window):
    """Close ``window`` showing ReLU and Leaky ReLU over [-2, 3]; the cache it kept, and where its plots were."""
    start_tabs(window, fresh=True)
    explorer = window.current_tab()
    explorer.add_curve("leaky_relu", {"negative_slope": 0.2})
    explorer.set_x_range(-2.0, 3.0)
    assert explorer.wait_evaluated()
    window.close()
    view = read_cache(cache_path(), last_session_key())
    assert view is not None
    assert [(c.name, c.suffix, c.slot) for c in view.curves] == [("ReLU", "", 0), ("Leaky ReLU", " (negative_slope=0.2)", 1)]
    assert view.x_range == (-2.0, 3.0)
    leaky = view.curves[1]
    assert leaky.x[0] == -2.0 and leaky.x[-1] == 3.0
    assert np.allclose(leaky.f, np.where(leaky.x > 0, leaky.x, 0.2 * leaky.x), rtol=1e-6)  # closed form
    assert same_curves(view, explorer)
    corner = explorer.plots.mapTo(window, QPoint(0, 0))  # where the plots were, for the next start's preview
    assert view.box == pytest.approx(
        (
            corner.x() / window.width(),
            corner.y() / window.height(),
            explorer.plots.width() / window.width(),
            explorer.plots.height() / window.height(),
        )
    )
    return view, corner


def test_closing_keeps_the_explorers_curves_under_the_key_of_the_last_session(qtbot, window):
    _close_with_two_curves(window)


def test_the_next_starts_preview_draws_the_plots_where_the_explorer_had_them(qtbot, window, config_home):
    view, corner = _close_with_two_curves(window)
    again = MainWindow()
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    again.show_preview(view)
    qtbot.waitUntil(lambda: again.preview.plots.isVisible(), timeout=10_000)
    placed = again.preview.plots.mapTo(again, QPoint(0, 0))
    assert abs(placed.x() - corner.x()) <= 1 and abs(placed.y() - corner.y()) <= 1


def test_closing_on_the_vector_view_removes_the_old_cache(qtbot, window):
    start_tabs(window, fresh=True)
    _write(cache_path(), cache_bytes(_view()))
    explorer = window.current_tab()
    explorer.catalogue.select("softmax")
    assert explorer.showing_vector_view()
    window.close()
    assert not cache_path().exists()


def test_the_preview_draws_the_cached_curves_in_the_explorers_plots_until_the_tab_takes_its_place(qtbot, window):
    shipped = read_cache(shipped_path(), None)
    window.show_preview(shipped)
    preview = window.preview
    assert window.tabs.currentWidget() is preview and window.preview_status() == "pending"
    (items,) = preview.items
    x, f = items.lines["f"].xData, items.lines["f"].yData  # as given (getData: thinned to the pixels)
    assert np.array_equal(x, shipped.curves[0].x) and np.array_equal(f, shipped.curves[0].f)
    assert label_of(shipped.curves[0]) == "ReLU"
    assert not preview.plots.plots["f"].getViewBox().state["mouseEnabled"][0]  # nothing to pan: nothing computed
    start_tabs(window, fresh=True)
    assert window.tabs.currentWidget() is window.current_tab() and window.preview is None
    assert window.preview_status() == "match"


def test_a_preview_of_other_curves_is_reported(qtbot, window):
    window.show_preview(_view())
    start_tabs(window, fresh=True)  # the defaults, not the cached curve
    assert window.preview_status() == "differ"
    assert isinstance(ExplorerPreview(_view()), ExplorerPreview)  # a view of any state can be drawn


def test_a_curve_still_computing_is_not_cached(qtbot, window):
    start_tabs(window, fresh=True)
    explorer = window.current_tab()
    explorer.curves[0].dirty = True
    assert cached_view_of(explorer) is None


@pytest.mark.subprocess
def test_the_preview_is_drawn_without_importing_the_engine_or_torch():
    """The point of the cache: its curves reach the screen while torch is still loading."""
    code = (
        "import sys\n"
        "from gui.app import create_app\n"
        "from gui.explorer.preview import ExplorerPreview\n"
        "from gui.startup_cache import read_cache, shipped_path\n"
        "create_app()\n"
        "ExplorerPreview(read_cache(shipped_path(), None)).grab()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'torch', 'engine', 'sessions'}))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "[]"


def test_exporting_while_the_preview_shows_says_pytorch_is_loading(qtbot, window, monkeypatch):
    said = []
    monkeypatch.setattr(window.file_actions, "_warn", lambda title, text: said.append(text))
    window.show_preview(read_cache(shipped_path(), None))
    assert window.file_actions.current_spec() is None
    assert said == ["PyTorch is still loading: the plots can be exported in a moment."]
    start_tabs(window, fresh=True)
    assert window.file_actions.current_spec() is not None and len(said) == 1  # the explorer's figure, once built


def test_a_cache_kept_by_another_build_of_the_app_is_not_shown(config_home, monkeypatch):
    """The app updated (or, from source, the engine edited) since the cache was kept: same version, other curves."""
    section = {"curves": [{"activation": "gelu"}]}
    _write(last_session_path(), json.dumps({"tab": "explorer", "tabs": {"explorer": section}}).encode())
    _write(cache_path(), cache_bytes(_view(session_key(state_key(section)))))
    assert cached_view_for_start(session=None, fresh=False) is not None
    monkeypatch.setattr(startup_cache, "build_stamp", lambda: "another build")
    assert cached_view_for_start(session=None, fresh=False) is None


def test_the_build_stamp_follows_the_engines_files(tmp_path, monkeypatch):
    stamp = startup_cache.build_stamp()
    assert stamp == startup_cache.build_stamp()  # the same files: the same stamp
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(_write(tmp_path / "ActivationLab", b"one build")))
    frozen = startup_cache.build_stamp()
    assert frozen != stamp
    _write(tmp_path / "ActivationLab", b"another build, rebuilt")
    assert startup_cache.build_stamp() != frozen
