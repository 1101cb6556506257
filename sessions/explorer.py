"""The explorer tab's part of a session: its curves, x range, grid, marks and precision, checked.

Section ``tabs.explorer`` (every field optional; a missing one takes the default below)::

    {"curves": [{"activation": "elu", "params": {"alpha": 0.5}, "colour": 0, "show_gap": false},
                {"activation": "formula: x*sigmoid(k*x)", "params": {"k": 1.5}, "ranges": {"k": [-20, 20]}}],
     "selected": 0, "x_range": [-6, 6], "points": 2001, "show_second": true, "log_df": false,
     "shade_saturation": true, "eps": 0.01, "show_marks": true, "device": "auto", "dtype": "float32",
     "vector": {"activation": "softmax", "x": [0.2, 1.3, 3.75], "params": {"temperature": 2.0}}}

A curve is a registry id or a formula as its text (``"formula: ..."``, what the engine resolves);
``ranges`` widens a formula parameter's slider. ``colour`` is the curve's place in the palette
(:data:`figures.palette.OKABE_ITO`, cycling), distinct per curve. The limits of the view
(x range, points, ε) are defined here and read by the explorer's widgets: one place for both.

``vector`` (absent: the curves are shown) is the vector view, shown instead of the curves: a vector
activation of the registry, its input ``x`` and its parameters (the temperature), checked by the
engine's own limits (:func:`engine.evaluate.vector_input`, the registry's parameter ranges) for the
section's dtype, as the view and ``export --vector`` are.
"""

from __future__ import annotations

from engine.activation_params import checked_params
from engine.activations import elementwise_ids, vector_ids
from engine.devices import DEVICES, DTYPES
from engine.evaluate import MAX_VECTOR, vector_input
from engine.resolve import Formula, expression_of, formula_of, resolve_activation
from sessions.checks import boolean, engine_checked, field, listed, number, obj, one_of, only, text, whole
from sessions.errors import SessionError

KEY = "explorer"
DEFAULT_X_RANGE = (-6.0, 6.0)
DEFAULT_POINTS = 2001
DEFAULT_EPS = 0.01
#: How far the view may be zoomed or panned. Past ~1e300 pyqtgraph's own tick and path arithmetic
#: overflows and raises on every repaint (400 wheel notches out once opened 49 error dialogs);
#: the engine's float16 tops out at 65,504, float32 at 3.4e38. Well inside both ends.
X_LIMIT = 1e6
MIN_X_SPAN = 1e-6
MAX_POINTS = 100_001  # beyond this the lines take longer to draw than a drag step
EPS_RANGE = (0.0001, 1.0)
MAX_CURVES = 64
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


def defaults() -> dict:
    """The explorer as it starts: the first elementwise activation over the default view."""
    return check_explorer({})


def check_explorer(section: object, where: str = "tabs.explorer") -> dict:
    """The explorer section with every field filled in and checked; SessionError naming the first bad field."""
    section = obj(section, where)
    only(section, FIELDS, where)
    raw_curves = section.get("curves", [{"activation": elementwise_ids()[0]}])
    curves = [
        _curve(c, field(field(where, "curves"), i)) for i, c in enumerate(listed(raw_curves, field(where, "curves"), MAX_CURVES))
    ]
    _assign_colours(curves, raw_curves, field(where, "curves"))
    selected = whole(section.get("selected", 0 if curves else -1), field(where, "selected"), -1, len(curves) - 1)
    x_range = _x_range(section.get("x_range", list(DEFAULT_X_RANGE)), field(where, "x_range"))
    dtype = one_of(section.get("dtype", "float32"), field(where, "dtype"), DTYPES)
    vector = None if section.get("vector") is None else _vector(section["vector"], field(where, "vector"), dtype)
    return {
        "curves": curves,
        "selected": selected,
        "x_range": x_range,
        "points": whole(section.get("points", DEFAULT_POINTS), field(where, "points"), 2, MAX_POINTS),
        "show_second": boolean(section.get("show_second", True), field(where, "show_second")),
        "log_df": boolean(section.get("log_df", False), field(where, "log_df")),
        "shade_saturation": boolean(section.get("shade_saturation", True), field(where, "shade_saturation")),
        "eps": number(section.get("eps", DEFAULT_EPS), field(where, "eps"), *EPS_RANGE),
        "show_marks": boolean(section.get("show_marks", True), field(where, "show_marks")),
        "device": one_of(section.get("device", "auto"), field(where, "device"), DEVICES),
        "dtype": dtype,
        "vector": vector,
    }


def curve_reference(curve: dict) -> str | Formula:
    """What the engine resolves for a checked curve: its registry id, or its formula with the widened ranges."""
    formula = formula_of(curve["activation"])
    if formula is None:
        return curve["activation"]
    return Formula(formula.text, tuple((name, low, high) for name, (low, high) in sorted(curve["ranges"].items())))


def _curve(raw: object, where: str) -> dict:
    raw = obj(raw, where)
    only(raw, CURVE_FIELDS, where)
    if "activation" not in raw:
        raise SessionError(field(where, "activation"), "missing: a registry id or 'formula: ' and the formula's text")
    activation = text(raw["activation"], field(where, "activation"))
    formula = formula_of(activation)
    ranges: dict[str, list[float]] = {}
    if formula is None:
        if "ranges" in raw:
            raise SessionError(field(where, "ranges"), "only a formula curve has slider ranges")
        act = engine_checked(field(where, "activation"), lambda: resolve_activation(activation), {"activation": ""})
    else:
        formula = engine_checked(field(where, "activation"), lambda: Formula(expression_of(formula).text), {"expression": ""})
        for name, ends in obj(raw.get("ranges", {}), field(where, "ranges")).items():
            at = field(field(where, "ranges"), name)
            low, high = (number(v, field(at, i)) for i, v in enumerate(listed(ends, at, 2, 2)))
            formula = engine_checked(
                at, lambda f=formula, n=name, lo=low, hi=high: f.widened(n, lo, hi), {"expression": "", f"expression.{name}": ""}
            )
            ranges[name] = [low, high]
        act = resolve_activation(formula)
    if act.vector:
        raise SessionError(field(where, "activation"), f"{act.id} acts on a whole vector: it has no curve")
    params = obj(raw.get("params", {}), field(where, "params"))
    checked = engine_checked(where, lambda: checked_params(act, params), owners={act.id: "params"})
    curve = {"activation": act.id, "params": checked, "show_gap": boolean(raw.get("show_gap", False), field(where, "show_gap"))}
    if formula is not None:
        curve["ranges"] = ranges
    return curve


def _vector(raw: object, where: str, dtype: str) -> dict:
    """The vector view's activation, input and parameters, refused where the engine would refuse them."""
    raw = obj(raw, where)
    only(raw, VECTOR_FIELDS, where)
    if "activation" not in raw:
        raise SessionError(field(where, "activation"), "missing: the id of a vector activation (softmax, ...)")
    at = field(where, "activation")
    act = engine_checked(at, lambda: resolve_activation(text(raw["activation"], at)), {"activation": ""})
    if not act.vector:
        raise SessionError(at, f"{act.id} is applied element by element: the vector view takes {', '.join(vector_ids())}")
    if "x" not in raw:
        raise SessionError(field(where, "x"), "missing: the input vector, a list of numbers")
    x = [number(v, field(field(where, "x"), i)) for i, v in enumerate(listed(raw["x"], field(where, "x"), MAX_VECTOR, 1))]
    params = obj(raw.get("params", {}), field(where, "params"))
    checked = engine_checked(where, lambda: checked_params(act, params), owners={act.id: "params"})
    engine_checked(where, lambda: vector_input(act, x, checked, dtype), {"vector": "x"})
    return {"activation": act.id, "x": x, "params": checked}


def _assign_colours(curves: list[dict], raw: list, where: str) -> None:
    """Each curve's palette place: the one given (distinct), else the lowest free one, in curve order."""
    used: set[int] = set()
    for index, (curve, given) in enumerate(zip(curves, raw, strict=True)):
        if "colour" in given:
            colour = whole(given["colour"], field(field(where, index), "colour"), 0, MAX_CURVES - 1)
            if colour in used:
                raise SessionError(field(field(where, index), "colour"), f"colour {colour} is already another curve's")
            used.add(colour)
            curve["colour"] = colour
    for curve in curves:
        if "colour" not in curve:
            curve["colour"] = next(i for i in range(MAX_CURVES) if i not in used)
            used.add(curve["colour"])


def _x_range(raw: object, where: str) -> list[float]:
    low, high = (number(v, field(where, i), -X_LIMIT, X_LIMIT) for i, v in enumerate(listed(raw, where, 2, 2)))
    if low >= high:
        raise SessionError(where, f"the left end ({low:g}) must be below the right end ({high:g})")
    if high - low < MIN_X_SPAN:
        raise SessionError(where, f"the range must be at least {MIN_X_SPAN:g} wide")
    return [low, high]
