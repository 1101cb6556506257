"""The app's one plot look, for a projector in a lit classroom: every tab and the "screen" export use it.

White background, dark axes and text, and an opaque light grid on the major ticks
only (pyqtgraph's translucent grid costs about ten times more to paint). Colour maps
are named here too, so a tab and its exported figure use the same one.
:func:`apply_pyqtgraph_config` makes these colours pyqtgraph's defaults (called once
when the application starts, for the app and the command line alike); the plot
builders below set them explicitly as well, so a plot looks the same in a test
that never started the app.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from figures.palette import DIVERGING_COLORMAP, HEAT_COLORMAP  # noqa: F401 (the colour maps belong to the look)
from gui.common import plot_menus, ticks
from gui.common.responsive import CentralFit

ticks.install()  # every axis, on screen and exported: tick labels thinned where they would overlap
plot_menus.install()  # every plot's right-click menu built when first opened (start-up, issue 28)

BACKGROUND = "#ffffff"
FOREGROUND = "#333333"  # axes, tick labels
TEXT = "#222222"  # titles, axis labels, legend text
GRID = "#e6e6e6"  # opaque, major ticks only
ZERO_LINE = "#9a9a9a"  # the x and y axes through 0
REFERENCE = "#555555"  # a comparison curve, drawn dashed
LEGEND_BRUSH = (255, 255, 255, 215)
LEGEND_PEN = "#bbbbbb"
SATURATION_ALPHA = 34  # of 255: the |f′| < ε shading, a pale tint of its curve's colour (screen and export)

TICK_FONT_PT = 11
LABEL_PT = 12
TITLE_PT = 12


def apply_pyqtgraph_config() -> None:
    """Make the light look pyqtgraph's default (background and foreground)."""
    pg.setConfigOptions(background=BACKGROUND, foreground=FOREGROUND)


def colormap(name: str) -> pg.ColorMap:
    """The named colour map (``"viridis"``, ``"CET-CBD1"``, ...; ``"..._r"`` reversed); KeyError if unknown."""
    reverse = name.endswith("_r")
    try:
        cmap = pg.colormap.get(name[:-2] if reverse else name, skipCache=reverse)  # never reverse the cached one
    except (FileNotFoundError, ValueError) as exc:
        raise KeyError(name) from exc
    if cmap is None:
        raise KeyError(name)
    if reverse:
        cmap.reverse()
    return cmap


class MajorTicksAxis(pg.AxisItem):
    """An axis that keeps to its major ticks on a log scale too (decades, not 2, 3, ... 9 between them).

    pyqtgraph adds the in-between lines of a log axis whatever ``maxTickLevel`` says; with a grid
    they fill the plot with lines. They stay when fewer than two decades are in view (then they
    are the only ticks there are).
    """

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if self.style["maxTickLevel"] == 0:
            major = [(spacing, values) for spacing, values in ticks if spacing is not None]
            if sum(len(values) for _, values in major) >= 2:
                return major
        return ticks


def style_axes(plot: pg.PlotItem, font_pt: int = TICK_FONT_PT, grid_x: bool = True, grid_y: bool = True) -> None:
    """Dark axes, readable tick labels, an opaque light grid on major ticks only, no SI-prefix rescaling.

    Call it before setting axis labels: the left and bottom axes are replaced by :class:`MajorTicksAxis`.
    """
    font = QFont()
    font.setPointSize(font_pt)
    plot.setAxisItems(
        {name: MajorTicksAxis(name) for name in ("left", "bottom") if not isinstance(plot.getAxis(name), MajorTicksAxis)}
    )
    for name, grid in (("left", grid_y), ("bottom", grid_x)):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(FOREGROUND))
        axis.setTextPen(pg.mkPen(FOREGROUND))
        axis.setTickFont(font)
        axis.enableAutoSIPrefix(False)
        if grid:
            axis.setGrid(255)
            axis.setTickPen(pg.mkPen(GRID))
            axis.setStyle(tickAlpha=255, maxTickLevel=0)
            axis.setZValue(-1)  # the grid lines under the curves, not over them


def label_style(pt: int = LABEL_PT) -> dict:
    """Keyword arguments for ``PlotItem.setLabel``: dark text of ``pt`` points."""
    return {"font-size": f"{pt}pt", "color": TEXT}


def style_plot(
    plot: pg.PlotItem,
    *,
    title: str | None = None,
    left: str | None = None,
    bottom: str | None = None,
    grid_x: bool = True,
    grid_y: bool = True,
) -> pg.PlotItem:
    """Dress ``plot`` in the app's look, with an optional title and axis labels; returns it."""
    style_axes(plot, grid_x=grid_x, grid_y=grid_y)
    if title is not None:
        set_title(plot, title)
    if left is not None:
        plot.setLabel("left", left, **label_style())
    if bottom is not None:
        plot.setLabel("bottom", bottom, **label_style())
    return plot


def set_title(plot: pg.PlotItem, title: str) -> None:
    """A plot title in the app's title size and colour."""
    plot.setTitle(title, color=TEXT, size=f"{TITLE_PT}pt")


def dot_style(item: pg.PlotDataItem, dot: bool) -> dict[str, object]:
    """The keywords for ``item.setData`` that draw a curve of one point (epoch 0, before training: no line) as a dot in
    the curve's own colour, or a longer one as a line again; none while the item draws so already (read from its own
    symbol): a new colour, brush and symbol every frame cost for nothing."""
    if (item.opts["symbol"] is not None) == dot:
        return {}
    colour = item.opts["pen"].color() if hasattr(item.opts["pen"], "color") else None
    return dict(symbol="o", symbolSize=7, symbolBrush=colour, symbolPen=colour) if dot else dict(symbol=None)


def new_plot_widget(**labels) -> pg.PlotWidget:
    """A PlotWidget in the app's look (``title``, ``left``, ``bottom``, ``grid_x``, ``grid_y`` as in :func:`style_plot`)."""
    widget = pg.PlotWidget(background=BACKGROUND)
    style_plot(widget.getPlotItem(), **labels)
    return widget


def new_map_widget(title: str = "") -> pg.PlotWidget:
    """A decision map's plot: square, over the data's [-6, 6]² (x₁ across, x₂ up), not panned or zoomed by the mouse."""
    widget = new_plot_widget(title=title, left="x₂", bottom="x₁", grid_x=False, grid_y=False)
    plot = widget.getPlotItem()
    plot.setAspectLocked(True)
    plot.setRange(xRange=(-6, 6), yRange=(-6, 6), padding=0)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    return widget


def new_layout_widget() -> pg.GraphicsLayoutWidget:
    """A GraphicsLayoutWidget (several plots in a grid) on the app's background."""
    widget = pg.GraphicsLayoutWidget()
    widget.setBackground(BACKGROUND)
    CentralFit(widget)  # the plots never wider than the view once their least width shrank
    return widget


def add_legend(plot: pg.PlotItem, **options) -> pg.LegendItem:
    """A legend in the app's look on ``plot`` (``options`` as for ``PlotItem.addLegend``)."""
    options = {"labelTextColor": TEXT, "brush": pg.mkBrush(*LEGEND_BRUSH), "pen": pg.mkPen(LEGEND_PEN), **options}
    return plot.addLegend(**options)


def style_legend(legend: pg.LegendItem) -> pg.LegendItem:
    """Dress a free-standing legend (one not made by :func:`add_legend`) in the app's look."""
    legend.setLabelTextColor(TEXT)
    legend.setBrush(pg.mkBrush(*LEGEND_BRUSH))
    legend.setPen(pg.mkPen(LEGEND_PEN))
    return legend


def style_colorbar(bar: pg.ColorBarItem, label: str = "", label_pt: int = TICK_FONT_PT - 1) -> None:
    """Dark axis and numbers on a colour bar, and an optional label beside them.

    The axis gets room for its numbers and the label: pyqtgraph would draw the label over them.
    """
    font = QFont()
    font.setPointSize(TICK_FONT_PT - 1)
    axis = bar.axis
    axis.setPen(pg.mkPen(FOREGROUND))
    axis.setTextPen(pg.mkPen(FOREGROUND))
    axis.enableAutoSIPrefix(False)
    axis.setTickFont(font)
    if label:  # ``label_pt``: a short label (a symbol) as large as the axis labels; the interface scale scales both
        axis.setLabel(label, **label_style(label_pt))
        label_font = QFont()
        label_font.setPointSize(label_pt)
        axis.setWidth(QFontMetrics(font).horizontalAdvance("−2.5") + QFontMetrics(label_font).height() + 14)
