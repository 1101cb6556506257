"""The explorer's curves on the first screen, from the engine's earlier arrays, while torch loads.

:class:`ExplorerPreview` draws a :class:`~gui.startup_cache.CachedView` with the explorer's own plots
(:class:`~gui.explorer.plots.StackedPlots`, :class:`~gui.explorer.plots.CurveItems`), where the explorer's plots
will be, and says the controls follow; the window replaces it by the explorer tab once the engine has loaded
(:meth:`gui.main_window.MainWindow.show_preview`). It cannot be panned or zoomed: nothing is computed for it.

:func:`cached_view_of` is the other direction: what a built explorer tab shows, as a cache for the next start;
:func:`same_curves` tells whether the tab draws what a preview drew (the start-up clock reports it). No engine
import here: this module is imported before torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from figures.palette import color
from gui.common.ahead import made
from gui.explorer.plots import CurveItems, StackedPlots
from gui.startup_cache import PREVIEW_PROPERTY, CachedCurve, CachedView, valid_box, view_of

if TYPE_CHECKING:
    from gui.explorer.tab import ExplorerTab

#: The explorer's columns (gui/explorer/tab.py: catalogue, plots, parameters), so the plots stay where they will be.
COLUMNS = (16, 56, 28)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExplorerPreview", text)


def tab_title() -> str:
    """The explorer tab's title (its own translation)."""
    return QCoreApplication.translate("ExplorerTab", "Activations")


class ExplorerPreview(QWidget):
    """The cached curves in the explorer's plots, not interactive, with a note that the engine is loading."""

    def __init__(self, view: CachedView, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.note = QLabel(_tr("Loading PyTorch… These curves were computed earlier by the engine; the controls follow."))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plots = made(StackedPlots)  # made a turn earlier at start-up (gui.startup), else now
        self.plots.setProperty(PREVIEW_PROPERTY, True)
        self.plots.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for plot in self.plots.plots.values():
            plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plots.set_row_visible("d2f", view.show_second)
        self.plots.set_log_df(view.log_df)
        self.items = []
        for z, curve in enumerate(view.curves):
            items = CurveItems(self.plots, color(curve.slot), label_of(curve), z=z)
            items.set_data(curve.x, curve.f, curve.df, curve.d2f if view.show_second else None, log_df=view.log_df)
            self.items.append(items)
        self.plots.set_x_range(*view.x_range)
        if view.box is not None:  # where the explorer had them: placed by resizeEvent
            self.note.setParent(self)
            self.plots.setParent(self)
            return
        middle = QVBoxLayout()
        middle.addWidget(self.note)
        middle.addWidget(self.plots, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(QWidget(), COLUMNS[0])
        layout.addLayout(middle, COLUMNS[1])
        layout.addWidget(QWidget(), COLUMNS[2])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.view.box is None:
            return
        fx, fy, fw, fh = self.view.box
        window = self.window()
        corner = self.mapFrom(window, QPoint(round(fx * window.width()), round(fy * window.height())))
        x, y = max(0, corner.x()), max(0, corner.y())
        width = round(fw * window.width())
        self.plots.setGeometry(x, y, width, round(fh * window.height()))  # taller than the window: cut, as scrolled
        self.note.setGeometry(x, 0, width, max(y, self.note.heightForWidth(width)))  # where the controls will be


def label_of(curve: CachedCurve) -> str:
    """The legend label: the registry name in the user's language, then the parameters (as the explorer shows)."""
    return QCoreApplication.translate("engine", curve.name) + curve.suffix if curve.name else curve.suffix


def cached_view_of(tab: ExplorerTab) -> CachedView | None:
    """What ``tab`` shows, as the next start's cache; None when it shows no curves, the vector view, random draws or
    curves still being computed (none of which a cache could show as the engine would)."""
    curves = tab.curves
    if not curves or tab.showing_vector_view() or any(p.dirty or p.curve is None or p.random for p in curves):
        return None
    labels = tab.curve_set.labels()  # untranslated: the preview translates them as the tab would
    cached = []
    for p, label in zip(curves, labels, strict=True):
        c, name = p.curve, p.entry.name
        assert c is not None and c.df is not None  # not dirty: computed, f′ always
        name, suffix = (name, label[len(name) :]) if label.startswith(name) else ("", label)
        d2f = c.d2f if tab.show_second else None
        cached.append(CachedCurve(name, suffix, p.slot, np.asarray(c.x), np.asarray(c.f), np.asarray(c.df), d2f))
    return view_of(tab.state().section(), cached, tab.show_second, tab.log_df, _plots_box(tab))


def _plots_box(tab: ExplorerTab) -> tuple[float, float, float, float] | None:
    """Where ``tab``'s plots are in its window, as shares of the window's size (the next start restores that size);
    None when they are not in it."""
    window = tab.window()
    w, h = window.width(), window.height()
    if not tab.plots.isVisibleTo(window) or w <= 0 or h <= 0:  # (on closing, the window may be hidden already)
        return None
    corner = tab.plots.mapTo(window, QPoint(0, 0))
    box = (corner.x() / w, corner.y() / h, tab.plots.width() / w, tab.plots.height() / h)
    return box if valid_box(box) else None


def same_curves(view: CachedView, tab: ExplorerTab) -> bool | None:
    """Whether ``tab`` draws exactly the curves ``view`` held (labels, colours, x range, every value); None while it is
    still computing some."""
    now = cached_view_of(tab)
    if now is None:
        return None if any(p.dirty for p in tab.curves) else False
    if (now.x_range, now.show_second, now.log_df, len(now.curves)) != (
        view.x_range,
        view.show_second,
        view.log_df,
        len(view.curves),
    ):
        return False  # (the keys differ when only the selection or the marks' settings do: the curves may not)
    return all(_same(a, b) for a, b in zip(now.curves, view.curves, strict=True))


def _same(a: CachedCurve, b: CachedCurve) -> bool:
    if (a.name, a.suffix, a.slot) != (b.name, b.suffix, b.slot) or (a.d2f is None) != (b.d2f is None):
        return False
    pairs = [(a.x, b.x), (a.f, b.f), (a.df, b.df)] + ([(a.d2f, b.d2f)] if a.d2f is not None else [])
    return all(np.array_equal(u, v, equal_nan=True) for u, v in pairs)
