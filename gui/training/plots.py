"""The training tab's plots: the decision map with its points, loss and accuracy, gradient norms, the hidden space.

Each view is built once and redrawn with ``setData``/``setImage`` from a
:class:`~gui.training.runs.RunFrame`. Colours are colour-blind safe: the map uses the
diverging blue–grey–yellow map (class 0 blue, class 1 orange, the boundary grey), the
curves the Okabe–Ito palette; training points are filled, test points hollow.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QWidget

from engine.datasets import Data
from engine.training import TABLE_HEADER, EpochStats
from engine.training_config import SQUARED
from engine.training_views import HiddenSpace
from figures.palette import CLASS_POINTS, OKABE_ITO
from gui.common.ranges import SteppedRange
from gui.common.responsive import min_plot_size, place_items, remove_items
from gui.common.square import BreakingLabel, FittedTitle, SquareBox, keep_title_start
from gui.common.theme import (
    DIVERGING_COLORMAP,
    add_legend,
    colormap,
    dot_style,
    new_layout_widget,
    new_map_widget,
    new_plot_widget,
    style_plot,
)
from gui.training.runs import RunFrame

CLASS_COLORS = CLASS_POINTS["default"]  # orange (output +1, the yellow end), blue (the blue end); View swaps them
TRAIN_COLOR, TEST_COLOR = OKABE_ITO[0], OKABE_ITO[1]
MAP_OPACITY = 0.8  # a paler map so the points stand out (Playground's look)
POINT_SIZE = 7


def pen(colour: str, width: float = 2.0, dashed: bool = False):
    return pg.mkPen(QColor(colour), width=width, style=Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)


def cache_still(items) -> None:
    """Paint ``items`` from a pixmap Qt keeps until they change (their ``update()``, a new size or range), not with
    their Python ``paint`` each time their plot repaints: as fast as possible the plots repaint 35 times a second
    and the map's points and the axes stay the same for hundreds of frames. The map's four point items painted in
    1.0 of its 1.5 ms (their ``boundingRect`` and ``paint`` are Python, run with the GIL the worker needs too)."""
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def axes(plot: pg.PlotItem) -> list[pg.AxisItem]:
    """``plot``'s axis items (the shown and the hidden)."""
    return [axis["item"] for axis in plot.axes.values()]


# Texts set every frame while playing, set only when they change: each setTitle or setLabel sets HTML and lays the
# plot out again, and a TextItem's document is laid out again, even for the text it shows already.


def set_title(plot: pg.PlotItem, title: str) -> None:
    """``plot.setTitle(title)`` unless ``plot`` shows that title already."""
    if plot.titleLabel.text != title or not plot.titleLabel.isVisible():
        plot.setTitle(title)


def set_axis_label(plot: pg.PlotItem, side: str, text: str) -> None:
    """``plot.setLabel(side, text)`` unless that axis shows that label already."""
    axis = plot.getAxis(side)
    if axis.labelText != text or not axis.label.isVisible() or not axis.isVisible():
        plot.setLabel(side, text)


def set_text(item: pg.TextItem, text: str) -> None:
    """``item.setText(text)`` unless ``item`` shows that text already."""
    if item.toPlainText() != text:
        item.setText(text)


def lookup_table():
    return colormap(DIVERGING_COLORMAP).getLookupTable(nPts=256)


class HistoryColumns:
    """The history's columns as arrays, extended epoch by epoch instead of rebuilt (a run grows to thousands).

    Arrays with room to grow (doubling): a frame adds its new epochs only, so a long run at full speed
    costs the same per frame at epoch 100,000 as at epoch 100 (rebuilding the arrays from lists was
    O(epochs) per frame).
    """

    NAMES = TABLE_HEADER  # the engine's history columns, as the CSV export writes them

    def __init__(self) -> None:
        self._reset()

    def _reset(self) -> None:
        """No epochs yet."""
        self._n = 0
        self._data = np.empty((len(self.NAMES), 0))
        self._norms = np.empty((0, 0))

    @property
    def grad_norms(self) -> np.ndarray:
        """(epochs, weight layers): each epoch's gradient norms (NaN for epochs not drawn)."""
        return self._norms[: self._n]

    def update(self, history: tuple[EpochStats, ...]) -> dict[str, np.ndarray]:
        n = self._n
        # The last row is read again (a frame from the training process resends its last epoch: measured since, it
        # may have its gradient norms now), the rows before are kept while the first and the one before the last
        # equal the history's by value. Not by identity: those frames come unpickled, new objects every frame, and
        # rebuilding the whole history each frame cost 1.5 ms at epoch 500 and grew with the run.
        keep = n - 1
        if (
            n == 0
            or len(history) < n
            or not self._same(history[0], 0)
            or (keep > 0 and not self._same(history[keep - 1], keep - 1))
        ):
            self._reset()  # another run: start again
            keep = 0
        new = history[keep:]
        if new:
            layers = len(new[0].grad_norms)
            if self._norms.shape[1] != layers:
                self._norms = np.empty((0, layers))
            if keep + len(new) > self._data.shape[1]:
                room = max(2 * (keep + len(new)), 256)
                data, norms = np.empty((len(self.NAMES), room)), np.empty((room, layers))
                data[:, :keep], norms[:keep] = self._data[:, :keep], self._norms[:keep]
                self._data, self._norms = data, norms
            self._data[:, keep : keep + len(new)] = [[getattr(stats, name) for stats in new] for name in self.NAMES]
            self._norms[keep : keep + len(new)] = [stats.grad_norms for stats in new]
            self._n = keep + len(new)
        return {name: self._data[k, : self._n] for k, name in enumerate(self.NAMES)}

    def _same(self, stats: EpochStats, row: int) -> bool:
        """Whether ``stats`` equals the columns' ``row`` (NaN equal to NaN: epochs whose norms were not measured)."""
        values = [getattr(stats, name) for name in self.NAMES]
        return np.array_equal(self._data[:, row], values, equal_nan=True) and np.array_equal(
            self._norms[row], stats.grad_norms, equal_nan=True
        )


def point_items(plot: pg.PlotItem, size: int = POINT_SIZE) -> dict[tuple[int, bool], pg.ScatterPlotItem]:
    """Scatter items per (class, is training): training points filled, test points hollow."""
    items = {}
    for label, colour in CLASS_COLORS.items():
        for train in (True, False):
            brush = pg.mkBrush(QColor(colour)) if train else pg.mkBrush(255, 255, 255, 170)
            outline = pg.mkPen("#ffffff" if train else colour, width=1.0 if train else 1.8)
            item = pg.ScatterPlotItem(size=size, brush=brush, pen=outline)
            item.setZValue(10)
            plot.addItem(item)
            items[(label, train)] = item
    return items


def same_points(shown: Data | None, data: Data) -> bool:
    """Whether ``data`` holds the points ``shown`` holds, compared by value: as fast as possible each frame comes
    from the training process unpickled, a new :class:`Data` with the same arrays, and setting the map's points again
    every frame cost 1.6 ms of the GUI thread's ~12 (and repainted the four point items their cache keeps)."""
    if shown is data:
        return True
    return shown is not None and all(
        np.array_equal(a, b) for a, b in ((shown.xy, data.xy), (shown.labels, data.labels), (shown.train, data.train))
    )


def show_points(items, xy: np.ndarray, labels: np.ndarray, train: np.ndarray) -> None:
    for (label, is_train), item in items.items():
        chosen = (labels == label) & (train == is_train)
        item.setData(xy[chosen, 0], xy[chosen, 1])


class DecisionMap(QWidget):
    """The network's output over [-6, 6]² with the points; clicks report where and with which button."""

    #: (x₁, x₂, button, modifiers) of a click inside the map.
    clicked = Signal(float, float, object, object)

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_map_widget(title or self.tr("Decision map"))
        self.plot = self.widget.getPlotItem()
        self.title = FittedTitle(self.plot)  # a title given as alternatives: the longest that fits, whole in its tooltip
        self.image = pg.ImageItem()
        self.image.setLookupTable(lookup_table())
        self.image.setOpacity(MAP_OPACITY)
        self.plot.addItem(self.image)
        self.points = point_items(self.plot)
        cache_still([*self.points.values(), *axes(self.plot)])  # the same points and axes frame after frame
        self._data: Data | None = None  # the points shown
        self._regression = False  # and whether they are coloured by their target's sign
        self._place: tuple | None = None  # (extent, raster shape) the map's image was placed for
        #: Playground's numbers beside the map, from the frame drawn (so every drawn frame during Play).
        self.numbers = BreakingLabel()  # a map at its least width (×2.5) breaks its numbers' lines, never cuts them
        self.numbers.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(SquareBox(self.widget), 1)  # square and centred: a wide cell never widens [-6, 6]²
        layout.addWidget(self.numbers)
        self.widget.scene().sigMouseClicked.connect(self._on_click)

    def set_show_test(self, shown: bool) -> None:
        """Show or hide the test points (hollow), as Playground's "Show test data"."""
        for (_, is_train), item in self.points.items():
            if not is_train:
                item.setVisible(shown)

    #: (column, row) of the diagram's unit whose map is shown large instead of the output (Playground's hover).
    unit: tuple[int, int] | None = None

    def show_run(self, run: RunFrame, discretise: bool = False, title: str | Sequence[str] | None = None) -> None:
        snap = run.snapshot
        values = snap.output
        low, high = snap.levels
        column, row = self.unit if self.unit is not None else (0, 0)
        if 1 <= column <= len(snap.units):  # a hidden unit: its own map, on its own symmetric scale
            values = snap.units[column - 1][row]
            top = float(np.nanmax(np.abs(values))) if np.isfinite(values).any() else 1.0
            low, high = -(top or 1.0), top or 1.0
        elif discretise:
            values = np.where(values >= snap.threshold, high, low)
        self.image.setImage(values.T, levels=(low, high), autoLevels=False)
        place = (tuple(snap.extent), values.shape)  # after setImage: the rect scales the image's own size
        if place != self._place:  # the same [-6, 6]² and raster every frame: no new transform, no bounds to update
            self.image.setRect(QRectF(*snap.extent))
            self._place = place
        regression = run.config.loss == SQUARED  # points coloured by the sign of their target, as the map
        # the same points frame after frame: setData rebuilt 500 spots each time
        if regression != self._regression or not same_points(self._data, run.data):
            labels = (run.data.labels > 0).astype(int) if regression else run.data.labels
            show_points(self.points, run.data.xy, labels, run.data.train)
            self._data, self._regression = run.data, regression
        if title is not None:  # the longest of the alternatives that fits, else the last cut with "…" (whole in its
            self.title.set((title,) if isinstance(title, str) else title)  # tooltip): lesson 1's maps at ×1.5 cut theirs
        keep_title_start(self.plot)
        last = run.history[-1]  # two lines, as Playground prints them: they fit a narrow map
        if regression:
            self.numbers.setText(
                self.tr("Test loss {0} · Training loss {1}").format(f"{last.test_loss:.4f}", f"{last.train_loss:.4f}")
            )
            return
        self.numbers.setText(
            self.tr("Test loss {0} · Training loss {1}\nTest accuracy {2} · Training accuracy {3}").format(
                f"{last.test_loss:.3f}", f"{last.train_loss:.3f}", f"{last.test_accuracy:.1%}", f"{last.train_accuracy:.1%}"
            )
        )

    def to_data(self, scene_pos) -> tuple[float, float]:
        point = self.plot.vb.mapSceneToView(scene_pos)
        return point.x(), point.y()

    def _on_click(self, event) -> None:
        x, y = self.to_data(event.scenePos())
        if -6 <= x <= 6 and -6 <= y <= 6:
            event.accept()
            self.clicked.emit(x, y, event.button(), event.modifiers())


class CurvesView(QWidget):
    """Loss (left) and accuracy (right) over the epochs, train solid and test dashed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_layout_widget()
        self.loss_plot = style_plot(self.widget.addPlot(), title=self.tr("Loss"), bottom=self.tr("epoch"))
        self.accuracy_plot = style_plot(self.widget.addPlot(), title=self.tr("Accuracy"), bottom=self.tr("epoch"))
        self.accuracy_plot.setYRange(0, 1.02)
        add_legend(self.loss_plot, offset=(-10, 10))
        self.train_loss = self.loss_plot.plot(pen=pen(TRAIN_COLOR), name=self.tr("train"))
        self.test_loss = self.loss_plot.plot(pen=pen(TEST_COLOR, dashed=True), name=self.tr("test"))
        self.train_accuracy = self.accuracy_plot.plot(pen=pen(TRAIN_COLOR))
        self.test_accuracy = self.accuracy_plot.plot(pen=pen(TEST_COLOR, dashed=True))
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setDownsampling(auto=True, mode="peak")  # thousands of epochs: draw a point per pixel
            plot.setClipToView(True)
        # ranges in steps, not per epoch: auto range repainted these plots twice a frame (see gui.common.ranges)
        self.ranges = (SteppedRange(self.loss_plot, zero_y=True), SteppedRange(self.accuracy_plot, fixed_y=True))
        cache_still(axes(self.loss_plot) + axes(self.accuracy_plot))  # stepped ranges: the same axes for many frames
        self.columns = HistoryColumns()
        self._with_accuracy = True
        self._layout_key: tuple[bool, bool] | None = None
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Loss beside accuracy where two readable plots fit the width, else one above the other; loss alone for a
        regression run (squared error has no classes, so no accuracy to plot)."""
        side_by_side = self.width() >= 2 * min_plot_size()[0] + 20
        key = (side_by_side, self._with_accuracy)
        if key == self._layout_key:
            return
        self._layout_key = key
        grid = self.widget.ci.layout
        if not self._with_accuracy:
            remove_items(grid, [self.accuracy_plot])
        self.accuracy_plot.setVisible(self._with_accuracy)
        places = {self.loss_plot: (0, 0, 1, 1)}
        if self._with_accuracy:
            places[self.accuracy_plot] = (0, 1, 1, 1) if side_by_side else (1, 0, 1, 1)
        place_items(grid, places)

    def show_run(self, run: RunFrame) -> dict[str, np.ndarray]:
        c = self.columns.update(run.history)
        self._with_accuracy = not len(c["epoch"]) or bool(np.isfinite(c["train_accuracy"]).any())
        self._arrange()
        for item, name in (
            (self.train_loss, "train_loss"),
            (self.test_loss, "test_loss"),
            (self.train_accuracy, "train_accuracy"),
            (self.test_accuracy, "test_accuracy"),
        ):
            finite = np.isfinite(c[name])
            x, y = c["epoch"][finite], c[name][finite]
            item.setData(x, y, **dot_style(item, len(x) == 1))
        last = float(c["epoch"][-1]) if len(c["epoch"]) else 0.0
        self.ranges[0].update(last, [c["train_loss"], c["test_loss"]])
        self.ranges[1].update(last, [])
        return c


class GradientView(QWidget):
    """‖∂loss/∂W‖ of every weight layer over the epochs (log scale), and the share of dead units."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_plot_widget(title=self.tr("Gradient norm per layer"), bottom=self.tr("epoch"), left="‖∂L/∂W‖")
        self.plot = self.widget.getPlotItem()
        self.plot.setLogMode(y=True)
        self.range = SteppedRange(self.plot, log_y=True)  # whole decades, x in steps (see gui.common.ranges)
        cache_still(axes(self.plot))
        # a point per pixel, as the loss curves: all 50,000 epochs' lines drawn took 55 ms per curve and paint
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.setClipToView(True)
        self.legend = add_legend(self.plot, offset=(-10, 10))
        self.curves: list[pg.PlotDataItem] = []
        self.columns = HistoryColumns()
        self.zero_line = pg.InfiniteLine(
            angle=0, movable=False, pen=pg.mkPen(QColor("#777777"), width=1, style=Qt.PenStyle.DotLine)
        )
        self.zero_label = pg.TextItem(self.tr("0: no gradient"), color="#555555", anchor=(0, 1))
        for item in (self.zero_line, self.zero_label):
            item.hide()
            self.plot.addItem(item, ignoreBounds=True)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def show_run(self, run: RunFrame) -> None:
        c = self.columns.update(run.history)
        norms = self.columns.grad_norms
        layers = norms.shape[1]
        if len(self.curves) != layers:
            for curve in self.curves:
                self.plot.removeItem(curve)
                self.legend.removeItem(curve)
            names = [self.tr("layer {0}").format(k + 1) for k in range(layers - 1)] + [self.tr("output")]
            self.curves = [self.plot.plot(pen=pen(OKABE_ITO[k % len(OKABE_ITO)]), name=name) for k, name in enumerate(names)]
        finite = norms[np.isfinite(norms) & (norms > 0)]
        floor = float(finite.min()) / 10.0 if finite.size else 1e-8  # where exactly 0 is drawn: a log axis has no 0
        zeros = False
        drawn = []
        for k, curve in enumerate(self.curves):
            y = norms[:, k]
            ok = np.isfinite(y) & (y >= 0)
            zeros |= bool((y[ok] == 0).any())
            drawn.append(np.where(y[ok] > 0, y[ok], floor))
            curve.setData(c["epoch"][ok], drawn[-1])
        self._show_floor(floor if zeros else None)
        self.range.update(float(c["epoch"][-1]) if len(c["epoch"]) else 0.0, drawn)
        # the last epoch that measured them (Play measures only some), searched from the end: a scan of the whole
        # history took 0.24 s a frame at 50,000 epochs
        dead = next(
            (h.dead_share for h in reversed(run.history) if h.dead_share.size and np.all(np.isfinite(h.dead_share))),
            np.zeros(0),
        )
        if dead.size and dead.max() > 0:
            text = ", ".join(self.tr("layer {0}: {1:.0%}").format(k + 1, share) for k, share in enumerate(dead))
            set_title(self.plot, self.tr("Gradient norm per layer — dead units {0}").format(text))
        else:
            set_title(self.plot, self.tr("Gradient norm per layer"))

    def _show_floor(self, floor: float | None) -> None:
        """Exact zeros (every unit behind a layer dead) sit on a dotted line labelled "0: no gradient"."""
        shown = floor is not None
        self.zero_line.setVisible(shown)
        self.zero_label.setVisible(shown)
        if floor is not None:
            self.zero_line.setPos(np.log10(floor))
            self.zero_label.setPos(0.0, np.log10(floor))

    def zero_text(self) -> str:
        """The label on the zero line ("" while no gradient is exactly 0)."""
        return self.zero_label.toPlainText() if self.zero_label.isVisible() else ""


class HiddenSpaceView(QWidget):
    """The points and the warped input grid as two hidden units of one layer see them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.widget = new_plot_widget(title=self.tr("Hidden space"))
        self.plot = self.widget.getPlotItem()
        self.grid = pg.PlotCurveItem(pen=pg.mkPen(QColor("#9a9a9a"), width=1))
        self.plot.addItem(self.grid)
        self.points = point_items(self.plot, size=5)
        self.message = pg.TextItem(color="#555555", anchor=(0.5, 0.5))
        self.plot.addItem(self.message)
        self.boundary = pg.InfiniteLine(pen=pg.mkPen(QColor("#000000"), width=2, style=Qt.PenStyle.DashLine), movable=False)
        self.boundary.setZValue(20)
        self.plot.addItem(self.boundary)
        layout = pg.QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)

    def show_run(self, run: RunFrame) -> None:
        space = run.snapshot.hidden
        if space is None:
            self.grid.setData([], [])
            show_points(self.points, np.zeros((0, 2)), np.zeros(0), np.zeros(0, bool))
            set_text(self.message, self.tr("no hidden layer: add one to see its space"))
            self.boundary.hide()
            return
        set_text(self.message, "")
        lines = space.lines
        xy = lines.reshape(-1, 2)
        connect = np.ones(len(xy), dtype=bool)
        connect[lines.shape[1] - 1 :: lines.shape[1]] = False  # no segment from one line's end to the next's start
        self.grid.setData(xy[:, 0], xy[:, 1], connect=connect)
        labels = (space.labels > 0).astype(int) if run.config.loss == SQUARED else space.labels  # regression: the sign
        show_points(self.points, space.points, labels, space.train)
        self._show_boundary(run, space)
        a, b = space.units
        set_axis_label(self.plot, "bottom", self.tr("layer {0}, unit {1}").format(space.layer, a))
        set_axis_label(self.plot, "left", self.tr("layer {0}, unit {1}").format(space.layer, b))
        set_title(self.plot, self.tr("Hidden space: the data as layer {0} sees it").format(space.layer))

    def _show_boundary(self, run: RunFrame, space: HiddenSpace) -> None:
        """The output's decision line w·h + b = 0, when the view shows both units of a last hidden layer of two:
        there the network's whole decision is this straight line."""
        hidden = run.config.hidden
        w, b = run.weights[-1]
        shown = space.layer == len(hidden) and hidden[-1] == 2 and sorted(space.units) == [1, 2]
        if not shown or not np.all(np.isfinite(w)) or not np.isfinite(b[0]) or not np.any(w):
            self.boundary.hide()
            return
        wa, wb = w[0, space.units[0] - 1], w[0, space.units[1] - 1]
        norm2 = wa * wa + wb * wb
        self.boundary.setPos((-b[0] * wa / norm2, -b[0] * wb / norm2))  # the line's point nearest the origin
        self.boundary.setAngle(float(np.degrees(np.arctan2(wa, -wb))))  # along (−w_b, w_a)
        self.boundary.show()
