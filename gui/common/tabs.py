"""The base every main-window tab derives from.

A tab says what its current view looks like as a figure (for export), which
steps the ``--self-test`` should exercise in it, and (``status``) how its current
plot was computed; it remembers its latest message, which the main window shows
while the tab is the visible one. Tabs that compute their plot in the background
derive from :class:`gui.common.compute_tab.ComputeTab`, which builds on this one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

if TYPE_CHECKING:  # numpy: not before the window's first paint
    from figures.spec import FigureSpec


SelfTestStep = tuple[str, Callable[[], None]]


class TabState(Protocol):
    """A tab's state (``states``): what a session file keeps of the tab."""

    def section(self) -> dict[str, Any]: ...


class LabTab(QWidget):
    """A page of the main window."""

    #: Emitted with a one-line message for the status bar (device, dtype, errors).
    status = Signal(str)
    #: The tab's key in session files ("explorer", "training", ...); set by every tab of the main window.
    session_key: str

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._last_message = ""
        self.status.connect(self._remember)

    def last_message(self) -> str:
        """The latest ``status`` message (also one sent before the window listened): what the
        status bar shows whenever this tab is the visible one."""
        return self._last_message

    def _remember(self, text: str) -> None:
        self._last_message = text

    def title(self) -> str:
        raise NotImplementedError

    def figure_spec(self) -> FigureSpec:
        """The current view as a figure, for export."""
        raise NotImplementedError

    def state(self) -> TabState:
        """What the tab shows, as its state (saved in session files)."""
        raise NotImplementedError

    def show_state(self, state: Any) -> None:
        """Show ``state``, one of this tab's own state class already checked whole (the window restores the
        section a session holds under the tab's ``session_key``, so its class is known only at run time)."""
        raise NotImplementedError

    def self_test_steps(self) -> Iterable[SelfTestStep]:
        """Named steps for ``--self-test``; each raises on failure."""
        return ()


def placement_text(device: str, dtype: str, fallback_reason: str | None = None) -> str:
    """ "computed on CPU in float32" (and why, if CUDA fell back to the CPU): how a tab's plot was made."""
    text = QCoreApplication.translate("LabTab", "computed on {0} in {1}").format(device.upper(), dtype)
    if fallback_reason:
        text += " — " + fallback_reason
    return text


def refused_dtype_text(dtype: str, allowed: tuple[str, ...], kept: str) -> str:
    """Why a tab does not follow the toolbar's precision (e.g. float16 for the depth run)."""
    return QCoreApplication.translate("LabTab", "{0} is not offered here (this tab computes in {1}); it stays in {2}").format(
        dtype, QCoreApplication.translate("LabTab", " or ").join(allowed), kept
    )


def control_column(boxes: Iterable[QWidget], width: int) -> QScrollArea:
    """A tab's control boxes stacked top-down in a fixed-width column that scrolls vertically."""
    controls = QWidget()
    column = QVBoxLayout(controls)
    for box in boxes:
        column.addWidget(box)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidget(controls)
    scroll.setWidgetResizable(True)
    scroll.setFixedWidth(width)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    mark_controls(scroll)
    return scroll


CONTROLS_PROPERTY = "lab_controls"  # set on a tab's control column(s): View > Hide controls folds them away


def mark_controls(widget: QWidget) -> QWidget:
    """Say that ``widget`` holds a tab's controls (not its plots): View > Hide controls hides it, and the
    interface scale widens it with the fonts if it has a fixed width. Returns ``widget``."""
    widget.setProperty(CONTROLS_PROPERTY, True)
    return widget


def control_panels(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` marked by :func:`mark_controls`."""
    return [w for w in root.findChildren(QWidget) if w.property(CONTROLS_PROPERTY) is True]


def show_controls(root: QWidget, shown: bool) -> None:
    """Show or fold away every tab's controls under ``root``, so the plots take the room."""
    for panel in control_panels(root):
        panel.setVisible(shown)
