"""Without a mouse: Tab walks through every input of the explorer's controls, in reading order, and comes back."""

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

from gui.common.tabs import control_panels
from tests.windows import shown_window, stop_jobs

INPUTS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QAbstractSlider, QAbstractItemView)


@pytest.fixture
def window(qtbot):
    window = shown_window(qtbot, active=True)
    yield window
    stop_jobs(window)


def inputs_in(widget: QWidget) -> list[QWidget]:
    """The enabled, shown inputs under ``widget`` that take focus from Tab (a spin box's line edit is the box)."""
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and w.isVisibleTo(widget.window())
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QAbstractSpinBox)
    ]


def tab_cycle(window: QWidget, start: QWidget, limit: int = 300) -> list[QWidget]:
    """Press Tab from ``start`` until the focus is back on it; every widget the focus visited, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [QApplication.focusWidget()]
    for _ in range(limit):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is visited[0]:
            return visited
        visited.append(QApplication.focusWidget())
    raise AssertionError(f"Tab never came back to {start} after {limit} presses")


def test_tab_reaches_every_input_of_the_explorers_controls_in_reading_order_and_comes_back(window):
    explorer = window.lab_tabs()[0]
    explorer.add_curve("prelu")  # a curve with a parameter: its slider and field join the side panel
    explorer.select_curve(1)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the previous curve's panel is gone
    QApplication.processEvents()  # the new one is shown
    panels = [p for p in control_panels(window) if explorer.isAncestorOf(p)]
    left, side = sorted(panels, key=lambda p: p.mapTo(window, QPoint(0, 0)).x())  # left to right on screen
    groups = [inputs_in(left), inputs_in(explorer.controls), inputs_in(side)]
    assert all(groups) and len(groups[2]) >= 3  # search, list, buttons; x range, ...; slider, field, reset

    visited = tab_cycle(window, groups[0][0])

    missed = [w for group in groups for w in group if w not in visited]
    assert not missed, [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in missed]
    positions = [[visited.index(w) for w in group] for group in groups]
    assert max(positions[0]) < min(positions[1]) and max(positions[1]) < min(positions[2])  # left, middle, right
    slider = next(w for w in groups[2] if isinstance(w, QAbstractSlider))
    assert visited.index(slider) < visited.index(explorer.notes)  # the parameters before the notes under them
