"""The explorer tab's widgets and their arrangement, in the manner of a Qt Designer ``setupUi``:
the catalogue and curve list on the left, the controls, plots and readout (or the vector view)
in the middle, the selected curve's parameters, extras and notes on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from gui.common.responsive import CENTRE, FOLD_ORDER, PageStack, ReadableSize, vertical_scroll
from gui.common.tabs import mark_controls
from gui.explorer.catalogue import ActivationList, CurveList
from gui.explorer.controls import ViewControls
from gui.explorer.curve_panel import CurvePanel
from gui.explorer.plots import StackedPlots
from gui.explorer.readout import Readout
from gui.explorer.vector_view import VectorView


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExplorerTab", text)


def setup_ui(tab: QWidget) -> None:
    """Create the explorer's widgets as attributes of ``tab`` and lay them out in it (no signals connected)."""
    tab.catalogue = ActivationList()
    tab.curve_list = CurveList()
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(4, 4, 4, 4)
    left_layout.addWidget(tab.catalogue, 3)
    left_layout.addWidget(QLabel(_tr("Plotted curves")))
    left_layout.addWidget(tab.curve_list, 1)
    tab.new_formula_button = QPushButton(_tr("New formula…"))
    tab.new_formula_button.setToolTip(_tr("Type your own activation as a formula in x (Ctrl+Shift+F)"))
    left_layout.addWidget(tab.new_formula_button)

    tab.plots = StackedPlots()
    tab.readout_box = Readout()
    tab.readout = tab.readout_box.label
    tab.controls = ViewControls()
    curve_page = QWidget()
    page_layout = QVBoxLayout(curve_page)
    page_layout.setContentsMargins(0, 0, 0, 0)
    page_layout.addWidget(tab.controls)
    ReadableSize(tab.plots, rows=3, extra_height=110)  # f, f′, f″ readable, with the legend and the x axis
    # its size hint is the size it last had: taken as preferred, the page kept a height it had at ×1.25
    tab.plots.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    page_layout.addWidget(tab.plots, 1)
    page_layout.addWidget(tab.readout_box)
    tab.vector_view = VectorView()
    tab.stack = PageStack()
    tab.stack.setProperty(CENTRE, True)  # its panels fold before it is squeezed
    tab.stack.addWidget(curve_page)
    tab.stack.addWidget(tab.vector_view)

    tab.side = CurvePanel()
    tab.extras, tab.notes = tab.side.extras, tab.side.notes

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(mark_controls(left))
    splitter.addWidget(vertical_scroll(tab.stack))  # the page scrolls when its plots would be too short
    splitter.addWidget(mark_controls(tab.side))
    tab.side.setProperty(FOLD_ORDER, 1)  # on a narrow window the catalogue folds first, the parameters after
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([230, 760, 380])
    tab.splitter = splitter
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
