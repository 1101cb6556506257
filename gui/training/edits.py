"""Editing one weight or bias of the running network from the diagram (Playground's click on a link or a unit),
each edit one undoable step on the tab's QUndoStack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

Apply = Callable[[int, int, "int | None", float], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParameterEdit", text)


class ParameterEdit(QUndoCommand):
    """Set weight ``layer``[``unit``, ``source``] (``source`` None: the unit's bias) from ``old`` to ``new``."""

    def __init__(self, apply: Apply, layer: int, unit: int, source: int | None, old: float, new: float):
        what = _tr("bias") if source is None else _tr("weight")
        super().__init__(_tr("set a {0} to {1}").format(what, f"{new:g}"))
        self._apply, self._where, self.old, self.new = apply, (layer, unit, source), old, new

    def redo(self) -> None:
        self._apply(*self._where, self.new)

    def undo(self) -> None:
        self._apply(*self._where, self.old)
