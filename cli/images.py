"""The command line's one door to Qt: figures and the gallery rendered by :mod:`gui.export`.

Only images come here (a CSV needs no Qt). A QApplication is started if none runs,
offscreen when there is no display (``gui.app.create_app``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gui.app import create_app
from gui.export.formats import export_figure
from gui.export.gallery import write_gallery
from gui.figures.spec import FigureSpec


def write_figure(
    spec: FigureSpec, out: Path, *, width: int | None, height: int | None, style: str, include_caption: bool
) -> Path:
    """Render ``spec`` to ``out`` (.png/.svg/.pdf), atomically; EngineError on bad sizes or an unwritable path."""
    create_app()
    return export_figure(spec, out, width=width, height=height, style=style, include_caption=include_caption)


def write_gallery_folder(out: str | Path, activation_ids: Sequence[str] | None, fmt: str, style: str) -> list[Path]:
    """One figure per activation and the index page in ``out``; the written paths, index last."""
    create_app()
    return write_gallery(out, activation_ids, fmt=fmt, style=style)
