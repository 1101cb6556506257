"""After a big depth run, finished or cancelled, the app hands the memory back (issue 11: 4.7 GB stayed).

The tab keeps per-layer arrays only; the run's tensors are freed and their pages returned to
the system (``engine.memory.release_memory``). RSS is read from /proc (Linux).
"""

from pathlib import Path

import pytest

from engine.depth import DepthConfig, peak_bytes

pytest.importorskip("pytestqt")

from gui.depth.tab import DepthTab

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads RSS from /proc (Linux)"),
]

BIG = DepthConfig(activation="sigmoid", init="xavier_normal", layers=100, width=1024, batch=512)
SLACK_MB = 300


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


@pytest.fixture
def depth_tab(qtbot):
    tab = DepthTab()
    qtbot.addWidget(tab)
    tab.set_compute("cpu", "float32")
    tab.controls.set_auto_run(False)
    tab.controls.leave_lesson()
    tab.set_config(DepthConfig(activation="tanh", init="xavier_normal", layers=4, width=64, batch=64))
    tab.request()
    tab.show()
    assert tab.wait_idle(60)
    yield tab
    tab.cancel()
    tab.wait_idle(120)


def test_a_big_run_returns_its_memory_when_it_finishes(depth_tab, qtbot):
    assert peak_bytes(BIG.layers, BIG.width, BIG.batch, "float32") > 3 * SLACK_MB * 2**20
    before = rss_mb()
    with qtbot.waitSignal(depth_tab.computed, timeout=300_000):
        depth_tab.set_config(BIG)
        depth_tab.request()
    assert len(depth_tab.current.result.layer) == 100
    assert rss_mb() - before < SLACK_MB


def test_a_big_run_returns_its_memory_when_cancelled(depth_tab, qtbot):
    before = rss_mb()
    halfway = []
    depth_tab.progress_changed.connect(lambda f: halfway.append(f) if f >= 0.45 else None)
    depth_tab.set_config(BIG)
    depth_tab.request()
    qtbot.waitUntil(lambda: bool(halfway), timeout=300_000)  # the forward pass holds every layer by now
    grown = rss_mb() - before
    with qtbot.waitSignal(depth_tab.cancelled, timeout=300_000):
        depth_tab.cancel()
    assert grown > SLACK_MB  # the run really held the memory
    assert rss_mb() - before < SLACK_MB
