"""Removing curves from the explorer, and Undo (the Undo button, Ctrl+Z) putting them back.

A mixin of :class:`gui.explorer.tab.ExplorerTab`: the curve set (:meth:`CurveSet.take`,
:meth:`CurveSet.put_back`) keeps what was removed; this puts the plot items, the catalogue's
ticks, the legend's order and the status line in step with it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from figures.palette import color
from gui.common.engine_text import engine_tr
from gui.explorer.plots import CurveItems


class CurveRemoval:
    """Remove, Clear and Undo for the explorer tab (uses its curve set, items, catalogue and curve list)."""

    def _connect_removal(self) -> None:
        self.curve_list.remove_requested.connect(self.remove_curve)
        self.curve_list.clear_requested.connect(self.clear_curves)
        self.curve_list.undo_requested.connect(self.undo_remove)
        undo = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_remove)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # a text field's own Ctrl+Z comes first
        undo.setWhatsThis(self.tr("Undo removing curves (Activations tab)"))  # its name in Help > Keyboard shortcuts

    def remove_curve(self, index: int) -> None:
        """Take curve ``index`` off the plots (IndexError for a bad index; Undo puts it back)."""
        self._take([index])

    def clear_curves(self) -> None:
        """Remove every curve (Undo puts them all back)."""
        self._take(range(len(self.curves)))

    def undo_remove(self) -> bool:
        """Put back the curves the last Remove, Clear or unticking took off: same places, parameters and colours."""
        restored = self.curve_set.put_back()
        for index, p in restored:
            self.items.insert(index, CurveItems(self.plots, color(p.slot), engine_tr(p.entry.name), z=index))
            self.catalogue.set_checked(p.activation, True)
        self.curve_list.set_undo_available(bool(self.curve_set.removed))
        if not restored:
            return False
        self.plots.order_legend([items.lines["f"] for items in self.items])
        self._replot()
        self.select_curve(restored[-1][0])
        return True

    def _take(self, indices: Iterable[int]) -> None:
        taken = self.curve_set.take(indices)
        if not taken:
            return
        for index, p in reversed(taken):
            self.items.pop(index).remove()
            if not self.curve_set.plots(p.activation):
                self.catalogue.set_checked(p.activation, False)
        self.curve_list.set_undo_available(True)
        self._relabel()
        self.select_curve(min(taken[0][0], len(self.curves) - 1))
        self._refresh_readout()
        self._report_placement()  # the status line counts the curves left
        self.plotted.emit()
