"""The depth tab's plots: per-layer activation std and mean, gradient std, the heat map and one layer's histogram.

:class:`DepthPlots` draws a :class:`~gui.depth.runs.DepthRun`: the run solid, the
infinite-width theory dashed, a comparison dotted grey; a log scale where values span
decades. The plot items are created once and updated with ``setData``. A vertical line
on the heat map picks the layer whose histogram is shown (``layer_moved``). When the
gradients fall below what the run's precision holds (the engine rescales them by exact
powers of two to show them anyway), a note under the plots says so and what a plain
network in that precision would give.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from figures.builders import HEAT_FLOOR, depth_label, heat_display
from figures.palette import OKABE_ITO
from gui.common.legends import LegendFit
from gui.common.responsive import min_plot_size, remove_items
from gui.common.theme import (
    HEAT_COLORMAP,
    REFERENCE,
    colormap,
    new_layout_widget,
    set_title,
    style_colorbar,
    style_legend,
    style_plot,
)
from gui.depth.runs import DepthRun


def _pen(colour: str, dashed: bool = False, width: float = 2.5):
    style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
    return pg.mkPen(QColor(colour), width=width, style=style)


def spans_decades(values: list[np.ndarray], decades: float) -> bool:
    """Whether the positive finite values span at least ``decades`` powers of ten (then a log axis reads better)."""
    data = np.concatenate([np.asarray(v, dtype=float) for v in values])
    data = data[np.isfinite(data) & (data > 0)]
    return data.size > 1 and math.log10(data.max() / data.min()) >= decades


class DepthPlots(QWidget):
    """Five plots in one graphics layout, with a legend across the top."""

    #: The user dragged the layer line on the heat map to this layer (1-based).
    layer_moved = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_widget = new_layout_widget()
        # A graphics view does not scroll: the plots reflow into as many columns as the width holds at their
        # readable minimum (three, two, one) and scroll vertically, never sideways (gui.common.responsive).
        self.scroll_area = QScrollArea()  # not self.scroll: that would hide QWidget.scroll()
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.layout_widget)
        self._arrangement: tuple[int, int, int] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)
        self.run: DepthRun | None = None
        self._build()
        # the legend in up to as many columns as the plots, within the view's width (wrapped if need be)
        self.legend_fit = LegendFit(self.legend, self.layout_widget.ci, self._legend_room, self.columns)
        self._arrange()
        self.layout_widget.ci.installEventFilter(self)  # axes widen for their tick labels when painted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.layout_widget.ci:
            self._fit_minimum()
        return False

    def _fit_minimum(self) -> None:
        """Keep the view as tall as its plots' rows need at their readable minimum (it scrolls vertically)."""
        need = self.layout_widget.ci.effectiveSizeHint(Qt.SizeHint.MinimumSize)
        columns, _min_w, min_h = self._arrangement or (1, *min_plot_size())
        rows = {3: 2, 2: 3, 1: 5}[columns]
        legend = self.legend.effectiveSizeHint(Qt.SizeHint.PreferredSize).height()
        height = max(math.ceil(need.height()), rows * (min_h + 8) + math.ceil(legend)) + 2
        self.layout_widget.setMinimumSize(0, height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._wrap_note()
        self._arrange()
        self.legend_fit.fit(force=False)

    def _wrap_note(self) -> None:
        """The note under the plots wraps at the view's width: on one line it set the grid's least width."""
        room = max(40.0, self._legend_room())
        if abs(self.precision_note.item.textWidth() - room) > 0.5:
            self.precision_note.item.setTextWidth(room)
            self.precision_note.updateMin()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange()

    def columns(self) -> int:
        """How many columns the plots are in now (3, 2 or 1: as many as the width holds)."""
        return self._arrangement[0] if self._arrangement else 3

    def _arrange(self) -> None:
        """Three columns (std, mean, gradient over the heat map and the histogram), two, or one, for the width."""
        min_w, min_h = min_plot_size()
        width = self.scroll_area.viewport().width() if self.isVisible() else self.width()
        columns = max(1, min(3, (width - 10) // (min_w + 10)))
        if (columns, min_w, min_h) == self._arrangement:
            return
        self._arrangement = (columns, min_w, min_h)
        grid = self.layout_widget.ci.layout
        items = [self.legend, self.std_plot, self.mean_plot, self.grad_plot, self.heat_plot, self.hist_plot, self.precision_note]
        remove_items(grid, items)
        places = {  # item: (row, column, column span)
            3: [(0, 0, 3), (1, 0, 1), (1, 1, 1), (1, 2, 1), (2, 0, 2), (2, 2, 1), (3, 0, 3)],
            2: [(0, 0, 2), (1, 0, 1), (1, 1, 1), (2, 0, 1), (3, 0, 2), (2, 1, 1), (4, 0, 2)],
            1: [(0, 0, 1), (1, 0, 1), (2, 0, 1), (3, 0, 1), (4, 0, 1), (5, 0, 1), (6, 0, 1)],
        }[columns]
        for row in range(8):
            grid.setRowStretchFactor(row, 0)
        for item, (row, column, span) in zip(items, places, strict=True):
            grid.addItem(item, row, column, 1, span)
            if item not in (self.legend, self.precision_note):
                grid.setRowStretchFactor(row, 1)
                item.setMinimumSize(min_w, min_h)
        for column in range(3):
            grid.setColumnStretchFactor(column, 1 if column < columns else 0)
        self.legend_fit.fit()
        self._fit_minimum()

    def _legend_room(self) -> float:
        """The legend's room: the view's width, less the layout's margins (it spans every column)."""
        margins = self.layout_widget.ci.layout.getContentsMargins()
        width = self.scroll_area.viewport().width() if self.isVisible() else self.width()
        return width - margins[0] - margins[2] - 12

    def _build(self) -> None:
        p = self.layout_widget
        self.legend = style_legend(pg.LegendItem(colCount=3, labelTextSize="11pt"))
        p.addItem(self.legend, row=0, col=0, colspan=3)
        layer = self.tr("layer")
        self.std_plot = style_plot(
            p.addPlot(row=1, col=0), title=self.tr("Activation std per layer"), left=self.tr("std of h"), bottom=layer
        )
        self.mean_plot = style_plot(
            p.addPlot(row=1, col=1), title=self.tr("Activation mean per layer"), left=self.tr("mean of h"), bottom=layer
        )
        self.grad_plot = style_plot(
            p.addPlot(row=1, col=2), title=self.tr("Gradient std per layer"), left=self.tr("std of the gradient"), bottom=layer
        )
        # no grid over the heat map: grid lines would only hide its cells
        self.heat_plot = style_plot(
            p.addPlot(row=2, col=0, colspan=2),
            grid_x=False,
            grid_y=False,
            title=self.tr("Distribution of activations per layer"),
            left=self.tr("activation value"),
            bottom=layer,
        )
        self.hist_plot = style_plot(
            p.addPlot(row=2, col=2),
            title=self.tr("Activations of layer 1"),
            left=self.tr("density"),
            bottom=self.tr("activation value"),
        )
        for plot in (self.std_plot, self.mean_plot, self.grad_plot, self.heat_plot, self.hist_plot):
            plot.hideButtons()
        blue, orange = OKABE_ITO[0], OKABE_ITO[1]
        symbol = {"symbol": "o", "symbolSize": 5}
        self.std_curve = self.std_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.std_theory = self.std_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.std_reference = self.std_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.mean_curve = self.mean_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.mean_theory = self.mean_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.mean_reference = self.mean_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.grad_act_curve = self.grad_plot.plot(pen=_pen(blue), symbolBrush=blue, symbolPen=None, **symbol)
        self.grad_weight_curve = self.grad_plot.plot(
            pen=_pen(orange), symbolBrush=orange, symbolPen=None, symbol="t", symbolSize=7
        )
        self.grad_act_theory = self.grad_plot.plot(pen=_pen(blue, dashed=True, width=1.5))
        self.grad_weight_theory = self.grad_plot.plot(pen=_pen(orange, dashed=True, width=1.5))
        self.grad_reference = self.grad_plot.plot(pen=_pen(REFERENCE, dashed=True))
        self.heat_image = pg.ImageItem(axisOrder="col-major")
        self.heat_plot.addItem(self.heat_image)
        self.colour_bar = pg.ColorBarItem(
            values=(HEAT_FLOOR, 0.0), colorMap=colormap(HEAT_COLORMAP), interactive=False, colorMapMenu=False
        )
        self.colour_bar.setImageItem(self.heat_image, insert_in=self.heat_plot)
        style_colorbar(self.colour_bar, self.tr("log10 share of the layer's peak"))
        self.layer_line = pg.InfiniteLine(
            pos=1, angle=90, movable=True, pen=pg.mkPen(OKABE_ITO[1], width=2), hoverPen=pg.mkPen(OKABE_ITO[1], width=4)
        )
        self.heat_plot.addItem(self.layer_line)
        self.layer_line.sigPositionChangeFinished.connect(lambda: self.layer_moved.emit(round(self.layer_line.value())))
        self.hist_item = pg.PlotDataItem(
            stepMode="center", fillLevel=0, brush=QColor(0, 114, 178, 120), pen=_pen(blue, width=1.5)
        )
        self.hist_plot.addItem(self.hist_item)
        self.precision_note = pg.LabelItem(justify="left", size="10pt", color="#333333")
        p.addItem(self.precision_note, row=3, col=0, colspan=3)
        self._set_note("")

    def _set_note(self, text: str) -> None:
        self.precision_note.setText(text)
        self._wrap_note()
        self.precision_note.setVisible(bool(text))
        self.precision_note.setMaximumHeight(10_000 if text else 0)  # no empty row under the plots

    def precision_note_text(self) -> str:
        """The note under the plots on gradients beyond the run's precision ("" when there is none)."""
        return self.precision_note.text if self.precision_note.isVisible() else ""

    def _precision_text(self, run: DepthRun) -> str:
        result = run.result
        if result.plain_zero_layer is None and result.plain_subnormal_layer is None:
            return ""
        info = np.finfo(result.dtype)
        text = self.tr(
            "Gradients below {0}, the smallest normal {1}, are shown exactly: the run rescales them by powers of two."
        ).format(f"{float(info.smallest_normal):.3g}", result.dtype)
        if result.plain_zero_layer is not None:
            text += " " + self.tr("A plain {0} network would give exact zeros in layers 1–{1}.").format(
                result.dtype, result.plain_zero_layer
            )
        if result.plain_subnormal_layer is not None and result.plain_subnormal_layer != result.plain_zero_layer:
            text += " " + self.tr("Up to layer {0} its weight gradients would be subnormal (few significant bits).").format(
                result.plain_subnormal_layer
            )
        return text

    def show_run(self, run: DepthRun, show_theory: bool, layer: int) -> None:
        """Draw ``run`` (its theory too when ``show_theory``) and ``layer``'s histogram."""
        self.run = run
        result, reference = run.result, run.reference
        theory = run.theory if show_theory else None
        self.layer_line.setBounds((1, len(result.layer)))
        x = result.layer.astype(float)
        self.std_curve.setData(x, result.act_std)
        self.mean_curve.setData(x, result.act_mean)
        self.grad_act_curve.setData(x, result.grad_act_std)
        self.grad_weight_curve.setData(x, result.grad_weight_std)
        for item, values in (
            (self.std_theory, "act_std"),
            (self.mean_theory, "act_mean"),
            (self.grad_act_theory, "grad_act_std"),
            (self.grad_weight_theory, "grad_weight_std"),
        ):
            data = getattr(theory, values) if theory is not None else None
            if data is None or not np.isfinite(data).any():
                item.setData([], [])
            else:
                item.setData(x, data, connect="finite")
        for item, values in (
            (self.std_reference, "act_std"),
            (self.mean_reference, "act_mean"),
            (self.grad_reference, "grad_act_std"),
        ):
            if reference is None:
                item.setData([], [])
            else:
                item.setData(reference.layer.astype(float), getattr(reference, values))
        self._fill_legend(run)
        self._set_note(self._precision_text(run))
        std_values = [result.act_std] + ([reference.act_std] if reference is not None else [])
        grad_values = [result.grad_act_std, result.grad_weight_std]
        if reference is not None:
            grad_values.append(reference.grad_act_std)
        self.std_plot.setLogMode(y=spans_decades(std_values, 2.0))
        self.grad_plot.setLogMode(y=spans_decades(grad_values, 1.0))
        self.heat_image.setImage(heat_display(result.heat), autoLevels=False, levels=(HEAT_FLOOR, 0.0))
        lo, hi = float(result.edges[0]), float(result.edges[-1])
        self.heat_image.setRect(QRectF(0.5, lo, float(len(x)), hi - lo))
        for plot in (self.std_plot, self.mean_plot, self.grad_plot, self.heat_plot):
            plot.enableAutoRange()
        self.show_layer(layer)

    def _fill_legend(self, run: DepthRun) -> None:
        self.legend.clear()
        self.legend.addItem(self.std_curve, depth_label(run.result.config))
        if self.std_theory.xData is not None and len(self.std_theory.xData):
            self.legend.addItem(self.std_theory, self.tr("theory (infinite width)"))
        if run.reference is not None:
            self.legend.addItem(self.std_reference, run.reference_label)
        self.legend.addItem(self.grad_act_curve, self.tr("gradient ∂loss/∂h"))
        self.legend.addItem(self.grad_weight_curve, self.tr("gradient ∂loss/∂W"))
        self.legend_fit.fit()  # pyqtgraph places new entries by the grid's old column count

    def show_layer(self, layer: int) -> int:
        """Show the histogram of ``layer`` (clamped to the run's layers); returns the layer shown."""
        if self.run is None:
            return layer
        result = self.run.result
        k = min(max(layer, 1), len(result.layer))
        counts, edges = result.layer_counts[k - 1], result.layer_edges[k - 1]
        density = counts / max(counts.sum(), 1) / np.diff(edges)
        self.hist_item.setData(edges, density)
        set_title(self.hist_plot, self.tr("Activations of layer {0}").format(k))
        self.hist_plot.enableAutoRange()
        self.layer_line.setValue(k)
        return k

    def legend_labels(self) -> list[str]:
        """The legend's entries, top-left first."""
        return [label.text for _, label in self.legend.items]
