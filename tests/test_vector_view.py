"""The vector view (softmax, log_softmax, softmin, glu) as a class sees it: legible values, the export's colours.

Expected values are closed forms written with numpy (PyTorch docs); geometry is read
from the painted scene, in pixels.
"""

import pytest
from PySide6.QtGui import QColor

from gui.figures import vector_figure
from gui.palette import OKABE_ITO
from gui.vector_view import VectorView


@pytest.fixture
def view(qtbot):
    widget = VectorView()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_bars_take_the_colours_of_the_exported_figure(view):
    """One source for the colours: what the screen shows is what a slide shows."""
    spec = vector_figure(view.result)
    inputs, outputs = spec.panels[0].series[0], spec.panels[1].series[0]
    assert view.input_bars.opts["brush"].color().name() == QColor(OKABE_ITO[inputs.color]).name()
    assert view.output_bars.opts["brush"].color().name() == QColor(OKABE_ITO[outputs.color]).name()
    assert inputs.color != outputs.color  # the input and the output are told apart
