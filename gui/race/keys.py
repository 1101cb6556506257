"""The race tab's keys, the training tab's: Space plays or pauses, S trains one epoch, R resets.

They press the buttons (a disabled button stays disabled) and live on the tab, so they work only while
it is on screen; a field being typed in keeps its keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gui.common.tab_keys import button_keys

#: (its key, which of the controls' buttons it presses)
KEYS = (("Space", "play_button"), ("S", "step_button"), ("R", "reset_button"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaceKeys", text)


def install_race_keys(tab: QWidget, controls: QWidget) -> list[QAction]:
    """Add the keys to ``tab`` (active while it is shown); each clicks its button of ``controls``."""
    names = (_tr("Play / Pause the race"), _tr("Train every racer one epoch (Step)"), _tr("Reset the race"))
    return button_keys(tab, [(name, key, getattr(controls, button)) for name, (key, button) in zip(names, KEYS, strict=True)])
