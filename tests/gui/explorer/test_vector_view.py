"""The vector view (softmax, log_softmax, softmin, glu) as a class sees it: legible values, the export's colours.

Expected values are closed forms written with numpy (PyTorch docs); geometry is read
from the painted scene, in pixels.
"""

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

import engine
from figures.builders import vector_figure
from figures.palette import OKABE_ITO
from gui.explorer.vector_view import DEFAULT_LOGITS, VectorView


def _softmax(v):
    e = np.exp(v - np.max(v))
    return e / e.sum()


def expected_output(activation: str) -> np.ndarray:
    x = np.array(DEFAULT_LOGITS)
    if activation == "softmax":
        return _softmax(x)
    if activation == "log_softmax":
        return np.log(_softmax(x))
    if activation == "softmin":
        return _softmax(-x)
    a, b = np.split(x, 2)  # glu: a * sigmoid(b)
    return a / (1 + np.exp(-b))


@pytest.fixture
def view(qtbot):
    widget = VectorView()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_at(view: VectorView, qtbot, activation: str, width: int) -> None:
    view.resize(width, 640)
    view.set_activation(activation)
    qtbot.waitUntil(lambda: view.width() == width, timeout=60_000)
    QApplication.processEvents()
    view.bar_widget.grab()  # a paint: labels take their final place


def visible_labels(view: VectorView) -> list:
    return [t for t in view.bar_texts if t.isVisible()]


@pytest.mark.parametrize("activation", ["softmax", "log_softmax", "softmin", "glu"])
@pytest.mark.parametrize("width", [560, 900, 1280, 1700])
def test_bar_value_labels_never_run_together_or_leave_the_plot(view, qtbot, activation, width):
    shown_at(view, qtbot, activation, width)
    y = expected_output(activation)
    labels = visible_labels(view)
    boxes = [t.sceneBoundingRect() for t in labels]
    for a, b in itertools.combinations(boxes, 2):
        assert not a.intersects(b), f"value labels overlap at width {width}: {a} and {b}"
    plot_area = view.bar_plot.getViewBox().sceneBoundingRect()
    for box in boxes:
        assert plot_area.contains(box), f"a value label leaves the plot: {box} outside {plot_area}"
    for text in labels:
        i = round(text.pos().x())
        assert text.toPlainText() == f"{y[i - 1]:.2g}"
        assert text.pos().y() == pytest.approx(y[i - 1], rel=1e-5)  # at the end of its own bar


def test_with_room_every_bar_has_its_value_side_by_side(view, qtbot):
    shown_at(view, qtbot, "softmax", 1700)
    assert view.label_mode == "flat"
    assert len(visible_labels(view)) == 10
    assert all(t.angle == 0 for t in visible_labels(view))


def test_pointing_at_a_bar_reads_its_value_when_there_is_no_room_for_labels(view, qtbot):
    shown_at(view, qtbot, "softmax", 560)
    assert view.label_mode == "hidden" and not visible_labels(view)
    p = _softmax(np.array(DEFAULT_LOGITS))
    vb = view.bar_plot.getViewBox()
    view.bar_widget.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(10, p[9] / 2)))
    assert view.hovered == 10
    assert f"{p[9]:.4g}" in view.readout.text() and "3.75" in view.readout.text()
    assert [t.toPlainText() for t in visible_labels(view)] == [f"{p[9]:.2g}"]  # that bar's label alone
    input_vb = view.input_plot.getViewBox()
    view.input_widget.scene().sigMouseMoved.emit(input_vb.mapViewToScene(QPointF(5, 0.5)))
    assert view.hovered == 5 and f"{p[4]:.4g}" in view.readout.text() and "1.3" in view.readout.text()
    QApplication.sendEvent(view.input_widget, QEvent(QEvent.Type.Leave))
    assert view.hovered is None and not visible_labels(view)
    assert f"{p[4]:.4g}" not in view.readout.text()


def test_glu_readout_names_the_input_beyond_the_shorter_output(view, qtbot):
    shown_at(view, qtbot, "glu", 900)
    vb = view.input_plot.getViewBox()
    view.input_widget.scene().sigMouseMoved.emit(vb.mapViewToScene(QPointF(8, 0.5)))
    assert "1.1" in view.readout.text()  # x8 of the seed logits
    assert "output" not in view.readout.text()  # GLU halves the length: there is no y8


def test_bars_take_the_colours_of_the_exported_figure(view):
    """One source for the colours: what the screen shows is what a slide shows."""
    spec = vector_figure(view.result)
    inputs, outputs = spec.panels[0].series[0], spec.panels[1].series[0]
    assert view.input_bars.opts["brush"].color().name() == QColor(OKABE_ITO[inputs.color]).name()
    assert view.output_bars.opts["brush"].color().name() == QColor(OKABE_ITO[outputs.color]).name()
    assert inputs.color != outputs.color  # the input and the output are told apart


def test_jacobian_colour_bar_and_its_numbers_stay_inside_a_narrow_view(view, qtbot):
    shown_at(view, qtbot, "log_softmax", 640)
    widget = view.jac_widget
    bar = view.colorbar.axis.sceneBoundingRect()
    assert bar.width() > 20 and bar.right() <= widget.width() + 0.5
    assert view.jac_plot.sceneBoundingRect().width() <= widget.width() + 0.5


def test_the_engine_values_are_the_ones_labelled(view, qtbot):
    shown_at(view, qtbot, "softmax", 1700)
    result = engine.evaluate_vector("softmax", DEFAULT_LOGITS, device=view.device, dtype=view.dtype)
    assert [t.toPlainText() for t in view.bar_texts[:10]] == [f"{v:.2g}" for v in result.output]
