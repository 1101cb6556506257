"""``export``: one figure's data (.csv) or image (.png/.svg/.pdf), without opening a window.

The flags pick the kind (the first in :data:`KINDS` whose ``selected(args)`` is true); the
kind computes an :class:`~cli.common.Export` (its FigureSpec, notes and side files); only
then is anything written, so bad input prints the engine's message on stderr, exits 2 and
writes nothing. A ``.csv`` is the figure's table (:func:`gui.figures.table.figure_csv_text`,
the same as File > Export writes) and needs no Qt; an image goes through :mod:`cli.images`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli import activation, depth, initialization, training
from cli.common import EXIT_BAD_INPUT, EXIT_OK, Export, output_format
from engine.errors import EngineError
from engine.tables import write_atomic
from gui.figures.table import figure_csv_text

#: export kinds, most specific first; ``activation`` takes whatever no other kind claims
KINDS = (training, depth, initialization, activation)


def run(args: argparse.Namespace) -> int:
    """Compute the export the flags describe, then write ``--out`` (and side files); the exit status."""
    written: list[Path] = []
    try:
        out = Path(args.out)
        fmt = output_format(out)
        kind = next(k for k in KINDS if k.selected(args))
        export = kind.build(args)
        for note in filter(None, export.notes):
            print(f"note: {note}", file=sys.stderr)
        if fmt == "csv":
            if export.pixel_width and (args.width or args.height):
                print("note: --width and --height apply to images; the CSV has one row per point", file=sys.stderr)
            written.append(write_atomic(out, figure_csv_text(export.figure)))
        else:
            written.append(write_image(export, out, args))
        for path, text in export.files.items():
            written.append(write_atomic(path, text))
    except EngineError as exc:
        for path in written:  # all or nothing
            path.unlink(missing_ok=True)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def write_image(export: Export, out: Path, args: argparse.Namespace) -> Path:
    """The figure as an image with the size and style flags.

    Qt is imported here, on the first image, and not at module level: a CSV export must run
    where PySide6 cannot even be imported (a server, a CI box without display libraries).
    """
    from cli.images import write_figure

    return write_figure(
        export.figure,
        out,
        width=args.width if export.pixel_width else None,
        height=args.height,
        style=args.style,
        include_caption=args.formula,
    )
