"""The main window opens, loads its tabs after the first paint, and passes its self-test."""

import subprocess
import sys
from pathlib import Path

from gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent


def test_window_is_titled_and_loads_tabs(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Activation Lab"
    assert window.lab_tabs() == []  # nothing heavy before the first paint
    window.load()
    assert len(window.lab_tabs()) >= 1
    assert window.current_tab().figure_spec().panels


def test_self_test_exits_zero_and_reports_each_step():
    proc = subprocess.run([sys.executable, "main.py", "--self-test"], cwd=ROOT, capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=240)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[-1] == "self-test: OK"
    assert all(line.startswith("PASS ") for line in lines[:-1])
