"""The explorer's curve set: which curves are plotted, with which parameters, over which x grid, and how.

A model without widgets (no Qt imports, no translation): each :class:`CurveState` holds an activation
id, its parameter values (checked once, :class:`engine.activation_params.CheckedParams`), its palette
slot, the engine's last good result, whether it must be computed again, and the teaching marks computed
for it (:func:`figures.explorer.curve_marks`, as the exported figure computes them). The
:class:`CurveSet` holds the whole view: the grid, precision, marks, f″, log |f′| and the selected
curve; :meth:`CurveSet.state` is the tab's :class:`~states.explorer.ExplorerState`. The explorer tab
owns one :class:`CurveSet` and draws what it holds.
"""

from __future__ import annotations

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
from figures.explorer import curve_marks
from states.explorer import DEFAULT_EPS, DEFAULT_POINTS, DEFAULT_X_RANGE, CurveSpec, ExplorerState, VectorSpec

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
    """The plotted curves, the x grid they share, how they are computed and marked, and how they are shown."""

    def __init__(self) -> None:
        self.curves: list[CurveState] = []
        self.x_min, self.x_max = DEFAULT_X_RANGE
        self.points = DEFAULT_POINTS
        self.show_second = True  # f″ computed and shown
        self.log_df = False  # f′ on a log |f′| axis
        self.selected = -1  # the curve whose parameters, shading and kink labels are shown
        self.device, self.dtype = "auto", "float32"
        self.eps = DEFAULT_EPS
        self.show_saturation = True
        self.show_marks = True
        self.removed: list[Removal] = []  # newest last, at most UNDO_DEPTH

    @property
    def order(self) -> int:
        """The highest derivative computed: 2, or 1 while f″ is hidden."""
        return 2 if self.show_second else 1

    def state(self, vector: VectorSpec | None = None) -> ExplorerState:
        """The view as the explorer's state (``vector``: the vector view shown instead of the curves)."""
        count = len(self.curves)
        return ExplorerState(
            curves=tuple(CurveSpec(p.activation, dict(p.params), p.slot, p.show_gap) for p in self.curves),
            selected=min(self.selected, count - 1),
            x_range=(self.x_min, self.x_max),
            points=self.points,
            show_second=self.show_second,
            log_df=self.log_df,
            shade_saturation=self.show_saturation,
            eps=self.eps,
            show_marks=self.show_marks,
            device=self.device,
            dtype=self.dtype,
            vector=vector,
        )

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
        """Curve ``index``'s parameters with ``name = value``, validated once: the engine takes them as they
        are from here on (EngineError naming the field)."""
        p = self.curves[index]
        return checked_params(p.entry, {**p.params, name: value})

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
                assert c.df is not None  # order >= 1: f′ is always shown
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
        if p.curve is None:
            return []
        marks = curve_marks(p.activation, p.params, p.curve, self.eps, self.show_saturation, self.show_marks, p.show_gap)
        p.kinks, p.spans, p.band, p.gap = marks.kinks, marks.spans, marks.band, marks.gap
        return marks.problems

    def largest_gap(self, p: CurveState) -> tuple[float, float] | None:
        """(max |Δf|, the x where it is reached) of ``p``'s exact − approximation gap, if shown."""
        if p.gap is None:
            return None
        x, dfx, _ = p.gap
        k = int(np.argmax(np.abs(dfx)))
        return float(abs(dfx[k])), float(x[k])
