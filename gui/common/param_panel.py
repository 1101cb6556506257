"""Parameter widgets with sliders, generated from the registry's :class:`engine.Param` specs.

The one parameter editor of the app: the explorer's activations, the initialisation
tab's initialisers (and the one compared with them) and the depth tab's activation
and initialiser all use :class:`SliderParamPanel`.

A float (or int) gets a slider and a spin box sharing the registry's limits and
step, a bool a check box, a choice a combo box. A value typed outside the limits
is refused by the spin box itself (:mod:`gui.common.checked_spin`) and the reason
appears under it in red; the last good value stays. The panel only reports changes (``changed``); the owner
validates them against the engine and may call :meth:`SliderParamPanel.show_problem`.
A panel can be re-used for another registry entry (:meth:`SliderParamPanel.set_specs`)
and greyed out as a whole (``setEnabled``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget
from superqt import QDoubleSlider
from superqt.utils import signals_blocked

from engine.params import Param
from engine.resolve import Formula
from gui.common.checked_spin import PROBLEM_STYLE, FloatSpinBox, IntSpinBox
from gui.common.engine_messages import engine_message
from gui.common.engine_text import engine_tr
from gui.common.sweep import SweepButton


def snap(value: float, spec: Param) -> float:
    """``value`` rounded to a multiple of the registry's step, inside the limits.

    Multiples of the step (not minimum + k·step) so round values such as the
    defaults stay reachable: ELU's alpha (minimum 0.01, step 0.05) goes 0.95, 1.0, 1.05.
    """
    if spec.step:
        value = round(value / spec.step) * spec.step
    if spec.minimum is not None:
        value = max(value, spec.minimum)
    if spec.maximum is not None:
        value = min(value, spec.maximum)
    return round(value, 10)


class NumberEditor(QWidget):
    """Slider + spin box for a float or int parameter; emits ``value_changed`` while dragging."""

    value_changed = Signal(object)
    problem = Signal(str)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        low, high = spec.minimum, spec.maximum  # a slider only when both are set
        self.slider: QSlider | QDoubleSlider | None = None
        if spec.kind == "int":
            self.spin: FloatSpinBox | IntSpinBox = IntSpinBox(spec)
            if low is not None and high is not None:
                self.slider = QSlider(Qt.Orientation.Horizontal)
                self.slider.setRange(int(low), int(high))
                self.slider.setSingleStep(int(spec.step or 1))
        else:
            self.spin = FloatSpinBox(spec)
            if low is not None and high is not None:
                self.slider = QDoubleSlider(Qt.Orientation.Horizontal)
                self.slider.setRange(low, high)
                self.slider.setSingleStep(spec.step or (high - low) / 100)
                self.slider.setPageStep(10 * (spec.step or (high - low) / 100))
        if self.slider is not None:
            self.slider.setMinimumWidth(120)
            self.sweep = SweepButton(self.slider, self)  # ▶: the slider moves by itself, the plots follow
            layout.addWidget(self.sweep)
            layout.addWidget(self.slider, 1)
            self.slider.valueChanged.connect(self._from_slider)
        layout.addWidget(self.spin)
        self.spin.valueChanged.connect(self._from_spin)
        self.spin.problem.connect(self.problem)
        self._value = spec.default

    def value(self):
        return self._value

    def set_value(self, value) -> None:
        """Show ``value`` without emitting ``value_changed``."""
        self._value = value
        self.spin.forget_notice()
        self._show_in_spin(value)
        self._show_in_slider(value)

    def _show_in_spin(self, value: float) -> None:
        with signals_blocked(self.spin):
            if isinstance(self.spin, IntSpinBox):
                self.spin.setValue(int(value))
            else:
                self.spin.setValue(value)

    def _show_in_slider(self, value: float) -> None:
        if self.slider is None:
            return
        with signals_blocked(self.slider):
            if isinstance(self.slider, QDoubleSlider):
                self.slider.setValue(value)
            else:
                self.slider.setValue(int(value))

    def _from_slider(self, raw: float) -> None:
        value = int(raw) if self.spec.kind == "int" else snap(float(raw), self.spec)
        if self.spin.notice():  # the slider moved on from a refused text
            self.spin.forget_notice()
            self.problem.emit("")
        self._show_in_spin(value)
        self._emit(value)

    def _from_spin(self, raw: float) -> None:
        value = int(raw) if self.spec.kind == "int" else float(raw)
        self._show_in_slider(value)
        self._emit(value)

    def _emit(self, value) -> None:
        if value == self._value or (isinstance(value, float) and math.isnan(value)):
            return
        self._value = value
        self.value_changed.emit(value)


class BoolEditor(QCheckBox):
    value_changed = Signal(object)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.toggled.connect(lambda checked: self.value_changed.emit(bool(checked)))

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value) -> None:
        with signals_blocked(self):
            self.setChecked(bool(value))


class ChoiceEditor(QComboBox):
    value_changed = Signal(object)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        for choice in spec.choices:
            self.addItem(engine_tr(choice), choice)
        self.currentIndexChanged.connect(lambda i: self.value_changed.emit(self.itemData(i)))

    def value(self) -> str:
        return self.currentData()

    def set_value(self, value) -> None:
        with signals_blocked(self):
            self.setCurrentIndex(max(0, self.findData(value)))


Editor = NumberEditor | BoolEditor | ChoiceEditor


def make_editor(spec: Param) -> Editor:
    """The widget for one parameter kind."""
    if spec.kind == "bool":
        return BoolEditor(spec)
    if spec.kind == "choice":
        return ChoiceEditor(spec)
    return NumberEditor(spec)


class SliderParamPanel(QWidget):
    """Editors for a tuple of :class:`Param`, a problem line under each, and "Reset to defaults".

    ``changed(name, value)`` fires on every edit (also while a slider is dragged);
    ``reset_requested`` when the reset button is pressed (the owner decides what to reset).
    """

    changed = Signal(str, object)
    reset_requested = Signal()

    def __init__(
        self, specs: Sequence[Param] = (), values: Mapping | None = None, parent: QWidget | None = None, *, compact: bool = False
    ):
        """``compact``: each parameter's description only as a tooltip, and no room taken when there is
        nothing to edit (for a column that holds several panels)."""
        super().__init__(parent)
        self.compact = compact
        self.specs: tuple[Param, ...] = ()
        self.editors: dict[str, Editor] = {}
        self.problems: dict[str, QLabel] = {}
        self.reset_button: QPushButton | None = None
        self._engine_problem = ""  # the editor whose line shows an engine refusal
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(1, 1)
        self.set_specs(specs, values)

    def set_specs(self, specs: Sequence[Param], values: Mapping | None = None) -> None:
        """Show editors for ``specs`` (another registry entry), at their defaults overridden by ``values``.

        No ``changed`` is emitted: the owner knows it asked for new parameters.
        """
        grid = self._grid
        while (item := grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.reset_button = None
        self.specs = tuple(specs)
        self.editors, self.problems = {}, {}
        self._engine_problem = ""
        row = 0
        for spec in self.specs:
            label = QLabel(spec.name)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setToolTip(engine_tr(spec.doc))
            editor = make_editor(spec)
            editor.setToolTip(engine_tr(spec.doc))
            editor.value_changed.connect(lambda value, name=spec.name: self.changed.emit(name, value))
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            row += 1
            if spec.doc and not self.compact:
                doc = QLabel(engine_tr(spec.doc))
                doc.setWordWrap(True)
                doc.setEnabled(False)  # the palette's muted text colour
                grid.addWidget(doc, row, 1)
                row += 1
            problem = QLabel()
            problem.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed: never read as HTML
            problem.setStyleSheet(PROBLEM_STYLE)
            problem.setWordWrap(True)
            problem.hide()
            grid.addWidget(problem, row, 0, 1, 2)
            row += 1
            if isinstance(editor, NumberEditor):
                editor.problem.connect(lambda text, name=spec.name: self.show_problem(name, text))
            self.editors[spec.name] = editor
            self.problems[spec.name] = problem
        if self.specs:
            self.reset_button = QPushButton(self.tr("Reset to defaults"))
            self.reset_button.clicked.connect(self.reset_requested)
            grid.addWidget(self.reset_button, row, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        elif not self.compact:
            none = QLabel(self.tr("No parameters."))
            none.setEnabled(False)
            grid.addWidget(none, row, 0, 1, 2)
        if self.compact:
            if not self.specs:
                self.hide()
            elif self.isHidden() and self.parentWidget() is not None:
                self.show()
        self.set_values({spec.name: spec.default for spec in self.specs} | dict(values or {}))

    def values(self) -> dict:
        """The value shown in every editor, by parameter name."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: Mapping) -> None:
        """Show ``values`` (no ``changed`` emitted) and clear the problem lines."""
        for name, editor in self.editors.items():
            if name in values:
                editor.set_value(values[name])
            self.show_problem(name, "")

    def show_problem(self, name: str, text: str) -> None:
        """Show (or clear, with ``""``) the reason a value for ``name`` was refused."""
        label = self.problems.get(name)
        if label is None:
            return
        label.setText(engine_message(text))
        label.setVisible(bool(text))

    def show_engine_problem(self, owner: str | Formula, field: str, text: str) -> bool:
        """Show an engine refusal (``field`` such as ``"uniform.a"``) under its editor if ``owner`` is
        this panel's entry; True when shown. Cleared by :meth:`clear_engine_problem` or new values."""
        prefix, _, name = field.partition(".")
        self.clear_engine_problem()
        if prefix != owner or name not in self.problems:
            return False
        self.show_problem(name, text)
        self._engine_problem = name
        return True

    def clear_engine_problem(self) -> None:
        """Clear the line :meth:`show_engine_problem` wrote (a spin box's own refusal stays)."""
        if self._engine_problem:
            self.show_problem(self._engine_problem, "")
            self._engine_problem = ""
