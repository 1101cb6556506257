"""Registry text from ``engine`` shown in the GUI, translated with Qt's context ``"engine"``.

The registry holds English source strings; a translation file supplies the other
languages under the context ``"engine"``. Every widget shows engine text through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def engine_tr(text: str) -> str:
    """``text`` (a registry string) in the user's language."""
    return QCoreApplication.translate("engine", text) if text else text


def format_value(value) -> str:
    """A parameter value as a person reads it: ``0.1``, ``true``, ``tanh``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)
