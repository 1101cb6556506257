"""The teaching marks of one plotted curve: saturation shading, kink dots and labels,
bound lines, the band of random draws and the exact − approximation lines.

What to mark comes from the registry and :mod:`engine.analysis` (via the curve set);
this module only keeps the plot items. Pools grow when needed and are then updated with
``setData``/``setRegion``/``setValue``; nothing is rebuilt per change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

if TYPE_CHECKING:  # drawn before the engine loads (gui.startup_cache)
    from engine.analysis import Kink

GAP_LINE_WIDTH = 3  # as the curves' own lines at rest (gui.explorer.plots.LINE_WIDTH)


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
    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if np.array_equal(item.data["x"], xs) and np.array_equal(item.data["y"], ys):
        return
    item.setData(xs, ys)


def translucent(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


class CurveMarks:
    """Every mark of one curve on the plots ``plots`` (rows "f", "df", "gap"), in the curve's colour.

    ``curve_visible()`` says whether the curve itself is shown (its legend entry can hide it):
    a mark is visible when it is wanted and its curve is shown.
    """

    def __init__(self, plots: Mapping[str, pg.PlotItem], color: str, z: int, curve_visible: Callable[[], bool]):
        self.plots = plots
        self.color = color
        self.is_visible = curve_visible
        self._fill = pg.mkBrush(translucent(color, 34))
        self.regions: dict[str, list[pg.LinearRegionItem]] = {"f": [], "df": []}
        marker_pen = pg.mkPen(color, width=2)
        self.kink_f = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush(color), symbol="o")
        self.kink_df = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush(color), symbol="o")
        self.kink_limits = pg.ScatterPlotItem(size=11, pen=marker_pen, brush=pg.mkBrush("w"), symbol="o")
        for row, item in (("f", self.kink_f), ("df", self.kink_limits), ("df", self.kink_df)):
            item.setZValue(30 + z)
            plots[row].addItem(item)
        self.kink_texts: list[pg.TextItem] = []
        self.bound_lines: list[pg.InfiniteLine] = []
        self.band: dict[str, tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem]] = {}
        self.gap_lines: tuple[pg.PlotDataItem, pg.PlotDataItem] | None = None
        self.labels_shown = True
        self._kinks: list[Kink] = []
        self._label_format = ""

    def y_bounds(self, row: str) -> tuple[float, float] | None:
        """The finite y extent of the kink markers and the band in ``row``."""
        parts = []
        for item in (self.kink_f,) if row == "f" else (self.kink_df, self.kink_limits) if row == "df" else ():
            if item.isVisible():
                parts.append(finite_bounds(item.data["y"]))
        if row in self.band and self.band[row][2].isVisible():
            parts += [finite_bounds(edge.getOriginalDataset()[1]) for edge in self.band[row][:2]]
        found = [b for b in parts if b is not None]
        return (min(b[0] for b in found), max(b[1] for b in found)) if found else None

    def follow(self, visible: bool) -> None:
        """The curve was hidden or shown (legend click): its wanted marks follow."""
        for item in (self.kink_f, self.kink_df, self.kink_limits, *self.bound_lines):
            item.setVisible(visible and item.property("wanted") is not False)
        self._show_kink_labels()
        for regions in self.regions.values():
            for region in regions:
                region.setVisible(visible and region.property("wanted") is True)

    # ---- saturation -------------------------------------------------------------
    def set_saturation(self, spans: Sequence[tuple[float, float]]) -> None:
        """Shade the x intervals where |f′| < ε on the f and f′ plots."""
        for row, pool in self.regions.items():
            while len(pool) < len(spans):
                region = pg.LinearRegionItem(movable=False, brush=self._fill, pen=pg.mkPen(None))
                region.setZValue(-10)
                for line in region.lines:
                    line.setPen(pg.mkPen(None))
                    line.setHoverPen(pg.mkPen(None))
                self.plots[row].addItem(region, ignoreBounds=True)
                pool.append(region)
            for i, region in enumerate(pool):
                wanted = i < len(spans)
                if wanted:
                    region.setRegion(spans[i])
                region.setProperty("wanted", wanted)
                region.setVisible(wanted and self.is_visible())

    # ---- kinks ------------------------------------------------------------------
    def set_kinks(self, kinks: Sequence[Kink], label_format: str, on_df: bool = True) -> None:
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
        plot = self.plots["df"]
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

    # ---- bounds, band, gap --------------------------------------------------------
    def set_bounds(self, values: Sequence[float]) -> None:
        """Dashed horizontal lines at the bounds of the output range (f plot)."""
        plot = self.plots["f"]
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
        """Random slopes (RReLU in training): fill between the lowest and the highest slope.

        ``band`` is ``(x, f_lo, f_hi, df_lo, df_hi)``; with ``log_df`` the f′ band is not drawn
        (the f′ plot shows |f′| on a log axis, where the band's fill has no meaning).
        """
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
                self.plots[row].addItem(fill)
                self.band[row] = (*edges, fill)
            lo_item, hi_item, fill = self.band[row]
            lo_item.setData(x, lo)
            hi_item.setData(x, hi)
            fill.setVisible(not (log_df and row == "df"))

    def set_gap(self, gap: tuple | None) -> None:
        """Exact minus approximation (``x, Δf, Δf′``: f solid, f′ dashed) in the difference plot."""
        plot = self.plots["gap"]
        if gap is None:
            if self.gap_lines is not None:
                for line in self.gap_lines:
                    line.hide()
            return
        if self.gap_lines is None:
            self.gap_lines = (
                pg.PlotDataItem(pen=pg.mkPen(self.color, width=GAP_LINE_WIDTH), antialias=True),
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
        """Take every mark off the plots."""
        for row, pool in self.regions.items():
            for region in pool:
                self.plots[row].removeItem(region)
        self.plots["f"].removeItem(self.kink_f)
        self.plots["df"].removeItem(self.kink_df)
        self.plots["df"].removeItem(self.kink_limits)
        for text in self.kink_texts:
            self.plots["df"].removeItem(text)
        for line in self.bound_lines:
            self.plots["f"].removeItem(line)
        for row, (_, _, fill) in self.band.items():
            self.plots[row].removeItem(fill)
        if self.gap_lines is not None:
            for line in self.gap_lines:
                self.plots["gap"].removeItem(line)
