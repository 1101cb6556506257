"""Figure layout without Qt: natural sizes, the side limits, slide presets and the panel grid.

Shared by the renderer (:mod:`gui.export`) and the command line, which sizes an image (and
caps its points) before anything is drawn. A figure's panels are stacked in one column
unless the picture is 1.5 times wider than tall or more (a 16:9 slide): then they go side
by side in a grid (:func:`panel_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from engine.errors import EngineError
from figures.spec import FigureSpec

DEFAULT_WIDTH = 960  # logical pixels (1 px = 1/96 inch)
PANEL_HEIGHT = 300
MAX_SIDE = 12_000  # pixels per side; the area is bounded by engine.memory.IMAGE_BUDGET (12k x 12k took 2.0 GB)
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
        return float(abs(np.log(aspect / PANEL_ASPECT))) + 0.15 * (rows * columns - n)  # an empty cell costs a little

    columns = min(range(1, n + 1), key=misfit)
    return -(-n // columns), columns


def image_points(panels: int, width: int, height: int) -> int:
    """The most x points a curve in a ``width`` x ``height`` image of ``panels`` panels can show: 2 per pixel of a
    panel's width (a min/max pair per pixel column)."""
    return max(2, 2 * int(width) // panel_grid(panels, width, height)[1])


def for_image(spec: FigureSpec, size: tuple[int, int]) -> FigureSpec:
    """``spec`` as an image of ``size`` pixels draws it: thinned to :func:`image_points` (its ``thin`` computes the
    panels again on that grid; title, caption and name stay), or ``spec`` itself when it has no more points.

    64 curves x 100,001 points took 105 s and 2.2 GB to draw into a 1920-pixel PNG that shows 3,840 of them."""
    if spec.thin is None:
        return spec
    most = image_points(len(spec.panels), *size)
    if spec.points <= most:
        return spec
    thinned = spec.thin(most)
    return replace(spec, panels=thinned.panels, points=thinned.points)
