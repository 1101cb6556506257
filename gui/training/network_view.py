"""The network diagram: a thumbnail map per input feature, hidden unit and the output, and weight-coloured links.

Like TensorFlow Playground's: every node shows what it computes over [-6, 6]² (in the
diverging colours, each unit scaled to its own largest |value|), and every link's colour
says its weight's sign (blue negative, orange positive) and its width the weight's size
relative to the largest. All links are painted by one item (:class:`Links`): a [8, 8, 8]
network on 7 features has 200 of them and one pyqtgraph item each redrew slowly.
"""

from __future__ import annotations

from functools import partial

import numpy as np
import pyqtgraph as pg
import torch
from PySide6.QtCore import QLineF, QPointF, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from engine.datasets import FEATURES, feature_matrix
from engine.training_config import TrainConfig
from engine.training_views import map_grid
from gui.common.engine_text import engine_tr
from gui.common.theme import TEXT, new_plot_widget
from gui.training.plots import cache_still, lookup_table
from gui.training.runs import RunFrame
from gui.training.thumbnails import Thumbnails

COLUMN_GAP = 3.0  # data units between layers (a node is 1 × 1)
ROW_GAP = 1.35
ASPECT = 1.6  # width / height of the diagram's panel, about
INPUT_THUMB = 24  # cells per side of an input feature's thumbnail
MAX_LINK_WIDTH = 5.0
THUMB = 50  # cells per side of a unit's thumbnail


class Links(pg.GraphicsObject):
    """Straight links between nodes, each with its own colour and width (cosmetic pens, in pixels).

    Drawn as one ``drawLines`` per pen: one ``drawLine`` per link took 21 ms a paint for the 1,328
    links of [16×6] on a busy machine; the lines' geometry is kept while the network's shape is.
    """

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[tuple[QPen, list[QLineF]]] = []
        self._rect = QRectF()

    def set_geometry(self, lines: list[QLineF]) -> None:
        self.prepareGeometryChange()
        xs = [v for line in lines for v in (line.x1(), line.x2())] or [0.0]
        ys = [v for line in lines for v in (line.y1(), line.y2())] or [0.0]
        self._rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def set_links(self, groups: list[tuple[QPen, list[QLineF]]]) -> None:
        """The links as (pen, its lines) groups."""
        self._groups = groups
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for p, lines in self._groups:
            painter.setPen(p)
            painter.drawLines(lines)


def feature_maps(ids: tuple[str, ...]) -> list[np.ndarray]:
    """Each input feature over [-6, 6]² (rows from x₂ = -6), for the input nodes' thumbnails."""
    xy = torch.as_tensor(map_grid(INPUT_THUMB), dtype=torch.float64)
    values = feature_matrix(xy, ids).numpy()
    return [values[:, k].reshape(INPUT_THUMB, INPUT_THUMB) for k in range(len(ids))]


class NetworkDiagram(QWidget):
    """Inputs on the left, hidden layers, the output on the right; hovering a unit reports it (``hovered``) and
    shows its incoming weights and bias in the tooltip."""

    #: (hidden layer 1… or the output's column, unit) under the pointer; (-1, -1) when it left every unit.
    hovered = Signal(int, int)
    #: A click on a unit (weight layer, unit, -1: its bias) or on a link (weight layer, target unit, source unit).
    edit_requested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._run: RunFrame | None = None
        self._hover: tuple[int, int] | None = None
        self.widget = new_plot_widget(grid_x=False, grid_y=False)  # the app's look, as every plot, axes hidden
        self.plot = self.widget.getPlotItem()
        self.plot.hideAxis("left")
        self.plot.hideAxis("bottom")
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        self.plot.setTitle(self.tr("Network"), color=TEXT)
        self.links = Links()
        self.plot.addItem(self.links)
        self.thumbnails = Thumbnails()  # the units' maps (the inputs' stay ImageItems: drawn once, cached)
        self.thumbnails.setZValue(5)
        self.plot.addItem(self.thumbnails)
        self._shape: tuple = ()
        self._inputs: list[pg.ImageItem] = []  # the input features' maps
        self._centres: list[list[QPointF]] = []
        self._labels: list[pg.TextItem] = []
        self._table = lookup_table()
        # the links' colours from the same 256-entry table: ColorMap.map() per link took 15 ms for 150 links
        self._colours = [QColor(*map(int, rgb)) for rgb in self._table]
        self._pen_cache: dict[tuple[int, int], QPen] = {}
        rgba = np.concatenate([self._table[:, :3], np.full((len(self._table), 1), 255, np.uint8)], axis=1)
        # each colour's four bytes as one word: a map is coloured by one gather of words, not of rows of 4 bytes
        self._words = np.ascontiguousarray(rgba).view(np.uint32).ravel()
        clear = rgba[0].copy()
        clear[3] = 0  # NaN: transparent
        self._clear = clear.view(np.uint32)[0]
        self._lines: list[QLineF] = []
        self._steps: tuple[bytes, bytes] | None = None  # the links' colour and width steps drawn
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.widget)
        self.widget.scene().sigMouseMoved.connect(self._on_move)
        self.widget.scene().sigMouseClicked.connect(self._on_click)

    def link_at(self, x: float, y: float, reach: float = 0.08) -> tuple[int, int, int] | None:
        """(weight layer, target unit, source unit) of the link passing within ``reach`` of (x, y), the nearest."""
        best, found, index = reach, None, 0
        for c in range(len(self._centres) - 1):
            for t in range(len(self._centres[c + 1])):
                for src in range(len(self._centres[c])):
                    line = self._lines[index]
                    index += 1
                    dx, dy = line.x2() - line.x1(), line.y2() - line.y1()
                    share = max(0.0, min(1.0, ((x - line.x1()) * dx + (y - line.y1()) * dy) / ((dx * dx + dy * dy) or 1.0)))
                    gap = ((x - line.x1() - share * dx) ** 2 + (y - line.y1() - share * dy) ** 2) ** 0.5
                    if gap <= best:
                        best, found = gap, (c, t, src)
        return found

    def _on_click(self, event) -> None:
        point = self.plot.vb.mapSceneToView(event.scenePos())
        unit = self.unit_at(point.x(), point.y())
        if unit is not None:
            event.accept()
            self.edit_requested.emit(unit[0] - 1, unit[1], -1)
            return
        link = self.link_at(point.x(), point.y())
        if link is not None:
            event.accept()
            self.edit_requested.emit(*link)

    # ---- hovering a unit ------------------------------------------------------------------------------

    def unit_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (column, row) of the unit drawn at diagram point (x, y); inputs (column 0) are not units."""
        for column, centres in enumerate(self._centres[1:], start=1):
            for row, centre in enumerate(centres):
                if abs(x - centre.x()) <= 0.5 and abs(y - centre.y()) <= 0.5:
                    return column, row
        return None

    def _on_move(self, scene_pos) -> None:
        point = self.plot.vb.mapSceneToView(scene_pos)
        self.hover_unit(self.unit_at(point.x(), point.y()))

    def hover_unit(self, unit: tuple[int, int] | None) -> None:
        """Point at ``unit`` (None: at none): the tooltip lists its bias and incoming weights; ``hovered`` tells."""
        if unit == self._hover:
            return
        self._hover = unit
        self.widget.setToolTip(self.unit_text(*unit) if unit is not None else "")
        self.hovered.emit(*(unit if unit is not None else (-1, -1)))

    def unit_text(self, column: int, row: int) -> str:
        """``Layer 1, unit 2: bias 0.1; weights from the inputs: 0.52, -0.3`` of the last drawn run."""
        if self._run is None or column - 1 >= len(self._run.weights):
            return ""
        w, b = self._run.weights[column - 1]
        weights = ", ".join(f"{v:.3g}" for v in w[row])
        where = self.tr("Output") if column == len(self._run.weights) else self.tr("Layer {0}, unit {1}").format(column, row + 1)
        return self.tr("{0}: bias {1}; incoming weights {2}").format(where, f"{b[row]:.3g}", weights)

    def _build(self, config: TrainConfig) -> None:
        features, sizes = config.features, config.layer_sizes
        for item in self._inputs:
            self.plot.removeItem(item)
        for label in self._labels:
            self.plot.removeItem(label)
        self._inputs, self._centres, self._labels = [], [], []
        # tall layers (16 units) spread the columns so the diagram keeps the panel's shape and the links room
        height = (max(sizes) - 1) * ROW_GAP + 1.4
        gap = max(COLUMN_GAP, (height * ASPECT - 2.5) / (len(sizes) - 1))
        for c, size in enumerate(sizes):
            x = c * gap
            self._centres.append([QPointF(x, ((size - 1) / 2 - k) * ROW_GAP) for k in range(size)])
        for _ in features:  # an item's rect is set after each setImage (it scales the image's size)
            item = pg.ImageItem()  # given RGBA (see _set): no lookup table
            item.setZValue(5)
            self.plot.addItem(item)
            self._inputs.append(item)
        self.thumbnails.set_places(
            {
                (c, k): QRectF(centre.x() - 0.5, centre.y() - 0.5, 1.0, 1.0)
                for c, centres in enumerate(self._centres[1:], start=1)
                for k, centre in enumerate(centres)
            }
        )
        for k, (feature, value) in enumerate(zip(features, feature_maps(features), strict=True)):
            top = float(np.abs(value).max()) or 1.0
            self._set(0, k, value, (-top, top))
            label = pg.TextItem(engine_tr(FEATURES[feature].name), color=TEXT, anchor=(1.0, 0.5))
            label.setPos(self._centres[0][k].x() - 0.6, self._centres[0][k].y())
            self.plot.addItem(label)
            self._labels.append(label)
        cache_still(self._labels)  # the inputs' names: the same every frame
        self._lines = [  # every link, column by column, target-major as the weights (out, in) are laid out
            QLineF(source.x() + 0.5, source.y(), target.x() - 0.5, target.y())
            for c in range(len(sizes) - 1)
            for target in self._centres[c + 1]
            for source in self._centres[c]
        ]
        self.links.set_geometry(self._lines)
        self._steps = None
        cache_still(self._inputs)  # the inputs' maps: the same every frame (not the links: a cache cuts their ends)
        half = (max(sizes) - 1) / 2 * ROW_GAP + 0.7
        self.plot.setRange(xRange=(-1.8, (len(sizes) - 1) * gap + 0.7), yRange=(-half, half), padding=0)

    def _set(self, column: int, row: int, values: np.ndarray, levels: tuple[float, float]) -> None:
        low, high = levels
        self._put(column, row, self._colour(values.T[None], np.array([low]), np.array([high]))[0])

    def _colour(self, values: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
        """RGBA (…, n, n, 4) of maps ``values`` (k, n, n), map ``i`` scaled from ``low[i]`` to ``high[i]``.

        Coloured here as RGBA: with a lookup table pyqtgraph built a 256-entry QImage colour table per image
        and frame (74,000 qRgb calls a second of [16×6] frames, the diagram's largest cost); NaN is transparent.
        All of a layer's maps in one pass: per map, numpy's call overhead was most of the diagram's drawing."""
        top = len(self._table) - 1
        span = high - low
        scale = top / np.where(span != 0, span, 1.0)
        scaled = (values - low[:, None, None]) * scale[:, None, None]
        finite = np.isfinite(scaled)
        index = np.clip(np.where(finite, scaled, 0.0), 0, top).astype(np.intp)
        words = np.where(finite, self._words[index], self._clear)  # a third of the time of rgba[index] (4 bytes a row)
        return np.ascontiguousarray(words).view(np.uint8).reshape(*words.shape, 4)  # (a transposed input: copied)

    def _put(self, column: int, row: int, rgba: np.ndarray) -> None:
        if column:  # a unit: unchanged colours are not set again (see Thumbnails)
            self.thumbnails.set_image((column, row), rgba)
            return
        item, centre = self._inputs[row], self._centres[column][row]
        item.setImage(rgba, autoLevels=False)
        item.setRect(QRectF(centre.x() - 0.5, centre.y() - 0.5, 1.0, 1.0))

    def thumbnail(self, column: int, row: int) -> np.ndarray | None:
        """The RGBA map (x, y, 4) the diagram shows for a node: an input (column 0), a hidden unit or the output."""
        return self._inputs[row].image if column == 0 else self.thumbnails.image((column, row))

    def _pen(self, key: tuple[int, int]) -> QPen:
        """A cosmetic pen per colour step (of the 256) and width step (of 8)."""
        pen = self._pen_cache.get(key)
        if pen is None:
            pen = self._pen_cache[key] = QPen(self._colours[key[0]])
            pen.setWidthF(0.4 + MAX_LINK_WIDTH * key[1] / 8)
            pen.setCosmetic(True)  # in pixels, whatever the zoom
        return pen

    def show_run(self, run: RunFrame) -> None:
        for part in self.parts(run.config.hidden):
            part(run)

    def parts(self, hidden: tuple[int, ...]) -> list:
        """The drawing of a run in steps ``part(run)``, one per hidden layer, then the output and the links: the
        tab draws one per event-loop turn (the 96 thumbnails of [16×6] at once blocked it for 30+ ms)."""
        return [partial(self._show_layer, layer) for layer in range(len(hidden))] + [self._show_output]

    def _fit(self, run: RunFrame) -> int:
        """Rebuild for the run's shape if needed; the thumbnails' subsampling step."""
        cfg = run.config
        shape = (cfg.features, cfg.hidden)
        if shape != self._shape:
            self._build(cfg)
            self._shape = shape
        return max(1, run.snapshot.size // THUMB)  # a thumbnail is ~40 px: a 50×50 raster is plenty and 4× cheaper

    def _show_layer(self, layer: int, run: RunFrame) -> None:
        step = self._fit(run)
        maps = run.snapshot.units[layer] if layer < len(run.snapshot.units) else ()
        if not len(maps):
            return
        small = np.asarray(maps)[:, ::step, ::step]
        # each unit on its own symmetric scale: its largest |value| ignoring NaN (±1 when 0 or no finite value)
        magnitude = np.where(np.isnan(small), -np.inf, np.abs(small)).max(axis=(1, 2))
        top = np.where(np.isfinite(small).any(axis=(1, 2)) & (magnitude != 0), magnitude, 1.0)
        rgba = self._colour(small.transpose(0, 2, 1), -top, top)
        for k in range(len(small)):
            self._put(layer + 1, k, rgba[k])

    def _show_output(self, run: RunFrame) -> None:
        self._run = run
        step = self._fit(run)
        snap = run.snapshot
        self._set(len(self._centres) - 1, 0, snap.output[::step, ::step], snap.levels)
        weights = [w for w, _ in run.weights]
        finite = [np.abs(w[np.isfinite(w)]) for w in weights]
        biggest = max((float(a.max()) for a in finite if a.size), default=1.0) or 1.0  # NaN weights after a divergence
        w = np.concatenate([w.ravel() for w in weights])  # the order of self._lines
        share = np.where(np.isfinite(w), np.minimum(np.abs(w) / biggest, 1.0), 0.0)
        position = 0.5 + 0.5 * np.sign(np.nan_to_num(w)) * share
        colour = np.rint(position * (len(self._colours) - 1)).astype(int)
        width = np.rint(share * 8).astype(int)
        steps = (colour.tobytes(), width.tobytes())
        if steps == self._steps:  # no link moved by a visible colour or width step: no regrouping, no update()
            return
        self._steps = steps
        groups: dict[tuple[int, int], list[QLineF]] = {}
        for line, c, k in zip(self._lines, colour.tolist(), width.tolist(), strict=True):
            groups.setdefault((c, k), []).append(line)
        self.links.set_links([(self._pen(key), lines) for key, lines in groups.items()])
