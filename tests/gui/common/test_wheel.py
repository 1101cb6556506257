"""The wheel over a spin box, combo box or slider scrolls the panel unless that widget has the focus."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QScrollArea, QSlider, QVBoxLayout, QWidget

from gui.common import wheel


def _roll(widget: QWidget, notches: int = -1) -> None:
    """A wheel turn of ``notches`` (negative: towards the user, i.e. scroll down) over ``widget``'s centre."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


@pytest.fixture
def panel(qtbot):
    wheel.install()
    content = QWidget()
    column = QVBoxLayout(content)
    spin, combo, slider = QDoubleSpinBox(), QComboBox(), QSlider(Qt.Orientation.Horizontal)
    spin.setRange(0, 100)
    spin.setValue(50)
    combo.addItems([str(i) for i in range(10)])
    combo.setCurrentIndex(5)
    slider.setRange(0, 100)
    slider.setValue(50)
    for widget in (spin, combo, slider):
        column.addWidget(widget)
    column.addSpacing(3000)  # a long panel: it scrolls
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.resize(300, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    area.setFocus()  # the panel, not a field, has the focus
    QApplication.processEvents()
    assert not any(w.hasFocus() for w in (spin, combo, slider))
    return area, spin, combo, slider


def test_the_wheel_over_an_unfocused_value_widget_scrolls_the_panel_and_leaves_the_value(panel):
    area, spin, combo, slider = panel
    bar = area.verticalScrollBar()
    for widget in (spin, combo, slider):
        before = bar.value()
        _roll(widget)
        assert bar.value() > before, type(widget).__name__
        bar.setValue(0)
    assert (spin.value(), combo.currentIndex(), slider.value()) == (50, 5, 50)


def test_the_wheel_changes_the_value_of_the_widget_with_the_focus(panel, qtbot):
    area, spin, _combo, _slider = panel
    area.activateWindow()
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=60_000)
    _roll(spin, notches=+1)
    assert spin.value() == 51
    assert area.verticalScrollBar().value() == 0
