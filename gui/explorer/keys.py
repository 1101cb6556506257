"""The explorer's key: P plays or pauses the sweep ▶ of the first parameter on screen (listed in Help > Keyboard
shortcuts), so a lesson's "press ▶ beside the slope" needs no mouse, even with the parameters folded away."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from gui.common.sweep import SweepButton
from gui.common.tab_keys import tab_key


class ExplorerTab(Protocol):
    """What the key uses of the explorer tab (which imports this module)."""

    @property
    def vector_view(self) -> QWidget: ...

    @property
    def side(self) -> QWidget: ...

    def showing_vector_view(self) -> bool: ...

    def addAction(self, action: QAction) -> None: ...


SWEEP_KEY = "P"


def sweep_buttons(tab: ExplorerTab) -> list[SweepButton]:
    """The sweeps of the parameters on the explorer's page now: the vector view's, or the selected curve's."""
    root = tab.vector_view if tab.showing_vector_view() else tab.side
    return [button for button in root.findChildren(SweepButton) if button.isEnabled()]


def toggle_sweep(tab: ExplorerTab) -> None:
    """Pause the sweep that is playing, else play the first parameter's."""
    buttons = sweep_buttons(tab)
    playing = [button for button in buttons if button.isChecked()]
    for button in playing or buttons[:1]:
        button.toggle()


def install_explorer_keys(tab: ExplorerTab) -> QAction:
    """Add P to ``tab`` (active while it is on screen, parameters folded or not); the action is the side panel's
    child, so Help > Keyboard shortcuts finds it under the window."""
    text = QCoreApplication.translate("ExplorerKeys", "Play / pause the sweep ▶ of the first parameter")
    return tab_key(tab, tab.side, text, SWEEP_KEY, lambda: toggle_sweep(tab))
