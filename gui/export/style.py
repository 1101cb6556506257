"""How an exported figure is dressed: the screen and print styles, and the pens and fonts drawn with them.

``"screen"`` takes the app's own look (:mod:`gui.common.theme`); ``"print"`` is white, with
dark thick axes and curves, larger fonts, and a dash pattern per colour so curves stay apart
when printed in grey.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from engine.errors import EngineError
from gui.common import theme

STYLES = ("screen", "print")

SYMBOLS = ("o", "s", "t", "d", "+", "x", "star", "h")
DOTTED = (1.5, 2.5)  # for series marked dashed, in print (the palette's patterns go by colour)
DASHED = (5, 3)


@dataclass(frozen=True)
class Style:
    """How a figure is dressed: colours, line widths (logical px) and font sizes (px)."""

    background: QColor
    foreground: QColor
    axis_width: float
    min_line_width: float
    line_factor: float
    tick_px: int
    label_px: int
    panel_title_px: int
    title_px: int
    caption_px: int
    legend_px: int
    grid_alpha: float
    dashes: bool  # dash patterns by colour (print)
    fill_alpha: int
    band_alpha: int = theme.SATURATION_ALPHA  # shading of a panel's bands in their curve's colour


def style_for(name: str) -> Style:
    """The named style; ``"screen"`` takes the colours every tab shows (:mod:`gui.common.theme`)."""
    if name == "screen":
        bg, fg = QColor(theme.BACKGROUND), QColor(theme.FOREGROUND)
        return Style(
            bg,
            fg,
            axis_width=1.0,
            min_line_width=1.0,
            line_factor=1.0,
            tick_px=12,
            label_px=13,
            panel_title_px=14,
            title_px=18,
            caption_px=14,
            legend_px=12,
            grid_alpha=0.25,
            dashes=False,
            fill_alpha=110,
        )
    if name == "print":
        return Style(
            QColor("white"),
            QColor("#111111"),
            axis_width=1.6,
            min_line_width=2.5,
            line_factor=1.5,
            tick_px=15,
            label_px=17,
            panel_title_px=18,
            title_px=22,
            caption_px=17,
            legend_px=15,
            grid_alpha=0.12,
            dashes=True,
            fill_alpha=90,
            band_alpha=52,
        )
    raise EngineError("style", f"unknown style {name!r} (use {' or '.join(STYLES)})")


def make_pen(qcolor: QColor | str, width: float, pattern: Sequence[float] = ()) -> QPen:
    """A cosmetic pen; a dash ``pattern`` gets flat caps so the dashes keep their length."""
    pen = pg.mkPen(qcolor, width=width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap if pattern else Qt.PenCapStyle.RoundCap)
    if pattern:
        pen.setDashPattern(list(pattern))
    return pen


def make_font(px: int, bold: bool = False) -> QFont:
    """A font of ``px`` pixels (exports are sized in pixels, not points)."""
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font
