"""A plot's legend kept within its room: as many columns as fit, the widest texts wrapped when one column is too wide."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QEvent, QObject


def fit_legend(legend, room: float, max_columns: int | None = None) -> int:
    """Lay ``legend``'s entries in as many columns (up to ``max_columns``) as ``room`` pixels hold; an entry
    too wide alone wraps its text, so a legend never asks its plots' layout for more than ``room``.
    Returns the columns used."""
    entries = legend.items
    for _sample, label in entries:  # each text at its own width first (an earlier, narrower room wrapped it)
        if label.item.textWidth() >= 0:
            label.item.setTextWidth(-1)
            label.updateMin()
    most = max(1, min(max_columns or len(entries), len(entries)))
    columns = most
    while True:
        set_legend_columns(legend, columns)
        if columns == 1 or legend_width(legend) <= room:
            break
        columns -= 1
    if legend_width(legend) > room:  # one column and still too wide: the widest texts wrap to what is left
        widest = max(label.item.boundingRect().width() for _sample, label in entries)
        allowed = max(24.0, room - (legend_width(legend) - widest))  # the room beside a sample and the spacing
        for _sample, label in entries:
            if label.item.boundingRect().width() > allowed:
                label.item.setTextWidth(allowed)
                label.updateMin()
        set_legend_columns(legend, columns)
    return columns


class LegendFit(QObject):
    """Keeps ``legend`` within ``room()`` pixels (:func:`fit_legend`, up to ``columns()`` columns) whenever the
    graphics layout ``top`` lays out again: a new entry, or its texts restyled at a new scale after a fit."""

    def __init__(self, legend, top: QObject, room: Callable[[], float], columns: Callable[[], int | None]):
        super().__init__(top)
        self.legend, self.room, self.columns = legend, room, columns
        self._last: tuple[int, int] | None = None  # (room, width) after the last fit: a legend that cannot fit
        top.installEventFilter(self)  # is not fitted again and again

    def fit(self, force: bool = True) -> None:
        """Fit now (``force``), or only when the legend has grown past its room since the last fit."""
        if not self.legend.items:
            return
        room = self.room()
        if not force and (legend_width(self.legend) <= room or self._last == (round(room), round(legend_width(self.legend)))):
            return
        fit_legend(self.legend, room, self.columns())
        self._last = (round(room), round(legend_width(self.legend)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit(force=False)
        return False


def legend_width(legend) -> float:
    """The least width ``legend``'s grid of samples and texts takes (its margins and spacing included)."""
    return legend.layout.effectiveSizeHint(QtCore.Qt.SizeHint.MinimumSize).width()


def set_legend_columns(legend, columns: int) -> None:
    """Lay ``legend``'s entries out in ``columns`` columns, row by row. pyqtgraph's own ``setColumnCount`` places
    entries by the grid's column count, which never shrinks: they land in stale columns, the legend stays wide."""
    grid = legend.layout
    while grid.count():
        grid.removeAt(grid.count() - 1)
    legend.columnCount = columns
    legend.rowCount = max(1, math.ceil(len(legend.items) / columns))
    for index, (sample, label) in enumerate(legend.items):
        row, column = divmod(index, columns)
        grid.addItem(sample, row, 2 * column)
        grid.addItem(label, row, 2 * column + 1)
    legend.updateSize()
