"""Figure builders: engine results -> :class:`FigureSpec`, shared by the tabs and the CLI."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

import engine
from engine.analysis import Kink
from engine.depth import TABLE_HEADER, DepthConfig, DepthResult, MeanField
from engine.init_sampling import Histogram, InitSample
from engine.initializers import get_initializer
from engine.params import format_value
from engine.resolve import ActivationRef
from figures.palette import DIVERGING_COLORMAP, HEAT_COLORMAP
from figures.spec import FigureSpec, Image, Marker, Panel, Series
from figures.text import figure_tr, registry_tr


def display_labels(
    curves: Sequence[tuple[ActivationRef, Mapping[str, Any]]], translate: Callable[[str], str] = registry_tr
) -> list[str]:
    """Legend labels for (activation id, params) pairs: ``Leaky ReLU (negative_slope=0.1)``.

    The display name (through ``translate``, by default the registry's translation) and the parameters worth reading: those
    changed from their defaults, and those that tell apart two curves of the same
    activation (``negative_slope=0.01`` beside ``negative_slope=0.1``). ``[n]``
    (1-based) marks curves that would still read the same.
    """
    labels = []
    for activation_id, params in curves:
        act = engine.resolve_activation(activation_id)
        siblings = [p for a, p in curves if a == activation_id]
        shown = [
            spec.name
            for spec in act.params
            if spec.name in params
            and (params[spec.name] != spec.default or any(o.get(spec.name) != params[spec.name] for o in siblings))
        ]
        changed = [f"{name}={format_value(params[name])}" for name in shown]
        labels.append(translate(act.name) + (f" ({', '.join(changed)})" if changed else ""))
    return [f"{label} [{i}]" if labels.count(label) > 1 else label for i, label in enumerate(labels, start=1)]


def activation_figure(
    curves: Sequence[engine.Curve],
    labels: Sequence[str] | None = None,
    show_second: bool = True,
    colors: Sequence[int] | None = None,
    *,
    bands: Sequence[tuple[float, float]] = (),
    band_color: int | None = None,
    vlines: Sequence[float] = (),
    hlines: Sequence[float] = (),
    log_df: bool = False,
    x_range: tuple[float, float] | None = None,
    extra_panels: Sequence[Panel] = (),
    markers: Mapping[str, Sequence[Marker]] | None = None,
) -> FigureSpec:
    """f, f' (and f'') of the curves as stacked panels sharing x, one series per curve.

    The keyword-only extras carry the explorer's teaching marks: ``bands`` (x intervals
    where |f'| < ε, shaded on the f and f' panels, tinted with the palette colour
    ``band_color`` of the curve they belong to), ``vlines`` (points where f is not
    differentiable, on every panel), ``hlines`` (bounds of the output range, on the f
    panel), ``log_df`` (|f'| on a log axis), ``markers`` per row (``"f"``, ``"df"``, ``"d2f"``: the kink
    dots and their labels, :func:`kink_markers`) and ``extra_panels`` appended at the bottom.
    """
    markers = markers or {}
    if not curves:
        titles = ["f(x)", "f′(x)"] + (["f″(x)"] if show_second else [])
        return FigureSpec(title="", panels=[Panel(t, "x", t, x_range=x_range) for t in titles], name="activations")
    labels = list(labels) if labels is not None else display_labels([(c.activation, c.params) for c in curves])
    colors = list(colors) if colors is not None else list(range(len(curves)))
    groups = curve_groups(curves)
    rows = [("f", "f(x)"), ("df", "f′(x)")] + ([("d2f", "f″(x)")] if show_second else [])
    panels = []
    for attr, title in rows:
        column = "abs_df" if attr == "df" and log_df else attr
        series = [
            # x as asked (-5.994, 0.0), not its float32 rounding (-5.99399995803833): the CSV writes these
            Series(label, c.x if c.x_asked is None else c.x_asked, getattr(c, attr), color=col, column=column, group=group)
            for c, label, col, group in zip(curves, labels, colors, groups, strict=True)
            if getattr(c, attr) is not None
        ]
        if attr == "df" and log_df:
            title = "|f′(x)|"
            for s in series:
                s.y = abs(s.y)
        panels.append(
            Panel(
                title=title,
                x_label="x",
                y_label=title,
                series=series,
                log_y=attr == "df" and log_df,
                x_range=x_range,
                bands=list(bands) if attr in ("f", "df") else [],
                band_color=band_color if attr in ("f", "df") and bands else None,
                vlines=list(vlines),
                hlines=list(hlines) if attr == "f" else [],
                markers=list(markers.get(attr, ())),
            )
        )
    panels.extend(extra_panels)
    caption = "\n".join(engine.resolve_activation(c.activation).formula for c in curves[:1]) if len(curves) == 1 else ""
    return FigureSpec(
        title=", ".join(labels),
        panels=panels,
        caption=caption,
        name="_".join(dict.fromkeys(c.activation for c in curves)),
    )


def kink_markers(kinks: Sequence[Kink], color: int, label_format: str = "", on_df: bool = True) -> dict[str, list[Marker]]:
    """The explorer's kink marks as figure markers: f at each kink on the f row; on the f′ row (``on_df``)
    autograd's f′ filled and the one-sided limits hollow, labelled with ``label_format`` (``{x}``, ``{value}``)
    when one is given (the selected curve only, as on screen). ``kinks`` are :class:`engine.analysis.Kink`."""
    rows: dict[str, list[Marker]] = {"f": [Marker(k.x, k.f, color) for k in kinks]}
    if on_df:
        rows["df"] = [Marker(k.x, side, color, hollow=True) for k in kinks for side in (k.df_left, k.df_right)] + [
            Marker(k.x, k.df, color, text=label_format.format(x=f"{k.x:.4g}", value=f"{k.df:.4g}") if label_format else "")
            for k in kinks
        ]
    return rows


def curve_label(curve: engine.Curve, with_params: bool = True) -> str:
    """A column-safe name such as ``leaky_relu(negative_slope=0.1)`` (the id alone without ``with_params``)."""
    if not with_params or not curve.params:
        return curve.activation
    inner = ";".join(f"{k}={format_value(v)}" for k, v in curve.params.items())
    return f"{curve.activation}({inner})"


def curve_groups(curves: Sequence[engine.Curve]) -> list[str]:
    """The CSV group of each curve: its id, with its parameters where ids repeat, then a 1-based index if still equal."""
    short = [curve_label(c, with_params=False) for c in curves]
    if len(set(short)) == len(short):
        return short
    full = [curve_label(c) for c in curves]
    if len(set(full)) == len(full):
        return full
    return [f"{i}:{label}" for i, label in enumerate(full, start=1)]


# ---- initialisation -----------------------------------------------------------------------------------------


def init_label(sample: InitSample) -> str:
    """A short label such as ``kaiming_normal(nonlinearity=relu)`` for an :class:`InitSample`."""
    entry = get_initializer(sample.init)
    changed = {k: v for k, v in sample.params.items() if v != {p.name: p.default for p in entry.params}[k]}
    if not changed:
        return entry.id
    return f"{entry.id}({', '.join(f'{k}={v:g}' if isinstance(v, float) else f'{k}={v}' for k, v in changed.items())})"


PDF_POINTS = 1201


def init_figure(
    samples: Sequence[InitSample], histograms: Sequence[Histogram], labels: Sequence[str] | None = None, log_y: bool = False
) -> FigureSpec:
    """Histograms of sampled weights (one colour each) with their theoretical densities dashed over them.

    ``samples`` are :class:`engine.initializers.InitSample`, ``histograms`` the matching
    :class:`engine.initializers.Histogram` (sharing edges when overlaid). A theory's point masses
    (``Histogram.atoms``: every weight 0 for ``xavier_uniform`` with gain 0, the zeros of ``sparse``)
    have no density: each is drawn as one dashed spike up to the top of the histogram, and the CSV
    gets a ``theory_mass`` column, the theory's probability of landing in each bin as a point mass
    (its ``pdf`` column holds the density of the continuous part, empty where there is none).
    """
    labels = list(labels) if labels is not None else [init_label(s) for s in samples]
    series = []
    groups = list(dict.fromkeys(labels))
    for index, (s, h, label) in enumerate(zip(samples, histograms, labels, strict=True)):
        group = label if len(groups) == len(labels) else f"{index + 1}:{label}"
        theory_at_bins = [None] * len(h.counts) if h.pdf is None else h.pdf
        extra: dict[str, np.ndarray | list[float] | list[None]] = {"pdf": theory_at_bins}
        if h.atoms:
            extra["theory_mass"] = atom_mass_per_bin(h.edges, h.atoms)
        series.append(
            Series(
                figure_tr("{0}: sample").format(label),
                h.edges,
                h.density,
                kind="histogram",
                color=index,
                column="density",
                group=group,
                counts=np.asarray(h.counts),
                extra=extra,
            )
        )
        top = float(np.nanmax(h.density)) if np.size(h.density) and np.isfinite(h.density).any() else 1.0
        for value, probability in h.atoms:
            share = (
                figure_tr("every weight")
                if probability >= 1
                else figure_tr("a share {0} of the weights").format(f"{probability:.3g}")
            )
            spike = figure_tr("{0}: theory, {1} = {2}").format(label, share, f"{value:g}")
            series.append(Series(spike, np.array([value, value]), np.array([0.0, top]), color=index, dashed=True, tabulate=False))
        grid = np.linspace(h.edges[0], h.edges[-1], PDF_POINTS)  # finer than the bins: a uniform box keeps its edges
        pdf = s.theory.pdf(grid)
        if pdf is not None:  # drawn only: the table has the theory at the bin centres (``pdf``)
            series.append(Series(figure_tr("{0}: theory").format(label), grid, pdf, color=index, dashed=True, tabulate=False))
    shape = "×".join(map(str, samples[0].shape))
    lines = [
        figure_tr("{0}: mean {1} (theory {2}), std {3} (theory {4})").format(
            label, f"{s.mean:.4g}", f"{s.theory.mean:.4g}", f"{s.std:.4g}", f"{s.theory.std:.4g}"
        )
        for s, label in zip(samples, labels, strict=True)
    ]
    panel = Panel(
        title=figure_tr("Weights of shape {0}, seed {1}").format(shape, samples[0].seed),
        x_label=figure_tr("weight value"),
        y_label=figure_tr("density"),
        series=series,
        log_y=log_y,
    )
    return FigureSpec(
        title=figure_tr(" vs ").join(labels),
        panels=[panel],
        caption="\n".join(lines),
        name="init_" + "_vs_".join(dict.fromkeys(s.init for s in samples)),
    )


def atom_mass_per_bin(edges: np.ndarray, atoms: Sequence[tuple[float, float]]) -> np.ndarray:
    """The probability of the point masses ``atoms`` falling in each bin (half-open, the last one closed)."""
    edges = np.asarray(edges, dtype=np.float64)
    mass = np.zeros(edges.size - 1)
    for value, probability in atoms:
        if edges[0] <= value <= edges[-1]:
            mass[min(int(np.searchsorted(edges, value, side="right")) - 1, mass.size - 1)] += probability
    return mass


# ---- depth --------------------------------------------------------------------------------------------------


def _spans_decades(*arrays: np.ndarray, decades: float = 2.0) -> bool:
    values = np.concatenate([np.asarray(a, dtype=float).ravel() for a in arrays if a is not None])
    values = values[np.isfinite(values) & (values > 0)]
    return values.size > 1 and bool(np.log10(values.max() / values.min()) >= decades)


HEAT_FLOOR = -3.0  # log10 of the faintest share shown in the heat map, relative to each layer's peak


def heat_display(heat: np.ndarray) -> np.ndarray:
    """Each layer's histogram as log10(share / the layer's peak), floored at HEAT_FLOOR.

    A log scale keeps a layer's tails visible next to a spike (ReLU's exact zeros);
    normalising per layer keeps deep, narrow layers as visible as wide early ones.
    """
    peak = heat.max(axis=-1, keepdims=True)
    ratio = np.divide(heat, peak, out=np.zeros_like(heat, dtype=float), where=peak > 0)
    with np.errstate(divide="ignore"):
        shown: np.ndarray = np.maximum(np.log10(ratio, out=np.full_like(ratio, -np.inf), where=ratio > 0), HEAT_FLOOR)
        return shown


def depth_label(config: DepthConfig) -> str:
    """``relu + kaiming_normal`` for a depth configuration."""
    return f"{config.activation} + {config.init}"


def depth_figure(
    result: DepthResult,
    theory: MeanField | None = None,
    reference: DepthResult | None = None,
    layer: int | None = None,
    reference_label: str = "",
) -> FigureSpec:
    """The depth experiment as panels: activation std and mean, gradient std, heat map, one layer's histogram.

    ``theory`` is an optional :class:`engine.depth.MeanField` (drawn dashed), ``reference`` an
    optional second :class:`engine.depth.DepthResult` (drawn dotted in grey-black). The heat map's
    ``values[row, col]`` is :func:`heat_display` of bin ``row`` (row 0 the lowest values) of layer ``col + 1``.
    """
    reference_label = reference_label or figure_tr("comparison")
    cfg = result.config
    layers = result.layer  # whole layer numbers: the CSV writes them as 1, 2, 3
    label = depth_label(cfg)
    # Labels as short as the title allows (it names the network): legends then fit where they hide nothing.
    # The CSV holds the measured statistics per layer; theory and comparison are drawn only.
    std_series = [Series(label, layers, result.act_std, color=0, column="act_std")]
    mean_series = [Series(label, layers, result.act_mean, color=0, column="act_mean")]
    grad_series = [
        Series("∂loss/∂h", layers, result.grad_act_std, color=0, column="grad_act_std"),
        Series("∂loss/∂W", layers, result.grad_weight_std, color=1, column="grad_weight_std"),
    ]
    if theory is not None and np.isfinite(theory.act_std).any():
        drawn: dict[str, Any] = dict(dashed=True, width=1.5, tabulate=False)
        std_series.append(Series(figure_tr("theory (infinite width)"), layers, theory.act_std, color=0, **drawn))
        mean_series.append(Series(figure_tr("theory (infinite width)"), layers, theory.act_mean, color=0, **drawn))
        grad_series.append(Series(figure_tr("theory ∂loss/∂h"), layers, theory.grad_act_std, color=0, **drawn))
        grad_series.append(Series(figure_tr("theory ∂loss/∂W"), layers, theory.grad_weight_std, color=1, **drawn))
    if reference is not None:
        ref_layers = reference.layer
        drawn = dict(color=7, dashed=True, tabulate=False)
        std_series.append(Series(reference_label, ref_layers, reference.act_std, **drawn))
        mean_series.append(Series(reference_label, ref_layers, reference.act_mean, **drawn))
        grad_series.append(Series(f"{reference_label}: ∂loss/∂h", ref_layers, reference.grad_act_std, **drawn))
    std_log = _spans_decades(*(s.y for s in std_series))
    grad_log = _spans_decades(*(s.y for s in grad_series), decades=1.0)
    n_layers = len(layers)
    heat = Image(
        heat_display(result.heat).T,
        (0.5, float(result.edges[0]), float(n_layers), float(result.edges[-1] - result.edges[0])),
        colormap=HEAT_COLORMAP,
        label=figure_tr("log10 share of the layer's peak"),
        levels=(HEAT_FLOOR, 0.0),
    )
    k = n_layers if layer is None else min(max(int(layer), 1), n_layers)
    counts = result.layer_counts[k - 1]
    edges = result.layer_edges[k - 1]
    density = counts / max(counts.sum(), 1) / np.diff(edges)
    panels = [
        Panel(
            figure_tr("Activation std per layer"),
            figure_tr("layer"),
            figure_tr("std of h"),
            std_series,
            log_y=std_log,
            x_column="layer",  # the CSV's column names are the same in every language
        ),
        Panel(figure_tr("Activation mean per layer"), figure_tr("layer"), figure_tr("mean of h"), mean_series, x_column="layer"),
        Panel(
            figure_tr("Gradient std per layer"),
            figure_tr("layer"),
            figure_tr("std of the gradient"),
            grad_series,
            log_y=grad_log,
            x_column="layer",
        ),
        Panel(
            figure_tr("Distribution of activations per layer"),
            figure_tr("layer"),
            figure_tr("activation value"),
            image=heat,
            vlines=[float(k)],
            x_range=(0.5, n_layers + 0.5),
            tabulate=False,
        ),
        Panel(
            figure_tr("Activations of layer {0}").format(k),
            figure_tr("activation value"),
            figure_tr("density"),
            [Series(figure_tr("layer {0}").format(k), edges, density, kind="histogram", color=0)],
            tabulate=False,
        ),
    ]
    bias = {"zero": figure_tr("zero"), "default": figure_tr("PyTorch's default")}.get(cfg.bias, cfg.bias)
    width_text = figure_tr("{0} layers of width {1}, batch {2}, bias {3}, seed {4}").format(
        cfg.layers, cfg.width, cfg.batch, bias, cfg.seed
    )
    return FigureSpec(
        title=label,
        panels=panels,
        caption=width_text,
        share_x=False,
        name=f"depth_{cfg.activation}_{cfg.init}",
        column_order=TABLE_HEADER[1:],
    )


def symmetric_levels(values: np.ndarray) -> tuple[float, float]:
    """(-m, m) with m the largest finite |value| (1 when there is none): a diverging map's 0 is its middle."""
    finite = np.abs(np.asarray(values, dtype=float))
    finite = finite[np.isfinite(finite)]
    scale = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    return -scale, scale


# Palette indices of the vector view's bars, on screen (gui.explorer.vector_view) and in every export alike.
VECTOR_INPUT_COLOR = 4  # orange: the input x
VECTOR_OUTPUT_COLOR = 0  # blue: the output y, as the first curve of the explorer
#: The Jacobian's CSV columns, one per input index j (1-based), on the rows of the output index i: ∂yᵢ/∂xⱼ.
VECTOR_JACOBIAN_COLUMN = "dy_i/dx_{0}"


def vector_figure(result: engine.VectorResult, color: int = VECTOR_OUTPUT_COLOR) -> FigureSpec:
    """A vector activation: the input and the output as bars, and its Jacobian as a heat map.

    The heat map is drawn as on screen: a diverging colour map centred on 0 (levels
    symmetric around it), so the sign of every entry reads at a glance, and row i = 1
    at the top, as the matrix is printed.
    """
    name = registry_tr(engine.resolve_activation(result.activation).name)
    n_in, n_out = len(result.input), len(result.output)
    index_in = np.arange(1, n_in + 1)  # whole indices: the CSV writes 1, 2, 3
    index_out = np.arange(1, n_out + 1)
    panels = [
        Panel(
            title=figure_tr("input x"),
            x_label=figure_tr("index i"),
            y_label="xᵢ",
            hlines=[0.0],
            series=[Series(figure_tr("input x"), index_in, result.input, kind="bars", color=VECTOR_INPUT_COLOR, column="x")],
            x_column="i",
        ),
        Panel(
            title=figure_tr("output {0}(x)").format(name),
            x_label=figure_tr("index i"),
            y_label="yᵢ",
            hlines=[0.0],
            series=[Series(f"{name}(x)", index_out, result.output, kind="bars", color=color, column="y")],
            x_column="i",
        ),
        Panel(
            title=figure_tr("Jacobian ∂yᵢ/∂xⱼ (autograd)"),
            x_label=figure_tr("input j"),
            y_label=figure_tr("output i"),
            image=Image(
                result.jacobian,
                (0.5, 0.5, float(n_in), float(n_out)),
                colormap=DIVERGING_COLORMAP,
                label="∂yᵢ/∂xⱼ",
                levels=symmetric_levels(result.jacobian),
                origin="upper",
                by_column=VECTOR_JACOBIAN_COLUMN,
            ),
            x_range=(0.5, n_in + 0.5),
            y_range=(0.5, n_out + 0.5),
        ),
    ]
    params = ", ".join(f"{k}={v:g}" for k, v in result.params.items() if isinstance(v, float))
    return FigureSpec(
        title=name + (f" ({params})" if params else ""),
        panels=panels,
        share_x=False,
        caption=engine.resolve_activation(result.activation).formula,
        name=result.activation,
    )
