"""Stacked f / f′ / f″ plots sharing one x axis, with a cursor line and teaching marks.

:class:`StackedPlots` owns the plot widgets; :class:`CurveItems` owns the items of
one overlaid curve (its three lines, saturation shading, kink markers, bound lines,
RReLU band, GELU gap lines). Items are created when a curve is added and then only
updated with ``setData``/``setRegion``; pools grow but are never rebuilt per change.
Pure display: the numbers come from the engine via the explorer tab.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPen, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QSplitter, QVBoxLayout, QWidget

from gui.common.theme import BACKGROUND, FOREGROUND, GRID, TEXT, TICK_FONT_PT, style_axes  # noqa: F401 (re-exported)

ROWS = ("f", "df", "d2f", "gap")
LINE_ROWS = ("f", "df", "d2f")  # the rows every curve draws in
LINE_WIDTH = 3
LIVE_LINE_WIDTH = 1  # while dragging: Qt rasterises 1-px cosmetic lines many times faster than wide ones
LIVE_HEADROOM = 0.2  # while dragging, a y range that must grow grows by this share of it more
DOWNSAMPLE_FACTOR = 1.0  # pyqtgraph's auto-downsampling: samples per pixel column before the min/max pair
LABEL_STYLE = {"font-size": "13pt", "color": TEXT}
AXIS_WIDTH = 78  # fixed, so the stacked plots line up whatever their tick labels


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


def finite_bounds(y: np.ndarray | None) -> tuple[float, float] | None:
    """(min, max) of the finite values of ``y``; None if there are none."""
    if y is None or len(y) == 0:
        return None
    lo, hi = np.min(y), np.max(y)
    if not (np.isfinite(lo) and np.isfinite(hi)):  # nan or ±inf somewhere (rare): look closer
        y = np.asarray(y)[np.isfinite(y)]
        if y.size == 0:
            return None
        lo, hi = y.min(), y.max()
    return float(lo), float(hi)


def set_points(item: pg.ScatterPlotItem, x: Sequence[float], y: Sequence[float]) -> None:
    """``item.setData(x, y)`` unless it already shows exactly those points (a scatter rebuild is not cheap)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if np.array_equal(item.data["x"], x) and np.array_equal(item.data["y"], y):
        return
    item.setData(x, y)


def translucent(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class StackedPlots(QWidget):
    """f, f′, f″ (and an optional difference plot) stacked in a splitter, x axes linked.

    Signals: ``cursor_moved(x)`` while the mouse moves over any plot (rate-limited),
    ``x_range_changed(x_min, x_max)`` when the user pans or zooms.
    """

    cursor_moved = Signal(float)
    x_range_changed = Signal(float, float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KIB:
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KIB)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.widgets: dict[str, pg.PlotWidget] = {}
        self.plots: dict[str, pg.PlotItem] = {}
        self.cursors: dict[str, pg.InfiniteLine] = {}
        self._proxies = []
        labels = row_labels()
        for row in ROWS:
            widget = pg.PlotWidget(background=BACKGROUND)
            widget.setMinimumHeight(110)
            plot = widget.getPlotItem()
            style_axes(plot)
            plot.getAxis("left").setWidth(AXIS_WIDTH)
            plot.setLabel("left", labels[row], **LABEL_STYLE)
            vb = plot.getViewBox()
            vb.setMouseEnabled(x=True, y=False)  # y always fits what is visible
            vb.enableAutoRange(x=False, y=True)
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
            self._proxies.append(
                pg.SignalProxy(widget.scene().sigMouseMoved, rateLimit=60, slot=lambda args, r=row: self._mouse_moved(r, args[0]))
            )
            self.widgets[row], self.plots[row], self.cursors[row] = widget, plot, cursor
            self.splitter.addWidget(widget)
        self.legend = self.plots["f"].addLegend(
            offset=(8, 8),
            labelTextSize="12pt",
            labelTextColor="#222",
            brush=pg.mkBrush(255, 255, 255, 215),
            pen=pg.mkPen("#bbbbbb"),
        )
        self.legend.setColumnCount(2)
        self.plots["gap"].setTitle(_tr("GELU: exact − tanh approximation (solid: Δf, dashed: Δf′)"), color="#222", size="11pt")
        self.plots["f"].getViewBox().sigXRangeChanged.connect(self._x_range_changed)
        self._silent_range = False
        self._live_y: dict[str, tuple[float, float]] = {}  # per row, the data shown while live
        self.widgets["gap"].hide()
        self.widgets["gap"].setMinimumHeight(160)
        self.splitter.setSizes([400, 300, 220, 200])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_bottom_axes()

    # ---- layout -----------------------------------------------------------------
    def set_row_visible(self, row: str, visible: bool) -> None:
        if self.row_visible(row) == visible:
            return  # relaying out the axes costs more than a whole repaint of the curves
        self.widgets[row].setVisible(visible)
        self._update_bottom_axes()

    def row_visible(self, row: str) -> bool:
        return not self.widgets[row].isHidden()

    def _update_bottom_axes(self) -> None:
        visible = [r for r in ROWS if not self.widgets[r].isHidden()]
        for row in ROWS:
            axis = self.plots[row].getAxis("bottom")
            last = bool(visible) and row == visible[-1]
            axis.setStyle(showValues=last)
            axis.setHeight(None if last else 8)
            self.plots[row].setLabel("bottom", _tr("x") if last else "", **LABEL_STYLE)

    def set_log_df(self, log: bool) -> None:
        """|f′| on a log axis (shows precision effects far out in the tails)."""
        self.plots["df"].setLogMode(x=False, y=log)
        self.plots["df"].setLabel("left", _tr("|f′(x)|") if log else row_labels()["df"], **LABEL_STYLE)

    # ---- y range while a slider is dragged ------------------------------------------
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

    # ---- x range and cursor -------------------------------------------------------
    def set_x_range(self, x_min: float, x_max: float) -> None:
        """Show exactly [x_min, x_max] without emitting ``x_range_changed``."""
        self._silent_range = True
        try:
            self.plots["f"].setXRange(x_min, x_max, padding=0)
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

    def _mouse_moved(self, row: str, pos: QPointF) -> None:
        plot = self.plots[row]
        if not plot.sceneBoundingRect().contains(pos):
            return
        x = plot.getViewBox().mapSceneToView(pos).x()
        if plot.getAxis("bottom").logMode:
            return
        self.set_cursor(x)
        self.cursor_moved.emit(float(x))


class CurveItems:
    """Everything drawn for one overlaid curve; created once, then updated in place."""

    def __init__(self, plots: StackedPlots, color: str, label: str, z: int):
        self.plots = plots
        self.color = color
        self.live = False  # drawn fast (thin, aliased) while a slider is dragged
        self._line_bounds: dict[str, tuple[float, float] | None] = {}
        pen = pg.mkPen(color, width=LINE_WIDTH)
        self.lines: dict[str, pg.PlotDataItem] = {}
        for row in ("f", "df", "d2f"):
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
        plots.legend.addItem(self.lines["f"], label)
        self.lines["f"].visibleChanged.connect(self._follow_legend)
        fill = pg.mkBrush(translucent(color, 34))
        self.regions: dict[str, list[pg.LinearRegionItem]] = {"f": [], "df": []}
        self._fill = fill
        marker_pen = pg.mkPen(color, width=2)
        self.kink_f = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush(color), symbol="o")
        self.kink_df = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush(color), symbol="o")
        self.kink_limits = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush("w"), symbol="o")
        for row, item in (("f", self.kink_f), ("df", self.kink_limits), ("df", self.kink_df)):
            item.setZValue(30 + z)
            plots.plots[row].addItem(item)
        self.kink_texts: list[pg.TextItem] = []
        self.bound_lines: list[pg.InfiniteLine] = []
        self.band: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem]] = {}
        self.gap_lines: tuple[pg.PlotDataItem, pg.PlotDataItem] | None = None
        self.labels_shown = True
        self._kinks: list = []
        self._label_format = ""
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
        parts = [self._line_bounds.get(row)]
        for item in (self.kink_f,) if row == "f" else (self.kink_df, self.kink_limits) if row == "df" else ():
            if item.isVisible():
                parts.append(finite_bounds(item.data["y"]))
        if row in self.band and self.band[row][2].isVisible():
            parts += [finite_bounds(edge.getOriginalDataset()[1]) for edge in self.band[row][:2]]
        parts = [b for b in parts if b is not None]
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
        text = self.plots.legend.getLabel(self.lines["f"])
        if text is not None and text.text != label:  # a new text re-lays out the legend
            text.setText(label)
            self.plots.legend.updateSize()

    def is_visible(self) -> bool:
        return self.lines["f"].isVisible()

    def _follow_legend(self) -> None:
        """Clicking the legend sample hides f; hide everything else of the curve with it."""
        visible = self.lines["f"].isVisible()
        for row in ("df", "d2f"):
            self.lines[row].setVisible(visible)
        for item in (self.kink_f, self.kink_df, self.kink_limits, *self.bound_lines):
            item.setVisible(visible and item.property("wanted") is not False)
        self._show_kink_labels()
        for regions in self.regions.values():
            for region in regions:
                region.setVisible(visible and region.property("wanted") is True)

    # ---- teaching marks ---------------------------------------------------------
    def set_saturation(self, spans: Sequence[tuple[float, float]]) -> None:
        """Shade the x intervals where |f′| < ε on the f and f′ plots."""
        for row, pool in self.regions.items():
            while len(pool) < len(spans):
                region = pg.LinearRegionItem(movable=False, brush=self._fill, pen=pg.mkPen(None))
                region.setZValue(-10)
                for line in region.lines:
                    line.setPen(pg.mkPen(None))
                    line.setHoverPen(pg.mkPen(None))
                self.plots.plots[row].addItem(region, ignoreBounds=True)
                pool.append(region)
            for i, region in enumerate(pool):
                wanted = i < len(spans)
                if wanted:
                    region.setRegion(spans[i])
                region.setProperty("wanted", wanted)
                region.setVisible(wanted and self.is_visible())

    def set_kinks(self, kinks: Sequence, label_format: str, on_df: bool = True) -> None:
        """Mark non-differentiable points: f there, autograd's f′ (filled) and the one-sided limits (open).

        ``on_df=False`` leaves the f′ markers off (log |f′| has no place for f′ = 0). Markers without
        points are hidden: an empty scatter item still costs a paint and an auto-range pass.
        """
        for item, wanted in (
            (self.kink_f, bool(kinks)),
            (self.kink_df, bool(kinks) and on_df),
            (self.kink_limits, bool(kinks) and on_df),
        ):
            item.setProperty("wanted", wanted)
            item.setVisible(wanted and self.is_visible())
        xs = [k.x for k in kinks]
        set_points(self.kink_f, xs, [k.f for k in kinks])
        set_points(self.kink_df, xs, [k.df for k in kinks])
        set_points(self.kink_limits, xs + xs, [k.df_left for k in kinks] + [k.df_right for k in kinks])
        plot = self.plots.plots["df"]
        while len(self.kink_texts) < len(kinks):
            text = pg.TextItem(color=self.color, anchor=(-0.08, 1.1), fill=pg.mkBrush(255, 255, 255, 210))
            font = QFont()
            font.setPointSize(10)
            text.setFont(font)
            text.setZValue(40)
            plot.addItem(text, ignoreBounds=True)
            self.kink_texts.append(text)
        self._kinks, self._label_format = list(kinks), label_format
        self._show_kink_labels()

    def set_kink_labels(self, shown: bool) -> None:
        """Show the "autograd: f′(x) = …" labels (only the selected curve's, to keep the plot readable)."""
        self.labels_shown = shown
        self._show_kink_labels()

    def _show_kink_labels(self) -> None:
        """Place and show the kink labels that are to be seen; hidden ones keep their old text (a new one is laid out)."""
        show = self.labels_shown and self.is_visible()
        for i, text in enumerate(self.kink_texts):
            wanted = i < len(self._kinks)
            if wanted and show:
                k = self._kinks[i]
                label = self._label_format.format(x=f"{k.x:.4g}", value=f"{k.df:.4g}")
                if label != text.toPlainText():
                    text.setText(label)
                text.setAnchor((1.08, 1.1) if k.x < 0 else (-0.08, 1.1))  # away from the middle
                text.setPos(k.x, k.df)
            text.setProperty("wanted", wanted)
            text.setVisible(wanted and show)

    def set_samples(self, samples: bool) -> None:
        """Draw f and f′ as dots (random draws, RReLU in training) or as lines."""
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

    def set_bounds(self, values: Sequence[float]) -> None:
        """Dashed horizontal lines at the bounds of the output range (f plot)."""
        plot = self.plots.plots["f"]
        while len(self.bound_lines) < len(values):
            line = pg.InfiniteLine(angle=0, pen=pg.mkPen(self.color, width=1.5, style=Qt.PenStyle.DashLine))
            line.setZValue(5)
            plot.addItem(line, ignoreBounds=True)
            self.bound_lines.append(line)
        for i, line in enumerate(self.bound_lines):
            wanted = i < len(values)
            if wanted:
                line.setValue(values[i])
            line.setProperty("wanted", wanted)
            line.setVisible(wanted and self.is_visible())

    def set_band(self, band: tuple | None, log_df: bool = False) -> None:
        """RReLU in training mode: fill between the lowest and highest random slope."""
        if band is None:
            for _, _, fill in self.band.values():
                fill.hide()
            return
        x, f_lo, f_hi, df_lo, df_hi = band
        if log_df:
            df_lo, df_hi = np.abs(df_lo), np.abs(df_hi)
        for row, lo, hi in (("f", f_lo, f_hi), ("df", df_lo, df_hi)):
            if row not in self.band:
                edges = (pg.PlotDataItem(pen=pg.mkPen(None)), pg.PlotDataItem(pen=pg.mkPen(None)))
                fill = pg.FillBetweenItem(edges[0], edges[1], brush=pg.mkBrush(translucent(self.color, 60)))
                fill.setZValue(1)
                self.plots.plots[row].addItem(fill)
                self.band[row] = (*edges, fill)
            lo_item, hi_item, fill = self.band[row]
            lo_item.setData(x, lo)
            hi_item.setData(x, hi)
            fill.show()

    def set_gap(self, gap: tuple | None) -> None:
        """GELU: exact minus tanh approximation (f solid, f′ dashed) in the difference plot."""
        plot = self.plots.plots["gap"]
        if gap is None:
            if self.gap_lines is not None:
                for line in self.gap_lines:
                    line.hide()
            return
        if self.gap_lines is None:
            self.gap_lines = (
                pg.PlotDataItem(pen=pg.mkPen(self.color, width=LINE_WIDTH), antialias=True),
                pg.PlotDataItem(pen=pg.mkPen(self.color, width=2, style=Qt.PenStyle.DashLine), antialias=True),
            )
            for line in self.gap_lines:
                plot.addItem(line)
        x, dfx, ddf = gap
        self.gap_lines[0].setData(x, dfx)
        self.gap_lines[1].setData(x, ddf)
        for line in self.gap_lines:
            line.show()

    def has_gap(self) -> bool:
        return self.gap_lines is not None and self.gap_lines[0].isVisible()

    def remove(self) -> None:
        """Take every item of this curve off the plots."""
        self.lines["f"].visibleChanged.disconnect(self._follow_legend)
        self.plots.legend.removeItem(self.lines["f"])
        for row, line in self.lines.items():
            self.plots.plots[row].removeItem(line)
        for row, pool in self.regions.items():
            for region in pool:
                self.plots.plots[row].removeItem(region)
        self.plots.plots["f"].removeItem(self.kink_f)
        self.plots.plots["df"].removeItem(self.kink_df)
        self.plots.plots["df"].removeItem(self.kink_limits)
        for text in self.kink_texts:
            self.plots.plots["df"].removeItem(text)
        for line in self.bound_lines:
            self.plots.plots["f"].removeItem(line)
        for row, (_, _, fill) in self.band.items():
            self.plots.plots[row].removeItem(fill)
        if self.gap_lines is not None:
            for line in self.gap_lines:
                self.plots.plots["gap"].removeItem(line)
