"""Tick labels that never overlap and titles that never widen their plot, at any size and scale, for every plot.

pyqtgraph chooses the tick spacing from the axis length alone and always draws the top level of
labels, so larger fonts (presentation mode, ×2.5) or long labels made neighbours overlap
("-0.00.2"), and a log axis's minor labels (0.01, 0.009, 0.008 …) ran together. :func:`install`
wraps :meth:`pyqtgraph.AxisItem.generateDrawSpecs` once: the labels it would draw are measured
with the font in use (the painter's, i.e. the axis's tick font at the current scale) and a label
is kept only when it keeps a gap of :data:`GAP_EM` of the font's height to every label already
kept, major levels first. Tick marks are untouched; only their labels thin out.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF

GAP_EM = 0.35  # the least space between two labels, in font heights
_INSTALLED = "_lab_thinned"


def thin_labels(text_specs: list, gap: float) -> list:
    """``text_specs`` (pyqtgraph's (rect, flags, text) in drawing order: major level first) without the labels
    that would come closer than ``gap`` px to one kept before them."""
    kept: list = []
    grown: list[QRectF] = []
    for spec in text_specs:
        rect = QRectF(spec[0])
        if any(rect.intersects(other) for other in grown):
            continue
        kept.append(spec)
        grown.append(rect.adjusted(-gap, -gap, gap, gap))
    return kept


def install() -> None:
    """Thin every axis's overlapping tick labels from now on (idempotent)."""
    original = pg.AxisItem.generateDrawSpecs
    if getattr(original, _INSTALLED, False):
        return

    def generate_draw_specs(self, painter):
        specs = original(self, painter)
        if specs is None:
            return specs
        axis_spec, tick_specs, text_specs = specs
        gap = GAP_EM * painter.fontMetrics().height()
        return axis_spec, tick_specs, thin_labels(text_specs, gap)

    setattr(generate_draw_specs, _INSTALLED, True)
    pg.AxisItem.generateDrawSpecs = generate_draw_specs

    update_min = pg.LabelItem.updateMin

    def title_update_min(self):
        """A plot's title asks for its height only: a long one is cut at its end instead of widening the plot
        past its view (the titles put their numbers first, where the cut cannot reach)."""
        update_min(self)
        parent = self.parentItem()
        if isinstance(parent, pg.PlotItem) and getattr(parent, "titleLabel", None) is self:
            self.setMinimumWidth(0)

    pg.LabelItem.updateMin = title_update_min
