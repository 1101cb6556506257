"""The main window's size and place, remembered between starts (setting ``window/geometry``).

Qt only (no torch): the geometry is restored before the window is first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from gui.common.settings import read_setting, write_setting

GEOMETRY_KEY = "window/geometry"


def remember_geometry(window: QMainWindow) -> bool:
    """Keep ``window``'s size and place; False (logged) when the settings cannot be written."""
    return write_setting(GEOMETRY_KEY, window.saveGeometry())


def restore_geometry(window: QMainWindow) -> bool:
    """``window`` at its size and place when last closed; False when none is remembered or it is unusable."""
    geometry = read_setting(GEOMETRY_KEY, QByteArray())
    return bool(geometry) and window.restoreGeometry(geometry)
