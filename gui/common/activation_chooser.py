"""The activation chooser of the Depth and Training tabs: the registry's elementwise activations, then "Formula…".

Picking "Formula…" opens the formula dialog; an accepted formula gets a row of its own above it (its id is the
engine's ``"formula: …"`` reference, resolved like a registry id), a cancelled dialog goes back to the previous row.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget
from superqt.utils import signals_blocked

from engine.activations import ACTIVATIONS
from engine.resolve import expression_of, formula_of
from gui.common.engine_text import engine_tr
from gui.common.formula_dialog import ask_formula

FORMULA_ITEM = "formula…"  # the last row: type a formula


class ActivationChooser(QComboBox):
    """A combo box of activation references; ``chosen`` says which the user picked (and a formula's start values)."""

    #: The user chose an activation: its id (a registry id or "formula: …") and starting parameter values or None.
    chosen = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for act in ACTIVATIONS.values():
            if not act.vector:  # identity included: the linear model
                self.addItem(engine_tr(act.name), act.id)
        self.addItem(self.tr("Formula…"), FORMULA_ITEM)
        self._row = 0  # the row to go back to when the formula dialog is cancelled
        self.currentIndexChanged.connect(self._picked)

    def activation(self) -> str:
        return self.currentData()

    def set_activation(self, activation_id: str) -> None:
        """Show ``activation_id`` (a formula not listed yet gets a row) without emitting ``chosen``."""
        row = self.findData(activation_id)
        formula = formula_of(activation_id)
        with signals_blocked(self):
            if row < 0 and formula is not None:
                row = self.count() - 1
                self.insertItem(row, formula.text, formula.id)
            self.setCurrentIndex(row)
        self._row = row

    def choose_formula(self, text: str, values: Mapping | None = None) -> None:
        """Make the formula ``text`` the choice (ExpressionError if refused), as an accepted dialog does."""
        self.set_activation(expression_of(text).id)
        self.chosen.emit(self.activation(), dict(values) if values is not None else None)

    def _picked(self, *_) -> None:
        if self.currentData() != FORMULA_ITEM:
            self._row = self.currentIndex()
            self.chosen.emit(self.activation(), None)
            return
        answer = ask_formula(self)
        if answer is None:
            with signals_blocked(self):
                self.setCurrentIndex(self._row)
            return
        self.choose_formula(*answer)
