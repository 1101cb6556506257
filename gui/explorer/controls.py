"""The row of view controls above the explorer's plots: x range, points, f″, shading, marks, log |f′|.

Widgets only; the explorer tab connects them and keeps them in step with its state. The number fields
are the parameter panel's spin boxes: full-width digits accepted, and a value they cannot take is
kept out with the reason on the problem line under the row ("points: 0 is below the minimum 2: kept 2,001").
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from superqt import QFlowLayout
from superqt.utils import signals_blocked

from engine.params import Param
from gui.common.checked_spin import PROBLEM_STYLE, FloatSpinBox, IntSpinBox
from gui.explorer.curves import DEFAULT_EPS, DEFAULT_POINTS, DEFAULT_X_RANGE
from gui.explorer.plots import MIN_X_SPAN, X_LIMIT
from states.explorer import EPS_RANGE, MAX_POINTS

T = TypeVar("T")

MAX_GUI_POINTS = MAX_POINTS


def quietly(setter: Callable[[T], None], value: T) -> None:
    """``setter(value)`` on a widget's slot without its change signal (the tab already follows the value)."""
    with signals_blocked(getattr(setter, "__self__")):  # noqa: B009 - a bound slot's widget, which Callable does not name
        setter(value)


def range_spin(name: str, value: float) -> FloatSpinBox:
    """A spin box for one end of the x range (applied on Enter or focus out, not per key)."""
    spin = FloatSpinBox(Param(name, "float", value, minimum=-X_LIMIT, maximum=X_LIMIT, step=0.5))
    spin.setDecimals(3)
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
        self.range_problem = QLabel()  # the problem line of every field in the row
        self.range_problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self.range_problem.setWordWrap(True)
        self.range_problem.setStyleSheet(PROBLEM_STYLE)
        self.range_problem.hide()
        column.addWidget(self.range_problem)
        flow = QFlowLayout(row)
        flow.setContentsMargins(6, 4, 6, 0)
        self.x_min_spin = range_spin("x_min", DEFAULT_X_RANGE[0])
        self.x_max_spin = range_spin("x_max", DEFAULT_X_RANGE[1])
        self.points_spin = IntSpinBox(Param("points", "int", DEFAULT_POINTS, minimum=2, maximum=MAX_GUI_POINTS))
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
        self.eps_spin = FloatSpinBox(Param("eps", "float", DEFAULT_EPS, minimum=EPS_RANGE[0], maximum=EPS_RANGE[1], step=0.005))
        self.eps_spin.setDecimals(4)
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
        for spin, name in (
            (self.x_min_spin, self.tr("x from")),
            (self.x_max_spin, self.tr("x to")),
            (self.points_spin, self.tr("points")),
            (self.eps_spin, self.tr("ε")),
        ):
            spin.problem.connect(lambda text, name=name: self.show_problem(name, text))

    def show_problem(self, field: str, text: str) -> None:
        """``field``'s reason for keeping a value out on the problem line ("" clears it)."""
        self.range_problem.setText(self.tr("{0}: {1}").format(field, text) if text else "")
        self.range_problem.setVisible(bool(text))

    def show_range(self, x_min: float, x_max: float) -> None:
        """The spin boxes show [x_min, x_max] (no signal) and no problem."""
        self.range_problem.hide()
        self._set_range(x_min, x_max)

    def range_refusal(self, x_min: float, x_max: float) -> str:
        """Why [x_min, x_max] cannot be plotted ("" if it can)."""
        if not (math.isfinite(x_min) and math.isfinite(x_max)):
            return self.tr("x from and x to must be finite numbers (got {0:g} and {1:g})").format(x_min, x_max)
        if x_min >= x_max:
            return self.tr("x from ({0:g}) must be below x to ({1:g})").format(x_min, x_max)
        if max(abs(x_min), abs(x_max)) > X_LIMIT:
            return self.tr("x must lie within ±{0:g} (got {1:g} to {2:g})").format(X_LIMIT, x_min, x_max)
        if x_max - x_min < MIN_X_SPAN:
            return self.tr("the range must be at least {0:g} wide").format(MIN_X_SPAN)
        return ""

    def refuse_range(self, reason: str, kept: tuple[float, float]) -> None:
        """Say why a range was refused; the spin boxes go back to the ``kept`` range."""
        self.range_problem.setText(self.tr("{0}; the plot keeps [{1:g}, {2:g}]").format(reason, *kept))
        self.range_problem.show()
        self._set_range(*kept)

    def _set_range(self, x_min: float, x_max: float) -> None:
        with signals_blocked(self.x_min_spin), signals_blocked(self.x_max_spin):
            self.x_min_spin.forget_notice()
            self.x_max_spin.forget_notice()
            self.x_min_spin.setValue(x_min)
            self.x_max_spin.setValue(x_max)
