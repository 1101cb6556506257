"""The main window opens, loads its tabs after the first paint, and passes its self-test."""

import subprocess
import sys
from pathlib import Path

import pytest

from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_window_is_titled_and_loads_tabs(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Activation Lab"
    assert window.lab_tabs() == []  # nothing heavy before the first paint
    window.load()
    assert len(window.lab_tabs()) >= 1
    assert window.current_tab().figure_spec().panels


@pytest.mark.subprocess
def test_self_test_exits_zero_and_reports_each_step():
    proc = subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == "self-test: OK"
    assert all(line.startswith("PASS ") for line in lines[:-1])


def test_status_bar_shows_only_the_visible_tabs_messages_and_restores_them(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.load()
    explorer, init, depth = window.lab_tabs()[:3]
    bar = window.statusBar()
    explorer.add_curve("relu")
    init.request()
    assert init.worker.wait_idle(60)
    qtbot.wait(20)  # the hidden init tab's "Drew … weights" arrives now
    explorer_message = bar.currentMessage()
    assert "weights" not in explorer_message and "curve" in explorer_message

    init.status.emit("init: news while hidden")
    depth.status.emit("depth: news while hidden")
    assert bar.currentMessage() == explorer_message

    window.tabs.setCurrentWidget(init)
    assert bar.currentMessage() == "init: news while hidden"
    init.status.emit("init: newer")
    assert bar.currentMessage() == "init: newer"
    window.tabs.setCurrentWidget(explorer)
    assert bar.currentMessage() == explorer_message
    window.tabs.setCurrentWidget(init)
    assert bar.currentMessage() == "init: newer"

    bar.showMessage("Exported slide.png", 50)  # a passing message; the tab's own comes back after it
    qtbot.waitUntil(lambda: bar.currentMessage() == "init: newer", timeout=60_000)
    for tab in (init, depth):
        tab.worker.cancel()
        tab.worker.wait_idle(60)
