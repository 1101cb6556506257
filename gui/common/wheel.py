"""The mouse wheel scrolls the panel under the pointer; a value widget takes it only when it has the focus.

Qt lets every spin box, combo box and slider under the pointer take the wheel, so scrolling down
the training tab's controls changed the learning rate from 0.03 to 10 on the way. One application
event filter (:func:`install`, done by the main window) fixes it for every tab at once: a wheel
event over a value widget without focus goes to the scroll area around it, which
scrolls, and value widgets no longer take the focus from the wheel (click or Tab gives it).
"""

from __future__ import annotations

from PySide6 import QtCore  # its Qt namespace used in functions only: PySide6 builds all its enums at first use
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

VALUE_WIDGETS = (QAbstractSpinBox, QComboBox, QAbstractSlider)
_GUARD = "lab_wheel_guard"


def value_widget(obj: QObject) -> QWidget | None:
    """The spin box, combo box or slider ``obj`` is or belongs to (a spin box's line edit), else None."""
    for candidate in (obj, obj.parent() if isinstance(obj, QWidget) else None):
        if isinstance(candidate, VALUE_WIDGETS) and not isinstance(candidate, QScrollBar):  # a scroll bar scrolls
            return candidate
    return None


def scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    """The innermost scroll area whose viewport holds ``widget``."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and child is parent.viewport():
            return parent
        child, parent = parent, parent.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide filter: the wheel changes a value only where the user put the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        widget = value_widget(watched)
        if widget is None or widget.hasFocus():
            return False
        proxy = widget.focusProxy()
        if proxy is not None and proxy.hasFocus():
            return False
        if widget.focusPolicy() == QtCore.Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # the wheel never takes the focus from the field
        area = scroll_area_around(widget)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)  # the panel around it scrolls
        return True


def install(app: QApplication | None = None) -> WheelGuard:
    """Filter every wheel event of ``app`` (the running application) through one :class:`WheelGuard`."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    assert app is not None, "create the QApplication first"
    guard = app.property(_GUARD)
    if isinstance(guard, WheelGuard):
        return guard
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty(_GUARD, guard)
    return guard
