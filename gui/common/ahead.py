"""Widgets made ahead of the constructor that needs them, one per turn of the event loop.

A tab's constructor makes all its widgets in one go: the explorer's (eight pyqtgraph plots) held start-up's event
loop for 0.3 s. :func:`make_ahead` makes one of its biggest parts in a turn of its own and keeps it;
:func:`made` (in the constructor) takes it, or makes one there as before.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)

_spares: dict[type, QWidget] = {}


def make_ahead(cls: type[QWidget]) -> None:
    """Make a ``cls()`` now, for the next :func:`made` of that class."""
    if cls not in _spares:
        _spares[cls] = cls()


def made(cls: type[W]) -> W:
    """The ``cls()`` made ahead, else a new one."""
    spare = _spares.pop(cls, None)
    return spare if isinstance(spare, cls) else cls()
