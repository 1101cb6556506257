"""The file formats of an exported figure: PNG, SVG and PDF from the rendered scene, CSV from the data.

PNG goes through pyqtgraph's ImageExporter at exactly the requested pixel size (pens
widened by the scale, since they are cosmetic) and carries its DPI (96 x scale); SVG
through pyqtgraph's SVGExporter; PDF is vector, drawn with QPainter on a QPdfWriter,
one page per figure; CSV is :func:`figures.table.figure_csv_text`, the one table
of a figure the command line writes too. Every file is written to a temporary name and
renamed, so a failed export never leaves a half-written file; bad requests raise
:class:`EngineError`. A QApplication must exist (``gui.app.create_app``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from engine.errors import EngineError
from engine.tables import check_writable, write_atomic
from figures.spec import FigureSpec
from figures.table import figure_csv_text
from gui.export.render import SceneRenderer, render_scene
from gui.export.size import output_size
from gui.export.svg_paths import closed_paths_understood

FORMATS = ("png", "svg", "pdf", "csv")
SCREEN_DPI = 96.0


def figure_image(
    spec: FigureSpec,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> QImage:
    """The figure as a QImage of exactly ``width`` x ``height`` pixels (for PNG and the clipboard).

    Its DPI is 96 x ``scale``, so a 2x image placed on a slide has the size of the 1x one.
    """
    size = output_size(spec, width, height, scale, include_caption)
    renderer = render_scene(spec, style, size, scale, include_caption, line_scale=scale)
    try:
        exporter = pg.exporters.ImageExporter(renderer.widget.scene())
        # set both sides without the exporter's aspect-ratio coupling (which rounds one of them)
        exporter.params.param("width").setValue(size[0], blockSignal=exporter.widthChanged)
        exporter.params.param("height").setValue(size[1], blockSignal=exporter.heightChanged)
        exporter.params["background"] = renderer.style.background
        image = exporter.export(toBytes=True)
    finally:
        renderer.close()
    if image is None or image.isNull() or (image.width(), image.height()) != size:
        raise EngineError("out", f"could not render a {size[0]} x {size[1]} image")
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(1.0)
    dots_per_metre = round(SCREEN_DPI * scale / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def figure_png_bytes(spec: FigureSpec, **options) -> bytes:
    """PNG file contents (see :func:`figure_image` for the options)."""
    image = figure_image(spec, **options)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    ok = image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes, but PySide6 6.11 refuses b"PNG" here
    buffer.close()
    if not ok:
        raise EngineError("out", "could not encode the PNG image")
    return bytes(data.data())


def figure_svg_text(
    spec: FigureSpec,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> str:
    """SVG document text: the figure laid out at its logical size, displayed at ``width`` x ``height``."""
    size = output_size(spec, width, height, scale, include_caption)
    renderer = render_scene(spec, style, size, scale, include_caption, line_scale=1.0)
    try:
        exporter = pg.exporters.SVGExporter(renderer.widget.scene())
        exporter.params["scaling stroke"] = True
        exporter.params["background"] = renderer.style.background
        with closed_paths_understood():
            text = exporter.export(toBytes=True).decode("utf-8")
    finally:
        renderer.close()
    # pyqtgraph writes only a viewBox (in logical px): give the document its displayed size
    return re.sub(r"<svg ", f'<svg width="{size[0]}" height="{size[1]}" ', text, count=1)


def figures_pdf_bytes(
    specs: Sequence[FigureSpec],
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
    title: str = "",
) -> bytes:
    """A vector PDF, one page per figure, each page the figure's size (1 px = 1/96 inch)."""
    if not specs:
        raise EngineError("figure", "no figures to write")
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Activation Lab")
    writer.setTitle(title or specs[0].title)
    writer.setResolution(int(SCREEN_DPI))  # painter units = logical px, so cosmetic pens keep their width
    painter = QPainter()
    try:
        for index, spec in enumerate(specs):
            size = output_size(spec, width, height, scale, include_caption)
            page = QPageSize(
                QSizeF(size[0] * 72 / SCREEN_DPI, size[1] * 72 / SCREEN_DPI),
                QPageSize.Unit.Point,
                "",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            writer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
            renderer = render_scene(spec, style, size, scale, include_caption, line_scale=scale)
            try:
                if index == 0:
                    if not painter.begin(writer):
                        raise EngineError("out", "could not start the PDF")
                elif not writer.newPage():
                    raise EngineError("out", "could not add a PDF page")
                target = QRectF(0, 0, writer.width(), writer.height())
                painter.fillRect(target, renderer.style.background)
                _paint_scene(renderer, painter, target)
            finally:
                renderer.close()
    finally:
        if painter.isActive():
            painter.end()
        buffer.close()
    return bytes(data.data())


def _paint_scene(renderer: SceneRenderer, painter: QPainter, target: QRectF) -> None:
    """Draw the renderer's scene into ``target`` with pyqtgraph's export mode on (vector-friendly)."""
    scene = renderer.widget.scene()
    view = renderer.widget
    source = view.viewportTransform().inverted()[0].mapRect(QRectF(view.rect()))
    exporter = pg.exporters.ImageExporter(scene)  # only for its setExportMode() bookkeeping
    exporter.setExportMode(
        True, {"antialias": True, "background": renderer.style.background, "painter": painter, "resolutionScale": 1.0}
    )
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        scene.render(painter, target, source)
    finally:
        exporter.setExportMode(False)


def export_format(path: str | Path) -> str:
    """The format named by the file's extension, or EngineError."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise EngineError(
            "out", f"unsupported format {Path(path).suffix or '(none)'!r}: use " + ", ".join(f".{f}" for f in FORMATS)
        )
    return suffix


def export_figure(
    spec: FigureSpec,
    path,
    *,
    width: int | None = None,
    height: int | None = None,
    scale: float = 1.0,
    style: str = "screen",
    include_caption: bool = False,
) -> Path:
    """Write ``spec`` to ``path`` as PNG, SVG, PDF or CSV (from the suffix); returns the path.

    The whole file is rendered in memory first and then written atomically: on any
    error no file (not even a partial one) is left and EngineError says why.
    """
    fmt = export_format(path)
    check_writable(path)
    options = dict(width=width, height=height, scale=scale, style=style, include_caption=include_caption)
    return write_atomic(path, figure_data(spec, fmt, **options))


def figure_data(spec: FigureSpec, fmt: str, **options) -> str | bytes:
    """The contents of ``spec``'s file in ``fmt`` (png, svg, pdf or csv); options as :func:`export_figure`."""
    if fmt == "csv":
        return figure_csv_text(spec)
    if fmt == "png":
        return figure_png_bytes(spec, **options)
    if fmt == "svg":
        return figure_svg_text(spec, **options)
    if fmt == "pdf":
        return figures_pdf_bytes([spec], **options)
    raise EngineError("out", f"unsupported format {fmt!r}: use " + ", ".join(f".{f}" for f in FORMATS))


def export_pdf(
    specs: Sequence[FigureSpec], path, *, style: str = "screen", include_caption: bool = False, title: str = ""
) -> Path:
    """Write several figures into one multi-page PDF (one page each)."""
    return write_atomic(path, figures_pdf_bytes(specs, style=style, include_caption=include_caption, title=title))
