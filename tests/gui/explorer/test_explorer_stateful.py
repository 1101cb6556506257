"""The explorer driven by hypothesis as a student might: a failure shrinks to the few changes that cause it.

Rules tick and untick activations in the catalogue, change parameters (inside and outside their limits),
duplicate, remove, clear and undo curves, change the x range, the number of points and the precision, and switch
log |f′| and f″. The model beside the tab knows only what the user did; after every step each f and f′ line holds
exactly what ``engine.evaluate`` gives for that curve's parameters, range, points and dtype — or, where the
engine refuses them, the last curve it gave (the last good plot stays). No "Unexpected error" dialog opens,
the legend and the catalogue agree with the curves, and ``sys.getrefcount(None)`` does not fall (the
PySide6 6.12.0 bug: at least 6 references lost per paint, 130 per plot update). ``test_refcount_soak.py``
keeps the long soak of memory and references.
"""

from __future__ import annotations

import gc
import math
import sys
from dataclasses import dataclass

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from PySide6.QtCore import QCoreApplication, QEvent, Qt

import engine
from engine.activation_params import checked_params
from engine.activations import elementwise_ids
from engine.devices import torch_dtype
from engine.errors import EngineError
from gui.common import errors
from gui.explorer.curves import UNDO_DEPTH
from gui.explorer.tab import ExplorerTab

pytestmark = pytest.mark.slow

MAX_CURVES = 5
DTYPES = ("float32", "float64", "float16", "bfloat16")
GOOD_RANGES = ((-6.0, 6.0), (-2.0, 3.0), (-40.0, 40.0), (4.99, 5.01), (-1e5, 1e5), (0.5, 0.75))
BAD_RANGES = ((3.0, 1.0), (2.0, 2.0), (math.nan, 1.0), (-1.0, math.inf), (-1e7, 1e7))
GOOD_POINTS = (2, 11, 201, 2001)
BAD_POINTS = (0, 1, 10**9)
BAD_NUMBERS = (math.nan, math.inf, -math.inf, 1e300, -1e300)
# The bug loses >= 130 references per plot update and every step updates the plot; objects freed meanwhile
# (a removed curve's items, collected cycles) may give a few hundred back or take them.
NONE_SLACK = 1000


@dataclass
class Expected:
    """One curve as the user made it, and the last (x, f) the engine gave for it (None: never computed)."""

    activation: str
    params: dict
    last: tuple[np.ndarray, np.ndarray, np.ndarray | None] | None = None  # x, f, f′


def settle(tab: ExplorerTab) -> None:
    """Throttled replots applied, curves sent to the worker computed, and posted events (deferred deletes
    included) run, as the event loop would."""
    tab.flush()
    assert tab.wait_evaluated(60)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


class ExplorerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tab = ExplorerTab()
        self.tab.resize(1280, 800)
        self.tab.show()
        self.tab.clear_curves()
        self.tab.set_compute("cpu", "float32")
        self.curves: list[Expected] = []
        self.removed: list[list[tuple[int, Expected]]] = []
        self.x_range = (self.tab.x_min, self.tab.x_max)
        self.points = self.tab.points
        self.dtype = "float32"
        self.log_df, self.second = self.tab.log_df, self.tab.show_second
        errors.ERROR_DIALOG.count = 0
        settle(self.tab)
        gc.collect()
        self.none_refs = sys.getrefcount(None)

    # ---- the curves --------------------------------------------------------------------------------------
    @precondition(lambda self: len(self.curves) < MAX_CURVES)
    @rule(activation=st.sampled_from(elementwise_ids()))
    def tick(self, activation: str) -> None:
        item = self.tab.catalogue.items[activation]
        if item.checkState(0) == Qt.CheckState.Checked:
            return  # ticking a ticked row changes nothing
        item.setCheckState(0, Qt.CheckState.Checked)
        self.curves.append(Expected(activation, checked_params(engine.get_activation(activation), {})))

    @precondition(lambda self: self.curves)
    @rule(data=st.data())
    def untick(self, data: st.DataObject) -> None:
        activation = data.draw(st.sampled_from(sorted({c.activation for c in self.curves})))
        self.tab.catalogue.items[activation].setCheckState(0, Qt.CheckState.Unchecked)
        self._take([i for i, c in enumerate(self.curves) if c.activation == activation])

    @precondition(lambda self: self.curves)
    @rule(data=st.data())
    def remove(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.curves) - 1))
        self.tab.remove_curve(index)
        self._take([index])

    @precondition(lambda self: self.curves)
    @rule()
    def clear(self) -> None:
        self.tab.curve_list.clear_button.click()
        self._take(range(len(self.curves)))

    @precondition(lambda self: self.removed and len(self.curves) + len(self.removed[-1]) <= MAX_CURVES)
    @rule()
    def undo(self) -> None:
        self.tab.undo_remove()
        for index, curve in self.removed.pop():
            self.curves.insert(min(index, len(self.curves)), curve)

    @precondition(lambda self: 0 < len(self.curves) < MAX_CURVES)
    @rule(data=st.data())
    def duplicate(self, data: st.DataObject) -> None:
        index = data.draw(st.integers(0, len(self.curves) - 1))
        self.tab.select_curve(index)
        self.tab.curve_list.duplicate_button.click()
        original = self.curves[index]
        self.curves.append(Expected(original.activation, dict(original.params)))

    def _take(self, indices) -> None:
        indices = sorted(indices)
        self.removed.append([(i, self.curves[i]) for i in indices])
        del self.removed[:-UNDO_DEPTH]
        for i in reversed(indices):
            self.curves.pop(i)

    # ---- parameters --------------------------------------------------------------------------------------
    @precondition(lambda self: any(engine.get_activation(c.activation).params for c in self.curves))
    @rule(data=st.data())
    def set_param(self, data: st.DataObject) -> None:
        index = data.draw(st.sampled_from([i for i, c in enumerate(self.curves) if engine.get_activation(c.activation).params]))
        curve = self.curves[index]
        act = engine.get_activation(curve.activation)
        random = act.random_slopes.switch if act.random_slopes is not None else None
        specs = [spec for spec in act.params if spec.name != random]  # random draws have no single expected curve
        if not specs:
            return
        spec = data.draw(st.sampled_from(specs))
        value = data.draw(value_for(spec))
        self.tab.set_param(index, spec.name, value)
        try:
            curve.params = checked_params(act, {**curve.params, spec.name: value})
        except EngineError:
            pass  # refused: the curve keeps its parameters

    # ---- range, points, precision ------------------------------------------------------------------------
    @rule(good=st.sampled_from(GOOD_RANGES), bad=st.sampled_from(BAD_RANGES), refused=st.booleans())
    def x_range(self, good, bad, refused: bool) -> None:
        self.tab.set_x_range(*(bad if refused else good))
        if not refused:
            self.x_range = good

    @rule(good=st.sampled_from(GOOD_POINTS), bad=st.sampled_from(BAD_POINTS), refused=st.booleans())
    def point_count(self, good: int, bad: int, refused: bool) -> None:
        self.tab.set_points(bad if refused else good)
        if not refused:
            self.points = good

    @rule(dtype=st.sampled_from(DTYPES))
    def precision(self, dtype: str) -> None:
        self.tab.set_compute("cpu", dtype)
        self.dtype = dtype

    @rule(on=st.booleans())
    def log_derivative(self, on: bool) -> None:
        self.tab.set_log_df(on)
        self.log_df = on

    @rule(on=st.booleans())
    def second_derivative(self, on: bool) -> None:
        self.tab.set_show_second(on)
        self.second = on

    # ---- what must hold after every step -----------------------------------------------------------------
    @invariant()
    def plot_shows_the_engines_curves(self) -> None:
        settle(self.tab)
        assert errors.ERROR_DIALOG.count == 0, errors.ERROR_DIALOG.first
        f_lines, df_lines = self.tab.curve_items()[:2]  # the f and f′ rows
        assert [p.activation for p in self.tab.curves] == [c.activation for c in self.curves]
        assert len(f_lines) == len(df_lines) == len(self.curves) == len(self.tab.plots.legend.items)
        for activation in elementwise_ids():
            assert self.tab.catalogue.is_checked(activation) == any(c.activation == activation for c in self.curves)
        order = 2 if self.second else 1
        for f_line, df_line, curve in zip(f_lines, df_lines, self.curves, strict=True):
            try:
                want = engine.evaluate(
                    curve.activation, curve.params, *self.x_range, points=self.points, order=order, device="cpu", dtype=self.dtype
                )
                curve.last = (want.x, want.f, want.df)
            except EngineError:
                pass  # the engine refuses these settings: the last good curve stays
            x, f = f_line.getOriginalDataset()
            if curve.last is None:
                assert x is None  # never computed: nothing drawn
                continue
            want_x, want_f, want_df = curve.last
            np.testing.assert_array_equal(x, want_x)
            np.testing.assert_array_equal(f, want_f)
            dx, df = df_line.getOriginalDataset()
            np.testing.assert_array_equal(dx, want_x)
            # f′ computed with f″ shown (create_graph) and without may differ in the dtype's last place or two: the
            # tab keeps the one it has when f″ is switched off
            want_df = np.abs(want_df) if self.log_df else want_df  # log axis: |f′|
            finite = np.isfinite(want_df)
            np.testing.assert_array_equal(np.isfinite(df), finite)
            eps = float(torch.finfo(torch_dtype(self.dtype)).eps)
            scale = float(np.max(np.abs(want_df[finite]), initial=1.0))
            np.testing.assert_allclose(df[finite], want_df[finite], rtol=4 * eps, atol=4 * eps * scale)

    @invariant()
    def none_keeps_its_references(self) -> None:
        gc.collect()
        assert sys.getrefcount(None) >= self.none_refs - NONE_SLACK, "None lost references: the PySide6 6.12.0 bug"

    def teardown(self) -> None:
        self.tab.close()
        self.tab.deleteLater()
        settle(self.tab)


def value_for(spec) -> st.SearchStrategy:
    """A value for parameter ``spec``: mostly inside its limits, sometimes not a usable value at all."""
    if spec.kind == "bool":
        return st.booleans()
    if spec.kind == "choice":
        return st.sampled_from(spec.choices)
    lo = spec.minimum if spec.minimum is not None else -10.0
    hi = spec.maximum if spec.maximum is not None else 10.0
    inside = st.integers(math.ceil(lo), math.floor(hi)) if spec.kind == "int" else st.floats(lo, hi)
    return st.one_of(inside, inside, inside, st.sampled_from(BAD_NUMBERS))


@pytest.mark.timeout(900)
def test_any_sequence_of_changes_plots_the_engines_curves(qtbot):  # qtbot: the QApplication
    hook = sys.excepthook
    errors.install_excepthook()
    try:
        run_state_machine_as_test(
            ExplorerMachine,
            settings=settings(
                max_examples=10,
                stateful_step_count=20,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
            ),
        )
    finally:
        sys.excepthook = hook
