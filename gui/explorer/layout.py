"""The explorer tab's widgets and their arrangement, in the manner of Qt Designer's multiple-inheritance
approach: :class:`ExplorerLayout` creates its own widgets (the catalogue and curve list on the left, the
controls, plots and readout (or the vector view) in the middle, the selected curve's parameters, extras and
notes on the right) and :class:`gui.explorer.tab.ExplorerTab` derives from it and connects them.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from gui.common.ahead import made, make_ahead
from gui.common.responsive import CENTRE, FOLD_ORDER, PageStack, ReadableSize, vertical_scroll
from gui.common.tabs import LabTab, mark_controls
from gui.explorer.catalogue import ActivationList, CurveList
from gui.explorer.controls import ViewControls
from gui.explorer.curve_panel import CurvePanel
from gui.explorer.plots import StackedPlots
from gui.explorer.readout import Readout
from gui.explorer.vector_view import VectorView


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExplorerTab", text)


def parts_ahead() -> list[Callable[[], None]]:
    """The biggest parts of the layout, made one per step before it (start-up: one turn of the event loop each)."""
    return [partial(make_ahead, VectorView), partial(make_ahead, StackedPlots)]


class ExplorerLayout(LabTab):
    """The explorer's widgets, created and laid out in the tab (no signals connected)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.catalogue = ActivationList()
        self.curve_list = CurveList()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 4, 4)
        left_layout.addWidget(self.catalogue, 3)
        left_layout.addWidget(QLabel(_tr("Plotted curves")))
        left_layout.addWidget(self.curve_list, 1)
        self.new_formula_button = QPushButton(_tr("New formula…"))
        self.new_formula_button.setToolTip(_tr("Type your own activation as a formula in x (Ctrl+Shift+F)"))
        left_layout.addWidget(self.new_formula_button)

        self.plots = made(StackedPlots)  # made ahead at start-up (parts_ahead), else now
        self.readout_box = Readout()
        self.readout = self.readout_box.label
        self.controls = ViewControls()
        curve_page = QWidget()
        page_layout = QVBoxLayout(curve_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.controls)
        ReadableSize(self.plots, rows=3, extra_height=61)  # f, f′, f″ readable (f″ with its x axis), the legend above
        # its size hint is the size it last had: taken as preferred, the page kept a height it had at ×1.25
        self.plots.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        page_layout.addWidget(self.plots, 1)
        page_layout.addWidget(self.readout_box)
        self.vector_view = made(VectorView)
        self.stack = PageStack()
        self.stack.setProperty(CENTRE, True)  # its panels fold before it is squeezed
        self.stack.addWidget(curve_page)
        self.stack.addWidget(self.vector_view)

        self.side = CurvePanel()
        self.extras, self.notes = self.side.extras, self.side.notes

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(mark_controls(left))
        splitter.addWidget(vertical_scroll(self.stack))  # the page scrolls when its plots would be too short
        splitter.addWidget(mark_controls(self.side))
        self.side.setProperty(FOLD_ORDER, 1)  # on a narrow window the catalogue folds first, the parameters after
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 760, 380])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
