"""How the explorer computes its changed curves: on the GUI thread when that is provably quick, else in a worker.

A slider drag on the usual curves must feel live, so they are computed at once, as before. What could take
long (a long typed formula, its first kink scan, many curves at 100,001 points) goes to a background
:class:`~gui.common.worker.Worker` instead, the newest request winning and cancelling the older: the last good
plot stays meanwhile and the status line says "Computing…". The choice is made from the engine's estimate
(:mod:`engine.expression_cost`, a fixed rate for registry entries), never from a clock, so it is the same on
every run and the GUI thread never takes on more than :data:`SYNC_SECONDS` of estimated work per change.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

import engine
from engine.errors import EngineError
from engine.evaluate import formula_cost
from engine.expression_kinks import MAX_CANDIDATES, STEPS
from engine.expressions import KINK_POINTS
from engine.jobs import check
from engine.resolve import kinks_known
from gui.common.engine_text import engine_tr
from gui.common.worker import Worker
from gui.explorer.curves import CurveSet, CurveState

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from superqt.utils._throttler import ThrottledCallable  # what qthrottled and qdebounced return

    from engine.evaluate import Curve
    from engine.resolve import Formula
    from gui.explorer.layout import ExplorerLayout
    from gui.explorer.plots import CurveItems

    class ExplorerHost(ExplorerLayout):
        """The explorer tab as its mixin and helpers (:mod:`gui.explorer.formula_curves`) see it:
        :class:`~gui.explorer.tab.ExplorerTab` implements it (the helpers cannot import that module: a cycle)."""

        plotted: SignalInstance
        items: list[CurveItems]
        curve_set: CurveSet
        last_error: str
        _live: bool
        _notes_debounced: ThrottledCallable[[], None]
        _texts_throttled: ThrottledCallable[[], None]

        @property
        def curves(self) -> list[CurveState]: ...
        @property
        def current(self) -> int: ...
        @property
        def x_min(self) -> float: ...
        @property
        def x_max(self) -> float: ...
        def add_curve(self, activation_id: str | Formula, params: dict | None = None, colour: int | None = None) -> int: ...
        def set_x_range(self, x_min: float, x_max: float) -> None: ...
        def select_curve(self, index: int) -> None: ...
        def _apply(self, index: int) -> bool: ...
        def _refresh_readout(self) -> None: ...
        def _report(self, message: str) -> None: ...
        def _report_placement(self) -> None: ...

else:
    ExplorerHost = object

#: the most estimated work the GUI thread does for one change; beyond it the worker computes
SYNC_SECONDS = 0.03
#: A worker's curves are drawn one per turn of the event loop, each after the paint of the one before: a 0 ms
#: single shot is a posted call in Qt 6, run in the same batch as those paints, so the loop turned only after
#: all of them (two curves and their paints were 55 ms on end when a formula was added); 1 ms is a timer.
NEXT_TURN_MS = 1
#: a registry entry's f, f′ and f″ per point (its slowest, GELU in float64, takes about a third of this)
REGISTRY_NS = 60.0


def estimated_seconds(p: CurveState, curve_set: CurveSet) -> float:
    """Estimated time to compute curve ``p`` on the curve set's grid, its kink scan included when not done yet."""
    act = p.entry
    cost = formula_cost(act)
    if cost is None:
        return REGISTRY_NS * curve_set.points * 1e-9
    seconds = cost.seconds(curve_set.points, curve_set.order)
    if not kinks_known(p.activation, p.params):
        # the grid once, then each refinement step at five points per sign change (engine.expression_kinks)
        seconds += cost.seconds(KINK_POINTS, 0) + STEPS * cost.seconds(5 * MAX_CANDIDATES, 0)
    return seconds


def _key(p: CurveState, curve_set: CurveSet) -> tuple:
    """What a computed result belongs to: the curve's activation and values and the grid."""
    s = curve_set
    return (p.activation, tuple(sorted(p.params.items())), s.x_min, s.x_max, s.points, s.order, s.device, s.dtype)


def compute_curves(jobs: Sequence[tuple[int, tuple, str | Formula, dict]], grid: dict, progress, cancelled) -> dict:
    """The worker's job: each curve's Curve (or the EngineError/RuntimeError it raised) by curve id."""
    results: dict[int, tuple[tuple, Curve | Exception]] = {}
    for n, (ident, key, activation, params) in enumerate(jobs):
        check(cancelled)
        try:
            curve = engine.evaluate(activation, params, **grid)
            engine.resolve_activation(activation).kinks(params)  # the marks ask for them next: scanned here
            results[ident] = (key, curve)
        except (EngineError, RuntimeError) as exc:
            results[ident] = (key, exc)
        progress((n + 1) / len(jobs))
    return results


class CurveEvaluation(ExplorerHost):
    """Mixin of the explorer tab: ``_replot`` computes the changed curves (at once or in the background) and
    ``_show_curves`` hands them to the plots; ``evaluating()`` and ``wait_evaluated()`` for tests and the self-test."""

    def _init_evaluation(self) -> None:
        self.evaluator = Worker(self)
        self.evaluator.done.connect(self._computed)
        self.evaluator.failed.connect(lambda message: self._report(self._cannot_compute(message)))
        self.evaluator.busy_changed.connect(self._evaluation_busy)
        self._results: dict = {}  # the worker's curves not drawn yet (one per turn of the event loop)
        self._finished: dict = {}  # curve id -> what the worker computed it for

    def evaluating(self) -> bool:
        """Whether curves are being computed in the background or still to be drawn (the last good ones are on screen)."""
        return self.evaluator.is_busy() or bool(self._results)

    def wait_evaluated(self, timeout_s: float = 60.0) -> bool:
        """Process events until no curve is computed in the background or waits to be drawn; True if done in time."""
        deadline = time.monotonic() + timeout_s
        while self.evaluating() and time.monotonic() < deadline:
            self.evaluator.wait_idle(max(0.0, deadline - time.monotonic()))
            QCoreApplication.processEvents()
        return not self.evaluating()

    def _replot(self) -> None:
        """Compute every changed curve, put the arrays into its items, emit ``plotted`` (later, when in the background)."""
        dirty = [p for p in self.curves if p.dirty]
        if sum(estimated_seconds(p, self.curve_set) for p in dirty) > SYNC_SECONDS:
            s = self.curve_set
            grid = {"x_min": s.x_min, "x_max": s.x_max, "points": s.points, "order": s.order, "device": s.device}
            grid["dtype"] = s.dtype
            jobs = [(id(p), _key(p, s), p.activation, dict(p.params)) for p in dirty]
            self.evaluator.submit(lambda progress, cancelled: compute_curves(jobs, grid, progress, cancelled))
            return
        self.evaluator.cancel()  # its result would be older than what is computed now
        outcomes: list[tuple[int, Exception | None]] = []
        for i, p in enumerate(self.curves):
            if p.dirty:
                try:
                    self.curve_set.evaluate(p)
                    outcomes.append((i, None))
                except (EngineError, RuntimeError) as exc:
                    outcomes.append((i, exc))
        self._show_curves(outcomes)

    def _computed(self, results: dict) -> None:
        """The worker's curves: those still wanted (same curve, values and grid) replace the last good ones, one
        per turn of the event loop (each takes the GUI thread a few milliseconds at 100,001 points)."""
        self._results, self._finished = dict(results), {}
        QTimer.singleShot(NEXT_TURN_MS, self._draw_next_result)

    def _draw_next_result(self) -> None:
        for i, p in enumerate(self.curves):
            if id(p) not in self._results:
                continue
            key, result = self._results.pop(id(p))
            self._finished[id(p)] = key
            if not (p.dirty and key == _key(p, self.curve_set)):
                continue  # changed since: computed again below
            if not isinstance(result, Exception):
                p.curve, p.dirty = result, False
            self._show_curves([(i, result if isinstance(result, Exception) else None)])
            if any(id(q) in self._results for q in self.curves):
                QTimer.singleShot(NEXT_TURN_MS, self._draw_next_result)
                return
            break
        self._results = {}
        self._notes_debounced()  # a formula's notes wait for its kink scan, done now
        if any(p.dirty and self._finished.get(id(p)) != _key(p, self.curve_set) for p in self.curves):
            self._replot()  # changed while the worker ran (a curve that failed stays as it was until the next change)

    def _show_curves(self, outcomes: list[tuple[int, Exception | None]]) -> None:
        ok = True
        for i, error in outcomes:
            if error is not None:
                self._report(self._cannot_compute(str(error), self.curves[i]))
                if isinstance(error, EngineError) and error.field == "points":
                    self.controls.show_problem(self.tr("points"), error.message)
                ok = False
            ok = self._apply(i) and ok
        if self._live:
            self.plots.widen_y_to(self.items)  # while live the y axes only widen: no jitter during a drag
            self._texts_throttled()
        else:
            self._refresh_readout()
        if ok:
            self._report_placement()
        self.plotted.emit()

    def _cannot_compute(self, message: str, p: CurveState | None = None) -> str:
        name = engine_tr(p.entry.name) if p is not None else self.tr("A curve")
        return self.tr("{0} cannot be computed: {1} — keeping the last good curve").format(name, message)

    def _evaluation_busy(self, busy: bool) -> None:
        if busy:
            self.status.emit(self.tr("Computing…"))
        elif not self.last_error:
            self._report_placement()
