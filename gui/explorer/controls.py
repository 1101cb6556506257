"""The row of view controls above the explorer's plots: x range, points, f″, shading, marks, log |f′|.

Widgets only; the explorer tab connects them and keeps them in step with its state.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget
from superqt import QFlowLayout
from superqt.utils import signals_blocked

from gui.common.param_panel import PROBLEM_STYLE
from gui.explorer.curves import DEFAULT_EPS, DEFAULT_POINTS, DEFAULT_X_RANGE

MAX_GUI_POINTS = 100_001  # beyond this the lines take longer to draw than a drag step


def quietly(setter: Callable[[object], None], value: object) -> None:
    """``setter(value)`` on a widget's slot without its change signal (the tab already follows the value)."""
    with signals_blocked(setter.__self__):
        setter(value)


def range_spin(value: float) -> QDoubleSpinBox:
    """A spin box for one end of the x range (applied on Enter or focus out, not per key)."""
    spin = QDoubleSpinBox()
    spin.setRange(-1e6, 1e6)
    spin.setDecimals(3)
    spin.setSingleStep(0.5)
    spin.setKeyboardTracking(False)
    spin.setValue(value)
    return spin


class ViewControls(QWidget):
    """The controls, in groups that wrap onto a second line in a narrow window, and under them
    the reason a typed x range was refused."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QWidget()
        column.addWidget(row)
        self.range_problem = QLabel()
        self.range_problem.setStyleSheet(PROBLEM_STYLE)
        self.range_problem.hide()
        column.addWidget(self.range_problem)
        flow = QFlowLayout(row)
        flow.setContentsMargins(6, 4, 6, 0)
        self.x_min_spin = range_spin(DEFAULT_X_RANGE[0])
        self.x_max_spin = range_spin(DEFAULT_X_RANGE[1])
        self.points_spin = QSpinBox()
        self.points_spin.setRange(2, MAX_GUI_POINTS)
        self.points_spin.setGroupSeparatorShown(True)
        self.points_spin.setValue(DEFAULT_POINTS)
        self.points_spin.setToolTip(self.tr("Number of evenly spaced x values (torch.linspace)"))
        self.second_check = QCheckBox(self.tr("f″"))
        self.second_check.setChecked(True)
        self.second_check.setToolTip(self.tr("Show the second derivative"))
        self.saturation_check = QCheckBox(self.tr("shade |f′| < ε, ε ="))
        self.saturation_check.setChecked(True)
        self.saturation_check.setToolTip(
            self.tr("Shade where the selected curve's gradient almost vanishes (saturation, dead zone)")
        )
        self.eps_spin = QDoubleSpinBox()
        self.eps_spin.setDecimals(4)
        self.eps_spin.setRange(0.0001, 1.0)
        self.eps_spin.setSingleStep(0.005)
        self.eps_spin.setValue(DEFAULT_EPS)
        self.marks_check = QCheckBox(self.tr("kinks && bounds"))
        self.marks_check.setChecked(True)
        self.marks_check.setToolTip(
            self.tr(
                "Mark where f is not differentiable (filled: the value autograd uses; "
                "open: the one-sided limits) and the bounds of the output range"
            )
        )
        self.log_check = QCheckBox(self.tr("log |f′|"))
        self.log_check.setToolTip(self.tr("|f′| on a log axis: shows how precision runs out in the tails"))
        self.reset_button = QPushButton(self.tr("Reset view"))
        self.reset_button.setToolTip(self.tr("Back to x from {0:g} to {1:g}").format(*DEFAULT_X_RANGE))
        groups = (
            (QLabel(self.tr("x from")), self.x_min_spin, QLabel(self.tr("to")), self.x_max_spin),
            (QLabel(self.tr("points")), self.points_spin),
            (self.second_check,),
            (self.saturation_check, self.eps_spin),
            (self.marks_check,),
            (self.log_check,),
            (self.reset_button,),
        )
        for widgets in groups:
            group = QWidget()
            box = QHBoxLayout(group)
            box.setContentsMargins(0, 0, 8, 0)
            for widget in widgets:
                box.addWidget(widget)
            flow.addWidget(group)

    def show_range(self, x_min: float, x_max: float) -> None:
        """The spin boxes show [x_min, x_max] (no signal) and no problem."""
        self.range_problem.hide()
        self._set_range(x_min, x_max)

    def refuse_range(self, x_min: float, x_max: float, kept: tuple[float, float]) -> None:
        """Say why [x_min, x_max] was refused; the spin boxes go back to the ``kept`` range."""
        self.range_problem.setText(
            self.tr("x from ({0:g}) must be below x to ({1:g}); the plot keeps [{2:g}, {3:g}]").format(x_min, x_max, *kept)
        )
        self.range_problem.show()
        self._set_range(*kept)

    def _set_range(self, x_min: float, x_max: float) -> None:
        with signals_blocked(self.x_min_spin), signals_blocked(self.x_max_spin):
            self.x_min_spin.setValue(x_min)
            self.x_max_spin.setValue(x_max)
