"""Exporting figures for slides and handouts: PNG, SVG, PDF and CSV from any :class:`FigureSpec`.

Every export renders the spec into a fresh offscreen pyqtgraph ``GraphicsLayoutWidget``
laid out at the figure's *logical* size (width / scale by height / scale), so the
picture does not depend on the window it came from, the screen, or its device pixel
ratio. The two styles differ only in how that widget is dressed:

* ``"screen"``: the app's own look (:mod:`gui.common.theme`: white background, dark axes);
* ``"print"``: white background, dark thick axes and curves, larger fonts, and a dash
  pattern per colour so curves stay apart when printed in grey.

PNG goes through pyqtgraph's ImageExporter at exactly the requested pixel size (pens
widened by the scale, since they are cosmetic) and carries its DPI (96 x scale); SVG
through pyqtgraph's SVGExporter; PDF is vector, drawn with QPainter on a QPdfWriter,
one page per figure. Every file is written to a temporary name and renamed, so a failed
export never leaves a half-written file; bad requests raise :class:`EngineError`.
"""

from __future__ import annotations

import contextlib
import html
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters  # noqa: F401  (registers ImageExporter and SVGExporter)
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPicture,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from engine.errors import EngineError
from engine.tables import csv_text, write_atomic
from gui.common import theme
from gui.figures.palette import DASH_PATTERNS, OKABE_ITO, color
from gui.figures.spec import IMAGE_ORIGINS, FigureSpec, Image, Panel, Series

FORMATS = ("png", "svg", "pdf", "csv")
STYLES = ("screen", "print")

DEFAULT_WIDTH = 960  # logical pixels (1 px = 1/96 inch)
PANEL_HEIGHT = 300
SCREEN_DPI = 96.0
MAX_SIDE = 12_000  # pixels; 12k x 12k ARGB is about 0.6 GB
MIN_SIDE = 64
SCALE_LIMITS = (0.25, 8.0)

SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "h")
DOTTED = (1.5, 2.5)  # for series marked dashed, in print (the palette's patterns go by colour)
DASHED = (5, 3)


@dataclass(frozen=True)
class Style:
    """How a figure is dressed: colours, line widths (logical px) and font sizes (px)."""

    background: QColor
    foreground: QColor
    axis_width: float
    min_line_width: float
    line_factor: float
    tick_px: int
    label_px: int
    panel_title_px: int
    title_px: int
    caption_px: int
    legend_px: int
    grid_alpha: float
    dashes: bool  # dash patterns by colour (print)
    fill_alpha: int
    band_alpha: int = theme.SATURATION_ALPHA  # shading of a panel's bands in their curve's colour


def style_for(name: str) -> Style:
    """The named style; ``"screen"`` takes the colours every tab shows (:mod:`gui.common.theme`)."""
    if name == "screen":
        bg, fg = QColor(theme.BACKGROUND), QColor(theme.FOREGROUND)
        return Style(
            bg,
            fg,
            axis_width=1.0,
            min_line_width=1.0,
            line_factor=1.0,
            tick_px=12,
            label_px=13,
            panel_title_px=14,
            title_px=18,
            caption_px=14,
            legend_px=12,
            grid_alpha=0.25,
            dashes=False,
            fill_alpha=110,
        )
    if name == "print":
        return Style(
            QColor("white"),
            QColor("#111111"),
            axis_width=1.6,
            min_line_width=2.5,
            line_factor=1.5,
            tick_px=15,
            label_px=17,
            panel_title_px=18,
            title_px=22,
            caption_px=17,
            legend_px=15,
            grid_alpha=0.12,
            dashes=True,
            fill_alpha=90,
            band_alpha=52,
        )
    raise EngineError("style", f"unknown style {name!r} (use {' or '.join(STYLES)})")


# ---------------------------------------------------------------------------------------------
# sizes


def default_size(spec: FigureSpec, include_caption: bool = False) -> tuple[int, int]:
    """The figure's natural size in logical pixels: a fixed width, a fixed height per panel."""
    header = 50 if spec.title else 10
    if include_caption and spec.caption:
        header += 28 * len(spec.caption.splitlines())
    return DEFAULT_WIDTH, header + PANEL_HEIGHT * max(1, len(spec.panels))


def output_size(
    spec: FigureSpec, width: int | None, height: int | None, scale: float, include_caption: bool = False
) -> tuple[int, int]:
    """The exported size in pixels: as given, else the natural size times ``scale``.

    Given only one side, the other keeps the natural aspect ratio.
    """
    _check_scale(scale)
    for name, value in (("width", width), ("height", height)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise EngineError(name, f"expected a whole number of pixels, got {value!r}")
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise EngineError(name, f"must be between {MIN_SIDE} and {MAX_SIDE} pixels, got {value}")
    dw, dh = default_size(spec, include_caption)
    if width is None and height is None:
        width, height = round(dw * scale), round(dh * scale)
    elif height is None:
        height = round(width * dh / dw)
    elif width is None:
        width = round(height * dw / dh)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise EngineError("scale", f"{width} x {height} pixels is outside {MIN_SIDE} to {MAX_SIDE} per side")
    return int(width), int(height)


def _check_scale(scale: float) -> None:
    lo, hi = SCALE_LIMITS
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not lo <= scale <= hi:
        raise EngineError("scale", f"must be a number from {lo:g} to {hi:g}, got {scale!r}")


def _check_spec(spec: FigureSpec) -> None:
    if not isinstance(spec, FigureSpec):
        raise EngineError("figure", f"expected a FigureSpec, got {type(spec).__name__}")
    if not spec.panels:
        raise EngineError("figure", "the figure has no plots to export")


# ---------------------------------------------------------------------------------------------
# rendering into an offscreen widget


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        from gui.app import create_app

        app = create_app()
    return app


def _pen(qcolor: QColor | str, width: float, pattern: Sequence[float] = ()) -> QPen:
    pen = pg.mkPen(qcolor, width=width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if pattern else Qt.PenCapStyle.RoundCap)
    if pattern:
        pen.setDashPattern(list(pattern))
    return pen


def _font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


def _wrapped_label(text: str, px: int, fg: QColor, width: float, bold: bool = False) -> pg.LabelItem:
    """A centred text block that wraps at ``width`` instead of widening the figure."""
    label = pg.LabelItem(justify="center")
    label.item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
    label.item.setTextWidth(width)
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    label.setText(lines, size=f"{px}px", color=fg.name(), bold=bold)
    return label


class _Renderer:
    """Builds one offscreen GraphicsLayoutWidget showing ``spec`` in ``style``."""

    def __init__(self, spec: FigureSpec, style: Style, logical: tuple[int, int], line_scale: float, include_caption: bool):
        self.spec, self.style, self.line_scale = spec, style, line_scale
        _app()
        self.widget = pg.GraphicsLayoutWidget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.setBackground(style.background)
        self.widget.resize(*logical)
        layout = self.widget.ci
        layout.setContentsMargins(10, 8, 18, 8)
        layout.setSpacing(6)
        row = 0
        text_width = max(100, logical[0] - 40)
        if spec.title:
            layout.addItem(_wrapped_label(spec.title, style.title_px, style.foreground, text_width, bold=True), row=row, col=0)
            row += 1
        if include_caption and spec.caption:
            layout.addItem(_wrapped_label(spec.caption, style.caption_px, style.foreground, text_width), row=row, col=0)
            row += 1
        self.plots: list[pg.PlotItem] = []
        self.legend_labels: tuple[str, ...] = ()
        self.legends: list[tuple[pg.PlotItem, pg.LegendItem, Panel]] = []
        for i, panel in enumerate(spec.panels):
            plot = layout.addPlot(row=row + i, col=0)
            self._panel(plot, panel, is_bottom=i == len(spec.panels) - 1)
            if spec.share_x and self.plots:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
        self.widget.show()  # WA_DontShowOnScreen: laid out, never on screen
        layout.layout.activate()
        QApplication.sendPostedEvents()
        self._align_left_axes()
        self.widget.scene().prepareForPaint()  # view boxes apply their new geometry (SVG export does not ask)
        if self.legends:
            self._place_legends()
            self.widget.scene().prepareForPaint()

    def _place_legends(self) -> None:
        """Put each legend in the corner of its plot where it hides the least data.

        When every corner holds data (and the panel does not fix its y range), the y range
        grows at the top by the legend's height, so the legend sits above the data.
        Positions are logical pixels of the view box; the legend's own scale only undoes the
        export's scaling, so on the page it covers its bounding rectangle.
        """
        mx, my = LEGEND_MARGIN
        for plot, legend, panel in self.legends:
            vb = plot.getViewBox()
            width, height = vb.width(), vb.height()
            (x0, x1), (y0, y1) = vb.viewRange()
            lw, lh = _legend_size(legend, legend.columnCount)
            if width <= lw + 2 * mx or height <= lh + 2 * my or x1 <= x0 or y1 <= y0:
                continue
            x, y = _drawn_points(panel)
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
            if hidden[best] and panel.y_range is None:
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

    def _align_left_axes(self) -> None:
        """Give stacked plots one left-axis width, so their x axes line up."""
        if len(self.plots) < 2:
            return
        # a throw-away paint lets every axis measure its tick labels (and widen itself)
        picture = QPicture()
        painter = QPainter(picture)
        self.widget.scene().render(painter, QRectF(self.widget.rect()), QRectF(self.widget.rect()))
        painter.end()
        widest = max(p.getAxis("left").minimumWidth() for p in self.plots)
        for plot in self.plots:
            plot.getAxis("left").setWidth(int(np.ceil(widest)))
        self.widget.ci.layout.activate()
        QApplication.sendPostedEvents()

    def close(self) -> None:
        """Free the widget now (there may be no event loop to do it later, e.g. on the command line)."""
        for plot in self.plots:  # pyqtgraph's list of all views must not keep views about to be deleted
            with contextlib.suppress(KeyError):
                plot.vb.unregister()
        self.widget.close()
        self.widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    # -- pens and colours ------------------------------------------------------------------
    def _w(self, width: float) -> float:
        return width * self.line_scale

    def _series_pen(self, series: Series) -> QPen:
        st = self.style
        width = max(series.width * st.line_factor, st.min_line_width)
        pattern: Sequence[float] = ()
        if st.dashes:
            pattern = DOTTED if series.dashed else DASH_PATTERNS[series.color % len(DASH_PATTERNS)]
        elif series.dashed:
            pattern = DASHED
        return _pen(color(series.color), self._w(width), pattern)

    # -- one panel -------------------------------------------------------------------------
    def _panel(self, plot: pg.PlotItem, panel: Panel, is_bottom: bool) -> None:
        st = self.style
        fg = st.foreground
        plot.hideButtons()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        if panel.title:
            plot.setTitle(html.escape(panel.title), size=f"{st.panel_title_px}px", color=fg.name(), bold=True)
        label_style = {"font-size": f"{st.label_px}px", "color": fg.name()}
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(_pen(fg, self._w(st.axis_width)))
            axis.setTextPen(fg)
            axis.setTickFont(_font(st.tick_px))
            axis.setStyle(tickTextOffset=6, tickLength=-int(6 + 2 * st.axis_width), maxTickLevel=1)
            axis.enableAutoSIPrefix(False)
        if panel.x_label and (is_bottom or not self.spec.share_x):
            plot.setLabel("bottom", html.escape(panel.x_label), **label_style)
        if panel.y_label:
            plot.setLabel("left", html.escape(panel.y_label), **label_style)
        if panel.image is None:  # grid lines over a heat map only hide its cells
            plot.showGrid(x=True, y=True, alpha=st.grid_alpha)
        if panel.log_y:
            plot.setLogMode(y=True)
        if panel.band_color is None:
            tint = QColor(fg.red(), fg.green(), fg.blue(), 28)
        else:  # the curve's own colour, as the app shades it
            tint = QColor(color(panel.band_color))
            tint.setAlpha(st.band_alpha)
        for lo, hi in panel.bands:
            band = pg.LinearRegionItem((lo, hi), movable=False, brush=pg.mkBrush(tint), pen=pg.mkPen(None))
            plot.addItem(band)
        if panel.image is not None:
            self._image(plot, panel.image)
        bar_series = [s for s in panel.series if s.kind == "bars"]
        labels = tuple(s.label for s in panel.series if s.label)
        if len(labels) >= 2 and labels != self.legend_labels:  # a legend repeated under it adds nothing
            self.legend_labels = labels
            legend = plot.addLegend(
                offset=(12, 10),
                labelTextColor=fg,
                labelTextSize=f"{st.legend_px}px",
                brush=pg.mkBrush(st.background.red(), st.background.green(), st.background.blue(), 200),
                pen=_pen(fg, 0.8),
                verSpacing=-2,
            )
            legend.setScale(self.line_scale)  # the legend ignores the export's scaling (ItemIgnoresTransformations)
            self.legends.append((plot, legend, panel))
        for series in panel.series:
            self._series(plot, panel, series, bar_series)
        ref_pen = _pen(fg, self._w(max(1.0, st.axis_width * 0.8)), (4, 4))
        for y in panel.hlines:
            plot.addItem(pg.InfiniteLine(pos=_y_pos(y, panel.log_y), angle=0, pen=ref_pen, movable=False))
        for x in panel.vlines:
            plot.addItem(pg.InfiniteLine(pos=x, angle=90, pen=ref_pen, movable=False))
        if panel.x_range is not None:
            plot.setXRange(*panel.x_range, padding=0)
        if panel.y_range is not None:
            lo, hi = panel.y_range
            plot.setYRange(_y_pos(lo, panel.log_y), _y_pos(hi, panel.log_y), padding=0)

    def _series(self, plot: pg.PlotItem, panel: Panel, series: Series, bar_series: list[Series]) -> None:
        x = np.asarray(series.x, dtype=np.float64)
        y = np.asarray(series.y, dtype=np.float64)
        y = np.where(np.isfinite(y), y, np.nan)
        name = series.label or None
        st = self.style
        col = pg.mkColor(color(series.color))
        fill = QColor(col)
        fill.setAlpha(st.fill_alpha)
        if series.kind == "line":
            plot.plot(x, y, pen=self._series_pen(series), name=name, connect="finite", antialias=True)
        elif series.kind == "bars":
            k, n = bar_series.index(series), len(bar_series)
            spacing = float(np.min(np.diff(np.unique(x)))) if np.unique(x).size > 1 else 1.0
            width = 0.8 * spacing / n
            left = x + (k - (n - 1) / 2) * width - width / 2
            heights = np.nan_to_num(y)
            base = 0.0
            if panel.log_y:  # bars are not log-transformed by pyqtgraph: draw them up from the panel's lowest decade
                every = np.concatenate([np.asarray(b.y, dtype=np.float64).ravel() for b in bar_series])
                every = every[np.isfinite(every) & (every > 0)]
                base = float(np.floor(np.log10(every.min()))) if every.size else 0.0
                heights = np.log10(np.where(heights > 0, heights, 10.0**base))
            bars = _Bars(left, width, base, heights, _pen(col, self._w(max(1.0, st.axis_width))), pg.mkBrush(fill))
            plot.addItem(bars)
            if name and plot.legend is not None:
                plot.legend.addItem(_FilledSample(bars), html.escape(name))
        elif series.kind == "histogram":
            if x.size != y.size + 1:
                raise EngineError(f"series {series.label!r}", "a histogram needs one more bin edge than counts")
            item = plot.plot(x, y, stepMode="center", fillLevel=0, fillBrush=fill, pen=self._series_pen(series))
            if name and plot.legend is not None:
                plot.legend.addItem(_FilledSample(item), html.escape(name))
        elif series.kind == "scatter":
            size = (7 if st.dashes else 6) * self.line_scale
            plot.plot(
                x,
                y,
                pen=None,
                symbol=SYMBOLS[series.color % len(SYMBOLS)] if st.dashes else "o",
                symbolSize=size,
                symbolBrush=col,
                symbolPen=pg.mkPen(st.foreground if st.dashes else col, width=self._w(0.6)),
                name=name,
            )
        else:
            raise EngineError(f"series {series.label!r}", f"unknown kind {series.kind!r}")

    def _image(self, plot: pg.PlotItem, image: Image) -> None:
        values = np.asarray(image.values, dtype=np.float64)
        if values.ndim != 2 or values.size == 0:
            raise EngineError("image", f"a heat map needs a 2-D array, got shape {values.shape}")
        # a few large cells: repeat them so viewers that smooth embedded images (SVG) keep sharp edges
        repeat = max(1, int(np.ceil(64 / max(values.shape))))
        item = pg.ImageItem(np.repeat(np.repeat(values, repeat, axis=0), repeat, axis=1), axisOrder="row-major")
        item.setRect(QRectF(*image.rect))
        plot.addItem(item)
        if image.origin not in IMAGE_ORIGINS:
            raise EngineError("image", f"origin must be {' or '.join(IMAGE_ORIGINS)}, got {image.origin!r}")
        plot.invertY(image.origin == "upper")
        if image.levels is not None:
            try:
                lo, hi = (float(v) for v in image.levels)
            except (TypeError, ValueError):
                lo, hi = np.nan, np.nan
            if not (np.isfinite(lo) and np.isfinite(hi) and lo < hi):
                raise EngineError("image", f"levels must be two finite numbers, low < high, got {image.levels!r}")
        else:
            finite = values[np.isfinite(values)]
            lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
            if hi <= lo:
                lo, hi = lo - 0.5, hi + 0.5
        try:
            cmap = theme.colormap(image.colormap)
        except KeyError:
            raise EngineError("image", f"unknown colour map {image.colormap!r}") from None
        bar = pg.ColorBarItem(values=(lo, hi), colorMap=cmap, interactive=False, width=18)
        bar.setImageItem(item, insert_in=plot)
        st = self.style
        bar.axis.setPen(_pen(st.foreground, self._w(st.axis_width)))
        bar.axis.setTextPen(st.foreground)
        bar.axis.setTickFont(_font(st.tick_px))
        bar.axis.enableAutoSIPrefix(False)
        if image.label:
            bar.axis.setLabel(html.escape(image.label), **{"font-size": f"{st.label_px}px", "color": st.foreground.name()})
            # room for the numbers and the label beside them (pyqtgraph would draw the label over the numbers)
            bar.axis.setWidth(QFontMetrics(_font(st.tick_px)).horizontalAdvance("−0.55") + st.label_px + 20)


class _Bars(pg.GraphicsObject):
    """Bars as one painter path (pyqtgraph's BarGraphItem writes SVG rects whose strokes scale with the axes)."""

    def __init__(self, left: np.ndarray, width: float, base: float, tops: np.ndarray, pen: QPen, brush):
        super().__init__()
        self.path = QPainterPath()
        for x0, top in zip(left, tops, strict=True):
            self.path.addRect(QRectF(float(x0), min(base, float(top)), float(width), abs(float(top) - base)))
        self.opts = {"pen": pen, "brush": brush, "antialias": True}

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect()

    def paint(self, painter, *args):
        painter.setPen(self.opts["pen"])
        painter.setBrush(self.opts["brush"])
        painter.drawPath(self.path)


class _FilledSample(ItemSample):
    """A legend swatch for bars and histograms: a filled, outlined square."""

    def paint(self, painter, *args):
        opts = self.item.opts
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(opts["pen"]))
        painter.setBrush(pg.mkBrush(opts.get("fillBrush") or opts.get("brush")))
        painter.drawRect(QRectF(3, 3, 14, 14))


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


def _y_pos(value: float, log_y: bool) -> float:
    if not log_y:
        return value
    if value <= 0:
        raise EngineError("y", f"a log axis cannot show {value:g}")
    return float(np.log10(value))


def _render(
    spec: FigureSpec, style: str, size: tuple[int, int], scale: float, include_caption: bool, line_scale: float
) -> _Renderer:
    _check_spec(spec)
    logical = (max(1, round(size[0] / scale)), max(1, round(size[1] / scale)))
    return _Renderer(spec, style_for(style), logical, line_scale, include_caption)


# ---------------------------------------------------------------------------------------------
# the formats


def figure_image(
    spec: FigureSpec,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> QImage:
    """The figure as a QImage of exactly ``width`` x ``height`` pixels (for PNG and the clipboard).

    Its DPI is 96 x ``scale``, so a 2x image placed on a slide has the size of the 1x one.
    """
    size = output_size(spec, width, height, scale, include_caption)
    renderer = _render(spec, style, size, scale, include_caption, line_scale=scale)
    try:
        exporter = pg.exporters.ImageExporter(renderer.widget.scene())
        # set both sides without the exporter's aspect-ratio coupling (which rounds one of them)
        exporter.params.param("width").setValue(size[0], blockSignal=exporter.widthChanged)
        exporter.params.param("height").setValue(size[1], blockSignal=exporter.heightChanged)
        exporter.params["background"] = renderer.style.background
        image = exporter.export(toBytes=True)
    finally:
        renderer.close()
    if image is None or image.isNull() or (image.width(), image.height()) != size:
        raise EngineError("out", f"could not render a {size[0]} x {size[1]} image")
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1.0)
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def figure_png_bytes(spec: FigureSpec, **options) -> bytes:
    """PNG file contents (see :func:`figure_image` for the options)."""
    image = figure_image(spec, **options)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")
    buffer.close()
    if not ok:
        raise EngineError("out", "could not encode the PNG image")
    return bytes(data.data())


def figure_svg_text(
    spec: FigureSpec,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> str:
    """SVG document text: the figure laid out at its logical size, displayed at ``width`` x ``height``."""
    size = output_size(spec, width, height, scale, include_caption)
    renderer = _render(spec, style, size, scale, include_caption, line_scale=1.0)
    try:
        exporter = pg.exporters.SVGExporter(renderer.widget.scene())
        exporter.params["scaling stroke"] = True
        exporter.params["background"] = renderer.style.background
        with _closed_paths_understood():
            text = exporter.export(toBytes=True).decode("utf-8")
    finally:
        renderer.close()
    # pyqtgraph writes only a viewBox (in logical px): give the document its displayed size
    return re.sub(r"<svg ", f'<svg width="{size[0]}" height="{size[1]}" ', text, count=1)


_SVG_PATH_TOKEN = re.compile(r"\s*(?:([MLCZmlcz])|(-?[\d.]+(?:e[-+]?\d+)?),(-?[\d.]+(?:e[-+]?\d+)?))", re.IGNORECASE)


def _pyqtgraph_path_data(d: str) -> str | None:
    """Qt's path data rewritten as pyqtgraph 0.14's SVG exporter parses it, or None if unknown.

    Qt 6 ends closed subpaths with ``Z`` and may separate a command from its first point;
    pyqtgraph expects ``Lx,y`` tokens only (pyqtgraph issue #3495), so ``Z`` becomes a
    line back to the subpath's start and each command is glued to its first point.
    """
    out: list[str] = []
    command, start, pos = "", None, 0
    while pos < len(d):
        match = _SVG_PATH_TOKEN.match(d, pos)
        if match is None or match.end() == pos:
            return None if d[pos:].strip() else " ".join(out)
        pos = match.end()
        letter, x, y = match.groups()
        if letter:
            if letter in "Zz":
                if start is None:
                    return None
                out.append(f"L{start}")
                command = ""
            elif letter.islower():
                return None  # relative commands: not produced by Qt; leave the path alone
            else:
                command = letter
            continue
        point = f"{x},{y}"
        if command == "M":
            start = point
        out.append(command + point)
        command = ""
    return " ".join(out)


@contextlib.contextmanager
def _closed_paths_understood():
    """While exporting SVG, let pyqtgraph's coordinate fixer read Qt 6's closed paths."""
    module = importlib.import_module("pyqtgraph.exporters.SVGExporter")
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        for path in node.getElementsByTagName("path"):
            fixed = _pyqtgraph_path_data(path.getAttribute("d"))
            if fixed is not None:
                path.setAttribute("d", fixed)
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def figures_pdf_bytes(
    specs: Sequence[FigureSpec],
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
    title: str = "",
) -> bytes:
    """A vector PDF, one page per figure, each page the figure's size (1 px = 1/96 inch)."""
    if not specs:
        raise EngineError("figure", "no figures to write")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Activation Lab")
    writer.setTitle(title or specs[0].title)
    writer.setResolution(int(SCREEN_DPI))  # painter units = logical px, so cosmetic pens keep their width
    painter = QPainter()
    try:
        for index, spec in enumerate(specs):
            size = output_size(spec, width, height, scale, include_caption)
            page = QPageSize(
                QSizeF(size[0] * 72 / SCREEN_DPI, size[1] * 72 / SCREEN_DPI),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
            renderer = _render(spec, style, size, scale, include_caption, line_scale=scale)
            try:
                if index == 0:
                    if not painter.begin(writer):
                        raise EngineError("out", "could not start the PDF")
                elif not writer.newPage():
                    raise EngineError("out", "could not add a PDF page")
                target = QRectF(0, 0, writer.width(), writer.height())
                painter.fillRect(target, renderer.style.background)
                _paint_scene(renderer, painter, target)
            finally:
                renderer.close()
    finally:
        if painter.isActive():
            painter.end()
        buffer.close()
    return bytes(data.data())


def _paint_scene(renderer: _Renderer, painter: QPainter, target: QRectF) -> None:
    """Draw the renderer's scene into ``target`` with pyqtgraph's export mode on (vector-friendly)."""
    scene = renderer.widget.scene()
    view = renderer.widget
    source = view.viewportTransform().inverted()[0].mapRect(QRectF(view.rect()))
    exporter = pg.exporters.ImageExporter(scene)  # only for its setExportMode() bookkeeping
    exporter.setExportMode(
        True, {"antialias": True, "background": renderer.style.background, "painter": painter, "resolutionScale": 1.0}
    )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene.render(painter, target, source)
    finally:
        exporter.setExportMode(False)


def figure_csv_text(spec: FigureSpec) -> str:
    """The data of every series as CSV, one column per series (named ``<label> <panel y label>``).

    Series sharing one x grid share one ``x`` column; otherwise each series gets its own
    x and y columns (histograms: bin start, bin end, count). Heat maps add x, y, value columns.
    """
    _check_spec(spec)
    entries = [(panel, s) for panel in spec.panels for s in panel.series]
    images = [(panel, panel.image) for panel in spec.panels if panel.image is not None]
    if not entries and not images:
        raise EngineError("figure", "the figure has no data to export")
    names = _column_names(spec, entries)
    header: list[str] = []
    columns: list[np.ndarray] = []
    lines = [(name, s) for name, (_, s) in zip(names, entries, strict=True)]
    shared = (
        all(s.kind != "histogram" for _, s in lines)
        and lines
        and all(np.array_equal(np.asarray(s.x), np.asarray(lines[0][1].x)) for _, s in lines)
    )
    if shared:
        header.append("x")
        columns.append(np.asarray(lines[0][1].x, dtype=np.float64))
        for name, s in lines:
            header.append(name)
            columns.append(np.asarray(s.y, dtype=np.float64))
    else:
        for name, s in lines:
            x, y = np.asarray(s.x, dtype=np.float64), np.asarray(s.y, dtype=np.float64)
            if s.kind == "histogram":
                header += [f"{name} bin start", f"{name} bin end", f"{name} count"]
                columns += [x[:-1], x[1:], y]
            else:
                header += [f"{name} x", name]
                columns += [x, y]
    for panel, image in images:
        base = image.label or panel.title or "image"
        values = np.asarray(image.values, dtype=np.float64)
        rows, cols = values.shape
        x0, y0, w, h = image.rect
        xs = x0 + (np.arange(cols) + 0.5) * w / cols
        ys = y0 + (np.arange(rows) + 0.5) * h / rows
        gx, gy = np.meshgrid(xs, ys)
        header += [f"{_ascii(base)} x", f"{_ascii(base)} y", f"{_ascii(base)} value"]
        columns += [gx.ravel(), gy.ravel(), values.ravel()]
    length = max(len(c) for c in columns)
    padded = [list(c) + [None] * (length - len(c)) for c in columns]
    return csv_text(header, padded)


def _ascii(text: str) -> str:
    return text.replace("″", "''").replace("′", "'").replace("\n", " ").strip()


def _column_names(spec: FigureSpec, entries: list[tuple[Panel, Series]]) -> list[str]:
    names = []
    for panel, s in entries:
        what = panel.y_label or panel.title
        parts = [p for p in (s.label, what if len(spec.panels) > 1 or not s.label else "") if p]
        names.append(_ascii(" ".join(parts)) or "y")
    seen: dict[str, int] = {}
    for i, name in enumerate(names):
        if names.count(name) > 1:
            seen[name] = seen.get(name, 0) + 1
            names[i] = f"{name} ({seen[name]})"
    return names


# ---------------------------------------------------------------------------------------------
# files


def export_format(path: str | Path) -> str:
    """The format named by the file's extension, or EngineError."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise EngineError(
            "out", f"unsupported format {Path(path).suffix or '(none)'!r}: use " + ", ".join(f".{f}" for f in FORMATS)
        )
    return suffix


def export_figure(
    spec: FigureSpec,
    path,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> Path:
    """Write ``spec`` to ``path`` as PNG, SVG, PDF or CSV (from the suffix); returns the path.

    The whole file is rendered in memory first and then written atomically: on any
    error no file (not even a partial one) is left and EngineError says why.
    """
    fmt = export_format(path)
    options = dict(width=width, height=height, scale=scale, style=style, include_caption=include_caption)
    if fmt == "csv":
        data: str | bytes = figure_csv_text(spec)
    elif fmt == "png":
        data = figure_png_bytes(spec, **options)
    elif fmt == "svg":
        data = figure_svg_text(spec, **options)
    else:
        data = figures_pdf_bytes([spec], **options)
    return write_atomic(path, data)


def export_pdf(
    specs: Sequence[FigureSpec], path, *, style: str = "screen", include_caption: bool = False, title: str = ""
) -> Path:
    """Write several figures into one multi-page PDF (one page each)."""
    return write_atomic(path, figures_pdf_bytes(specs, style=style, include_caption=include_caption, title=title))


__all__ = [
    "FORMATS",
    "OKABE_ITO",
    "STYLES",
    "export_figure",
    "export_format",
    "export_pdf",
    "figure_csv_text",
    "figure_image",
    "figure_png_bytes",
    "figure_svg_text",
    "figures_pdf_bytes",
    "output_size",
]
