"""What the menus and actions (File, sessions, lessons) use of the main window, declared for the type checker.

:class:`gui.main_window.MainWindow` derives from :class:`LabWindow` and implements it; the modules that act on
the window take a ``LabWindow`` and so need not import ``gui.main_window`` (which imports them: a cycle).
A base class rather than a ``typing.Protocol``: they also use the window as a ``QMainWindow`` (a parent, its
status bar, its docks), and Python's types have no "both".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:  # torch: not before the window's first paint
    from gui.common.device_bar import DeviceBar
    from gui.common.tabs import LabTab, TabState


class LabWindow(QMainWindow):
    """The main window as its menus see it."""

    #: The device/dtype toolbar (None until the engine is loaded).
    device_bar: DeviceBar | None
    #: A session's "lesson" block, kept as it came (None: the session has none).
    session_lesson: object

    def current_tab(self) -> LabTab | None:
        """The tab on screen (None while none is built)."""
        raise NotImplementedError

    def built_tabs(self) -> list[LabTab]:
        """The tabs built so far, in order (building none)."""
        raise NotImplementedError

    def lab_tabs(self) -> list[LabTab]:
        """Every tab, in order (those not built yet are built now)."""
        raise NotImplementedError

    def pending_states(self) -> dict[str, TabState]:
        """The session sections given to tabs not built yet (by session key), shown when each is built."""
        raise NotImplementedError

    def load_first(self, key: str | None = None) -> None:
        """The engine loaded and tab ``key`` built (None: the first)."""
        raise NotImplementedError

    def restore_sections(self, sections: dict[str, Any]) -> None:
        """Give each tab its checked session section (by session key)."""
        raise NotImplementedError

    def show_tab(self, key: str) -> None:
        """Make tab ``key`` (a session key) the one on screen."""
        raise NotImplementedError

    def apply_session(self, data: Mapping[str, Any]) -> None:
        """Show a session already checked whole."""
        raise NotImplementedError
