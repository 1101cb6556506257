"""The command line's one door to Qt: figures and the gallery rendered by :mod:`gui.export`.

Only images come here (a CSV needs no Qt). A QApplication is started if none runs,
offscreen when there is no display (``gui.app.create_app``). Nothing here writes a figure
file: the caller writes every output together (:func:`engine.tables.write_all`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from figures.layout import image_points
from figures.spec import FigureSpec
from gui.app import create_app
from gui.export.animation import AnimationOptions, animation_data
from gui.export.formats import figure_data
from gui.export.gallery import write_gallery
from gui.export.size import output_size


def start_qt(language: str | None = None) -> None:
    """The QApplication with ``language``'s translations (``--lang``; the system's by default): call it before
    building a figure, so its titles and labels come out in that language."""
    create_app(language=language)


def figure_file_data(
    spec: FigureSpec,
    fmt: str,
    *,
    width: int | None,
    height: int | None,
    scale: float,
    style: str,
    include_caption: bool,
) -> str | bytes:
    """``spec`` rendered as a .png/.svg/.pdf file's contents; EngineError on bad sizes."""
    create_app()
    return figure_data(spec, fmt, width=width, height=height, scale=scale, style=style, include_caption=include_caption)


def image_points_of(spec: FigureSpec, *, width: int | None, height: int | None, scale: float, include_caption: bool) -> int:
    """How many x points a curve of ``spec`` keeps in its image of that size (:func:`figures.layout.for_image`)."""
    size = output_size(spec, width, height, scale, include_caption)
    return min(spec.points, image_points(len(spec.panels), *size)) if spec.thin is not None else spec.points


def animation_file_data(
    specs: Sequence[FigureSpec],
    fmt: str,
    *,
    fps: float,
    loop: int,
    progress: Callable[[int, int], None] | None = None,
    **options,
) -> bytes:
    """The figures as an animated .gif/.webp/.apng file's contents, frame after frame (options as
    :func:`figure_file_data`); ``progress(done, total)`` after each frame is drawn."""
    create_app()
    return animation_data(specs, fmt, AnimationOptions(fps=fps, loop=loop), progress=progress, **options)


def write_gallery_folder(
    out: str | Path,
    activation_ids: Sequence[str] | None,
    fmt: str,
    style: str,
    language: str | None = None,
    progress: Callable[[int, int, str], bool] | None = None,
) -> list[Path]:
    """One figure per activation and the index page in ``out`` (in ``language``); the written paths, index last.
    ``progress(done, total, id)`` before each figure (see :func:`gui.export.gallery.write_gallery`)."""
    create_app(language=language)
    return write_gallery(out, activation_ids, fmt=fmt, style=style, progress=progress)
