"""Figure builders: engine results -> :class:`FigureSpec`, shared by the tabs and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

import engine
from engine.tables import curve_label
from gui.figure_spec import FigureSpec, Panel, Series


def activation_figure(
    curves: Sequence[engine.Curve],
    labels: Sequence[str] | None = None,
    show_second: bool = True,
    colors: Sequence[int] | None = None,
) -> FigureSpec:
    """f, f' (and f'') of the curves as stacked panels sharing x, one series per curve."""
    labels = list(labels) if labels is not None else [curve_label(c, with_params=len(curves) > 1) for c in curves]
    colors = list(colors) if colors is not None else list(range(len(curves)))
    rows = [("f", "f(x)"), ("df", "f′(x)")] + ([("d2f", "f″(x)")] if show_second else [])
    panels = []
    for attr, title in rows:
        series = [
            Series(label, c.x, getattr(c, attr), color=col)
            for c, label, col in zip(curves, labels, colors, strict=True)
            if getattr(c, attr) is not None
        ]
        panels.append(Panel(title=title, x_label="x", y_label=title, series=series))
    names = [engine.get_activation(c.activation).name for c in curves]
    caption = "\n".join(engine.get_activation(c.activation).formula for c in curves[:1]) if len(curves) == 1 else ""
    return FigureSpec(
        title=", ".join(labels) if len(curves) > 1 else _titled(names[0], curves[0]),
        panels=panels,
        caption=caption,
        name="_".join(dict.fromkeys(c.activation for c in curves)),
    )


def _titled(name: str, curve: engine.Curve) -> str:
    if not curve.params:
        return name
    return f"{name} ({', '.join(f'{k}={v:g}' if isinstance(v, float) else f'{k}={v}' for k, v in curve.params.items())})"
