"""The main window's top-level menus, found or created by key, always in the same order.

Each feature adds its actions to the menu it belongs in (``top_menu(window, "view")``)
without knowing which other features exist, so File, View, Lessons and Help keep
their places however the window was put together.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

#: Menu keys in the order they appear on the menu bar, with their (translatable) titles; QT_TRANSLATE_NOOP
#: marks them for lupdate, which cannot see the text ``_title`` translates.
MENU_ORDER: tuple[tuple[str, str], ...] = (  # type: ignore[assignment]  # QT_TRANSLATE_NOOP returns its text, typed object
    ("file", QT_TRANSLATE_NOOP("Menus", "&File")),
    ("view", QT_TRANSLATE_NOOP("Menus", "&View")),
    ("lessons", QT_TRANSLATE_NOOP("Menus", "&Lessons")),
    ("help", QT_TRANSLATE_NOOP("Menus", "&Help")),
)


def _title(key: str) -> str:
    return QCoreApplication.translate("Menus", dict(MENU_ORDER)[key])


def top_menu(window: QMainWindow, key: str) -> QMenu:
    """The window's menu ``key`` (one of :data:`MENU_ORDER`), created in its place on first use."""
    keys = [k for k, _ in MENU_ORDER]
    if key not in keys:
        raise KeyError(f"unknown menu {key!r}; add it to MENU_ORDER")
    bar = window.menuBar()
    for menu in (child for child in bar.children() if isinstance(child, QMenu)):  # direct children only
        if menu.objectName() == f"menu_{key}":
            return menu
    menu = QMenu(_title(key), bar)
    menu.setObjectName(f"menu_{key}")
    later = {f"menu_{k}" for k in keys[keys.index(key) + 1 :]}
    before = next((a for a in bar.actions() if a.menu() is not None and a.menu().objectName() in later), None)
    if before is not None:
        bar.insertMenu(before, menu)
    else:
        bar.addMenu(menu)
    return menu
