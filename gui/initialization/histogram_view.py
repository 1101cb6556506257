"""The initialisation tab's view: the weights' histogram with the theoretical density, and the statistics.

:class:`HistogramView` draws what a sampling run returned: up to two histograms
(the second from compare mode, on the same bins) with their theoretical densities
dashed over them, a line per initialiser on fan-in, fan-out and gain, and a table of
sample versus theoretical mean, std, min, max and share of exact zeros. Point masses
(a theory's ``atoms``) are drawn as spikes labelled with their probability, not as bars:
they have no density. The plot items are created once and updated with ``setData``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from engine.initializers import InitSample, get_initializer
from figures.builders import PDF_POINTS, init_label
from figures.palette import OKABE_ITO
from gui.common.engine_text import engine_tr
from gui.common.theme import add_legend, new_plot_widget
from gui.initialization.sampling import Bars, Spike

ROWS = 6  # mean, std, min, max, share of zeros, count
MAX_SPIKES = 2  # eye and dirac: 0s and 1s


def stat_text(value: float | None) -> str:
    """A statistic for the table: five significant digits, ∞ for an unbounded support, — for none."""
    if value is None:
        return "—"
    if isinstance(value, float) and math.isinf(value):
        return "∞" if value > 0 else "−∞"
    return f"{value:.5g}"


class HistogramView(QWidget):
    """Histogram + theory plot over an info line and a statistics table; ``under_plot`` (the
    tab's refusal label) sits between the plot and the text."""

    def __init__(self, under_plot: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = new_plot_widget(bottom=self.tr("weight value"), left=self.tr("density"))
        self.plot.getPlotItem().hideButtons()
        self.legend = add_legend(self.plot.getPlotItem(), offset=(-10, 10), labelTextSize="11pt")
        self.hist_items: list[pg.PlotDataItem] = []
        self.pdf_items: list[pg.PlotDataItem] = []
        self.spike_items: list[pg.PlotDataItem] = []
        self.spike_labels: list[list[pg.TextItem]] = []
        self._spikes: list[tuple[Spike, ...]] = [(), ()]
        self._log_y = False
        for index in range(2):
            colour = QColor(OKABE_ITO[index])
            fill = QColor(colour)
            fill.setAlpha(110 if index == 0 else 0)
            hist = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=fill, pen=pg.mkPen(colour, width=1.5))
            # the theory a darker shade of the histogram's colour: it stands out on the fill and on white
            pdf = pg.PlotDataItem(pen=pg.mkPen(colour.darker(160), width=3, style=Qt.PenStyle.DashLine), antialias=True)
            self.plot.addItem(hist)
            self.plot.addItem(pdf)
            self.hist_items.append(hist)
            self.pdf_items.append(pdf)
            spike = pg.PlotDataItem(
                connect="pairs", pen=pg.mkPen(colour.darker(130), width=3), symbol="o", symbolBrush=colour, symbolPen=None
            )
            self.plot.addItem(spike)
            self.spike_items.append(spike)
            labels = []
            for _ in range(MAX_SPIKES):
                text = pg.TextItem(color=colour.darker(160), anchor=(0.5, 1.2))
                text.hide()
                self.plot.addItem(text)
                labels.append(text)
            self.spike_labels.append(labels)

        self.info = QLabel()
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setWordWrap(True)
        self.table = QTableWidget(ROWS, 4)
        self.table.setVerticalHeaderLabels(
            [self.tr("mean"), self.tr("std"), self.tr("min"), self.tr("max"), self.tr("share of exact zeros"), self.tr("values")]
        )
        # Columns share the width but never get narrower than the widest header ("kaiming_normal(mode=
        # fan_out): theory", see _fill_table); on a narrow window (1024 px) the table scrolls sideways.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setHorizontalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        bar = self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
        self.table.setFixedHeight(ROWS * 30 + 32 + bar)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(under_plot)
        layout.addWidget(self.info)
        layout.addWidget(self.table)

    def set_log_y(self, on: bool) -> None:
        """A logarithmic density axis (the histogram's fill then has no level to fall to)."""
        self._log_y = on
        self.plot.setLogMode(y=on)
        for item in self.hist_items:
            item.setFillLevel(None if on else 0)
        self._draw_spikes()
        self.plot.enableAutoRange()

    def show_samples(self, samples: Sequence[InitSample], bars: Sequence[Bars]) -> None:
        """Draw one or two samples (their continuous part as bars, point masses as spikes) with their
        theory, and fill the info line and the table."""
        self.legend.clear()
        for index, (hist_item, pdf_item) in enumerate(zip(self.hist_items, self.pdf_items, strict=True)):
            if index >= len(samples):
                hist_item.setData([], [])
                pdf_item.setData([], [])
                self._spikes[index] = ()
                continue
            s, b = samples[index], bars[index]
            label = init_label(s)
            self._spikes[index] = b.spikes
            if b.spikes and not np.any(b.density > 0):  # nothing but point masses: no bars to draw
                hist_item.setData([], [])
            else:
                hist_item.setData(b.edges, b.density)
                self.legend.addItem(hist_item, self.tr("{0}: sample").format(label))
            grid = np.linspace(b.edges[0], b.edges[-1], PDF_POINTS)
            pdf = s.theory.pdf(grid)
            if pdf is None:
                pdf_item.setData([], [])
            else:
                pdf_item.setData(grid, pdf)
                self.legend.addItem(pdf_item, self.tr("{0}: theory").format(label))
            if b.spikes:
                self.legend.addItem(self.spike_items[index], self.tr("{0}: point mass").format(label))
        self._draw_spikes()
        self.plot.enableAutoRange()
        self._fill_table(samples)
        self._fill_info(samples)

    def plotted_histogram(self, index: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(edges, density) as drawn for the first (0) or compared (1) initialiser; empty when none."""
        edges, density = self.hist_items[index].getData()
        if edges is None:
            return np.empty(0), np.empty(0)
        return edges, density

    def spikes(self, index: int = 0) -> tuple[Spike, ...]:
        """The point masses drawn as spikes for the first (0) or compared (1) initialiser."""
        return self._spikes[index]

    def spike_texts(self, index: int = 0) -> list[str]:
        """The labels shown over the spikes of the first (0) or compared (1) initialiser."""
        return [label.toPlainText() for label in self.spike_labels[index] if label.isVisible()]

    def _spike_top(self) -> float:
        """How tall the spikes are drawn: above the tallest bar or density curve (1 when there is none)."""
        tallest = 0.0
        for item in (*self.hist_items, *self.pdf_items):
            _, y = item.getData()
            if y is not None and len(y):
                finite = np.asarray(y, dtype=float)
                finite = finite[np.isfinite(finite)]
                tallest = max(tallest, float(finite.max()) if finite.size else 0.0)
        return 1.15 * tallest if tallest > 0 else 1.0

    def _draw_spikes(self) -> None:
        top = self._spike_top()
        bottom = top * 1e-4 if self._log_y else 0.0  # a log axis has no 0 to stand on
        for index, (spikes, item, labels) in enumerate(zip(self._spikes, self.spike_items, self.spike_labels, strict=True)):
            x = np.repeat([spike.value for spike in spikes], 2)
            y = np.tile([bottom, top], len(spikes))
            item.setData(x, y, symbolSize=np.tile([0, 10], len(spikes)))  # a dot on top of each stem only
            label_y = top * (1.0 - 0.12 * index)  # a compared spike's label under the first one's
            for slot, label in enumerate(labels):
                if slot >= len(spikes):
                    label.hide()
                    continue
                spike = spikes[slot]
                label.setText(
                    self.tr("P(w = {0}) = {1} (sample {2})").format(
                        f"{spike.value:.4g}", f"{spike.probability:.4g}", f"{spike.share:.4g}"
                    )
                )
                label.setPos(spike.value, np.log10(label_y) if self._log_y else label_y)
                label.show()

    def _fill_table(self, samples: Sequence[InitSample]) -> None:
        headers = []
        for s in samples:
            name = init_label(s)
            headers += [self.tr("{0}: sample").format(name), self.tr("{0}: theory").format(name)]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin) + 4
        header.setMinimumSectionSize(max(header.fontMetrics().horizontalAdvance(text) for text in headers) + margin)
        for col, s in enumerate(samples):
            t = s.theory
            low = t.low if t.low is not None else -math.inf
            high = t.high if t.high is not None else math.inf
            rows = [
                (s.mean, t.mean),
                (s.std, t.std),
                (s.min, low),
                (s.max, high),
                (s.zero_fraction, t.zero_fraction),
                (s.count, None),
            ]
            for row, (measured, expected) in enumerate(rows):
                text = f"{measured:,}" if isinstance(measured, int) else stat_text(measured)
                self.table.setItem(row, 2 * col, QTableWidgetItem(text))
                self.table.setItem(row, 2 * col + 1, QTableWidgetItem(stat_text(expected) if row < ROWS - 1 else ""))

    def _fill_info(self, samples: Sequence[InitSample]) -> None:
        lines = []
        for s in samples:
            entry = get_initializer(s.init)
            gain = ""
            if s.gain is not None:
                gain = self.tr(", gain = {0} ({1})").format(f"{s.gain:.4g}", entry.gain_formula(s.params))
            lines.append(
                self.tr("<b>{0}</b>: fan_in = {1}, fan_out = {2}{3}. {4}").format(
                    init_label(s), s.fan_in, s.fan_out, gain, engine_tr(s.theory.note)
                )
            )
        self.info.setText("<br>".join(lines))
