"""The "New formula…" dialog: type an activation as a formula in x, checked as you type.

Shared by the explorer (a new curve, or editing a formula curve) and the depth tab (a
formula as the network's activation), so it lives here and not in either tab. The text
is checked by :func:`engine.resolve.expression_of` on every keystroke (a few milliseconds:
parsing and compiling, never running user code); a refused formula shows the engine's
message under the field with the offending part highlighted, Add is disabled and the
preview keeps the last good curve. The presets come from :data:`engine.FORMULA_PRESETS`.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import engine
from engine.errors import EngineError
from engine.expressions import Expression, ExpressionError
from engine.resolve import expression_of
from gui.common.engine_text import engine_tr, format_value
from gui.common.param_panel import PROBLEM_STYLE

PREVIEW_RANGE = (-5.0, 5.0)
PREVIEW_POINTS = 401
PREVIEW_X = np.linspace(*PREVIEW_RANGE, PREVIEW_POINTS)
_MARK = "background-color: #FFD6DC; color: #B00020; font-weight: bold;"


def marked_formula_html(text: str, column: int | None, snippet: str) -> str:
    """``text`` as HTML with ``snippet`` at 1-based ``column`` highlighted (a caret at the end when it is empty)."""
    if column is None or column < 1:
        return f"<code>{html.escape(text)}</code>"
    start = min(column - 1, len(text))
    length = len(snippet) if text[start : start + len(snippet)] == snippet and snippet else 1
    head, bad, tail = text[:start], text[start : start + length], text[start + length :]
    if not bad:
        bad = "␣"  # the formula stops where something was expected
    return f"<code>{html.escape(head)}<span style='{_MARK}'>{html.escape(bad)}</span>{html.escape(tail)}</code>"


class FormulaDialog(QDialog):
    """Type or pick a formula; :meth:`formula_text` and :meth:`start_values` once accepted.

    Public API for tests: ``set_text(text)`` (as if typed), ``choose_preset(preset_id)``,
    ``is_valid()``, ``error_text()`` (the message shown under the field, "" when valid),
    ``marked_html()`` (the formula with the refused part highlighted), ``preview_data()``
    (x, f of the last good formula) and ``add_button``.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, editing: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit formula") if editing else self.tr("New formula"))
        self.setMinimumWidth(520)
        self.expression: Expression | None = None  # the last good one
        self._values: dict[str, float] = {}  # a preset's starting slider values

        self.presets = QComboBox()
        self.presets.addItem(self.tr("Start from a preset…"), None)
        for preset in engine.FORMULA_PRESETS.values():
            self.presets.addItem(engine_tr(preset.name), preset.id)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("e.g. x*sigmoid(beta*x)"))
        self.field.setClearButtonEnabled(True)
        font = self.field.font()
        font.setFamily("monospace")
        self.field.setFont(font)
        self.problem = QLabel()
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.marked = QLabel()
        self.marked.setTextFormat(Qt.TextFormat.RichText)
        self.parameters = QLabel()
        self.parameters.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.help = QLabel(
            self.tr(
                "Use x, numbers, + − * / **, pi, e, functions such as exp, log, tanh, sigmoid, softplus, relu, "
                "min, max, clamp, where(condition, a, b), and any activation of the list by its id, e.g. "
                "gelu(x, approximate='tanh'). Any other name is a parameter with a slider (default 1)."
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")

        self.preview = pg.PlotWidget()
        self.preview.setMinimumHeight(160)
        self.preview.showGrid(x=True, y=True, alpha=0.3)
        self.preview.setMenuEnabled(False)
        self.preview.setMouseEnabled(x=False, y=False)
        self.preview_line = self.preview.plot(pen=pg.mkPen("#1f77b4", width=2))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button: QPushButton = buttons.addButton(
            self.tr("Apply") if editing else self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Preset"), self.presets)
        form.addRow(self.tr("f(x) ="), self.field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.marked)
        layout.addWidget(self.parameters)
        layout.addWidget(self.note)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.help)
        layout.addWidget(buttons)

        self.presets.activated.connect(lambda i: self.choose_preset(self.presets.itemData(i)))
        self.field.textChanged.connect(self._check)
        self.field.setText(text)
        self._check(text)

    # ---- public API -------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """Put ``text`` in the field, checked as if typed."""
        self.field.setText(text)

    def formula_text(self) -> str:
        return self.field.text().strip()

    def choose_preset(self, preset_id: str | None) -> None:
        """Fill in preset ``preset_id`` (None: nothing) and show its note."""
        if preset_id is None:
            return
        preset = engine.get_formula_preset(preset_id)
        self._values = dict(preset.values)  # before the text: the preview uses them
        self.field.setText(preset.text)
        self._check()
        note = engine_tr(preset.note)
        if preset.source:  # "… (He et al. 2015)": the citation translated, in the language's brackets
            note = self.tr("{0} ({1})").format(note, engine_tr(preset.source))
        self.note.setText(note)

    def start_values(self) -> dict[str, float]:
        """The parameters' starting values: the preset's where it set them and the formula still has them."""
        names = self.expression.parameter_names if self.expression is not None else ()
        return {k: v for k, v in self._values.items() if k in names}

    def is_valid(self) -> bool:
        return self.expression is not None and self.expression.text == self.formula_text()

    def error_text(self) -> str:
        return self.problem.text()

    def marked_html(self) -> str:
        return self.marked.text()

    def preview_data(self) -> tuple[np.ndarray, np.ndarray] | tuple[None, None]:
        return self.preview_line.getData()

    # ---- checking -----------------------------------------------------------------
    def _check(self, _text: str = "") -> None:
        text = self.formula_text()
        if not text:
            self._refuse(self.tr("Type a formula in x."), "")
            return
        try:
            expr = expression_of(text)
            curve = engine.evaluate(  # at given points: no kink scan per keystroke, a few milliseconds at most
                expr.as_activation(), self._preview_values(expr), order=0, device="cpu", dtype="float64", x=PREVIEW_X
            )
        except ExpressionError as exc:
            self._refuse(exc.message, marked_formula_html(text, exc.column, exc.snippet or ""))
            return
        except EngineError as exc:
            self._refuse(str(exc), "")
            return
        self.expression = expr
        self.problem.setText("")
        self.marked.setText("")
        self.add_button.setEnabled(True)
        finite = np.isfinite(curve.f)
        self.preview_line.setData(curve.x[finite], curve.f[finite])
        if expr.parameters:
            shown = ", ".join(
                f"{p.name} = {format_value(p.default)} ({format_value(p.minimum)}…{format_value(p.maximum)})"
                for p in expr.parameters
            )
            self.parameters.setText(self.tr("Parameters (a slider each): {0}").format(shown))
        else:
            self.parameters.setText(self.tr("No parameters."))

    def _preview_values(self, expr: Expression) -> dict:
        return expr.checked({k: v for k, v in self._values.items() if k in expr.parameter_names})

    def _refuse(self, message: str, marked: str) -> None:
        """Show why; Add off; the preview keeps the last good curve, but no parameters of a formula that is gone."""
        self.problem.setText(message)
        self.parameters.setText("")
        self.marked.setText(marked)
        self.add_button.setEnabled(False)


def ask_formula(parent: QWidget | None, text: str = "", editing: bool = False) -> tuple[str, Mapping[str, float]] | None:
    """Run the dialog; (the accepted formula's text, its starting values), or None if cancelled."""
    dialog = FormulaDialog(text, parent, editing=editing)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.is_valid():
        return None
    return dialog.formula_text(), dialog.start_values()
