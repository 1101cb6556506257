"""Stacked f / f′ / f″ plots sharing one x axis and one viewport, with a cursor line.

:class:`StackedPlots` holds the plots; :class:`CurveItems` the lines of one overlaid
curve and its legend entry, and its teaching marks (:class:`gui.explorer.marks.CurveMarks`).
Items are created when a curve is added and then only updated with ``setData``;
never cleared and re-added per change. Pure display: the numbers come from the engine
via the explorer tab.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QPen, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QWidget

from gui.common.legends import LegendFit
from gui.common.responsive import CentralFit, min_plot_size
from gui.common.theme import BACKGROUND, FOREGROUND, GRID, TEXT, TICK_FONT_PT, style_axes  # noqa: F401 (re-exported)
from gui.explorer.marks import CurveMarks, finite_bounds
from states.limits import MIN_X_SPAN, X_LIMIT

if TYPE_CHECKING:  # the plots are drawn before the engine (torch) loads: gui.startup_cache
    import engine
    from gui.explorer.curves import CurveState

ROWS = ("f", "df", "d2f", "gap")
LINE_ROWS = ("f", "df", "d2f")  # the rows every curve draws in
LINE_WIDTH = 3
LIVE_LINE_WIDTH = 1  # while dragging: Qt rasterises 1-px cosmetic lines many times faster than wide ones
LIVE_HEADROOM = 0.2  # while dragging, a y range that must grow grows by this share of it more
DOWNSAMPLE_FACTOR = 1.0  # pyqtgraph's auto-downsampling: samples per pixel column before the min/max pair
LABEL_STYLE = {"font-size": "13pt", "color": TEXT}
LEGEND_SPACING = 16  # px between two legend entries side by side
AXIS_WIDTH = 78  # fixed, so the stacked plots line up whatever their tick labels
ROW_STRETCH = {"f": 4, "df": 3, "d2f": 2, "gap": 2}  # the rows' shares of the height
#: How far the view may be zoomed or panned (X_LIMIT, MIN_X_SPAN: states.limits, which says why).
Y_LIMIT = 1e12
MIN_ROW_HEIGHT = {"curve": 72, "gap": 100}
QWIDGETSIZE_MAX = (1 << 24) - 1


NO_CACHE = QGraphicsItem.CacheMode.NoCache
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
#: Qt's pixmap cache (KiB) must hold every cached curve (3 plots × up to 8 curves, each plot-sized);
#: at its default 10 MiB a large window evicts them and each repaint draws every curve again.
PIXMAP_CACHE_KIB = 128 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("StackedPlots", text)


def row_labels() -> dict[str, str]:
    """The y-axis label of each plot row."""
    return {"f": _tr("f(x)"), "df": _tr("f′(x)"), "d2f": _tr("f″(x)"), "gap": _tr("Δ")}


class StackedPlots(pg.GraphicsLayoutWidget):
    """f, f′, f″ (and an optional difference plot) stacked in one view, x axes linked.

    One viewport for all the rows: three views cost a repaint each on every change, even
    of the rows in which nothing changed (3.0 of 5.3 ms per update, bench/interaction.py).

    Signals: ``cursor_moved(x)`` while the mouse moves over any plot (rate-limited),
    ``x_range_changed(x_min, x_max)`` when the user pans or zooms.
    """

    cursor_moved = Signal(float)
    x_range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setBackground(BACKGROUND)
        self.ci.layout.setContentsMargins(9, 3, 9, 3)  # 12 px more for f″'s x axis above the fold at 1024×768
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KIB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)
        self.plots: dict[str, pg.PlotItem] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._shown = {row: row != "gap" for row in ROWS}
        labels = row_labels()
        for index, row in enumerate(ROWS):
            plot = self.addPlot(row=index + 1, col=0)  # row 0: the legend
            style_axes(plot)
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            plot.setLabel("left", labels[row], **LABEL_STYLE)
            vb = plot.getViewBox()
            vb.setMouseEnabled(x=True, y=False)  # y always fits what is visible
            vb.enableAutoRange(x=False, y=True)
            vb.setLimits(xMin=-X_LIMIT, xMax=X_LIMIT, minXRange=MIN_X_SPAN, yMin=-Y_LIMIT, yMax=Y_LIMIT)
            vb.sigStateChanged.connect(self._keep_x_manual)
            vb.setAutoVisible(y=True)
            plot.hideButtons()
            # Lines are drawn clipped to the x view and reduced to each pixel column's min and max
            # ("peak": kinks and extrema stay where they are); the items keep the engine's full arrays.
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
            plot.setMenuEnabled(False, enableViewBoxMenu=True)  # no log/FFT transforms behind the tab's back
            for angle in (0, 90):
                plot.addItem(pg.InfiniteLine(0, angle=angle, pen=pg.mkPen("#9a9a9a", width=1)), ignoreBounds=True)
            cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#555555", width=1, style=Qt.PenStyle.DashLine))
            cursor.setZValue(50)
            cursor.hide()
            plot.addItem(cursor, ignoreBounds=True)
            if row != "f":
                plot.setXLink(self.plots["f"])
            self.ci.layout.setRowStretchFactor(index + 1, ROW_STRETCH[row])
            self.plots[row], self.cursors[row] = plot, cursor
            self._fit_row(row, self._shown[row])
        self._proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=60, slot=lambda args: self._mouse_moved(args[0]))
        # The legend sits above the f plot, outside every view: inside, five curves' entries covered a third
        # of f(x). Its entries wrap into as many columns as the width holds (fit_legend); empty, it is hidden.
        self.legend = pg.LegendItem(labelTextSize="12pt", labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 215))
        self.legend.setPen(pg.mkPen("#bbbbbb"))
        self.legend.layout.setContentsMargins(9, 2, 9, 2)  # a line of entries 31 px tall, not 45: the plots' room
        self.ci.addItem(self.legend, row=0, col=0)
        self.legend.hide()
        # the view's width: the layout's grows with a too-wide legend
        self.legend_fit = LegendFit(self.legend, self.ci, lambda: self.width() - 2 * LEGEND_SPACING, lambda: None)
        CentralFit(self)  # the rows never wider than the view once the legend refolded
        self.plots["f"].getViewBox().sigXRangeChanged.connect(self._x_range_changed)
        self._silent_range = False
        self._live_y: dict[str, tuple[float, float]] = {}  # per row, the data shown while live
        self.plots["gap"].hide()
        self._update_bottom_axes()

    # ---- layout -----------------------------------------------------------------
    def set_row_visible(self, row: str, visible: bool) -> None:
        if self.row_visible(row) == visible:
            return  # relaying out the axes costs more than a whole repaint of the curves
        self._shown[row] = visible
        self.plots[row].setVisible(visible)
        self._fit_row(row, visible)
        self._update_bottom_axes()

    def _fit_row(self, row: str, visible: bool) -> None:
        """A shown row's minimum height is small enough that f, f′ and f″ with the legend fit a 1024×640 laptop
        window (371 px for the plots); a hidden one gets none (QGraphicsGridLayout keeps room for hidden items:
        the hidden gap row once took 100 px and cut the plots off there)."""
        plot = self.plots[row]
        plot.setMinimumHeight(max(MIN_ROW_HEIGHT["gap" if row == "gap" else "curve"], min_plot_size()[1]) if visible else 0)
        plot.setMaximumHeight(QWIDGETSIZE_MAX if visible else 0)

    def row_visible(self, row: str) -> bool:
        return self._shown[row]

    def show_gap_row(self, act: engine.Activation | None) -> None:
        """The difference plot, titled for ``act``'s exact − approximation (None: hidden)."""
        approximation = None if act is None else act.approximation
        if act is not None and approximation is not None:
            from gui.common.engine_text import engine_tr  # a gap row needs an activation: the engine is loaded

            title = _tr("{0}: exact − {1} approximation (solid: Δf, dashed: Δf′)").format(
                engine_tr(act.name), engine_tr(approximation.approximate)
            )
            if self.plots["gap"].titleLabel.text != title:
                self.plots["gap"].setTitle(title, color="#222", size="11pt")
        self.set_row_visible("gap", act is not None)

    def _update_bottom_axes(self) -> None:
        visible = [r for r in ROWS if self._shown[r]]
        for row in ROWS:
            axis = self.plots[row].getAxis("bottom")
            last = bool(visible) and row == visible[-1]
            axis.setStyle(showValues=last)
            axis.setHeight(None if last else 8)
            self.plots[row].setLabel("bottom", _tr("x") if last else "", **LABEL_STYLE)

    def set_log_df(self, log: bool) -> None:
        """|f′| on a log axis (shows precision effects far out in the tails); only the y axis changes."""
        self.plots["df"].setLogMode(x=False, y=log)  # pyqtgraph re-enables x auto-range here: _keep_x_manual
        self.plots["df"].setLabel("left", _tr("|f′(x)|") if log else row_labels()["df"], **LABEL_STYLE)

    def fit_legend(self) -> None:
        """Hide an empty legend; otherwise wrap its entries into as many columns as the plots' width holds."""
        if not shiboken6.isValid(self.legend):  # a fit queued at a scale change, run after its window was deleted
            return
        entries = self.legend.items
        self.legend.setVisible(bool(entries))
        if not entries:
            return
        self.legend_fit.fit()

    def order_legend(self, lines: Sequence[pg.PlotDataItem]) -> None:
        """Legend entries in the order of ``lines`` (the curves' order, after Undo put some back in between)."""
        labels = {id(sample.item): label.text for sample, label in self.legend.items}
        self.legend.clear()
        for line in lines:
            self.legend.addItem(line, labels.get(id(line), ""))
        self.fit_legend()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "legend_fit"):  # pyqtgraph's constructor resizes before ours has run
            self.fit_legend()

    def changeEvent(self, event) -> None:
        """A new interface scale resizes the legend's text after this event: wrap it again once it has."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "legend_fit"):
            QTimer.singleShot(0, self.fit_legend)
            for row in ROWS:  # each row readable at the new scale
                self._fit_row(row, self._shown[row])

    # ---- y range while a slider is dragged ------------------------------------------
    def set_live(self, live: bool, curves: Sequence[CurveItems], log_df: bool = False) -> None:
        """Fast drawing during a burst of changes (thin aliased lines, y axes that only widen) or smooth at rest."""
        for items in curves:
            items.set_live(live)
        self.set_live_y(live, ("f", "d2f") if log_df else LINE_ROWS)

    def set_live_y(self, live: bool, rows: Sequence[str] = LINE_ROWS) -> None:
        """At rest pyqtgraph fits y to every visible item after each change; while a slider is
        dragged the tab sets y itself with :meth:`widen_y` (cheaper, and the axes stay still)."""
        for row in LINE_ROWS:
            vb = self.plots[row].getViewBox()
            if live and row in rows:
                vb.disableAutoRange(axis=pg.ViewBox.YAxis)
            elif not vb.autoRangeEnabled()[1]:
                vb.enableAutoRange(axis=pg.ViewBox.YAxis)
            self._live_y.pop(row, None)

    def widen_y(self, row: str, bounds: tuple[float, float] | None) -> None:
        """While live: widen ``row``'s y range (padded as auto-range pads) to show ``bounds``; never narrows it.

        When it has to grow it grows by :data:`LIVE_HEADROOM` more on that side, so a drag that keeps
        pushing the curve out moves the axes now and then rather than on every step.
        """
        vb = self.plots[row].getViewBox()
        if bounds is None or vb.autoRangeEnabled()[1]:
            return
        held = self._live_y.get(row)
        if held is not None and held[0] <= bounds[0] and bounds[1] <= held[1]:
            return  # the axes, their ticks and the grid stay as they are
        lo, hi = bounds if held is None else (min(bounds[0], held[0]), max(bounds[1], held[1]))
        if held is not None:
            room = LIVE_HEADROOM * (hi - lo)
            lo, hi = lo - room * (lo < held[0]), hi + room * (hi > held[1])
        self._live_y[row] = (lo, hi)
        if hi - lo <= 1e-12 * max(1.0, abs(lo)):  # a flat line: shown as auto-range shows one
            lo, hi = lo - 0.5, hi + 0.5
        vb.setYRange(lo, hi, padding=vb.suggestPadding(1))

    def widen_y_to(self, curves: Sequence[CurveItems]) -> None:
        """While live: widen every line row to what the visible ``curves`` draw there."""
        shown = [items for items in curves if items.is_visible()]
        for row in LINE_ROWS:
            bounds = [b for b in (items.y_bounds(row) for items in shown) if b is not None]
            if bounds:
                self.widen_y(row, (min(b[0] for b in bounds), max(b[1] for b in bounds)))

    # ---- x range and cursor -------------------------------------------------------
    def set_x_range(self, x_min: float, x_max: float) -> None:
        """Show exactly [x_min, x_max] without emitting ``x_range_changed``."""
        self._silent_range = True
        try:
            self.plots["f"].setXRange(x_min, x_max, padding=0)
        finally:
            self._silent_range = False

    def _keep_x_manual(self, vb: pg.ViewBox) -> None:
        """x is the tab's to set (the x range typed or panned to): pyqtgraph switches x auto-range on again
        in ``setLogMode`` and friends, and the padded data bounds then widened the range on every toggle
        (±6 → ±14.7 → ±28.8 …). Switched off again before it runs, the x range kept as it was."""
        if not vb.autoRangeEnabled()[0]:
            return
        lo, hi = vb.viewRange()[0]
        self._silent_range = True
        try:
            vb.enableAutoRange(x=False)
            self.plots["f"].setXRange(lo, hi, padding=0)
        finally:
            self._silent_range = False

    def x_range(self) -> tuple[float, float]:
        lo, hi = self.plots["f"].getViewBox().viewRange()[0]
        return float(lo), float(hi)

    def _x_range_changed(self, vb, ranges) -> None:
        if not self._silent_range:
            self.x_range_changed.emit(float(ranges[0]), float(ranges[1]))

    def set_cursor(self, x: float | None) -> None:
        for line in self.cursors.values():
            if x is None:
                line.hide()
            else:
                line.setValue(x)
                line.show()

    def _mouse_moved(self, pos: QPointF) -> None:
        plot = next((p for r, p in self.plots.items() if self._shown[r] and p.sceneBoundingRect().contains(pos)), None)
        if plot is None:
            return
        x = plot.getViewBox().mapSceneToView(pos).x()
        if plot.getAxis("bottom").logMode:
            return
        self.set_cursor(x)
        self.cursor_moved.emit(float(x))


class CurveItems:
    """The lines of one overlaid curve, its legend entry and its marks; created once, then updated in place."""

    def __init__(self, plots: StackedPlots, color: str, label: str, z: int):
        self.plots = plots
        self.color = color
        self.live = False  # drawn fast (thin, aliased) while a slider is dragged
        self._line_bounds: dict[str, tuple[float, float] | None] = {}
        pen = pg.mkPen(color, width=LINE_WIDTH)
        self.lines: dict[str, pg.PlotDataItem] = {}
        for row in LINE_ROWS:
            # No dynamic range limit: clipped to the x view and with y fitted to the data (StackedPlots),
            # no point lies far off screen, and the limit re-processes every line whenever y changes.
            item = pg.PlotDataItem(pen=pen, antialias=True, dynamicRangeLimit=None)
            item.opts["autoDownsampleFactor"] = DOWNSAMPLE_FACTOR  # one min/max pair per pixel column
            # At rest a line is kept as a pixmap: moving the cursor, the legend or a neighbour's curve
            # repaints it by a copy instead of stroking a wide antialiased path again (30 ms and more).
            item.curve.setCacheMode(DEVICE_CACHE)
            item.setZValue(10 + z)
            plots.plots[row].addItem(item)
            self.lines[row] = item
        plots.legend.addItem(self.lines["f"], html.escape(label))  # a LabelItem reads HTML; labels are text
        plots.fit_legend()
        self.marks = CurveMarks(plots.plots, color, z, self.is_visible)
        self.lines["f"].visibleChanged.connect(self._follow_legend)
        self.samples = False

    # ---- data ----------------------------------------------------------------
    def set_data(
        self,
        x: np.ndarray,
        f: np.ndarray,
        df: np.ndarray | None,
        d2f: np.ndarray | None,
        log_df: bool = False,
        live: bool = False,
    ) -> None:
        """New arrays for the three lines; ``live=True`` while a slider is being dragged (see :meth:`set_live`)."""
        self.set_live(live)
        for row, y in (("f", f), ("df", np.abs(df) if log_df and df is not None else df), ("d2f", d2f)):
            if y is not None:
                self.lines[row].setData(x, y)
                self._line_bounds[row] = finite_bounds(y)

    def y_bounds(self, row: str) -> tuple[float, float] | None:
        """The finite y extent of everything this curve draws in ``row`` (line, kink markers, band)."""
        parts = [b for b in (self._line_bounds.get(row), self.marks.y_bounds(row)) if b is not None]
        return (min(b[0] for b in parts), max(b[1] for b in parts)) if parts else None

    def set_live(self, live: bool) -> None:
        """Fast drawing while dragging (thin lines, no antialiasing) or smooth at rest, keeping the data."""
        if live == self.live:
            return
        self.live = live
        for line in self.lines.values():
            line.opts["antialias"] = not live  # setData(antialias=...) would also need the data again
            if line.opts["pen"] is not None:  # None: drawn as dots (set_samples)
                line.opts["pen"] = self._line_pen()
            line.curve.setCacheMode(NO_CACHE if live else DEVICE_CACHE)
            line.updateItems(styleUpdate=True)

    def _line_pen(self) -> QPen:
        return pg.mkPen(self.color, width=LIVE_LINE_WIDTH if self.live else LINE_WIDTH)

    def set_label(self, label: str) -> None:
        text, label = self.plots.legend.getLabel(self.lines["f"]), html.escape(label)
        if text is not None and text.text != label:  # a new text re-lays out the legend
            text.setText(label)
            self.plots.legend.updateSize()
            self.plots.fit_legend()

    def is_visible(self) -> bool:
        return self.lines["f"].isVisible()

    def _follow_legend(self) -> None:
        """Clicking the legend sample hides f; hide everything else of the curve with it."""
        visible = self.lines["f"].isVisible()
        for row in ("df", "d2f"):
            self.lines[row].setVisible(visible)
        self.marks.follow(visible)

    def show_marks(self, p: CurveState, current: bool, log_df: bool, bounds: bool, kink_label: str) -> None:
        """Draw ``p``'s computed marks: shading and kink labels only for the ``current`` curve, no f′
        kink markers on a log |f′| axis, the bounds when wanted, random draws as dots in their band."""
        marks = self.marks
        marks.set_saturation(p.spans if current else [])
        marks.set_kink_labels(current and not log_df)
        marks.set_kinks(p.kinks, kink_label, on_df=not log_df)
        marks.set_bounds(p.bounds() if bounds else [])
        self.set_samples(p.random)
        marks.set_band(p.band, log_df=log_df)
        marks.set_gap(p.gap)

    def set_samples(self, samples: bool) -> None:
        """Draw f and f′ as dots (random draws, e.g. RReLU in training) or as lines."""
        if samples == self.samples:
            return
        self.samples = samples
        for row in ("f", "df"):
            line = self.lines[row]
            line.setDownsampling(auto=not samples)  # every random draw is a dot of its own
            if samples:
                line.setPen(None)
                line.setSymbol("o")
                line.setSymbolSize(4)
                line.setSymbolPen(None)
                line.setSymbolBrush(pg.mkBrush(self.color))
            else:
                line.setSymbol(None)
                line.setPen(self._line_pen())

    def remove(self) -> None:
        """Take every item of this curve off the plots."""
        self.lines["f"].visibleChanged.disconnect(self._follow_legend)
        self.plots.legend.removeItem(self.lines["f"])
        self.plots.fit_legend()
        for row, line in self.lines.items():
            self.plots.plots[row].removeItem(line)
        self.marks.remove()
