"""A tab's own keys: window-wide shortcuts that live on the tab, so they work only while it is on screen (a field
being typed in keeps its keys), and that Help > Keyboard shortcuts lists by the action's text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget


class KeyHost(Protocol):
    """The widget whose keys they are (active while it is shown)."""

    def addAction(self, action: QAction) -> None: ...


def tab_key(host: KeyHost, owner: QObject, text: str, key: str, triggered: Callable[[], object]) -> QAction:
    """Add ``key`` to ``host``, doing ``triggered``; ``owner`` is the action's parent (where the dialog finds it)."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda _=False: triggered())
    host.addAction(action)
    return action


def _press(button: QAbstractButton) -> Callable[[], None]:
    def press() -> None:
        if button.isEnabled():  # a disabled button stays disabled
            button.click()

    return press


def button_keys(tab: QWidget, keys: Iterable[tuple[str, str, QAbstractButton]]) -> list[QAction]:
    """A key per (text, key, button) that presses the button."""
    return [tab_key(tab, tab, text, key, _press(button)) for text, key, button in keys]
