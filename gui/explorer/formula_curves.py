"""Formula curves in the explorer: "New formula…", editing a formula curve's text, widening its sliders.

Wiring only: the dialog is :mod:`gui.common.formula_dialog` (shared with the depth tab), the
curves are ordinary :class:`~gui.explorer.curves.CurveState` entries whose activation is an
:class:`engine.Formula` (the text and any widened ranges), resolved by the engine like a registry id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

import engine
from engine.errors import EngineError
from engine.resolve import Formula, expression_of, formula_of
from gui.common.formula_dialog import ask_formula

if TYPE_CHECKING:
    from gui.explorer.evaluation import ExplorerHost

SHORTCUT = "Ctrl+Shift+F"


class FormulaCurves(QObject):
    """The explorer's formula actions; public API: ``new_formula()``, ``add_formula(text, values)``,
    ``edit_formula(index, text=None)``, ``set_range(index, name, low, high)``, ``widen(index)`` and ``action``."""

    def __init__(self, tab: ExplorerHost):
        super().__init__(tab)
        self.tab = tab
        self.action = QAction(self.tr("New formula…"), tab)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(self.new_formula)
        tab.addAction(self.action)
        tab.new_formula_button.clicked.connect(self.new_formula)
        tab.side.edit_formula_button.clicked.connect(lambda: self.edit_formula(tab.current))
        tab.side.widen_button.clicked.connect(lambda: self.widen(tab.current))
        tab.curve_list.list.itemDoubleClicked.connect(lambda item: self._double_clicked(tab.curve_list.list.row(item)))

    def new_formula(self) -> int | None:
        """Ask for a formula and overlay it; its index, or None if cancelled."""
        answer = ask_formula(self.tab)
        return None if answer is None else self.add_formula(*answer)

    def add_formula(self, text: str, values: Mapping | None = None) -> int:
        """Overlay the formula ``text`` (ExpressionError pointing at a refused part; nothing is added then)."""
        return self.tab.add_curve(Formula(expression_of(text).text), dict(values or {}))

    def edit_formula(self, index: int, text: str | None = None) -> bool:
        """Give formula curve ``index`` a new text (asked for when None): parameters keep the values of the names
        still there. False if cancelled or not a formula curve; ExpressionError for a refused ``text``."""
        formula = formula_of(self.tab.curves[index].activation) if 0 <= index < len(self.tab.curves) else None
        if formula is None:
            return False
        p = self.tab.curves[index]
        values: Mapping = {}
        if text is None:
            answer = ask_formula(self.tab, formula.text, editing=True)
            if answer is None:
                return False
            text, values = answer
        expr = expression_of(text)
        kept = Formula(expr.text, tuple(r for r in formula.ranges if r[0] in expr.parameter_names))
        old = {k: v for k, v in p.params.items() if k in expr.parameter_names}
        self._replace(index, kept, {**old, **values})
        return True

    def set_range(self, index: int, name: str, low: float, high: float) -> None:
        """Slider range of parameter ``name`` of formula curve ``index`` (EngineError naming it if refused)."""
        p = self.tab.curves[index]
        formula = formula_of(p.activation)
        assert formula is not None, "set_range is for formula curves"
        self._replace(index, formula.widened(name, low, high), p.params)

    def widen(self, index: int) -> None:
        """Double every parameter's range of formula curve ``index`` around 0 (within a keyword's own limits)."""
        formula = formula_of(self.tab.curves[index].activation) if 0 <= index < len(self.tab.curves) else None
        if formula is None:
            return
        p = self.tab.curves[index]
        expr = expression_of(formula)
        for spec in expr.parameters:
            hard_low, hard_high = expr.limits.get(spec.name, (-float("inf"), float("inf")))
            assert spec.minimum is not None and spec.maximum is not None  # a formula's parameters have a range
            low, high = max(2 * spec.minimum, hard_low), min(2 * spec.maximum, hard_high)
            if (low, high) != (spec.minimum, spec.maximum) and low < high:
                formula = formula.widened(spec.name, low, high)
        self._replace(index, formula, p.params)

    def _replace(self, index: int, formula: Formula, values: Mapping) -> None:
        p = self.tab.curves[index]
        act = engine.resolve_activation(formula)
        checked = {s.name: min(max(values.get(s.name, s.default), s.minimum), s.maximum) for s in act.params}
        p.activation = formula
        self.tab.curve_set.set_params(index, checked)
        self.tab.set_x_range(self.tab.x_min, self.tab.x_max)  # recomputes every curve over the same view
        self.tab.select_curve(index)  # new sliders, notes and label

    def _double_clicked(self, row: int) -> None:
        try:
            self.edit_formula(row)
        except EngineError as exc:  # cannot happen through the dialog; kept for a text passed in
            self.tab.status.emit(str(exc))
