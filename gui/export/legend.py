"""Where a legend goes: the corner of its plot that hides the least data, or above the data.

Positions are logical pixels of the view box. The legend's own scale only undoes the
export's scaling, so on the page it covers its bounding rectangle.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from figures.spec import Panel

LEGEND_MARGIN = (12, 10)  # logical px between a legend and its plot's edges
LINE_SAMPLES = 400  # a line is checked for hiding behind a legend at this many points at least
FILL_SAMPLES = 6  # and a histogram or bar at this many heights, from its base to its top
HEADROOM_LIMIT = 0.4  # the most of a plot's height a legend above the data may take


def _legend_size(legend: pg.LegendItem, columns: int) -> tuple[float, float]:
    """Lay ``legend`` out in ``columns`` and size its frame to fit (pyqtgraph's own estimate is off
    by a few pixels per entry); returns its width and height."""
    legend.setColumnCount(columns)
    legend.layout.activate()
    size = legend.layout.preferredSize()
    legend.setGeometry(0, 0, size.width(), size.height())
    return size.width(), size.height()


def _drawn_points(panel: Panel) -> tuple[np.ndarray, np.ndarray]:
    """Points standing for what a panel draws, in view coordinates (log10 y on a log axis):
    lines densified along their length, histograms and bars filled from their base."""
    xs, ys = [np.empty(0)], [np.empty(0)]
    for series in panel.series:
        x = np.asarray(series.x, dtype=np.float64)
        y = np.asarray(series.y, dtype=np.float64)
        if series.kind == "histogram" and x.size == y.size + 1:
            x = (x[:-1] + x[1:]) / 2
        if x.size != y.size:
            continue
        if panel.log_y:
            y = np.log10(np.where(y > 0, y, np.nan))
        finite = np.isfinite(x) & np.isfinite(y)
        x, y = x[finite], y[finite]
        if x.size == 0:
            continue
        if series.kind in ("histogram", "bars"):
            base = float(y.min()) if panel.log_y else 0.0
            heights = base + np.outer(y - base, np.linspace(0.0, 1.0, FILL_SAMPLES))
            xs.append(np.repeat(x, FILL_SAMPLES))
            ys.append(heights.ravel())
        elif series.kind == "line" and x.size > 1:
            steps = np.linspace(0.0, x.size - 1.0, max(LINE_SAMPLES, x.size))
            index = np.arange(x.size)
            xs.append(np.interp(steps, index, x))
            ys.append(np.interp(steps, index, y))
        else:
            xs.append(x)
            ys.append(y)
    return np.concatenate(xs), np.concatenate(ys)


def place_legends(legends: list[tuple[pg.PlotItem, pg.LegendItem, Panel]]) -> None:
    """Put each legend in the corner of its plot where it hides the least data.

    When every corner holds data (and the panel does not fix its y range), the y range
    grows at the top by the legend's height, so the legend sits above the data.
    """
    mx, my = LEGEND_MARGIN
    for plot, legend, panel in legends:
        vb = plot.getViewBox()
        width, height = vb.width(), vb.height()
        (x0, x1), (y0, y1) = vb.viewRange()
        lw, lh = _legend_size(legend, legend.columnCount)
        if width <= lw + 2 * mx or height <= lh + 2 * my or x1 <= x0 or y1 <= y0:
            continue
        x, y = _drawn_points(panel)
        if panel.image is not None and panel.equal_aspect:  # a map is data edge to edge: its legend goes outside it
            ix, iy, iw, ih = panel.image.rect
            gx, gy = np.meshgrid(np.linspace(ix, ix + iw, 24), np.linspace(iy, iy + ih, 24))
            x, y = np.concatenate([x, gx.ravel()]), np.concatenate([y, gy.ravel()])
        inverted = vb.yInverted()
        px = (x - x0) / (x1 - x0) * width
        py = ((y - y0) if inverted else (y1 - y)) / (y1 - y0) * height
        corners = {  # in order of preference when several are equally empty
            "top-left": (mx, my),
            "top-right": (width - mx - lw, my),
            "bottom-left": (mx, height - my - lh),
            "bottom-right": (width - mx - lw, height - my - lh),
        }
        hidden = {
            name: int(np.count_nonzero((px >= left - 2) & (px <= left + lw + 2) & (py >= top - 2) & (py <= top + lh + 2)))
            for name, (left, top) in corners.items()
        }
        best = min(corners, key=hidden.__getitem__)
        if hidden[best] and (panel.y_range is None or panel.equal_aspect):
            # no free corner: the legend goes across the top in as many columns as fit, above the data
            for columns in range(len(legend.items), 0, -1):
                wide, high = _legend_size(legend, columns)
                if wide <= width - 2 * mx:
                    break
            if high + 2 * my <= HEADROOM_LIMIT * height:
                extra = (y1 - y0) * (high + 2 * my) / (height - high - 2 * my)
                vb.setYRange(y0 - extra if inverted else y0, y1 if inverted else y1 + extra, padding=0)
                best = "top-left"
            else:
                _legend_size(legend, 1)
        legend.anchor(itemPos=(0, 0), parentPos=(0, 0), offset=corners[best])
