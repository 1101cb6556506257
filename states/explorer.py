"""The explorer tab's state: its curves, x range, grid, marks and precision (or its vector view), checked once.

:class:`ExplorerState` is what the tab shows (``tab.state()`` / ``tab.show(state)``), the section
``tabs.explorer`` of a session file (:meth:`ExplorerState.section`, :meth:`ExplorerState.build`) and
what ``export --session`` draws (:func:`figures.tab_figures.figure_of`). As JSON
 (every field optional; a missing one takes the default below)::

    {"curves": [{"activation": "elu", "params": {"alpha": 0.5}, "colour": 0, "show_gap": false},
                {"activation": "formula: x*sigmoid(k*x)", "params": {"k": 1.5}, "ranges": {"k": [-20, 20]}}],
     "selected": 0, "x_range": [-6, 6], "points": 2001, "show_second": true, "log_df": false,
     "shade_saturation": true, "eps": 0.01, "show_marks": true, "device": "auto", "dtype": "float32",
     "vector": {"activation": "softmax", "x": [0.2, 1.3, 3.75], "params": {"temperature": 2.0}}}

A curve is a registry id or a formula as its text (``"formula: ..."``, what the engine resolves);
``ranges`` widens a formula parameter's slider. ``colour`` is the curve's place in the palette
(:data:`figures.palette.OKABE_ITO`, cycling), distinct per curve. The limits of the view
(x range, points, ε) are defined here and read by the explorer's widgets: one place for both. A state is
built for one of two profiles of those limits (:class:`ViewLimits`): the tab's (:data:`TAB_LIMITS`, what its
plots draw while a slider moves) or the command line's (:data:`COMMAND_LINE_LIMITS`, the engine's own: up to
ten million points within its memory budget, an x range of any finite width), so that ``export --activation``
builds the same state type the tab shows and draws it with the same figure.
:meth:`ExplorerState.build` is the one place a state is checked; a tab builds its state
directly from values it already holds valid.

``vector`` (absent: the curves are shown) is the vector view, shown instead of the curves: a vector
activation of the registry, its input ``x`` and its parameters (the temperature), checked by the
engine's own limits (:func:`engine.evaluate.vector_input`, the registry's parameter ranges) for the
section's dtype, as the view and ``export --vector`` are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, ClassVar

from engine.activation_params import checked_params
from engine.activations import elementwise_ids, vector_ids
from engine.devices import DEVICES, DTYPES
from engine.evaluate import MAX_POINTS as ENGINE_MAX_POINTS
from engine.evaluate import MAX_VECTOR, vector_input
from engine.resolve import Formula, expression_of, formula_of, resolve_activation
from states.checks import boolean, engine_checked, field, listed, number, obj, one_of, only, text, whole
from states.errors import StateError
from states.limits import MIN_X_SPAN, X_LIMIT  # how far the view may be zoomed or panned (and why)

KEY = "explorer"
DEFAULT_X_RANGE = (-6.0, 6.0)
DEFAULT_POINTS = 2001
DEFAULT_EPS = 0.01
MAX_POINTS = 100_001  # beyond this the lines take longer to draw than a drag step
EPS_RANGE = (0.0001, 1.0)
MAX_CURVES = 64
#: The vector view's input until the user types one: ten logits, one clearly the largest.
DEFAULT_LOGITS = (0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75)
CURVE_FIELDS = ("activation", "params", "ranges", "colour", "show_gap")
VECTOR_FIELDS = ("activation", "x", "params")
FIELDS = (
    "curves",
    "selected",
    "x_range",
    "points",
    "show_second",
    "log_df",
    "shade_saturation",
    "eps",
    "show_marks",
    "device",
    "dtype",
    "vector",
)


@dataclass(frozen=True)
class ViewLimits:
    """How far a state's view may reach: the most grid points, the largest |x| and the narrowest x range."""

    max_points: int = MAX_POINTS
    x_limit: float = X_LIMIT
    min_x_span: float = MIN_X_SPAN


#: The tab's: what its plots redraw during a drag and pyqtgraph can pan over (the widgets read these).
TAB_LIMITS = ViewLimits()
#: The command line's (``export --activation``, ``--vector``): the engine's own; its memory budget still applies.
COMMAND_LINE_LIMITS = ViewLimits(ENGINE_MAX_POINTS, math.inf, 0.0)


@dataclass(frozen=True)
class CurveSpec:
    """One overlaid curve: a registry id or a :class:`~engine.resolve.Formula` (with its widened slider
    ranges), its parameter values, its palette place and whether its exact − approximation gap is shown."""

    activation: str | Formula
    params: dict[str, Any]
    colour: int
    show_gap: bool = False

    def section(self) -> dict[str, Any]:
        """The curve as JSON values (a formula as its text, with its ``ranges``)."""
        curve = {
            "activation": str(self.activation),
            "params": dict(self.params),
            "colour": self.colour,
            "show_gap": self.show_gap,
        }
        if isinstance(self.activation, Formula):
            curve["ranges"] = {name: [low, high] for name, low, high in self.activation.ranges}
        return curve


@dataclass(frozen=True)
class VectorSpec:
    """The vector view: a vector activation of the registry, its input vector and its parameters."""

    activation: str
    x: tuple[float, ...]
    params: dict[str, Any]

    def section(self) -> dict[str, Any]:
        return {"activation": self.activation, "x": list(self.x), "params": dict(self.params)}


@dataclass(frozen=True)
class ExplorerState:
    """What the explorer shows. Build a checked one from JSON values with :meth:`build`."""

    key: ClassVar[str] = KEY
    curves: tuple[CurveSpec, ...] = ()
    selected: int = -1
    x_range: tuple[float, float] = DEFAULT_X_RANGE
    points: int = DEFAULT_POINTS
    show_second: bool = True
    log_df: bool = False
    shade_saturation: bool = True
    eps: float = DEFAULT_EPS
    show_marks: bool = True
    device: str = "auto"
    dtype: str = "float32"
    vector: VectorSpec | None = None

    @classmethod
    def build(cls, section: object = None, where: str = "tabs.explorer", limits: ViewLimits = TAB_LIMITS) -> ExplorerState:
        """The state a section describes (missing fields: the defaults; None: the explorer as it starts) within
        ``limits``; StateError naming the first bad field."""
        return check_explorer({} if section is None else section, where, limits)

    def section(self) -> dict[str, Any]:
        """The state as the JSON values of a session file's ``tabs.explorer``."""
        return {
            "curves": [curve.section() for curve in self.curves],
            "selected": self.selected,
            "x_range": list(self.x_range),
            "points": self.points,
            "show_second": self.show_second,
            "log_df": self.log_df,
            "shade_saturation": self.shade_saturation,
            "eps": self.eps,
            "show_marks": self.show_marks,
            "device": self.device,
            "dtype": self.dtype,
            "vector": None if self.vector is None else self.vector.section(),
        }


def defaults() -> ExplorerState:
    """The explorer as it starts: the first elementwise activation over the default view."""
    return ExplorerState.build()


def check_explorer(section: object, where: str = "tabs.explorer", limits: ViewLimits = TAB_LIMITS) -> ExplorerState:
    """The explorer section as a state, every field filled in and checked against ``limits``; StateError naming
    the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    raw_curves = section.get("curves", [{"activation": elementwise_ids()[0]}])
    curves = [
        _curve(c, field(field(where, "curves"), i)) for i, c in enumerate(listed(raw_curves, field(where, "curves"), MAX_CURVES))
    ]
    colours = _colours(raw_curves, field(where, "curves"))
    selected = whole(section.get("selected", 0 if curves else -1), field(where, "selected"), -1, len(curves) - 1)
    x_range = _x_range(section.get("x_range", list(DEFAULT_X_RANGE)), field(where, "x_range"), limits)
    dtype = one_of(section.get("dtype", "float32"), field(where, "dtype"), DTYPES)
    vector = None if section.get("vector") is None else _vector(section["vector"], field(where, "vector"), dtype)
    return ExplorerState(
        curves=tuple(
            CurveSpec(ref, params, colour, show_gap) for (ref, params, show_gap), colour in zip(curves, colours, strict=True)
        ),
        selected=selected,
        x_range=x_range,
        points=whole(section.get("points", DEFAULT_POINTS), field(where, "points"), 2, limits.max_points),
        show_second=boolean(section.get("show_second", True), field(where, "show_second")),
        log_df=boolean(section.get("log_df", False), field(where, "log_df")),
        shade_saturation=boolean(section.get("shade_saturation", True), field(where, "shade_saturation")),
        eps=number(section.get("eps", DEFAULT_EPS), field(where, "eps"), *EPS_RANGE),
        show_marks=boolean(section.get("show_marks", True), field(where, "show_marks")),
        device=one_of(section.get("device", "auto"), field(where, "device"), DEVICES),
        dtype=dtype,
        vector=vector,
    )


def _curve(raw: object, where: str) -> tuple[str | Formula, dict[str, Any], bool]:
    raw = obj(raw, where)
    only(raw, CURVE_FIELDS, where)
    if "activation" not in raw:
        raise StateError(field(where, "activation"), "missing: a registry id or 'formula: ' and the formula's text")
    activation = text(raw["activation"], field(where, "activation"))
    formula = formula_of(activation)
    if formula is None:
        if "ranges" in raw:
            raise StateError(field(where, "ranges"), "only a formula curve has slider ranges")
        act = engine_checked(field(where, "activation"), lambda: resolve_activation(activation), {"activation": ""})
    else:
        typed = formula
        formula = engine_checked(field(where, "activation"), lambda: Formula(expression_of(typed).text), {"expression": ""})
        for name, ends in obj(raw.get("ranges", {}), field(where, "ranges")).items():
            at = field(field(where, "ranges"), name)
            low, high = (number(v, field(at, i)) for i, v in enumerate(listed(ends, at, 2, 2)))
            formula = engine_checked(
                at,
                lambda f=formula, n=name, lo=low, hi=high: f.widened(n, lo, hi),  # type: ignore[misc]
                {"expression": "", f"expression.{name}": ""},
            )
        act = resolve_activation(formula)
    if act.vector:
        raise StateError(field(where, "activation"), f"{act.id} acts on a whole vector: it has no curve")
    params = obj(raw.get("params", {}), field(where, "params"))
    checked = engine_checked(where, lambda: checked_params(act, params), owners={act.id: "params"})
    return formula or act.id, checked, boolean(raw.get("show_gap", False), field(where, "show_gap"))


def _vector(raw: object, where: str, dtype: str) -> VectorSpec:
    """The vector view's activation, input and parameters, refused where the engine would refuse them."""
    raw = obj(raw, where)
    only(raw, VECTOR_FIELDS, where)
    if "activation" not in raw:
        raise StateError(field(where, "activation"), "missing: the id of a vector activation (softmax, ...)")
    at = field(where, "activation")
    act = engine_checked(at, lambda: resolve_activation(text(raw["activation"], at)), {"activation": ""})
    if not act.vector:
        raise StateError(at, f"{act.id} is applied element by element: the vector view takes {', '.join(vector_ids())}")
    if "x" not in raw:
        raise StateError(field(where, "x"), "missing: the input vector, a list of numbers")
    x = [number(v, field(field(where, "x"), i)) for i, v in enumerate(listed(raw["x"], field(where, "x"), MAX_VECTOR, 1))]
    params = obj(raw.get("params", {}), field(where, "params"))
    checked = engine_checked(where, lambda: checked_params(act, params), owners={act.id: "params"})
    engine_checked(where, lambda: vector_input(act, x, checked, dtype), {"vector": "x"})
    return VectorSpec(act.id, tuple(x), checked)


def _colours(raw: list[Any], where: str) -> list[int]:
    """Each curve's palette place: the one given (distinct), else the lowest free one, in curve order."""
    given: dict[int, int] = {}
    for index, curve in enumerate(raw):
        if "colour" in curve:
            colour = whole(curve["colour"], field(field(where, index), "colour"), 0, MAX_CURVES - 1)
            if colour in given.values():
                raise StateError(field(field(where, index), "colour"), f"colour {colour} is already another curve's")
            given[index] = colour
    used = set(given.values())
    colours = []
    for index in range(len(raw)):
        if index not in given:
            given[index] = next(i for i in range(MAX_CURVES) if i not in used)
            used.add(given[index])
        colours.append(given[index])
    return colours


def _x_range(raw: object, where: str, limits: ViewLimits) -> tuple[float, float]:
    ends = listed(raw, where, 2, 2)
    low, high = (number(v, field(where, i), -limits.x_limit, limits.x_limit) for i, v in enumerate(ends))
    if low >= high:
        raise StateError(where, f"the left end ({low:g}) must be below the right end ({high:g})")
    if high - low < limits.min_x_span:
        raise StateError(where, f"the range must be at least {limits.min_x_span:g} wide")
    return low, high
