"""Removing curves from the explorer, and Undo (the Undo button, Ctrl+Z) putting them back.

:class:`CurveRemoval` is owned by :class:`gui.explorer.tab.ExplorerTab`: the curve set
(:meth:`CurveSet.take`, :meth:`CurveSet.put_back`) keeps what was removed; this puts the tab's plot
items, the catalogue's ticks, the legend's order and the status line in step with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from figures.palette import color
from gui.common.engine_text import engine_tr
from gui.explorer.plots import CurveItems


class CurveRemoval(QObject):
    """Remove, Clear and Undo for one explorer tab (its curve set, items, catalogue and curve list)."""

    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        tab.curve_list.remove_requested.connect(self.remove)
        tab.curve_list.clear_requested.connect(self.clear)
        tab.curve_list.undo_requested.connect(self.undo)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), tab, self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # a text field's own Ctrl+Z comes first
        undo.setWhatsThis(self.tr("Undo removing curves (Activations tab)"))  # its name in Help > Keyboard shortcuts

    def remove(self, index: int) -> None:
        """Take curve ``index`` off the plots (IndexError for a bad index; Undo puts it back)."""
        self.take([index])

    def clear(self) -> None:
        """Remove every curve (Undo puts them all back)."""
        self.take(range(len(self.tab.curves)))

    def undo(self) -> bool:
        """Put back the curves the last Remove, Clear or unticking took off: same places, parameters and colours."""
        tab = self.tab
        restored = tab.curve_set.put_back()
        for index, p in restored:
            tab.items.insert(index, CurveItems(tab.plots, color(p.slot), engine_tr(p.entry.name), z=index))
            tab.catalogue.set_checked(p.activation, True)
        tab.curve_list.set_undo_available(bool(tab.curve_set.removed))
        if not restored:
            return False
        tab.plots.order_legend([items.lines["f"] for items in tab.items])
        tab._replot()
        tab.select_curve(restored[-1][0])
        return True

    def forget(self) -> None:
        """Nothing left to undo (a session replaced the curves)."""
        self.tab.curve_set.removed.clear()
        self.tab.curve_list.set_undo_available(False)

    def take(self, indices: Iterable[int]) -> None:
        """Remove the curves at ``indices`` as one action Undo puts back."""
        tab = self.tab
        taken = tab.curve_set.take(indices)
        if not taken:
            return
        for index, p in reversed(taken):
            tab.items.pop(index).remove()
            if not tab.curve_set.plots(p.activation):
                tab.catalogue.set_checked(p.activation, False)
        tab.curve_list.set_undo_available(True)
        tab._relabel()
        tab.select_curve(min(taken[0][0], len(tab.curves) - 1))
        tab._refresh_readout()
        tab._report_placement()  # the status line counts the curves left
        tab.plotted.emit()
