"""The scene of an exported figure: a :class:`FigureSpec` drawn into an offscreen pyqtgraph widget.

Every export renders the spec into a fresh offscreen ``GraphicsLayoutWidget`` laid out
at the figure's *logical* size (width / scale by height / scale), so the picture does
not depend on the window it came from, the screen, or its device pixel ratio. Panels are
stacked in one column, or set side by side in a grid when the picture is wider than tall
(:func:`gui.export.size.panel_grid`). Every text from a spec is escaped: labels are plain text. The
caller provides the QApplication (``gui.app.create_app``); this module never makes one.
:mod:`gui.export.formats` turns the scene into PNG, SVG or PDF.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen, QPicture, QTextOption
from PySide6.QtWidgets import QApplication

from engine.errors import EngineError
from figures.layout import for_image
from figures.palette import DASH_PATTERNS, color
from figures.spec import IMAGE_ORIGINS, FigureSpec, Image, Panel, Series
from gui.common import theme
from gui.export.fit import integer_step, upsampled, whole_numbers
from gui.export.legend import place_legends
from gui.export.size import check_spec, panel_grid
from gui.export.style import DASHED, DOTTED, SYMBOLS, Style, make_font, make_pen, style_for


def _wrapped_label(text: str, px: int, fg: QColor, width: float, bold: bool = False) -> pg.LabelItem:
    """A centred text block that wraps at ``width`` instead of widening the figure."""
    label = pg.LabelItem(justify="center")
    label.item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
    label.item.setTextWidth(width)
    lines = "<br>".join(html.escape(line) for line in text.splitlines())
    label.setText(lines, size=f"{px}px", color=fg.name(), bold=bold)
    return label


class SceneRenderer:
    """Builds one offscreen GraphicsLayoutWidget showing ``spec`` in ``style``."""

    def __init__(self, spec: FigureSpec, style: Style, logical: tuple[int, int], line_scale: float, include_caption: bool):
        self.spec, self.style, self.line_scale = spec, style, line_scale
        if QApplication.instance() is None:
            raise RuntimeError("create the QApplication first (gui.app.create_app): the renderer draws into it")
        self.widget = pg.GraphicsLayoutWidget()
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.setBackground(style.background)
        self.widget.resize(*logical)
        layout = self.widget.ci
        layout.setContentsMargins(10, 8, 18, 8)
        layout.setSpacing(6)
        # side by side, one panel's colour-bar title ("output") and the next one's y title ("loss") stay apart
        layout.layout.setHorizontalSpacing(max(6, 2 * style.label_px))
        row = 0
        text_width = max(100, logical[0] - 40)
        self.grid = panel_grid(len(spec.panels), logical[0], logical[1])
        columns = self.grid[1]
        if spec.title:
            title = _wrapped_label(spec.title, style.title_px, style.foreground, text_width, bold=True)
            layout.addItem(title, row=row, col=0, colspan=columns)
            row += 1
        if include_caption and spec.caption:
            caption = _wrapped_label(spec.caption, style.caption_px, style.foreground, text_width)
            layout.addItem(caption, row=row, col=0, colspan=columns)
            row += 1
        self.plots: list[pg.PlotItem] = []
        self.legend_labels: tuple[str, ...] = ()
        self.legends: list[tuple[pg.PlotItem, pg.LegendItem, Panel]] = []
        n = len(spec.panels)
        for i, panel in enumerate(spec.panels):
            plot = layout.addPlot(row=row + i // columns, col=i % columns)
            self._panel(plot, panel, is_bottom=i + columns >= n)  # nothing below it in its column
            if spec.share_x and self.plots:
                plot.setXLink(self.plots[0])
            self.plots.append(plot)
        self.widget.show()  # WA_DontShowOnScreen: laid out, never on screen
        layout.layout.activate()
        QApplication.sendPostedEvents()
        self._align_left_axes()
        self.widget.scene().prepareForPaint()  # view boxes apply their new geometry (SVG export does not ask)
        if self.legends:
            place_legends(self.legends)
            self.widget.scene().prepareForPaint()

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
        return make_pen(color(series.color), self._w(width), pattern)

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
            axis.setPen(make_pen(fg, self._w(st.axis_width)))
            axis.setTextPen(fg)
            axis.setTickFont(make_font(st.tick_px))
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
                pen=make_pen(fg, 0.8),
                verSpacing=-2,
            )
            legend.setScale(self.line_scale)  # the legend ignores the export's scaling (ItemIgnoresTransformations)
            self.legends.append((plot, legend, panel))
        for series in panel.series:
            self._series(plot, panel, series, bar_series)
        ref_pen = make_pen(fg, self._w(max(1.0, st.axis_width * 0.8)), (4, 4))
        for y in panel.hlines:
            plot.addItem(pg.InfiniteLine(pos=y_position(y, panel.log_y), angle=0, pen=ref_pen, movable=False))
        for x in panel.vlines:
            plot.addItem(pg.InfiniteLine(pos=x, angle=90, pen=ref_pen, movable=False))
        self._markers(plot, panel)
        self._integer_ticks(plot, panel)
        if panel.equal_aspect:
            plot.setAspectLocked(True, ratio=1.0)  # a unit of x as long as a unit of y: a circle stays round
        if panel.x_range is not None:
            plot.setXRange(*panel.x_range, padding=0)
        if panel.y_range is not None:
            lo, hi = panel.y_range
            plot.setYRange(y_position(lo, panel.log_y), y_position(hi, panel.log_y), padding=0)

    def _integer_ticks(self, plot: pg.PlotItem, panel: Panel) -> None:
        """Whole-number ticks (1, 2, 3, never 1.0, 1.5) on an x axis whose values are all whole numbers: layers,
        epochs, vector indices."""
        drawn = [s for s in panel.series if s.kind in ("line", "bars") and len(s.x)]
        if not drawn or panel.image is not None or not whole_numbers([s.x for s in drawn]):
            return
        x = np.concatenate([np.asarray(s.x, dtype=np.float64) for s in drawn])
        low, high = panel.x_range or (float(np.nanmin(x)), float(np.nanmax(x)))
        step = integer_step(low, high) or 1
        plot.getAxis("bottom").setTickSpacing(major=step, minor=step)

    def _series(self, plot: pg.PlotItem, panel: Panel, series: Series, bar_series: list[Series]) -> None:
        x = np.asarray(series.x, dtype=np.float64)
        y = np.asarray(series.y, dtype=np.float64)
        y = np.where(np.isfinite(y), y, np.nan)
        name = html.escape(series.label) if series.label else None  # legends render rich text: a label is plain text
        st = self.style
        col = pg.mkColor(color(series.color))
        fill = QColor(col)
        fill.setAlpha(st.fill_alpha)
        if series.kind == "line":
            lone = np.count_nonzero(np.isfinite(x) & np.isfinite(y)) == 1  # one point (epoch 0): no line to draw
            dot = {"symbol": "o", "symbolSize": 6 * self.line_scale, "symbolBrush": col, "symbolPen": None} if lone else {}
            plot.plot(x, y, pen=self._series_pen(series), name=name, connect="finite", antialias=True, **dot)
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
            bars = _Bars(left, width, base, heights, make_pen(col, self._w(max(1.0, st.axis_width))), pg.mkBrush(fill))
            plot.addItem(bars)
            if name and plot.legend is not None:
                plot.legend.addItem(_FilledSample(bars), name)
        elif series.kind == "histogram":
            if x.size != y.size + 1:
                raise EngineError(f"series {series.label!r}", "a histogram needs one more bin edge than counts")
            item = plot.plot(x, y, stepMode="center", fillLevel=0, fillBrush=fill, pen=self._series_pen(series))
            if name and plot.legend is not None:
                plot.legend.addItem(_FilledSample(item), name)
        elif series.kind == "scatter":
            size = (5 if st.dashes else 3.5) * self.line_scale  # hundreds of points: each one still apart
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

    def _markers(self, plot: pg.PlotItem, panel: Panel) -> None:
        """Kink dots (filled, or hollow for one-sided limits) and their labels, as the explorer draws them."""
        st = self.style
        finite = [m for m in panel.markers if np.isfinite(m.x) and np.isfinite(y_position_or_nan(m.y, panel.log_y))]
        for hollow in (True, False):
            chosen = [m for m in finite if m.hollow == hollow]
            if not chosen:
                continue
            spots = [
                {
                    "pos": (m.x, y_position(m.y, panel.log_y)),
                    "brush": pg.mkBrush(st.background if hollow else color(m.color)),
                    "pen": make_pen(color(m.color) if hollow else st.foreground, self._w(1.5)),
                }
                for m in chosen
            ]
            item = pg.ScatterPlotItem(spots=spots, size=10 * self.line_scale, symbol="o", pxMode=True)
            item.setZValue(30)
            plot.addItem(item)
        for m in finite:
            if m.text:
                text = pg.TextItem(m.text, color=color(m.color), anchor=(1.08, 1.1) if m.x < 0 else (-0.08, 1.1))
                text.setFont(make_font(round(st.legend_px * self.line_scale)))
                text.setPos(m.x, y_position(m.y, panel.log_y))
                text.setZValue(40)
                plot.addItem(text)

    def _image(self, plot: pg.PlotItem, image: Image) -> None:
        values = np.asarray(image.values, dtype=np.float64)
        if values.ndim != 2 or values.size == 0:
            raise EngineError("image", f"a heat map needs a 2-D array, got shape {values.shape}")
        if image.smooth:  # a field on a grid: interpolated, smooth at any size
            shown = upsampled(values)
        else:  # a few large cells: repeat them so viewers that smooth embedded images (SVG) keep sharp edges
            repeat = max(1, int(np.ceil(64 / max(values.shape))))
            shown = np.repeat(np.repeat(values, repeat, axis=0), repeat, axis=1)
        item = pg.ImageItem(shown, axisOrder="row-major")
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
        bar.axis.setPen(make_pen(st.foreground, self._w(st.axis_width)))
        bar.axis.setTextPen(st.foreground)
        bar.axis.setTickFont(make_font(st.tick_px))
        bar.axis.enableAutoSIPrefix(False)
        if image.label:
            bar.axis.setLabel(html.escape(image.label), **{"font-size": f"{st.label_px}px", "color": st.foreground.name()})
            # room for the numbers and the label beside them (pyqtgraph would draw the label over the numbers)
            bar.axis.setWidth(QFontMetrics(make_font(st.tick_px)).horizontalAdvance("−0.55") + st.label_px + 20)


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


def y_position_or_nan(value: float, log_y: bool) -> float:
    """:func:`y_position`, or NaN where a log axis has no place for the value (a marker there is left out)."""
    return float("nan") if log_y and not value > 0 else y_position(value, log_y)


def y_position(value: float, log_y: bool) -> float:
    """Where a y value sits on the view's axis (its log10 on a log axis)."""
    if not log_y:
        return value
    if value <= 0:
        raise EngineError("y", f"a log axis cannot show {value:g}")
    return float(np.log10(value))


def render_scene(
    spec: FigureSpec, style: str, size: tuple[int, int], scale: float, include_caption: bool, line_scale: float
) -> SceneRenderer:
    """Lay ``spec`` out at ``size`` pixels / ``scale`` in the named style (its curves thinned to the points the
    pixels show, as ``export --session`` computes them); close the result when done."""
    check_spec(spec)
    spec = for_image(spec, size)
    logical = (max(1, round(size[0] / scale)), max(1, round(size[1] / scale)))
    return SceneRenderer(spec, style_for(style), logical, line_scale, include_caption)
