"""The training tab's keys: Space plays or pauses, S trains one epoch, R resets, V shows the next view (loss,
gradients, hidden space); listed in Help > Keyboard shortcuts.

With the controls folded away (View > Hide controls, or a narrow presentation screen) the keys are
the only way to run a lesson. They press the buttons (so a disabled button stays disabled) and live
on the tab, so they work only while the tab is on screen; a field being typed in keeps its keys
(a line edit or spin box takes Space and letters before any shortcut).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from gui.common.tab_keys import button_keys, tab_key

#: (what the shortcuts dialog calls it, its key, which of the run box's buttons it presses)
KEYS = (
    ("Play / Pause training", "Space", "play_button"),
    ("Train one epoch (Step)", "S", "step_button"),
    ("Reset the training", "R", "reset_button"),
)
VIEW_KEY = "V"  # the next of the views beside the map (a lesson asks for the Gradients view)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingKeys", text)


def install_training_keys(tab: QWidget, run_box: QWidget, views: QTabWidget | None = None) -> list[QAction]:
    """Add the keys to ``tab`` (active while it is shown); each clicks its button of ``run_box``, and V shows the next
    page of ``views``."""
    names = (_tr("Play / Pause training"), _tr("Train one epoch (Step)"), _tr("Reset the training"))
    actions = button_keys(
        tab, [(name, key, getattr(run_box, button)) for name, (_, key, button) in zip(names, KEYS, strict=True)]
    )
    if views is not None:
        next_view = lambda: views.setCurrentIndex((views.currentIndex() + 1) % views.count())
        actions.append(tab_key(tab, tab, _tr("Next view (loss, gradients, hidden space)"), VIEW_KEY, next_view))
    return actions
