"""Spin boxes that say why they refuse a typed number, and the red line that shows the reason.

Full-width digits read as ASCII, a value outside the limits is kept as typed with the reason in ``problem``
(never cut short), the last good value stays. :class:`FloatSpinBox` and :class:`IntSpinBox` edit a registry
:class:`engine.Param` (the parameter panels, :mod:`gui.common.param_panel`); :func:`whole_number_spin` a whole
number that is none (shape, seed, layers, batch...).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from engine.errors import EngineError
from engine.params import Param, ascii_number_text, parse_number
from gui.common.engine_text import format_value

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    class _SpinBase(QAbstractSpinBox):
        """The mixin is checked as the spin box it is mixed into: what QSpinBox and QDoubleSpinBox both have
        (their numbers differ, int and float: see ``_value_text``). Outside the class body, for pyside6-lupdate."""

        problem: SignalInstance

        def prefix(self) -> str: ...
        def suffix(self) -> str: ...
        def decimals(self) -> int: ...

else:
    _SpinBase = object

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


#: Texts on the way to a number ("-", "1.", "2e-"): neither refused nor applied while typed.
_PARTIAL = re.compile(r"[+-]?(?:\d*\.?\d*(?:[eE][+-]?)?)?", re.ASCII)


class CheckedSpinMixin(_SpinBase):
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

    def _value_text(self, value: float | None = None) -> str:
        """The field's text (without prefix and suffix) for ``value``; None: its current value."""
        raise NotImplementedError

    def _typed(self, text: str) -> float | None:
        """The number ``text`` (as the field shows it) stands for; None when it is none."""
        return self._number(self._bare(text))

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
        return self.prefix() + self._value_text() + self.suffix()

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

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
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
            self._kept_text = self.prefix() + self._value_text(rounded) + self.suffix()
            self._say(
                self.tr("{0} rounded to {1} (this field shows {2} decimals)").format(
                    plain, self._value_text(rounded), self.decimals()
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

    def _value_text(self, value: float | None = None) -> str:
        return self.textFromValue(self.value() if value is None else value)

    def valueFromText(self, text: str, /) -> float:
        number = self._typed(text)
        if number is None:
            return self.value()
        return round(float(min(max(number, self.minimum()), self.maximum())), self.decimals())  # what is shown


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

    def _value_text(self, value: float | None = None) -> str:
        return self.textFromValue(self.value() if value is None else int(value))

    def valueFromText(self, text: str, /) -> int:
        number = self._typed(text)
        if number is None:
            return self.value()
        return int(min(max(number, self.minimum()), self.maximum()))


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
