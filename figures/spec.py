"""A plot as plain data: what every tab hands to the exporters.

Each tab describes its current view as a :class:`FigureSpec` (stacked panels of
series, with titles and labels); the exporters render it in the screen or print
style to PNG, SVG, PDF, and :mod:`figures.table` makes their CSV. The command line builds the same specs from engine
results, so the app and the command line draw identical figures.
No Qt here: specs are numpy data and strings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

SeriesKind = Literal["line", "histogram", "bars", "scatter"]


@dataclass
class Series:
    """One curve (or histogram) in a panel.

    ``kind="histogram"``: ``x`` holds the bin edges (one more than ``y``).
    ``kind="bars"``: one bar per ``x`` value. ``color`` indexes the palette.

    The rest says how the series reads in the figure's CSV (:mod:`figures.table`):
    ``column`` names its y values (``"f"``, ``"density"``, ``"train_loss"``; empty: made
    from the label), ``group`` the thing it belongs to when a figure shows several
    (a curve's ``"gelu"``: columns become ``gelu_f``), ``counts`` a histogram's raw counts
    (a ``count`` column before y), ``extra`` more values at the same points or bins, written
    after y (the theory's ``pdf`` at the bin centres), and ``tabulate=False`` marks a series
    that is only drawn (a theory curve on a finer grid, a comparison run).
    """

    label: str
    x: np.ndarray
    y: np.ndarray
    kind: SeriesKind = "line"
    color: int = 0
    dashed: bool = False
    width: float = 2.0
    column: str = ""
    group: str = ""
    counts: np.ndarray | None = None
    extra: dict[str, np.ndarray | list[float] | list[None]] = field(default_factory=dict)  # None: an empty cell
    tabulate: bool = True


@dataclass
class Marker:
    """A point drawn as a dot, with an optional text beside it: a kink (f there, autograd's f′ filled,
    the one-sided limits of f′ ``hollow``) and its "autograd: f′(0) = 0" label. Drawn only, never in the CSV."""

    x: float
    y: float
    color: int = 0
    hollow: bool = False
    text: str = ""


IMAGE_ORIGINS = ("lower", "upper")


@dataclass
class Image:
    """A heat map drawn in a panel: ``values[row, col]`` spans ``rect`` = (x, y, w, h).

    ``origin="lower"``: row 0 at the bottom, the y axis growing upwards (a plot);
    ``"upper"``: row 0 at the top, the y axis growing downwards (a matrix as printed).
    ``levels`` = (low, high): the values the colour map's two ends stand for (e.g.
    symmetric around 0 for a diverging map); None spans the data's own range.
    """

    values: np.ndarray
    rect: tuple[float, float, float, float]
    colormap: str = "viridis"
    label: str = ""
    levels: tuple[float, float] | None = None
    origin: str = "lower"
    columns: tuple[str, str, str] | tuple[()] = ()  # the CSV's names for x, y and value (default: "<label> x", … )
    #: Non-empty: the CSV writes the image as a matrix instead, one column per image column named
    #: ``by_column.format(j)`` (1-based), one row per image row at the row's centre (a Jacobian's ∂yᵢ/∂xⱼ).
    by_column: str = ""
    #: True: a smooth field sampled on a grid (a decision map), drawn interpolated at any size; False: cells
    #: drawn as sharp squares (a Jacobian, a histogram per layer).
    smooth: bool = False


@dataclass
class Panel:
    """One plot: axes, series, and optional reference lines, band shading, markers and a heat map.

    ``bands`` shade x intervals (the explorer's |f′| < ε zones) in ``band_color``, the
    palette colour of the curve they belong to, as the app shows them; None shades them grey.
    ``x_column`` names the x values in the CSV (empty: the x label); ``tabulate=False``
    leaves the panel out of the CSV (a heat map or one layer's histogram beside a per-layer table).
    """

    title: str
    x_label: str
    y_label: str
    series: list[Series] = field(default_factory=list)
    log_y: bool = False
    hlines: list[float] = field(default_factory=list)
    vlines: list[float] = field(default_factory=list)
    bands: list[tuple[float, float]] = field(default_factory=list)  # shaded x intervals
    band_color: int | None = None  # palette index the bands are tinted with (a curve's colour); None: neutral grey
    image: Image | None = None
    x_range: tuple[float, float] | None = None
    y_range: tuple[float, float] | None = None
    x_column: str = ""
    tabulate: bool = True
    markers: list[Marker] = field(default_factory=list)
    #: One unit of x as long as one unit of y on the page (a map of the plane: a circle stays a circle).
    equal_aspect: bool = False


@dataclass
class FigureSpec:
    """A whole figure: a title, stacked panels (sharing x when ``share_x``), a caption.

    ``thin``: the same figure computed again on ``n`` x points (the explorer's curves), or None when its data is no
    grid to thin; ``points``: the grid's size now. An image needs no more points than its panels have pixels:
    the exporters draw ``thin(n)``'s panels instead (:func:`figures.layout.for_image`); a CSV keeps every point.
    """

    title: str
    panels: list[Panel]
    caption: str = ""  # e.g. the formula, shown under the title when asked for
    share_x: bool = True
    name: str = "figure"  # a file-name stem for exports
    column_order: tuple[str, ...] = ()  # the CSV's data columns in this order (those named); empty: as the panels list them
    thin: Callable[[int], FigureSpec] | None = field(default=None, repr=False, compare=False)
    points: int = 0
