"""The explorer's figure from its state: every curve over the state's grid with the marks the screen shows.

:func:`curve_marks` computes one curve's teaching marks (saturation spans, kinks, the random-slope
band, the exact − approximation gap); the explorer tab's curve set draws them on screen with it,
and :func:`explorer_figure` puts them in the figure File > Export and ``export --session`` write,
so both show the same marks. Qt-free.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import Any

import engine
from engine import analysis
from engine.analysis import Kink
from engine.errors import EngineError
from engine.resolve import ActivationRef
from figures.builders import activation_figure, display_labels, kink_markers, vector_figure
from figures.spec import FigureSpec, Panel, Series
from figures.text import figure_tr, registry_tr
from states.explorer import CurveSpec, ExplorerState

log = logging.getLogger("activation_lab")


@dataclass
class Marks:
    """What is drawn over one curve; ``problems``: why a mark the engine refused was left off."""

    kinks: list[Kink] = field(default_factory=list)
    spans: list[tuple[float, float]] = field(default_factory=list)
    band: tuple[Any, ...] | None = None  # random slopes drawn: (x, f_lo, f_hi, df_lo, df_hi)
    gap: tuple[Any, ...] | None = None  # (x, Δf, Δf′)
    problems: list[str] = field(default_factory=list)


def curve_marks(
    activation: ActivationRef,
    params: dict[str, Any],
    curve: engine.Curve,
    eps: float,
    show_saturation: bool,
    show_marks: bool,
    show_gap: bool,
) -> Marks:
    """The marks of ``curve`` (``activation`` with ``params``), on its grid, device and precision."""
    act = engine.resolve_activation(activation)
    grid = curve.x_asked if curve.x_asked is not None else curve.x
    lo, hi = float(grid[0]), float(grid[-1])
    kinks = [k for k in act.kinks(params) if lo <= k <= hi]
    df = curve.df
    assert df is not None  # every curve has f′
    marks = Marks(spans=analysis.saturation_spans(curve.x, df, eps, kinks) if show_saturation else [])
    wanted: list[tuple[str, Callable[[], Any]]] = []
    if show_marks:
        wanted.append(("kinks", lambda: analysis.kink_marks(act, params, lo, hi, curve.device, curve.dtype)))
    extra = act.random_slopes
    if extra is not None and bool(params.get(extra.switch)):
        wanted.append(
            ("band", lambda: analysis.random_slope_band(params, lo, hi, grid.size, curve.device, curve.dtype, activation=act.id))
        )
    if act.approximation is not None and show_gap:
        wanted.append(
            ("gap", lambda: analysis.exact_minus_approximation(act.id, params, lo, hi, grid.size, curve.device, curve.dtype))
        )
    for name, compute in wanted:
        try:
            setattr(marks, name, compute())
        except (EngineError, RuntimeError) as exc:
            log.info("no %s marks for %s: %s", name, act.id, exc)
            marks.problems.append(str(exc))
    return marks


def explorer_figure(
    state: ExplorerState,
    hidden: Collection[int] = (),
    device: str | None = None,
    dtype: str | None = None,
    notes: list[str] | None = None,
) -> FigureSpec | None:
    """The vector view when the state shows one, else its curves (but those ``hidden`` by their legend entry)
    with the marks the screen shows; None without a curve. Computed on ``device`` in ``dtype`` (default: the
    state's); EngineError or RuntimeError when the engine refuses. ``notes``, when given, receives the engine's
    notes on the computation (a device fallback, grid points merged in a low precision): the command line prints them."""
    device, dtype = device or state.device, dtype or state.dtype
    said = notes if notes is not None else []
    if state.vector is not None:
        v = state.vector
        result = engine.evaluate_vector(v.activation, list(v.x), v.params, device, dtype)
        said += [n for n in (result.fallback_reason,) if n]
        return vector_figure(result)
    labels = display_labels([(c.activation, c.params) for c in state.curves])
    shown = [i for i in range(len(state.curves)) if i not in hidden]
    if not shown:
        return None
    x_min, x_max = state.x_range
    order = 2 if state.show_second else 1
    curves, marks = [], []
    for i in shown:
        c = state.curves[i]
        curve = engine.evaluate(c.activation, c.params, x_min, x_max, state.points, order=order, device=device, dtype=dtype)
        curves.append(curve)
        said += [n for n in (curve.fallback_reason, curve.grid_note) if n]
        marks.append(curve_marks(c.activation, c.params, curve, state.eps, state.shade_saturation, state.show_marks, c.show_gap))
    selected = [k for k, i in enumerate(shown) if i == state.selected]
    bands = marks[selected[0]].spans if selected and state.shade_saturation else []
    specs = [state.curves[i] for i in shown]
    vlines = sorted({k.x for m in marks for k in m.kinks}) if state.show_marks else []
    hlines = (
        sorted({b for c in specs for b in engine.resolve_activation(c.activation).bounds(c.params) if b is not None})
        if state.show_marks
        else []
    )
    markers: dict[str, list[Any]] = {}
    for k, (c, m) in enumerate(zip(specs, marks, strict=True)):  # every curve's kink dots, the selected one's labels
        label = figure_tr("autograd: f′({x}) = {value}") if k in selected and not state.log_df else ""  # as on screen
        for row, items in kink_markers(m.kinks, c.colour, label, on_df=not state.log_df).items():
            markers.setdefault(row, []).extend(items)
    figure = activation_figure(
        curves,
        [labels[i] for i in shown],
        state.show_second,
        [c.colour for c in specs],
        bands=bands,
        band_color=specs[selected[0]].colour if bands else None,
        vlines=vlines,
        hlines=hlines,
        log_df=state.log_df,
        x_range=(x_min, x_max),
        extra_panels=_gap_panels(specs, marks, (x_min, x_max)),
        markers=markers,
    )

    def thin(points: int) -> FigureSpec:  # an image draws it again on the points its pixels show (figures.layout.for_image)
        thinned = explorer_figure(replace(state, points=points), hidden, device, dtype)
        assert thinned is not None  # the same curves are shown
        return thinned

    figure.points, figure.thin = state.points, thin
    return figure


def _gap_panels(specs: list[CurveSpec], marks: list[Marks], x_range: tuple[float, float]) -> list[Panel]:
    """The exact − approximation panel of the curves that show their gap (none: no panel)."""
    gaps = [(c, m) for c, m in zip(specs, marks, strict=True) if m.gap is not None]
    if not gaps:
        return []
    series = []
    for c, m in gaps:
        assert m.gap is not None
        x, dfx, ddf = m.gap
        approximation = engine.resolve_activation(c.activation).approximation
        assert approximation is not None  # only an activation with an approximation has a gap
        other = registry_tr(approximation.approximate)
        series.append(Series(figure_tr("Δf (exact − {0})").format(other), x, dfx, color=c.colour))
        series.append(Series(figure_tr("Δf′ (exact − {0})").format(other), x, ddf, color=c.colour, dashed=True))
    first = engine.resolve_activation(gaps[0][0].activation)
    assert first.approximation is not None
    title = figure_tr("{0}: exact − {1} approximation").format(
        registry_tr(first.name), registry_tr(first.approximation.approximate)
    )
    return [Panel(title, "x", figure_tr("difference"), series=series, x_range=x_range)]
