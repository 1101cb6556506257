"""The explorer's key: P plays or pauses the sweep ▶ of the first parameter on screen (listed in Help > Keyboard
shortcuts), so a lesson's "press ▶ beside the slope" needs no mouse, even with the parameters folded away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from gui.common.sweep import SweepButton

SWEEP_KEY = "P"


def sweep_buttons(tab: QWidget) -> list[SweepButton]:
    """The sweeps of the parameters on the explorer's page now: the vector view's, or the selected curve's."""
    root = tab.vector_view if tab.showing_vector_view() else tab.side
    return [button for button in root.findChildren(SweepButton) if button.isEnabled()]


def toggle_sweep(tab: QWidget) -> None:
    """Pause the sweep that is playing, else play the first parameter's."""
    buttons = sweep_buttons(tab)
    playing = [button for button in buttons if button.isChecked()]
    for button in playing or buttons[:1]:
        button.toggle()


def install_explorer_keys(tab: QWidget) -> QAction:
    action = QAction(QCoreApplication.translate("ExplorerKeys", "Play / pause the sweep ▶ of the first parameter"), tab)
    action.setShortcut(QKeySequence(SWEEP_KEY))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: toggle_sweep(tab))
    tab.addAction(action)
    return action
