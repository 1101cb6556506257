"""Exported figure sizes: the natural size of a figure, slide presets, the panel grid, and checking sizes.

No Qt here: the Export dialog and the command line check sizes before anything is drawn.
A figure's panels are stacked in one column when the picture is taller than wide; for a
wide target (a 16:9 slide) they go side by side in a grid (:func:`panel_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.errors import EngineError
from gui.figures.spec import FigureSpec

DEFAULT_WIDTH = 960  # logical pixels (1 px = 1/96 inch)
PANEL_HEIGHT = 300
MAX_SIDE = 12_000  # pixels; 12k x 12k ARGB is about 0.6 GB
MIN_SIDE = 64
SCALE_LIMITS = (0.25, 8.0)
PANEL_ASPECT = 4 / 3  # the width / height a panel of a grid should come closest to
LANDSCAPE = 1.5  # width / height from which panels go side by side (a 16:9 slide is 1.78, the natural sizes below 1.5)


@dataclass(frozen=True)
class Preset:
    """A named target: its pixel size and the scale the figure is drawn at (logical size = pixels / scale).

    Slides are laid out at 960 x 540 logical pixels: text and lines keep their proportion to the
    slide, so at 1920 x 1080 the screen style's 12 px tick labels are 24 px tall.
    """

    name: str
    width: int
    height: int
    scale: float


PRESETS = {
    "slide": Preset("slide", 1920, 1080, 2.0),
    "slide-small": Preset("slide-small", 1280, 720, 4 / 3),
}


def preset(name: str) -> Preset:
    """The named size preset, or EngineError listing them."""
    try:
        return PRESETS[name]
    except KeyError:
        raise EngineError("size", f"unknown size {name!r} (choose {', '.join(PRESETS)})") from None


def panel_grid(panels: int, width: float, height: float) -> tuple[int, int]:
    """(rows, columns) for ``panels`` plots in a ``width`` x ``height`` picture.

    Up to 1.5 times as wide as tall (every figure's natural size, a 4:3 page): one column, as on
    screen. Wider (a 16:9 slide): the grid whose panels come closest to a 4:3 shape (two panels
    side by side, three or four in 2 x 2, five in 2 x 3).
    """
    n = max(1, int(panels))
    if width < LANDSCAPE * height or n == 1:
        return n, 1

    def misfit(columns: int) -> float:
        rows = -(-n // columns)
        aspect = (width / columns) / (height / rows)
        return abs(np.log(aspect / PANEL_ASPECT)) + 0.15 * (rows * columns - n)  # an empty cell costs a little

    columns = min(range(1, n + 1), key=misfit)
    return -(-n // columns), columns


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
    if width is None and height is None:
        width, height = round(dw * scale), round(dh * scale)
    elif height is None:
        height = round(width * dh / dw)
    elif width is None:
        width = round(height * dw / dh)
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        raise EngineError("scale", f"{width} x {height} pixels is outside {MIN_SIDE} to {MAX_SIDE} per side")
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
