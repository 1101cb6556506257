"""The race tab's keys, the training tab's: Space plays or pauses, S trains one epoch, R resets.

They press the buttons (a disabled button stays disabled) and live on the tab, so they work only while
it is on screen; a field being typed in keeps its keys.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget

#: (its key, which of the controls' buttons it presses)
KEYS = (("Space", "play_button"), ("S", "step_button"), ("R", "reset_button"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("RaceKeys", text)


def install_race_keys(tab: QWidget, controls: QWidget) -> list[QAction]:
    """Add the keys to ``tab`` (active while it is shown); each clicks its button of ``controls``."""
    names = (_tr("Play / Pause the race"), _tr("Train every racer one epoch (Step)"), _tr("Reset the race"))
    actions = []
    for name, (key, button_name) in zip(names, KEYS, strict=True):
        action = QAction(name, tab)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        button: QAbstractButton = getattr(controls, button_name)
        action.triggered.connect(lambda _=False, button=button: button.isEnabled() and button.click())
        tab.addAction(action)
        actions.append(action)
    return actions
