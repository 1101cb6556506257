"""Every plot's right-click menu built when it is first opened, not with the plot.

pyqtgraph builds a :class:`~pyqtgraph.graphicsItems.ViewBox.ViewBoxMenu` (two Designer forms, a
dozen widgets) in every ``ViewBox.__init__``: a third of a plot's construction, about 0.1 s of
the start-up's critical path for the explorer's plots and 0.4 s under load for all tabs' (issue
28). :func:`install` defers it, as pyqtgraph's pull request #3315 proposes: ``ViewBox.menu``
becomes a property that builds the real menu on first use (a right click, ``getMenu``,
``getContextMenus``), then gives it the list of named views it would have had. Menus switched off
(``setMenuEnabled(False)``) are never built. Idempotent.
"""

from __future__ import annotations

import sys

import pyqtgraph as pg

_INSTALLED = "_lab_lazy_menu"
_PENDING = object()  # a menu asked for but not built yet
_SLOT = "_lab_menu"


def install() -> None:
    """Make every ViewBox created from now on build its menu on first use."""
    view_box = pg.ViewBox
    if getattr(view_box, _INSTALLED, False):
        return
    module = sys.modules[view_box.__module__]
    real_menu = module.ViewBoxMenu
    update_view_lists = view_box.updateViewLists

    def get(self):
        menu = self.__dict__.get(_SLOT)
        if menu is _PENDING:
            menu = self.__dict__[_SLOT] = real_menu(self)
            update_view_lists(self)  # the link combos' list of named views, as an eager menu got it
        return menu

    def put(self, value) -> None:
        self.__dict__[_SLOT] = value

    def lazy_update_view_lists(self) -> None:
        """Link axes to named views as before; a menu not built yet gets the list when it is built."""
        menu = self.__dict__.get(_SLOT)
        if menu is not _PENDING:
            update_view_lists(self)
            return
        self.__dict__[_SLOT] = None  # the original skips a missing menu
        try:
            update_view_lists(self)
        finally:
            self.__dict__[_SLOT] = _PENDING

    def apply_menu_enabled(self) -> None:
        menu = self.__dict__.get(_SLOT)
        if self.state.get("enableMenu", True):
            if menu is None:
                self.__dict__[_SLOT] = _PENDING
                lazy_update_view_lists(self)
        elif menu is not None:
            if menu is not _PENDING:
                menu.setParent(None)
            self.__dict__[_SLOT] = None

    module.ViewBoxMenu = lambda view: _PENDING  # type: ignore[attr-defined]  # a module object; what ViewBox.__init__ calls
    view_box.menu = property(get, put)
    view_box.updateViewLists = lazy_update_view_lists
    view_box._applyMenuEnabled = apply_menu_enabled
    setattr(view_box, _INSTALLED, True)


def built(view_box: pg.ViewBox) -> bool:
    """Whether ``view_box``'s menu has been built (tests)."""
    return view_box.__dict__.get(_SLOT) not in (None, _PENDING)
