"""Parameter widgets with sliders, generated from the registry's :class:`engine.Param` specs.

The one parameter editor of the app: the explorer's activations, the initialisation
tab's initialisers (and the one compared with them) and the depth tab's activation
and initialiser all use :class:`SliderParamPanel`.

A float (or int) gets a slider and a spin box sharing the registry's limits and
step, a bool a check box, a choice a combo box. A value typed outside the limits
is refused by the spin box itself and the reason appears under it in red; the
last good value stays. The panel only reports changes (``changed``); the owner
validates them against the engine and may call :meth:`SliderParamPanel.show_problem`.
A panel can be re-used for another registry entry (:meth:`SliderParamPanel.set_specs`)
and greyed out as a whole (``setEnabled``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)
from superqt import QDoubleSlider
from superqt.utils import signals_blocked

from engine.errors import EngineError
from engine.params import Param, ascii_number_text, parse_number
from engine.resolve import Formula
from gui.common.engine_messages import engine_message
from gui.common.engine_text import engine_tr, format_value
from gui.common.sweep import SweepButton

PROBLEM_STYLE = "color: #B00020;"
UNBOUNDED = 1e9


def _decimals(spec: Param) -> int:
    """Enough decimals for the step and the default (0.125 must not show as 0.13)."""
    needed = 2
    for number in (spec.step, spec.default, spec.minimum, spec.maximum):
        if isinstance(number, float) and number:
            text = f"{abs(number):.6g}"
            if "e" not in text and "." in text:
                needed = max(needed, len(text.split(".")[1]))
    return min(needed, 6)


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


#: Texts on the way to a number ("-", "1.", "2e-"): neither refused nor applied while typed.
_PARTIAL = re.compile(r"[+-]?(?:\d*\.?\d*(?:[eE][+-]?)?)?", re.ASCII)


class CheckedSpinMixin:
    """Spin-box behaviour for typed numbers: full-width digits and punctuation (``１２．５``) read as ASCII
    (:func:`engine.params.parse_number`), and a value outside the limits is never cut short or dropped
    in silence. Typing ``99999999`` for a maximum of 10 once kept only the first ``9`` (Qt refused each
    further key) and said "99 is above the maximum 10". Now the whole text stays while it is typed, the
    reason shows under the field (``problem``), and on Enter or leaving the field the last good value is
    kept and the line says so ("…: kept 1"). Values apply on Enter (no keyboard tracking): a prefix of
    what is being typed is never applied on its way.
    """

    spec: Param
    _notice = ""  # the reason shown under the field
    _kept_text = ""  # the text fixup() put back: its notice stays until the next edit

    def _setup_checks(self) -> None:
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def _say(self, text: str) -> None:
        if text != self._notice:
            self._notice = text
            self.problem.emit(text)

    def notice(self) -> str:
        """The reason shown under the field ("" for none)."""
        return self._notice

    def forget_notice(self) -> None:
        """The value was set by other means (slider, owner): the notice no longer applies (not emitted)."""
        self._notice, self._kept_text = "", ""

    def _bare(self, text: str) -> str:
        """The typed text without the field's prefix and suffix (" %"), as ASCII."""
        prefix, suffix = self.prefix(), self.suffix()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return ascii_number_text(text)

    def _shown_value(self) -> str:
        """The field's text for its current value, prefix and suffix included (what the field shows)."""
        return self.prefix() + self.textFromValue(self.value()) + self.suffix()

    def _number(self, text: str) -> float | int | None:
        try:
            number = parse_number(text, self.spec.name)
        except EngineError:
            return None
        return None if math.isnan(number) else number

    def _reason(self, text: str) -> str:
        """Why ``text`` cannot be this field's value ("" if it can)."""
        plain = self._bare(text)
        number = self._number(plain)
        if number is None:
            return self.tr("“{0}” is not a number").format(text.strip())
        spec = self.spec
        if spec.minimum is not None and number < spec.minimum:
            return self.tr("{0} is below the minimum {1}").format(plain, format_value(spec.minimum))
        if spec.maximum is not None and number > spec.maximum:
            return self.tr("{0} is above the maximum {1}").format(plain, format_value(spec.maximum))
        if spec.kind == "int" and number != int(number):
            return self.tr("{0} is not a whole number").format(plain)
        return ""

    def _too_precise(self, plain: str) -> bool:
        """More decimals typed than the field shows (1.667 in a 2-decimal field): rounded, and said."""
        return self.spec.kind == "float" and "." in plain and len(plain.split(".")[1].split("e")[0]) > self.decimals()

    def validate(self, text: str, pos: int):
        if self._kept_text and text == self._kept_text:  # the kept value just put back: its notice stays
            return QValidator.State.Acceptable, text, pos
        self._kept_text = ""
        plain = self._bare(text)
        if _PARTIAL.fullmatch(plain) and self._number(plain) is None:  # "", "-", "2e": still being typed
            self._say("")
            return QValidator.State.Intermediate, text, pos
        reason = self._reason(text)
        if not reason and self._too_precise(plain):  # accepted, rounded to what the field shows; the notice stays
            rounded = round(float(self._number(plain) or 0.0), self.decimals())
            self._kept_text = self.prefix() + self.textFromValue(rounded) + self.suffix()
            self._say(
                self.tr("{0} rounded to {1} (this field shows {2} decimals)").format(
                    plain, self.textFromValue(rounded), self.decimals()
                )
            )
            return QValidator.State.Acceptable, text, pos
        if not reason:
            self._say("")
            return QValidator.State.Acceptable, text, pos
        if self._number(plain) is not None:  # outside the limits: stays as typed; Enter keeps the last value, saying so
            self._say(reason)
            return QValidator.State.Intermediate, text, pos
        # not a number: refused key by key (the field goes back to its text), with the reason
        kept = self._kept_text = self._shown_value()
        self._say(self.tr("{0}: kept {1}").format(reason, kept))
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        """On Enter or leaving the field with a value that cannot be used: keep the last one, and say so."""
        kept = self._shown_value()
        reason = self._reason(text) if self._bare(text) else self.tr("no number typed")
        self._kept_text = kept
        self._say(self.tr("{0}: kept {1}").format(reason, kept) if reason else "")
        return kept

    def valueFromText(self, text: str):
        number = self._number(self._bare(text))
        if number is None:
            return self.value()
        number = min(max(number, self.minimum()), self.maximum())
        return int(number) if self.spec.kind == "int" else round(float(number), self.decimals())  # what is shown


class FloatSpinBox(CheckedSpinMixin, QDoubleSpinBox):
    """A spin box for one float parameter that says why it refuses a value."""

    problem = Signal(str)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setDecimals(_decimals(spec))
        self.setRange(
            spec.minimum if spec.minimum is not None else -UNBOUNDED, spec.maximum if spec.maximum is not None else UNBOUNDED
        )
        self.setSingleStep(spec.step or 0.1)
        self.setAccelerated(True)
        self.setMinimumWidth(90)
        self._setup_checks()


class IntSpinBox(CheckedSpinMixin, QSpinBox):
    """A spin box for one int parameter that says why it refuses a value."""

    problem = Signal(str)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setRange(
            int(spec.minimum) if spec.minimum is not None else -(2**31) + 1,
            int(spec.maximum) if spec.maximum is not None else 2**31 - 1,
        )
        self.setSingleStep(int(spec.step or 1))
        self._setup_checks()

    def decimals(self) -> int:
        return 0


def whole_number_spin(name: str, low: int, high: int, value: int, suffix: str = "") -> IntSpinBox:
    """A spin box for a whole number that is not a registry parameter (shape, seed, layers, batch...): full-width
    digits read, a value outside [low, high] kept as typed with the reason in ``problem``, never cut short."""
    spin = IntSpinBox(Param(name, "int", value, low, high, 1))
    spin.setSuffix(suffix)
    spin.setValue(value)
    spin.setGroupSeparatorShown(True)
    return spin


class NoticeLine(QLabel):
    """The red line under a column of number fields: the latest field's reason, hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(PROBLEM_STYLE)
        self.hide()

    def watch(self, *spins: IntSpinBox | FloatSpinBox) -> None:
        for spin in spins:
            spin.problem.connect(self.say)

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class NumberEditor(QWidget):
    """Slider + spin box for a float or int parameter; emits ``value_changed`` while dragging."""

    value_changed = Signal(object)
    problem = Signal(str)

    def __init__(self, spec: Param, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bounded = spec.minimum is not None and spec.maximum is not None
        if spec.kind == "int":
            self.spin: QDoubleSpinBox | QSpinBox = IntSpinBox(spec)
            self.slider: QSlider | QDoubleSlider | None = QSlider(Qt.Orientation.Horizontal) if bounded else None
            if self.slider is not None:
                self.slider.setRange(int(spec.minimum), int(spec.maximum))
                self.slider.setSingleStep(int(spec.step or 1))
        else:
            self.spin = FloatSpinBox(spec)
            self.slider = QDoubleSlider(Qt.Orientation.Horizontal) if bounded else None
            if self.slider is not None:
                self.slider.setRange(spec.minimum, spec.maximum)
                self.slider.setSingleStep(spec.step or (spec.maximum - spec.minimum) / 100)
                self.slider.setPageStep(10 * (spec.step or (spec.maximum - spec.minimum) / 100))
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
        with signals_blocked(self.spin):
            self.spin.setValue(value)
        if self.slider is not None:
            with signals_blocked(self.slider):
                self.slider.setValue(value)

    def _from_slider(self, raw) -> None:
        value = int(raw) if self.spec.kind == "int" else snap(float(raw), self.spec)
        if self.spin.notice():  # the slider moved on from a refused text
            self.spin.forget_notice()
            self.problem.emit("")
        with signals_blocked(self.spin):
            self.spin.setValue(value)
        self._emit(value)

    def _from_spin(self, raw) -> None:
        value = int(raw) if self.spec.kind == "int" else float(raw)
        if self.slider is not None:
            with signals_blocked(self.slider):
                self.slider.setValue(value)
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


def make_editor(spec: Param) -> QWidget:
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
        self.editors: dict[str, QWidget] = {}
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
        while grid.count():
            widget = grid.takeAt(0).widget()
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
