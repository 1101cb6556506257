"""The explorer's current view as a :class:`FigureSpec` for export: the visible curves with the
marks shown on screen (the selected curve's shading, kinks, bounds, the exact − approximation panel),
or the vector view's bars and Jacobian. Reads the tab through its public methods only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from figures.builders import activation_figure, kink_markers, vector_figure
from figures.spec import FigureSpec, Panel, Series
from gui.common.engine_text import engine_tr
from gui.common.tabs import LabTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExplorerTab", text)


def explorer_figure(tab: LabTab) -> FigureSpec:
    """What the explorer tab ``tab`` shows now, as a figure (an ExplorerTab: it imports this module)."""
    vector = tab.vector_view
    if tab.showing_vector_view() and vector.result is not None:
        return vector_figure(vector.result)
    curve_set = tab.curve_set
    labels = tab.labels()
    shown = [(i, p) for i, p in enumerate(tab.curves) if p.curve is not None and tab.is_shown(i)]
    selected = [p for _, p in shown if tab.is_current(p)]
    bands = selected[0].spans if selected and curve_set.show_saturation else []
    marks = curve_set.show_marks
    vlines = sorted({k.x for _, p in shown for k in p.kinks}) if marks else []
    hlines = sorted({b for _, p in shown for b in p.bounds()}) if marks else []
    markers: dict[str, list] = {}
    label = tab.tr("autograd: f′({x}) = {value}")  # the screen's label, in the tab's words
    for _, p in shown:  # as on screen: every curve's kink dots, the selected curve's labels, no f′ dots on log |f′|
        rows = kink_markers(p.kinks, p.slot, label if tab.is_current(p) and not tab.log_df else "", on_df=not tab.log_df)
        for row, items in rows.items():
            markers.setdefault(row, []).extend(items)
    gaps = [p for _, p in shown if p.gap is not None]
    extra = []
    if gaps:
        series = []
        for p in gaps:
            x, dfx, ddf = p.gap
            other = engine_tr(p.entry.approximation.approximate)
            series.append(Series(_tr("Δf (exact − {0})").format(other), x, dfx, color=p.slot))
            series.append(Series(_tr("Δf′ (exact − {0})").format(other), x, ddf, color=p.slot, dashed=True))
        first = gaps[0].entry
        title = _tr("{0}: exact − {1} approximation").format(engine_tr(first.name), engine_tr(first.approximation.approximate))
        extra.append(Panel(title, "x", _tr("difference"), series=series, x_range=(curve_set.x_min, curve_set.x_max)))
    return activation_figure(
        [p.curve for _, p in shown],
        [labels[i] for i, _ in shown],
        tab.show_second,
        [p.slot for _, p in shown],
        bands=bands,
        band_color=selected[0].slot if bands else None,
        vlines=vlines,
        hlines=hlines,
        log_df=tab.log_df,
        x_range=(curve_set.x_min, curve_set.x_max),
        extra_panels=extra,
        markers=markers,
    )
