"""The activation explorer tab (placeholder: ReLU and its derivative through the engine)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtWidgets import QVBoxLayout

import engine
from gui.figure_spec import FigureSpec
from gui.figures import activation_figure
from gui.tabs import LabTab


class ExplorerTab(LabTab):
    """Plots f and f' of one activation."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plots = pg.GraphicsLayoutWidget()
        self.f_plot = self.plots.addPlot(row=0, col=0, title=self.tr("f(x)"))
        self.df_plot = self.plots.addPlot(row=1, col=0, title=self.tr("f′(x)"))
        self.df_plot.setXLink(self.f_plot)
        pen = pg.mkPen("#0072B2", width=2)
        self.f_curve = self.f_plot.plot(pen=pen)
        self.df_curve = self.df_plot.plot(pen=pen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.plots)
        self.curve: engine.Curve | None = None
        self.show_activation("relu")

    def title(self) -> str:
        return self.tr("Activations")

    def show_activation(self, activation_id: str) -> None:
        self.curve = engine.evaluate(activation_id, points=2001, order=1)
        self.f_curve.setData(self.curve.x, self.curve.f)
        self.df_curve.setData(self.curve.x, self.curve.df)
        self.status.emit(self.tr("Computed on {0} in {1}").format(self.curve.device, self.curve.dtype))

    def figure_spec(self) -> FigureSpec:
        return activation_figure([self.curve], show_second=False)

    def self_test_steps(self):
        def relu_plotted():
            x, y = self.f_curve.getData()
            if x is None or len(x) != 2001 or y.max() != x.max():
                raise AssertionError("ReLU curve not plotted")

        return [("explorer plots ReLU", relu_plotted)]
