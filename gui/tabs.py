"""The base every main-window tab derives from.

A tab says what its current view looks like as a figure (for export) and which
steps the ``--self-test`` should exercise in it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from gui.figure_spec import FigureSpec

SelfTestStep = tuple[str, Callable[[], None]]


class LabTab(QWidget):
    """A page of the main window."""

    #: Emitted with a one-line message for the status bar (device, dtype, errors).
    status = Signal(str)

    def title(self) -> str:
        raise NotImplementedError

    def figure_spec(self) -> FigureSpec:
        """The current view as a figure, for export."""
        raise NotImplementedError

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        """Named steps for ``--self-test``; each raises on failure."""
        return ()
