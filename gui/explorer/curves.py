"""The explorer's curve set: which curves are plotted, with which parameters, over which x grid.

A model without widgets (no Qt imports): each :class:`CurveState` holds an activation id, its
parameter values, its palette slot, the engine's last good result, whether it must be computed
again, and the teaching marks computed for it (kinks, saturation spans, the band of random
slopes, the exact − approximation gap), all read from the registry and :mod:`engine.analysis`.
The explorer tab owns one :class:`CurveSet` and draws what it holds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

import engine
from engine import analysis
from engine.analysis import Extremum, Kink
from engine.errors import EngineError
from engine.evaluate import checked_params
from engine.resolve import formula_of
from figures.builders import display_labels
from gui.common.engine_messages import engine_message
from sessions.explorer import DEFAULT_EPS, DEFAULT_POINTS, DEFAULT_X_RANGE

log = logging.getLogger("activation_lab")

UNDO_DEPTH = 20  # removals (Remove, Clear, an unticked activation) that Undo can put back

#: Curves taken off in one action: (the index each had, its state), in index order.
Removal = list[tuple[int, "CurveState"]]

#: Per curve at x: (f, f′, f″ or None), or None where the engine refused.
Values = tuple[float, float, float | None] | None


@dataclass
class CurveState:
    """One overlaid curve: its activation, its own parameter values and what was computed for it."""

    activation: str | engine.Formula  # a registry id or a typed formula (engine.resolve)
    params: dict
    slot: int  # palette index, stable while the curve lives
    curve: engine.Curve | None = None  # the last good result
    dirty: bool = True
    show_gap: bool = False  # an activation with an approximation: draw exact − approximation
    kinks: list[Kink] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)
    band: tuple | None = None  # random slopes drawn: (x, f_lo, f_hi, df_lo, df_hi)
    gap: tuple | None = None  # (x, Δf, Δf′)

    @property
    def entry(self) -> engine.Activation:
        return engine.resolve_activation(self.activation)

    @property
    def random(self) -> bool:
        """Whether this curve's values are random draws (random slopes switched on)."""
        extra = self.entry.random_slopes
        return extra is not None and bool(self.params.get(extra.switch))

    def bounds(self) -> list[float]:
        """The finite bounds of the output range for the current parameters."""
        return [b for b in self.entry.bounds(self.params) if b is not None]


class CurveSet:
    """The plotted curves, the x grid they share and how they are computed and marked."""

    def __init__(self) -> None:
        self.curves: list[CurveState] = []
        self.x_min, self.x_max = DEFAULT_X_RANGE
        self.points = DEFAULT_POINTS
        self.order = 2  # 1 while f″ is hidden
        self.device, self.dtype = "auto", "float32"
        self.eps = DEFAULT_EPS
        self.show_saturation = True
        self.show_marks = True
        self.removed: list[Removal] = []  # newest last, at most UNDO_DEPTH

    def __len__(self) -> int:
        return len(self.curves)

    def __getitem__(self, index: int) -> CurveState:
        return self.curves[index]

    def __iter__(self) -> Iterator[CurveState]:
        return iter(self.curves)

    # ---- the list ---------------------------------------------------------------
    def add(self, activation_id: str | engine.Formula, params: Mapping | None = None, slot: int | None = None) -> int:
        """A new curve (defaults for the parameters not given) in palette place ``slot`` (default: the lowest free
        one); EngineError for a vector activation or bad values."""
        act = engine.resolve_activation(activation_id)
        if act.vector:
            raise EngineError("activation", f"{act.id} acts on a whole vector: it has a vector view, not a curve")
        values = checked_params(act, params)
        used = {p.slot for p in self.curves}
        if slot is None:
            slot = next(i for i in range(len(self.curves) + 1) if i not in used)
        self.curves.append(CurveState(formula_of(activation_id) or act.id, values, slot))
        return len(self.curves) - 1

    def remove(self, index: int) -> CurveState:
        return self.curves.pop(index)

    def take(self, indices: Sequence[int]) -> Removal:
        """Remove the curves at ``indices`` as one action that :meth:`put_back` can undo (IndexError for a bad index)."""
        indices = sorted(set(indices))
        for index in indices:
            self.curves[index]
        taken = [(index, self.curves[index]) for index in indices]
        for index in reversed(indices):
            self.curves.pop(index)
        if taken:
            self.removed.append(taken)
            del self.removed[:-UNDO_DEPTH]
        return taken

    def put_back(self) -> Removal:
        """Undo the last :meth:`take`: its curves back at their places, with their parameters and colours
        (another colour only where a newer curve took theirs). Returns what was put back ([] if nothing)."""
        if not self.removed:
            return []
        restored = []
        for index, p in self.removed.pop():
            if any(q.slot == p.slot for q in self.curves):
                used = {q.slot for q in self.curves}
                p.slot = next(i for i in range(len(self.curves) + 1) if i not in used)
            index = min(index, len(self.curves))
            p.dirty = True  # the grid or the precision may have changed since
            self.curves.insert(index, p)
            restored.append((index, p))
        return restored

    def plots(self, activation_id: str) -> bool:
        """Whether any curve shows ``activation_id``."""
        return any(p.activation == activation_id for p in self.curves)

    def labels(self, translate: Callable[[str], str] = str) -> list[str]:
        """One legend label per curve (the name, and the parameters where curves share a name)."""
        return display_labels([(p.activation, p.params) for p in self.curves], translate)

    # ---- parameters ---------------------------------------------------------------
    def checked(self, index: int, name: str, value: object) -> dict:
        """Curve ``index``'s parameters with ``name = value``, validated (EngineError naming the field, its
        message in the user's language)."""
        p = self.curves[index]
        try:
            return checked_params(p.entry, {**p.params, name: value})
        except EngineError as exc:
            raise EngineError(exc.field, engine_message(exc.message)) from exc

    def set_params(self, index: int, values: dict) -> None:
        p = self.curves[index]
        p.params, p.dirty = values, True

    def reset(self, index: int) -> None:
        """Curve ``index`` back to the registry's defaults."""
        self.set_params(index, checked_params(self.curves[index].entry, {}))

    def mark_all_dirty(self) -> None:
        for p in self.curves:
            p.dirty = True

    # ---- computing ----------------------------------------------------------------
    def evaluate(self, p: CurveState) -> None:
        """Compute ``p`` over the grid (EngineError or RuntimeError; then the last good result stays)."""
        p.curve = engine.evaluate(
            p.activation, p.params, self.x_min, self.x_max, self.points, order=self.order, device=self.device, dtype=self.dtype
        )
        p.dirty = False

    def values_at(self, x: float, curves: Sequence[CurveState]) -> list[Values]:
        """The engine's f, f′ (and f″ when shown) at exactly ``x`` for each of ``curves``."""
        values: list[Values] = []
        for p in curves:
            try:
                c = engine.evaluate(p.activation, p.params, order=self.order, device=self.device, dtype=self.dtype, x=[x])
                values.append((c.f[0], c.df[0], None if c.d2f is None else c.d2f[0]))
            except (EngineError, RuntimeError):
                values.append(None)
        return values

    def extremum(self, p: CurveState) -> Extremum:
        """max |f′| of ``p`` and where it is reached (the notes show it)."""
        return analysis.max_abs_derivative(p.activation, p.params)

    def preview(self, activation_id: str) -> tuple[dict, Extremum]:
        """The default parameters of an activation not plotted yet, and its max |f′| with them."""
        values = checked_params(engine.get_activation(activation_id), {})
        return values, analysis.max_abs_derivative(activation_id, values)

    def compute_marks(self, p: CurveState) -> list[str]:
        """Saturation spans, kinks, the random band and the approximation gap of ``p`` on its last result.

        Marks follow the curve they mark: its grid as asked and the device and precision it was computed
        in (after a refused change the last good curve stays, and marks for the refused settings raised).
        A mark the engine refuses is left off; returns the reasons, for the status line.
        """
        c = p.curve
        if c is None:
            return []
        act = p.entry
        grid = c.x_asked if c.x_asked is not None else c.x
        lo, hi = float(grid[0]), float(grid[-1])
        kinks = [k for k in act.kinks(p.params) if lo <= k <= hi]
        p.spans = analysis.saturation_spans(c.x, c.df, self.eps, kinks) if self.show_saturation else []
        p.kinks, p.band, p.gap, problems = [], None, None, []
        marks = []
        if self.show_marks:
            marks.append(("kinks", lambda: analysis.kink_marks(act, p.params, lo, hi, c.device, c.dtype)))
        if p.random:
            marks.append(
                ("band", lambda: analysis.random_slope_band(p.params, lo, hi, grid.size, c.device, c.dtype, activation=act.id))
            )
        if act.approximation is not None and p.show_gap:
            marks.append(
                ("gap", lambda: analysis.exact_minus_approximation(act.id, p.params, lo, hi, grid.size, c.device, c.dtype))
            )
        for name, compute in marks:
            try:
                setattr(p, name, compute())
            except (EngineError, RuntimeError) as exc:
                log.info("no %s marks for %s: %s", name, act.id, exc)
                problems.append(str(exc))
        return problems

    def largest_gap(self, p: CurveState) -> tuple[float, float] | None:
        """(max |Δf|, the x where it is reached) of ``p``'s exact − approximation gap, if shown."""
        if p.gap is None:
            return None
        x, dfx, _ = p.gap
        k = int(np.argmax(np.abs(dfx)))
        return float(abs(dfx[k])), float(x[k])
