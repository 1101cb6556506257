"""Restyle the plot items already on screen: line widths, marker and text sizes scaled, curve colours swapped.

Presentation mode and the interface scale make every plot's lines, markers (by area) and text larger
without any tab knowing: :func:`restyle_views` walks the items of every pyqtgraph view
under a widget and sets each size to its *base* (the size the tab gave it) times the factor.
The base is remembered on the item with the size last set, so going back to ×1 restores the
tab's own sizes exactly; a size the tab has changed since (a new pen while a slider is
dragged) is taken as the new base. The same walk swaps curve colours between the default
palette and the high-contrast one (:mod:`figures.palette`), keeping each colour's alpha.

Exports are unaffected: they draw their own figures (:mod:`gui.export`), never these items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pyqtgraph as pg
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsTextItem, QWidget

TAGS = "_scene_style_tags"  # per item: {what: (base, shown)}
_PT = re.compile(r"^\s*([0-9.]+)\s*pt\s*$")
TITLE_ROOM = "lab_title_room"  # on a PlotItem: its title keeps a margin above and below at every scale


_LINES: dict[str, float] = {}  # a title line's height by its size: the same for every title (maps side by side align)


def title_line(size: str | None) -> float:
    """The height a plot title's line takes at ``size`` ("27pt"), Latin and Chinese letters alike."""
    if (size or "") not in _LINES:
        probe = QGraphicsTextItem()
        probe.setHtml(f"<span style='font-size: {size}'>Ag国（</span>" if size else "Ag国（")
        _LINES[size or ""] = probe.boundingRect().height()
    return _LINES[size or ""]


def views(root: QWidget) -> list[pg.GraphicsView]:
    """Every pyqtgraph view (plot widgets, layout widgets) under ``root``."""
    return root.findChildren(pg.GraphicsView)


def scene_items(root: QWidget) -> Iterator[QGraphicsItem]:
    for view in views(root):
        scene = view.scene()
        if scene is not None:
            yield from scene.items()


def _scaled(item: object, what: str, current: float, factor: float, whole: bool = False) -> float | None:
    """The value ``what`` of ``item`` should now have (None: leave it), its base remembered on the item;
    ``whole``: rounded to a whole number (pixel sizes)."""
    tags = item.__dict__.setdefault(TAGS, {})
    base, shown = tags.get(what, (None, None))
    if base is None or current != shown:  # new, or changed by its owner since: that is its base size
        base = current
    new = round(base * factor) if whole else base * factor
    tags[what] = (base, new)
    return None if new == current else new


class Restyler:
    """Sets sizes to base × ``factor`` and curve colours to the ``colours`` mapping (rgb → rgb)."""

    def __init__(self, factor: float, colours: dict[str, str]):
        self.factor = factor
        # Marker sizes grow with the square root: their area grows with the factor. Scaled as lines are,
        # the training tab's data points at ×2.5 merge into one blob.
        self.marker_factor = factor**0.5
        self.colours = {QColor(a).rgb(): QColor(b) for a, b in colours.items()}
        self.changed = 0

    # ---- single values ----------------------------------------------------------------------------
    def colour(self, colour: QColor) -> QColor | None:
        target = self.colours.get(colour.rgb())
        if target is None:
            return None
        new = QColor(target)
        new.setAlpha(colour.alpha())
        return new

    def pen(self, item: object, what: str, pen: QPen) -> QPen | None:
        """A restyled copy of ``pen`` (width scaled, colour swapped), or None if it stays as it is."""
        if pen.style() == pg.QtCore.Qt.PenStyle.NoPen:
            return None
        width = _scaled(item, what, pen.widthF() or 1.0, self.factor)  # width 0 is Qt's one-pixel cosmetic pen
        colour = self.colour(pen.color())
        if width is None and colour is None:
            return None
        new = QPen(pen)
        if width is not None:
            new.setWidthF(width)
        if colour is not None:
            new.setColor(colour)
        return new

    def brush(self, brush: QBrush) -> QBrush | None:
        if brush.style() == pg.QtCore.Qt.BrushStyle.NoBrush:
            return None
        colour = self.colour(brush.color())
        if colour is None:
            return None
        new = QBrush(brush)
        new.setColor(colour)
        return new

    def _set(self, setter: Callable, value) -> None:
        if value is not None:
            setter(value)
            self.changed += 1

    def _pt(self, item: object, what: str, size: str | None) -> str | None:
        match = _PT.match(size or "")
        if not match:
            return None
        new = _scaled(item, what, float(match.group(1)), self.factor)
        return None if new is None else f"{new}pt"

    # ---- items ------------------------------------------------------------------------------------
    def item(self, item: QGraphicsItem) -> None:
        """Restyle one item of a scene (the kinds the tabs draw with)."""
        if isinstance(item, pg.PlotDataItem):
            self._plot_data(item)
        elif isinstance(item, pg.ScatterPlotItem) and not isinstance(item.parentItem(), pg.PlotDataItem):
            opts = item.opts
            self._set(item.setPen, self.pen(item, "pen", pg.mkPen(opts["pen"])))
            self._set(item.setBrush, self.brush(pg.mkBrush(opts["brush"])))
            if isinstance(opts["size"], int | float):
                self._set(item.setSize, _scaled(item, "size", float(opts["size"]), self.marker_factor))
        elif isinstance(item, pg.InfiniteLine):
            self._set(item.setPen, self.pen(item, "pen", QPen(item.pen)))
            self._set(item.setHoverPen, self.pen(item, "hover", QPen(item.hoverPen)))
        elif isinstance(item, pg.LinearRegionItem):
            self._set(item.setBrush, self.brush(QBrush(item.brush)))
        elif isinstance(item, pg.FillBetweenItem):
            self._set(item.setBrush, self.brush(item.brush()))
        elif isinstance(item, pg.BarGraphItem):
            brush = item.opts.get("brush")
            if brush is not None and not isinstance(brush, list | tuple):
                self._set(lambda b: item.setOpts(brush=b), self.brush(pg.mkBrush(brush)))
        elif isinstance(item, pg.TextItem):
            self._text(item)
        elif isinstance(item, pg.AxisItem):
            self._axis(item)
        elif isinstance(item, pg.LabelItem):
            self._legend_entry_base(item)
            self._set(lambda size: item.setText(item.text, size=size), self._pt(item, "size", item.opts.get("size")))
            self._title_row(item)
        elif isinstance(item, pg.LegendItem):
            size = self._pt(item, "labels", item.opts.get("labelTextSize"))
            if size is not None:
                item.opts["labelTextSize"] = size  # entries added later get it; the present ones are LabelItems

    def _title_row(self, label: pg.LabelItem) -> None:
        """A :data:`TITLE_ROOM` plot's title row as tall as its text and a margin at this scale (pyqtgraph fixes it at
        30 px: at ×2.5 lesson 1's titles filled it, touching the plots' top edge); at ×1 it stays 30 px."""
        plot = label.parentItem()
        if not isinstance(plot, pg.PlotItem) or plot.titleLabel is not label or not plot.property(TITLE_ROOM):
            return
        text = max(title_line(label.opts.get("size")), label.item.boundingRect().height())
        height = max(30, round(text + 8 * (self.factor - 1)))
        if label.maximumHeight() != height:
            label.setMaximumHeight(height)
            plot.layout.setRowFixedHeight(0, height)

    @staticmethod
    def _legend_entry_base(label: pg.LabelItem) -> None:
        """A legend's entry added after a restyle comes at the legend's scaled size: its base is the legend's, or
        it would be scaled a second time (lesson 6's legend at ×1.5 was drawn at ×2.25)."""
        legend = label.parentItem()
        tags = label.__dict__.setdefault(TAGS, {})
        legend_tags = getattr(legend, "__dict__", {}).get(TAGS, {}) if isinstance(legend, pg.LegendItem) else {}
        match = _PT.match(label.opts.get("size") or "")
        if "size" not in tags and "labels" in legend_tags and match:
            base, shown = legend_tags["labels"]
            if shown is not None and float(match.group(1)) == shown:
                tags["size"] = (base, shown)

    def _plot_data(self, item: pg.PlotDataItem) -> None:
        opts = item.opts
        if opts.get("pen") is not None:
            self._set(item.setPen, self.pen(item, "pen", pg.mkPen(opts["pen"])))
        if opts.get("symbol") is not None:
            if opts.get("symbolPen") is not None:
                self._set(item.setSymbolPen, self.pen(item, "symbolPen", pg.mkPen(opts["symbolPen"])))
            if opts.get("symbolBrush") is not None:
                self._set(item.setSymbolBrush, self.brush(pg.mkBrush(opts["symbolBrush"])))
            if isinstance(opts.get("symbolSize"), int | float):
                self._set(item.setSymbolSize, _scaled(item, "symbolSize", float(opts["symbolSize"]), self.marker_factor))
        for key, setter in (("fillBrush", item.setFillBrush), ("brush", item.setBrush)):
            if opts.get(key) is not None:
                self._set(setter, self.brush(pg.mkBrush(opts[key])))

    def _text(self, item: pg.TextItem) -> None:
        font = item.textItem.font()
        if font.pointSizeF() > 0:
            size = _scaled(item, "font", font.pointSizeF(), self.factor)
            if size is not None:
                font.setPointSizeF(size)
                self._set(item.setFont, font)
        self._set(item.setColor, self.colour(QColor(item.color)))

    def _axis(self, axis: pg.AxisItem) -> None:
        font = axis.style.get("tickFont")
        if font is not None and font.pointSizeF() > 0:
            size = _scaled(axis, "tickFont", font.pointSizeF(), self.factor)
            if size is not None:
                font = type(font)(font)
                font.setPointSizeF(size)
                self._set(axis.setTickFont, font)
                # the room for the labels measured afresh: pyqtgraph only shrinks it by more than 10 px, so a run of
                # scale changes back to the start left an axis (and a square map beside it) a few pixels off
                axis.textWidth, axis.textHeight = 30, 18  # pyqtgraph's own starting values
                axis._updateWidth() if axis.orientation in ("left", "right") else axis._updateHeight()
        if axis.labelText:
            label_size = self._pt(axis, "label", axis.labelStyle.get("font-size"))
            if label_size is not None:
                style = {**axis.labelStyle, "font-size": label_size}
                self._set(lambda s: axis.setLabel(axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **s), style)
        for what, fixed, setter in (("width", axis.fixedWidth, axis.setWidth), ("height", axis.fixedHeight, axis.setHeight)):
            if fixed is not None:
                self._set(setter, _scaled(axis, what, float(fixed), self.factor, whole=True))


def restyle_views(root: QWidget, factor: float, colours: dict[str, str]) -> int:
    """Restyle every plot item under ``root``; the number of values changed."""
    restyler = Restyler(factor, colours)
    for item in list(scene_items(root)):
        restyler.item(item)
    return restyler.changed


def restyle_scene(scene: QGraphicsScene, factor: float, colours: dict[str, str]) -> int:
    """Restyle the items of one scene (one that changed); the number of values changed."""
    restyler = Restyler(factor, colours)
    for item in scene.items():
        restyler.item(item)
    return restyler.changed
