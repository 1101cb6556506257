"""The window's first paint comes before PySide6 builds its ``Qt`` namespace (all its enums at once, ~17 ms of CPU
at first use): start-up's margin on its first-paint target. A fresh interpreter, as a launch is."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QLabel
import gui.startup as startup

painted = []
window = startup.open_window(restore=False, log_now=False)
startup.after_first_paint(window, lambda: (painted.append("Qt" in QtCore.__dict__), QApplication.instance().quit()))
QApplication.instance().exec()
from PySide6.QtCore import Qt  # now: what the first frame showed, read back
label = window.tabs.widget(0)
assert isinstance(label, QLabel), label
print("built_before_paint", painted)
print("centred", label.alignment() == Qt.AlignmentFlag.AlignCenter)
print("beside", window.file_actions.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
print("export", window.file_actions.export_action.shortcut().toString())
"""


def test_qt_namespace_not_built_before_the_first_paint() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("ACTIVATION_LAB_STARTUP_T0", None)
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True
    ).stdout.splitlines()
    assert "built_before_paint [False]" in out
    # the values set without the namespace are the ones the window always had
    assert "centred True" in out and "beside True" in out and "export Ctrl+E" in out
