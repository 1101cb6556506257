"""Exporting figures: PNG size, DPI, pixels and styles; SVG and PDF structure; CSV values; failures."""

from __future__ import annotations

import csv
import io
import os
import re
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

import engine
from engine.errors import EngineError
from figures.builders import activation_figure
from figures.palette import OKABE_ITO
from figures.spec import FigureSpec, Image, Panel, Series
from figures.table import figure_csv_text
from gui.export.formats import export_figure, export_pdf, figure_image
from gui.export.size import output_size

BLUE, VERMILLION = QColor(OKABE_ITO[0]), QColor(OKABE_ITO[1])


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def two_verticals() -> FigureSpec:
    """A blue vertical line at x = 0.25 and a vermillion one at x = 0.75, axes fixed to [0, 1]."""
    panel = Panel(
        "two lines",
        "x",
        "y",
        series=[
            Series("", np.array([0.25, 0.25]), np.array([0.0, 1.0]), color=0),
            Series("", np.array([0.75, 0.75]), np.array([0.0, 1.0]), color=1),
        ],
        x_range=(0.0, 1.0),
        y_range=(0.0, 1.0),
    )
    return FigureSpec("Two lines", [panel], name="two")


def three_activations() -> FigureSpec:
    curves = [
        engine.evaluate(a, p, points=401, dtype="float64", device="cpu")
        for a, p in (("gelu", {}), ("leaky_relu", {}), ("leaky_relu", {"negative_slope": 0.1}))
    ]
    return activation_figure(curves)


def pixels_of(image: QImage, color: QColor, tol: int = 40) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the pixels within ``tol`` of ``color`` (per channel)."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width()]
    b, g, r = (arr[..., i].astype(int) for i in range(3))
    mask = (abs(r - color.red()) <= tol) & (abs(g - color.green()) <= tol) & (abs(b - color.blue()) <= tol)
    return np.nonzero(mask)


def read_png(path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), "the PNG does not decode"
    return image


# -- PNG ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("width", "height"), [(1234, 777), (640, 1999), (333, 200)])
def test_png_has_exactly_the_requested_size_and_96_dpi(tmp_path, width, height):
    path = export_figure(three_activations(), tmp_path / "f.png", width=width, height=height)
    image = read_png(path)
    assert (image.width(), image.height()) == (width, height)
    assert image.dotsPerMeterX() == pytest.approx(96 / 0.0254, abs=1)


def test_png_scale_multiplies_the_natural_size_and_the_dpi(tmp_path):
    spec = three_activations()
    natural = output_size(spec, None, None, 1.0)
    image = read_png(export_figure(spec, tmp_path / "f.png", scale=3))
    assert (image.width(), image.height()) == (3 * natural[0], 3 * natural[1])
    assert image.dotsPerMeterX() == pytest.approx(3 * 96 / 0.0254, abs=2)


def test_png_given_only_a_width_keeps_the_natural_aspect_ratio(tmp_path):
    spec = three_activations()
    w0, h0 = output_size(spec, None, None, 1.0)
    image = read_png(export_figure(spec, tmp_path / "f.png", width=1500))
    assert image.width() == 1500
    assert image.height() == round(1500 * h0 / w0)


@pytest.mark.parametrize("style", ["screen", "print"])
def test_png_curves_are_drawn_where_their_data_is(tmp_path, style):
    image = read_png(export_figure(two_verticals(), tmp_path / "v.png", width=800, height=500, style=style))
    blue_rows, blue_cols = pixels_of(image, BLUE)
    red_rows, red_cols = pixels_of(image, VERMILLION)
    assert blue_cols.size > 200 and red_cols.size > 100  # both lines are there
    # each is a thin vertical line, the blue one left of the vermillion one by half the plot width
    assert np.ptp(blue_cols) < 12 and np.ptp(red_cols) < 12
    gap = np.median(red_cols) - np.median(blue_cols)
    assert 0.3 * image.width() < gap < 0.55 * image.width()
    assert np.ptp(blue_rows) > 0.5 * image.height()  # spans the plot from y = 0 to y = 1
    assert np.ptp(red_rows) > 0.5 * image.height()


def test_print_style_has_a_white_background_and_dashes_the_second_curve(tmp_path):
    image = read_png(export_figure(two_verticals(), tmp_path / "p.png", width=800, height=500, style="print"))
    for x, y in ((0, 0), (image.width() - 1, 0), (0, image.height() - 1), (image.width() - 1, image.height() - 1)):
        assert image.pixelColor(x, y) == QColor("white")
    blue_rows, _ = pixels_of(image, BLUE)
    red_rows, _ = pixels_of(image, VERMILLION)
    # a dashed line covers clearly fewer rows than a solid one of the same length: tells them apart in grey
    assert len(np.unique(red_rows)) < 0.8 * len(np.unique(blue_rows))


def test_screen_style_uses_the_apps_background(tmp_path):
    from gui.common.theme import BACKGROUND

    image = read_png(export_figure(two_verticals(), tmp_path / "s.png", width=400, height=300, style="screen"))
    assert image.pixelColor(1, 1).rgb() == QColor(BACKGROUND).rgb()


def test_clipboard_image_matches_the_png_export(tmp_path):
    spec = two_verticals()
    image = figure_image(spec, width=500, height=300, style="print")
    saved = read_png(export_figure(spec, tmp_path / "c.png", width=500, height=300, style="print"))
    assert (image.width(), image.height()) == (500, 300)
    assert image.convertToFormat(QImage.Format.Format_RGB32) == saved.convertToFormat(QImage.Format.Format_RGB32)


# -- SVG ------------------------------------------------------------------------------------------


def svg_root(path) -> ET.Element:
    return ET.parse(path).getroot()


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def test_svg_parses_and_holds_the_curve_paths_title_and_size(tmp_path):
    spec = three_activations()
    root = svg_root(export_figure(spec, tmp_path / "f.svg", width=1200, height=900))
    assert local(root.tag) == "svg"
    assert (root.get("width"), root.get("height")) == ("1200", "900")
    strokes = {}
    for el in root.iter():
        if local(el.tag) in ("path", "polyline"):
            colour = el.get("stroke") or ""
            strokes.setdefault(colour.lower(), []).append(el)
    # Qt writes the stroke on the enclosing group: collect group colours with curve children too
    for group in root.iter():
        if local(group.tag) == "g" and group.get("stroke"):
            n = sum(1 for ch in group if local(ch.tag) in ("path", "polyline") and len(ch.get("d", "")) > 2000)
            if n:
                strokes.setdefault(group.get("stroke").lower(), []).append(group)
    for colour in OKABE_ITO[:3]:  # three curves, in the palette's first three colours
        assert colour.lower() in strokes, f"no long curve path stroked {colour}"
    text = "".join(el.text or "" for el in root.iter() if local(el.tag) == "text")
    assert "f′(x)" in text and "Leaky ReLU (negative_slope=0.1)" in text


def path_xs(d: str) -> list[float]:
    return [float(x) for x in re.findall(r"[ML]\s*(-?[\d.]+(?:e-?\d+)?),", d)]


def test_svg_curves_sit_at_their_data_in_every_stacked_panel(tmp_path):
    # the second panel's long tick labels widen its axis; all panels are then aligned: curves must follow
    line = lambda top: Series("", np.array([0.25, 0.25]), np.array([0.0, top]), color=0)
    spec = FigureSpec(
        "aligned",
        [
            Panel("small", "x", "y", [line(1.0)], x_range=(0.0, 1.0), y_range=(0.0, 1.0)),
            Panel("large", "x", "y", [line(123456.0)], x_range=(0.0, 1.0), y_range=(0.0, 123456.0)),
        ],
    )
    root = svg_root(export_figure(spec, tmp_path / "a.svg", width=800, height=600))
    clips = {
        el.get("id"): path_xs(next(ch for ch in el if local(ch.tag) == "path").get("d"))
        for el in root.iter()
        if local(el.tag) == "clipPath"
    }
    checked = 0
    for group in root.iter():
        clip = group.get("clip-path")
        if not clip:
            continue
        xs = clips[clip[5:-1]]
        left, right = min(xs), max(xs)
        for g in group.iter():
            if (g.get("stroke") or "").lower() == OKABE_ITO[0].lower():
                for path in g:
                    if local(path.tag) == "path":
                        for x in path_xs(path.get("d")):
                            assert x == pytest.approx(left + 0.25 * (right - left), abs=1.0)
                        checked += 1
    assert checked == 2


def test_svg_of_every_series_kind_and_a_heat_map(tmp_path):
    rng = np.random.default_rng(1)
    edges = np.linspace(-2, 2, 11)
    spec = FigureSpec(
        "All kinds",
        [
            Panel(
                "hist",
                "v",
                "n",
                [Series("h", edges, rng.integers(1, 9, 10).astype(float), kind="histogram")],
                bands=[(-1, 1)],
                vlines=[0.0],
            ),
            Panel(
                "bars",
                "layer",
                "std",
                [
                    Series("a", np.arange(4.0), np.array([1, 0.5, 0.2, 0.1]), kind="bars"),
                    Series("b", np.arange(4.0), np.array([1, 0.9, 0.8, 0.7]), kind="bars", color=1),
                ],
                log_y=True,
                hlines=[1.0],
            ),
            Panel("dots", "x", "y", [Series("s", rng.normal(size=20), rng.normal(size=20), kind="scatter")]),
            Panel("jac", "j", "i", image=Image(rng.normal(size=(4, 4)), (-0.5, -0.5, 4, 4), label="J")),
        ],
        share_x=False,
    )
    root = svg_root(export_figure(spec, tmp_path / "k.svg", style="print"))
    tags = [local(el.tag) for el in root.iter()]
    assert "image" in tags  # the heat map is embedded
    fills = {(el.get("fill") or "").lower() for el in root.iter()}
    assert OKABE_ITO[1].lower() in fills  # the second bar series is filled in its colour


# -- PDF ------------------------------------------------------------------------------------------


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_pdf_is_one_vector_page_of_the_figure_size(tmp_path):
    spec = three_activations()
    w, h = output_size(spec, 1200, 800, 1.0)
    data = export_figure(spec, tmp_path / "f.pdf", width=w, height=h).read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(data) == 1
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert float(box.group(1)) == pytest.approx(w * 0.75, abs=1) and float(box.group(2)) == pytest.approx(h * 0.75, abs=1)
    assert b"/Subtype /Image" not in data  # curves, text and axes are vector drawing, not a picture


def test_multi_page_pdf_has_one_page_per_figure(tmp_path):
    specs = [three_activations(), two_verticals(), activation_figure([engine.evaluate("relu", points=50)])]
    data = export_pdf(specs, tmp_path / "all.pdf", style="print").read_bytes()
    assert data.startswith(b"%PDF") and pdf_pages(data) == 3


# -- CSV ------------------------------------------------------------------------------------------


def rows(text: str) -> tuple[list[str], list[list[str]]]:
    table = list(csv.reader(io.StringIO(text)))
    return table[0], table[1:]


def test_csv_of_several_curves_names_each_column_by_activation_and_quantity():
    curves = [
        engine.evaluate("gelu", points=201, dtype="float64", device="cpu"),
        engine.evaluate("leaky_relu", {"negative_slope": 0.1}, points=201, dtype="float64", device="cpu"),
    ]
    header, body = rows(figure_csv_text(activation_figure(curves)))
    cols = {name: np.array([float(r[i]) for r in body]) for i, name in enumerate(header)}
    assert header == ["x", "gelu_f", "gelu_df", "gelu_d2f", "leaky_relu_f", "leaky_relu_df", "leaky_relu_d2f"]
    np.testing.assert_array_equal(cols["x"], curves[0].x)
    for c in curves:
        for quantity in ("f", "df", "d2f"):
            np.testing.assert_array_equal(cols[f"{c.activation}_{quantity}"], getattr(c, quantity))
    x = cols["x"]
    np.testing.assert_allclose(cols["leaky_relu_f"], np.where(x >= 0, x, 0.1 * x), rtol=0, atol=1e-15)


def test_csv_of_series_on_different_grids_gives_each_grid_its_own_columns():
    edges = np.array([0.0, 1.0, 2.0, 4.0])
    spec = FigureSpec(
        "mixed",
        [
            Panel("h", "v", "count", [Series("layer 1", edges, np.array([3.0, 5.0, 1.0]), kind="histogram")]),
            Panel("s", "layer", "std", [Series("std", np.array([1.0, 2.0]), np.array([0.5, 0.25]), kind="bars")]),
        ],
    )
    header, body = rows(figure_csv_text(spec))
    assert header == ["bin_left", "bin_right", "layer 1 count", "layer", "std std"]
    assert [r[:3] for r in body] == [["0.0", "1.0", "3.0"], ["1.0", "2.0", "5.0"], ["2.0", "4.0", "1.0"]]
    assert [r[3:] for r in body] == [["1.0", "0.5"], ["2.0", "0.25"], ["", ""]]


# -- failures -------------------------------------------------------------------------------------


def test_unwritable_path_gives_a_message_and_leaves_no_file(tmp_path):
    target = tmp_path / "missing-folder" / "f.png"
    with pytest.raises(EngineError, match="does not exist"):
        export_figure(two_verticals(), target)
    assert not target.exists()
    occupied = tmp_path / "a-folder.svg"
    occupied.mkdir()
    with pytest.raises(EngineError, match="is a folder"):
        export_figure(two_verticals(), occupied)
    assert occupied.is_dir() and os.listdir(tmp_path) == ["a-folder.svg"]  # no temporary file left behind


def test_a_full_disk_leaves_no_half_written_file(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    class FullDisk(io.RawIOBase):
        def __init__(self, fd):
            self.fh = real_fdopen(fd, "wb")

        def write(self, data):
            self.fh.write(data[:10])
            raise OSError(28, "No space left on device")

        def __exit__(self, *exc):
            self.fh.close()

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: FullDisk(fd))
    with pytest.raises(EngineError, match="No space left"):
        export_figure(two_verticals(), tmp_path / "f.pdf")
    assert os.listdir(tmp_path) == []


def test_saved_files_are_readable_by_others_like_any_saved_file(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = export_figure(two_verticals(), tmp_path / "f.csv")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"width": 10}, "width"),
        ({"height": 10**6}, "height"),
        ({"scale": 0}, "scale"),
        ({"style": "neon"}, "style"),
    ],
)
def test_bad_options_raise_and_write_nothing(tmp_path, kwargs, field):
    with pytest.raises(EngineError) as info:
        export_figure(two_verticals(), tmp_path / "f.png", **kwargs)
    assert info.value.field == field
    assert os.listdir(tmp_path) == []


def test_unsupported_extension_is_refused(tmp_path):
    with pytest.raises(EngineError, match="unsupported format"):
        export_figure(two_verticals(), tmp_path / "f.gif")
    assert os.listdir(tmp_path) == []


def test_exports_free_their_offscreen_widgets(tmp_path):
    def offscreen_layouts():
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, pg.GraphicsLayoutWidget)]

    before = len(offscreen_layouts())
    for i in range(3):  # no event loop runs here, as on the command line: nothing may pile up
        export_figure(three_activations(), tmp_path / f"f{i}.png")
    assert len(offscreen_layouts()) == before


# -- heat maps as on screen: origin and fixed levels ----------------------------------------------


def heat_spec(values, origin: str, levels=None) -> FigureSpec:
    image = Image(np.array(values, dtype=float), (0.5, 0.5, 2.0, 2.0), colormap="CET-CBD1", levels=levels, origin=origin)
    return FigureSpec("", [Panel("heat", "input j", "output i", image=image)], name="heat")


def map_colour(position: float) -> QColor:
    from gui.common.theme import colormap

    return colormap("CET-CBD1").map(position, mode="qcolor")


def in_heat_map(image: QImage, colour: QColor) -> tuple[np.ndarray, np.ndarray]:
    """Pixels of ``colour`` left of the colour bar (the heat map itself)."""
    rows, cols = pixels_of(image, colour, tol=14)
    keep = cols < 0.7 * image.width()
    return rows[keep], cols[keep]


@pytest.mark.parametrize("origin", ["upper", "lower"])
def test_heat_map_row_zero_is_at_the_top_only_for_origin_upper(tmp_path, origin):
    values = [[1.0, 1.0], [-1.0, -1.0]]  # row 0 high, row 1 low
    image = read_png(export_figure(heat_spec(values, origin, (-1.0, 1.0)), tmp_path / "h.png", width=600, height=500))
    high_rows, _ = in_heat_map(image, map_colour(1.0))
    low_rows, _ = in_heat_map(image, map_colour(0.0))
    assert high_rows.size > 1000 and low_rows.size > 1000
    row_zero_on_top = np.median(high_rows) < np.median(low_rows)
    assert row_zero_on_top == (origin == "upper")


def test_heat_map_levels_fix_what_the_colour_map_ends_mean(tmp_path):
    values = [[0.5, 0.5], [-0.5, -0.5]]
    fixed = read_png(export_figure(heat_spec(values, "upper", (-1.0, 1.0)), tmp_path / "f.png", width=600, height=500))
    assert in_heat_map(fixed, map_colour(0.75))[0].size > 1000  # 0.5 is three quarters up the map from -1
    assert in_heat_map(fixed, map_colour(1.0))[0].size < 50  # and not its end
    own = read_png(export_figure(heat_spec(values, "upper"), tmp_path / "o.png", width=600, height=500))
    assert in_heat_map(own, map_colour(1.0))[0].size > 1000  # without levels the data's own maximum is the end


def test_bad_heat_map_origin_or_levels_are_refused(tmp_path):
    with pytest.raises(EngineError, match="origin"):
        export_figure(heat_spec([[1.0]], "middle"), tmp_path / "x.png")
    with pytest.raises(EngineError, match="levels"):
        export_figure(heat_spec([[1.0]], "upper", (1.0, -1.0)), tmp_path / "x.png")
    assert not list(tmp_path.iterdir())


def test_explorer_jacobian_exports_as_shown_diverging_symmetric_row_one_on_top():
    from figures.builders import vector_figure

    result = engine.evaluate_vector(
        "softmax", [0.2, 0.02, 0.15, 0.15, 1.3, 0.5, 0.06, 1.1, 0.05, 3.75], device="cpu", dtype="float64"
    )
    image = vector_figure(result).panels[-1].image
    biggest = np.abs(result.jacobian).max()
    assert image.colormap == "CET-CBD1" and image.levels == pytest.approx((-biggest, biggest))
    assert image.origin == "upper"


# -- legends do not hide data ---------------------------------------------------------------------


def points_under_legends(spec: FigureSpec) -> list[int]:
    """For each legend of the rendered figure: how many of its panel's data vertices it covers."""
    from PySide6.QtCore import QPointF

    from gui.export.render import render_scene

    renderer = render_scene(spec, "screen", output_size(spec, None, None, 1.0), 1.0, False, 1.0)
    try:
        counts = []
        for plot, legend, panel in renderer.legends:
            area = legend.mapRectToScene(legend.boundingRect())
            hidden = 0
            for series in panel.series:
                for x, y in zip(series.x, series.y, strict=False):
                    if panel.log_y:
                        if not y > 0:
                            continue
                        y = np.log10(y)
                    if np.isfinite(x) and np.isfinite(y):
                        hidden += area.contains(plot.getViewBox().mapViewToScene(QPointF(float(x), float(y))))
            counts.append(hidden)
        return counts
    finally:
        renderer.close()


def test_depth_figure_legends_leave_the_curves_visible():
    from engine.depth import DepthConfig, mean_field, run
    from figures.builders import depth_figure

    config = DepthConfig(
        activation="relu",
        init="kaiming_normal",
        init_params={"nonlinearity": "relu"},
        layers=30,
        width=64,
        batch=64,
        device="cpu",
    )
    reference = run(DepthConfig(activation="relu", init="xavier_normal", layers=30, width=64, batch=64, device="cpu"))
    spec = depth_figure(run(config), mean_field(config), reference, reference_label="Xavier normal")
    counts = points_under_legends(spec)
    assert counts and counts == [0] * len(counts)


def test_a_legend_over_a_full_plot_makes_room_above_the_data():
    x = np.linspace(0.0, 1.0, 2001)
    panel = Panel(
        "busy", "x", "y", series=[Series("fast", x, np.sin(300 * x), color=0), Series("faster", x, np.cos(310 * x), color=1)]
    )
    spec = FigureSpec("", [panel], name="busy")
    assert points_under_legends(spec) == [0]


# -- saturation bands ------------------------------------------------------------------------------


def band_spec(band_color: int | None) -> FigureSpec:
    """One flat line and a band over x in [0.3, 0.9]: most of the plot is band."""
    panel = Panel(
        "f(x)",
        "x",
        "f",
        series=[Series("f", np.array([0.0, 1.0]), np.array([0.05, 0.05]), color=0)],
        bands=[(0.3, 0.9)],
        band_color=band_color,
        x_range=(0.0, 1.0),
        y_range=(0.0, 1.0),
    )
    return FigureSpec("", [panel], name="band")


def commonest_tint(image: QImage) -> np.ndarray:
    """The most frequent colour (r, g, b) that is not the white background."""
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    arr = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)[:, : img.width()]
    rgb = arr[..., 2::-1].reshape(-1, 3).astype(int)
    rgb = rgb[rgb.min(axis=1) < 250]
    values, counts = np.unique(rgb, axis=0, return_counts=True)
    return values[np.argmax(counts)]


@pytest.mark.parametrize("style", ["screen", "print"])
def test_saturation_bands_are_tinted_with_their_curves_colour(tmp_path, style):
    """The app shades |f'| < eps in the selected curve's colour: the export shows the same tint."""
    from gui.export.style import style_for

    image = read_png(export_figure(band_spec(1), tmp_path / "b.png", width=800, height=500, style=style))
    tint = commonest_tint(image)
    # over white, a colour c at opacity a gives 255 - a (255 - c) in every channel: one a for all three
    c = np.array(QColor(OKABE_ITO[1]).getRgb()[:3])
    alphas = (255 - tint) / (255 - c)
    assert np.ptp(alphas) < 0.03, f"{tint} is not a tint of {OKABE_ITO[1]}"
    assert alphas.mean() == pytest.approx(style_for(style).band_alpha / 255, abs=0.02)


def test_bands_without_a_colour_stay_neutral_grey(tmp_path):
    tint = commonest_tint(read_png(export_figure(band_spec(None), tmp_path / "g.png", width=800, height=500)))
    assert np.ptp(tint) <= 2 and tint.min() < 250
