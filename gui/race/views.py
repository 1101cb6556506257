"""The race tab's plots: one small decision map per racer, and every racer's loss and accuracy overlaid.

Built once and redrawn with ``setImage``/``setData``. A racer keeps its colour everywhere (its map's title,
its curves): the palette's first six (Okabe-Ito, or the high-contrast palette, which View swaps in the
scene), the yellow left out.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from engine.race import GOAL, RaceResult
from figures.palette import CLASS_POINTS, OKABE_ITO, active_palette
from figures.race import RACER_COLORS, racer_name, racer_titles
from gui.common.ranges import SteppedRange
from gui.common.responsive import PLOT_ROWS, SPACING, SQUARE, min_plot_size, set_legend_columns
from gui.common.square import FittedTitle, SquareBox
from gui.common.theme import DIVERGING_COLORMAP, add_legend, colormap, dot_style, new_map_widget, new_plot_widget

MAP_OPACITY = 0.8
POINT_SIZE = 5
CURVE_POINTS = 250  # the most points a curve is drawn with: a long race is thinned to this many (the last kept)


def thinned(n: int) -> np.ndarray:
    """The indices of ``n`` history rows drawn: all of them up to :data:`CURVE_POINTS`, else that many evenly spread
    from the first to the last (a frame's painting stays the same however long the race ran)."""
    if n <= CURVE_POINTS:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, CURVE_POINTS).round().astype(int))


_RGBA: np.ndarray | None = None  # the diverging colour map's 256 RGBA rows, built on first use


def rgba_of(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """``values`` coloured with the diverging colour map from ``low`` to ``high`` as RGBA (NaN transparent).

    With a lookup table pyqtgraph built a 256-entry QImage colour table (256 ``qRgb`` calls) per map and frame: a
    sixth of the race tab's drawing of six maps."""
    global _RGBA
    if _RGBA is None:
        table = colormap(DIVERGING_COLORMAP).getLookupTable(nPts=256)
        _RGBA = np.concatenate([table[:, :3], np.full((len(table), 1), 255, np.uint8)], axis=1)
    top = len(_RGBA) - 1
    span = high - low
    scaled = (values - low) * (top / span if span else 0.0)
    finite = np.isfinite(scaled)
    rgba = _RGBA[np.clip(np.where(finite, scaled, 0.0), 0, top).astype(np.intp)]
    rgba[..., 3] = np.where(finite, 255, 0)
    return rgba


class Columns:
    """One racer's epochs, training losses and accuracies as arrays, extended by the rows a frame adds instead of
    rebuilt from every row (Python loops over the whole history each frame: O(epochs), and six racers' worth).
    A history that does not go on from the rows taken (a new race, Reset) is taken anew."""

    def __init__(self) -> None:
        self.first: object = None  # the history's first row (its identity: the same run)
        self.epochs = self.losses = self.accuracies = np.zeros(0)

    def update(self, history) -> None:
        n = len(self.epochs)
        if not history or history[0] is not self.first or n > len(history):
            self.first, n = (history[0] if history else None), 0
            self.epochs = self.losses = self.accuracies = np.zeros(0)
        new = history[n:]  # the last row taken may since hold its dead units too (Race.measure): its losses stay
        if new:
            self.epochs = np.concatenate([self.epochs, np.fromiter((s.epoch for s in new), float, len(new))])
            self.losses = np.concatenate([self.losses, np.fromiter((s.train_loss for s in new), float, len(new))])
            self.accuracies = np.concatenate([self.accuracies, np.fromiter((s.train_accuracy for s in new), float, len(new))])


class StillPoints(pg.ScatterPlotItem):
    """A scatter of points that stay put (a map's training points): painted with pyqtgraph's own fragments, worked out
    again only when the points, their look (``invalidate``), the painter's transform, the view or the pixel ratio
    changed. A map repaints every frame for its image, and pyqtgraph's ``paint`` culled and mapped its points anew each
    time: 0.2 ms in Python for each of a map's two items. The same ``drawPixmapFragments`` call, so the same pixels
    (not Qt's item cache, whose pixmap, composited, moved pixels where points overlap by up to 2 levels)."""

    _memo: tuple | None = None

    def invalidate(self) -> None:
        self._memo = None
        super().invalidate()

    def paint(self, p, option, widget) -> None:
        plain = self.opts["pxMode"] is True and self.opts["useCache"] and self._exportOpts is False
        if not plain or self.opts.get("compositionMode") is not None:
            super().paint(p, option, widget)
            return
        t, view = p.transform(), self.viewRect()
        key = (
            (t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33()),
            (view.x(), view.y(), view.width(), view.height()) if view is not None else None,
            widget.devicePixelRatioF() if widget is not None else None,
        )
        if self._memo is not None and self._memo[0] == key:
            p.resetTransform()
            p.drawPixmapFragments(*self._memo[1], self.fragmentAtlas.pixmap)
            return
        super().paint(p, option, widget)
        self._memo = (key, self._pixmapFragments.drawargs())


def racer_colour(k: int) -> str:
    """Racer ``k``'s colour in the default palette (View > High-contrast palette recolours the scene)."""
    return OKABE_ITO[RACER_COLORS[k]]


class RaceMap(QWidget):
    """One racer's output over [-6, 6]² with the training points, titled with its name and how far it got."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_map_widget()
        self.plot = self.widget.getPlotItem()
        self.image = pg.ImageItem()  # RGBA coloured here (rgba_of): no lookup table turned into a colour table a frame
        self.image.setOpacity(MAP_OPACITY)
        self.plot.addItem(self.image)
        self.points = {}
        for label, colour in CLASS_POINTS["default"].items():
            item = StillPoints(size=POINT_SIZE, brush=pg.mkBrush(QColor(colour)), pen=pg.mkPen("#ffffff", width=0.8))
            item.setZValue(10)
            self.plot.addItem(item)
            self.points[label] = item
        self._data: object = None  # the points shown
        self._title_key: tuple | None = None  # what the titles shown were made from
        self.title = FittedTitle(self.plot)  # the whole title where it fits, else "88 % · ReLU" (whole in its tooltip)
        self._racer: tuple[tuple[str, ...], int] | None = None  # the titles and racer, coloured again on a palette change
        self.widget.scene().changed.connect(lambda _regions: self._racer is not None and self.set_title(*self._racer))
        self.setProperty(SQUARE, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(SquareBox(self.widget))  # square and centred: a wide cell never widens [-6, 6]²

    def show_racer(self, result: RaceResult, k: int) -> None:
        """Racer ``k`` of ``result``: its map and points (:meth:`show_map`) and its title (:meth:`show_title`)."""
        self.show_map(result, k)
        self.show_title(result, k)

    def show_map(self, result: RaceResult, k: int) -> None:
        snap = result.snapshots[k]
        self.image.setImage(rgba_of(snap.output.T, *snap.levels), autoLevels=False)
        self.image.setRect(QRectF(*snap.extent))
        if result.data is not self._data:
            data = result.data
            for label, item in self.points.items():
                chosen = data.train & (data.labels == label)
                item.setData(data.xy[chosen, 0], data.xy[chosen, 1])
            self._data = result.data

    def show_title(self, result: RaceResult, k: int) -> None:
        history = result.histories[k]
        last = history[-1] if history else None
        key = (  # what racer_titles reads: formatting and translating them anew each frame was 0.2 ms a map
            result.race.activations[k],
            result.race.base.hidden,
            result.reached[k],
            None if last is None else f"{last.train_accuracy * 100:.0f}",
            None if last is None else tuple(last.dead_share.tolist()),  # a NaN (not measured) never matches
        )
        if key != self._title_key:
            self._title_key = key
            self.set_title(racer_titles(result, k), k)

    def set_title(self, titles: tuple[str, ...], k: int) -> None:
        """The longest of ``titles`` that fits (else the last cut with "…") after a square in racer ``k``'s colour of
        the palette now on (View > High-contrast palette swaps the scene's colours: the scene's change colours the
        square again). Frame after frame the same titles change nothing (a new text lays the plot out again)."""
        self._racer = (tuple(titles), k)
        colour = active_palette()[RACER_COLORS[k]]
        self.title.set(titles, prefix=f'<span style="color:{colour}">■</span> ')

    def title_text(self) -> str:
        return self.plot.titleLabel.text


class RaceCurves(QWidget):
    """Loss (left) and training accuracy (right) over the epochs, one curve per racer, the goal as a line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.loss_widget = new_plot_widget(title=self.tr("Training loss"), left=self.tr("loss"), bottom=self.tr("epoch"))
        self.accuracy_widget = new_plot_widget(
            title=self.tr("Training accuracy"), left=self.tr("accuracy"), bottom=self.tr("epoch")
        )
        self.loss_plot, self.accuracy_plot = self.loss_widget.getPlotItem(), self.accuracy_widget.getPlotItem()
        self.accuracy_plot.setYRange(0.0, 1.0)
        # ranges in steps, not per epoch: auto range re-laid the axes out and repainted the plots every frame
        self.ranges = (SteppedRange(self.loss_plot, zero_y=True), SteppedRange(self.accuracy_plot, fixed_y=True))
        goal = pg.InfiniteLine(pos=GOAL, angle=0, pen=pg.mkPen("#777777", width=1, style=Qt.PenStyle.DashLine))
        self.accuracy_plot.addItem(goal)
        self.legend = add_legend(self.loss_plot, offset=(-10, 10))  # top right: the losses fall away from it
        self.loss_curves: list[pg.PlotDataItem] = []
        self.accuracy_curves: list[pg.PlotDataItem] = []
        self.box = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(0)  # the grid gives the cell two plots' readable height: each plot gets all of its half
        self.box.addWidget(self.loss_widget, 1)  # equal stretch: halves whatever either plot's size hint (it was
        self.box.addWidget(self.accuracy_widget, 1)  # 374×120 against the loss plot's rest now and then, at ×1.5 zh_CN)
        self.setProperty(PLOT_ROWS, 2)
        self._names: tuple[str, ...] = ()
        self.columns: list[Columns] = []

    def side_by_side(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Loss and accuracy side by side where the cell holds two readable plots across (a row of its own under one
        row of maps: on 1280×720 the stacked accuracy plot fell below the fold), else one above the other. The
        legend only over a plot that holds it: a cell one readable plot wide (1024×768) had it cover most of the
        loss plot; the maps' titles then carry each racer's colour square."""
        min_w, min_h = min_plot_size()
        wide = self.width() >= 2 * min_w + SPACING
        if wide != self.side_by_side():
            self.box.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
            self.box.setSpacing(SPACING if wide else 0)
        rows = 1 if wide else 2
        self.setProperty(PLOT_ROWS, rows)  # the grid's least height for this cell, when it reflows
        if self.minimumHeight() != math.ceil(min_h * rows):
            self.setMinimumHeight(math.ceil(min_h * rows))
        self.legend.setVisible(wide)

    def show_result(self, result: RaceResult) -> None:
        acts = result.race.activations
        while len(self.loss_curves) < len(acts):
            k = len(self.loss_curves)
            pen = pg.mkPen(QColor(racer_colour(k)), width=2)
            self.loss_curves.append(self.loss_plot.plot([], [], pen=pen))
            self.accuracy_curves.append(self.accuracy_plot.plot([], [], pen=pen))
            self.columns.append(Columns())
        names = tuple(racer_name(a) for a in acts)
        if names != self._names:
            self.legend.clear()
            for k, name in enumerate(names):
                self.legend.addItem(self.loss_curves[k], name)
            set_legend_columns(self.legend, 1 if len(names) <= 2 else 2)  # at most three rows: the plot stays visible
            self._names = names
        losses = []
        for k, (loss, accuracy) in enumerate(zip(self.loss_curves, self.accuracy_curves, strict=True)):
            shown = k < len(acts)
            loss.setVisible(shown)
            accuracy.setVisible(shown)
            if not shown:
                continue
            columns = self.columns[k]
            columns.update(result.histories[k])
            rows = thinned(len(columns.epochs))
            losses.append(columns.losses[rows])
            loss.setData(columns.epochs[rows], losses[-1], **dot_style(loss, len(rows) == 1))  # one epoch: a dot
            accuracy.setData(columns.epochs[rows], columns.accuracies[rows], **dot_style(accuracy, len(rows) == 1))
        self.ranges[0].update(result.epoch, losses)
        self.ranges[1].update(result.epoch, [])
