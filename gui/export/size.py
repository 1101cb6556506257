"""Exported figure sizes: the natural size of a figure, and checking the size a user asks for.

No Qt here: the Export dialog and the command line check sizes before anything is drawn.
The side limits, slide presets and the panel grid live in :mod:`figures.layout`.
"""

from __future__ import annotations

import numpy as np

from engine.errors import EngineError
from engine.memory import check_image_size
from figures.layout import (  # noqa: F401  (re-exported: the dialog and tests read them here)
    DEFAULT_WIDTH,
    MAX_SIDE,
    MIN_SIDE,
    PANEL_HEIGHT,
    PRESETS,
    SCALE_LIMITS,
    Preset,
    panel_grid,
    preset,
)
from figures.spec import FigureSpec


def default_size(spec: FigureSpec, include_caption: bool = False) -> tuple[int, int]:
    """The figure's natural size in logical pixels: a fixed width, a fixed height per panel."""
    header = 50 if spec.title else 10
    if include_caption and spec.caption:
        header += 28 * len(spec.caption.splitlines())
    return DEFAULT_WIDTH, header + PANEL_HEIGHT * max(1, len(spec.panels))


def output_size(
    spec: FigureSpec, width: int | None, height: int | None, scale: float, include_caption: bool = False
) -> tuple[int, int]:
    """The exported size in pixels: as given, else the natural size times ``scale``.

    Given only one side, the other keeps the natural aspect ratio.
    """
    check_scale(scale)
    for name, value in (("width", width), ("height", height)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise EngineError(name, f"expected a whole number of pixels, got {value!r}")
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise EngineError(name, f"must be between {MIN_SIDE} and {MAX_SIDE} pixels, got {value}")
    dw, dh = default_size(spec, include_caption)
    if width is None:
        width = round(dw * scale) if height is None else round(height * dw / dh)
        height = round(dh * scale) if height is None else height
    elif height is None:
        height = round(width * dh / dw)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise EngineError("scale", f"{width} x {height} pixels is outside {MIN_SIDE} to {MAX_SIDE} per side")
    check_image_size(width, height)  # before any drawing: 12000 x 12000 took 2.0 GB
    return int(width), int(height)


def check_scale(scale: float) -> None:
    lo, hi = SCALE_LIMITS
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not lo <= scale <= hi:
        raise EngineError("scale", f"must be a number from {lo:g} to {hi:g}, got {scale!r}")


def check_spec(spec: FigureSpec) -> None:
    if not isinstance(spec, FigureSpec):
        raise EngineError("figure", f"expected a FigureSpec, got {type(spec).__name__}")
    if not spec.panels:
        raise EngineError("figure", "the figure has no plots to export")
