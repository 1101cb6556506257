"""Every image path draws a figure on the points its pixels show; the CSV keeps every point (issue 21, item 11).

A figure that can be computed again on a coarser grid (the explorer's curves: ``FigureSpec.thin``) is drawn
on 2 points per pixel column of a panel, as ``export --session`` computes it: PNG, SVG, PDF, the slide
presets and Copy as image all ask for that many and draw what they get; the CSV writes the figure as it is.
"""

from __future__ import annotations

import numpy as np
import pytest

from figures.layout import for_image
from figures.spec import FigureSpec, Panel, Series
from figures.table import figure_csv_text
from gui.actions import COPY_SCALE
from gui.export.formats import figure_data, figure_image
from gui.export.size import PRESETS

FULL = 100_001


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def grid_figure(points: int, asked: list[int]) -> FigureSpec:
    """Two panels of one curve (y = x and y = 1) on ``points`` x values; ``thin(n)`` records n in ``asked``."""
    x = np.linspace(-1.0, 1.0, points)
    panels = [
        Panel("f", "x", "f", series=[Series("line", x, x.copy(), column="f")]),
        Panel("f′", "x", "f′", series=[Series("line", x, np.ones_like(x), column="df")]),
    ]

    def thin(n: int) -> FigureSpec:
        asked.append(n)
        return grid_figure(n, asked)

    return FigureSpec("A line", panels, name="line", thin=thin, points=points)


# (what is exported, its pixel width and the panels' columns there): 2 points per pixel column of a panel
CASES = {
    "png 800 wide": (dict(fmt="png", width=800), 800, 1),
    "svg 800 wide": (dict(fmt="svg", width=800), 800, 1),
    "pdf 800 wide": (dict(fmt="pdf", width=800), 800, 1),
    "png natural size x2": (dict(fmt="png", scale=2.0), 2 * 960, 1),
    "slide": (dict(fmt="png", width=1920, height=1080, scale=2.0), 1920, 2),  # 16:9: the two panels side by side
    "small slide svg": (dict(fmt="svg", width=1280, height=720, scale=4 / 3), 1280, 2),
}


@pytest.mark.parametrize("case", CASES)
def test_an_image_computes_the_figure_again_on_two_points_per_pixel_column(case):
    options, width, columns = CASES[case]
    asked: list[int] = []
    data = figure_data(grid_figure(FULL, asked), **options)
    assert data
    assert asked == [2 * width // columns]


def test_the_slide_presets_are_the_sizes_the_cases_above_assume():
    assert (PRESETS["slide"].width, PRESETS["slide"].height, PRESETS["slide"].scale) == (1920, 1080, 2.0)
    assert (PRESETS["slide-small"].width, PRESETS["slide-small"].height) == (1280, 720)


def test_copy_as_image_draws_the_thinned_figure():
    asked: list[int] = []
    image = figure_image(grid_figure(FULL, asked), scale=COPY_SCALE)
    assert image.width() == round(960 * COPY_SCALE) and asked == [2 * image.width()]


def test_a_figure_with_no_more_points_than_pixels_is_drawn_as_it_is():
    asked: list[int] = []
    figure = grid_figure(1600, asked)
    assert for_image(figure, (800, 650)) is figure
    figure_data(figure, "png", width=800)
    assert asked == []


def test_the_thinned_figure_keeps_the_title_caption_and_name():
    figure = grid_figure(FULL, [])
    figure.title, figure.caption, figure.name = "ReLU", "max(0, x)", "relu"
    thinned = for_image(figure, (800, 650))
    assert (thinned.title, thinned.caption, thinned.name) == ("ReLU", "max(0, x)", "relu")
    assert thinned.points == 1600 and thinned.panels[0].series[0].x.size == 1600


def test_the_csv_keeps_every_point():
    asked: list[int] = []
    text = figure_data(grid_figure(FULL, asked), "csv")
    assert text == figure_csv_text(grid_figure(FULL, []))
    assert len(text.splitlines()) == 1 + FULL and asked == []
