"""Registry text from ``engine`` shown in the GUI, translated with Qt's context ``"engine"``.

The registry holds English source strings; a translation file supplies the other
languages under the context ``"engine"``. Every widget shows engine text through here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.params import format_value

__all__ = ["engine_tr", "format_value"]


def engine_tr(text: str) -> str:
    """``text`` (a registry string) in the user's language."""
    return QCoreApplication.translate("engine", text) if text else text
