"""Every export of the training map draws the plane at equal aspect: a unit of x₁ as long as a unit of x₂, so the
circle dataset's circle is round. Measured in the written PNG (pixels), SVG (rasterised by QtSvg) and PDF (the
image's placement in the page's content stream), at the window's size and the slide presets."""

from __future__ import annotations

import dataclasses
import re
import zlib

import numpy as np
import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from engine.training import run
from engine.training_config import TrainConfig
from figures.layout import PRESETS
from figures.training import training_figure
from gui.export.formats import figure_data

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def figure():
    return training_figure(run(TrainConfig(dataset="circle", epochs=3, seed=0)))


def uniform_map(figure):
    """The same figure with the map one colour (its top level) and no points: the map's rectangle, measurable."""
    panel = figure.panels[0]
    _low, high = panel.image.levels
    image = dataclasses.replace(panel.image, values=np.full_like(panel.image.values, high))
    return dataclasses.replace(figure, panels=[dataclasses.replace(panel, image=image, series=[]), *figure.panels[1:]])


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 4 * image.width()].reshape(image.height(), image.width(), 4)[..., :3].astype(int)


def map_box(image: QImage) -> tuple[int, int]:
    """Width and height in pixels of the map: see :func:`map_bounds`."""
    left, right, top, bottom = map_bounds(image)
    return right - left + 1, bottom - top + 1


def map_bounds(image: QImage) -> tuple[int, int, int, int]:
    """Left, right, top and bottom pixel of the largest block of the map's one colour (the colour bar, a thin strip of
    all colours, holds it only in a few rows)."""
    pixels = _pixels(image)
    coloured = pixels[(pixels.max(axis=2) - pixels.min(axis=2)) > 60]  # not the white, grey or black of the axes
    values, counts = np.unique(coloured, axis=0, return_counts=True)
    target = values[np.argmax(counts)]  # the map's colour: most of the coloured pixels
    hits = np.abs(pixels - target).sum(axis=2) < 24
    columns = hits.sum(axis=0)
    wide = np.flatnonzero(columns > 0.5 * columns.max())
    rows = hits[:, wide].sum(axis=1)
    tall = np.flatnonzero(rows > 0.5 * rows.max())
    return int(wide.min()), int(wide.max()), int(tall.min()), int(tall.max())


def pdf_image_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height on the page of every image the PDF draws (the CTM at each ``Do``, q/Q nested)."""
    sizes = []
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            text = zlib.decompress(raw).decode("latin-1")
        except zlib.error:
            continue
        ctm, stack, numbers = np.eye(3), [], []
        for token in re.findall(r"[-+]?\d*\.?\d+|/\w+|[A-Za-z*']+", text):
            if re.fullmatch(r"[-+]?\d*\.?\d+", token):
                numbers.append(float(token))
                continue
            if token == "q":
                stack.append(ctm.copy())
            elif token == "Q" and stack:
                ctm = stack.pop()
            elif token == "cm" and len(numbers) >= 6:
                a, b, c, d, e, f = numbers[-6:]
                ctm = np.array([[a, b, 0], [c, d, 0], [e, f, 1]]) @ ctm
            elif token == "Do":
                sizes.append((float(np.hypot(*ctm[0, :2])), float(np.hypot(*ctm[1, :2]))))
            if not token.startswith("/"):
                numbers = []
    return sizes


SIZES = {  # the Export dialog's and the command line's: natural size, the slide presets, a portrait page
    "natural": {},
    **{name: {"width": p.width, "height": p.height, "scale": p.scale} for name, p in PRESETS.items()},
    "portrait": {"width": 800, "height": 1000},
}


@pytest.mark.parametrize("options", SIZES.values(), ids=SIZES.keys())
def test_the_map_is_square_in_png_svg_and_pdf(figure, options):
    spec = uniform_map(figure)
    png = QImage.fromData(figure_data(spec, "png", **options))
    width, height = map_box(png)
    assert width > 100 and abs(width / height - 1) < 0.03, ("png", width, height)

    svg = QSvgRenderer(QByteArray(figure_data(spec, "svg", **options).encode("utf-8")))
    canvas = QImage(png.width(), png.height(), QImage.Format.Format_RGB32)
    canvas.fill(0xFFFFFFFF)
    painter = QPainter(canvas)
    svg.render(painter)
    painter.end()
    width, height = map_box(canvas)
    assert width > 100 and abs(width / height - 1) < 0.03, ("svg", width, height)

    sizes = pdf_image_sizes(figure_data(spec, "pdf", **options))
    width, height = max(sizes, key=lambda s: s[0] * s[1])  # the map (the colour bar is a strip)
    assert abs(width / height - 1) < 0.01, ("pdf", width, height)


def test_the_map_is_drawn_smooth_not_in_blocks(figure):
    """Across the exported map's middle row the colour changes at least twice as often as when the grid's cells
    are drawn as blocks (``smooth=False``, a Jacobian's cells): interpolated between the samples."""
    options = {"width": 1920, "height": 1080, "scale": 2.0}
    left, right, top, bottom = map_bounds(QImage.fromData(figure_data(uniform_map(figure), "png", **options)))

    def changes(smooth: bool) -> int:
        panel = figure.panels[0]
        bare = dataclasses.replace(panel, series=[], image=dataclasses.replace(panel.image, smooth=smooth))
        spec = dataclasses.replace(figure, panels=[bare, *figure.panels[1:]])  # laid out as the uniform map
        row = _pixels(QImage.fromData(figure_data(spec, "png", **options)))[(top + bottom) // 2, left + 2 : right - 1]
        return int(np.count_nonzero(np.abs(np.diff(row, axis=0)).sum(axis=1)))

    blocks = changes(False)
    assert 0 < blocks <= figure.panels[0].image.values.shape[1]  # a block drawing changes colour only between cells
    assert changes(True) >= 2 * blocks
