"""``export``: one figure's data (.csv) or image (.png/.svg/.pdf), without opening a window.

The flags pick the kind (the first in :data:`KINDS` whose ``selected(args)`` is true); the
kind computes an :class:`~cli.common.Export` (its FigureSpec, notes and side files). Every
output is checked before anything is computed (its format, its folder, that it is not a
folder), every file's contents are made in memory, and only then are they written, all
or none (:func:`engine.tables.write_all`): bad input prints the engine's message on stderr,
exits 2 and leaves every existing file as it was. A ``.csv`` is the figure's table
(:func:`figures.table.figure_csv_text`, the same as File > Export writes) and needs no
Qt; an image goes through :mod:`cli.images`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cli import activation, animation, depth, expression, initialization, race, session, training, vector
from cli.common import ANIMATION_FORMATS, EXIT_BAD_INPUT, EXIT_OK, Export, image_size, output_format, use_language
from cli.progress import interruptible
from engine.errors import EngineError
from engine.tables import check_writable, write_all
from figures.table import figure_csv_text

#: export kinds, most specific first; ``activation`` takes whatever no other kind claims
KINDS = (expression, race, training, depth, initialization, vector, activation)


@interruptible
def run(args: argparse.Namespace) -> int:
    """Compute the export the flags describe, then write ``--out`` and its side files together; the exit status.

    Ctrl+C or SIGTERM stop it (exit 130 or 143) with no file half-written (:mod:`cli.progress`)."""
    if session.selected(args):  # a folder of figures, one per tab of the session file
        return session.run(args)
    try:
        out = Path(args.out)
        fmt = output_format(out)
        check_writable(out, "out")
        if fmt != "csv":
            image_size(args)  # a bad --size or --width fails before the computation
        use_language(getattr(args, "lang", None), images=fmt != "csv")  # before the figure is built
        kind = next(k for k in KINDS if k.selected(args))
        if fmt in ANIMATION_FORMATS:
            write_all({out: animation.write_animation(args, kind.build, fmt)})
            return EXIT_OK
        if animation.wanted(args):
            raise EngineError("out", "--sweep, --frames and --duration make an animation: use .gif, .webp or .apng")
        export = kind.build(args)
        for path in export.files:
            check_writable(path, "out")
        for note in dict.fromkeys(filter(None, export.notes)):
            print(f"note: {note}", file=sys.stderr)
        if fmt == "csv":
            if args.width or args.height or args.size:
                print("note: --width, --height and --size apply to images; the CSV has one row per point", file=sys.stderr)
            data: str | bytes = figure_csv_text(export.figure)
        else:
            data = image_bytes(export, fmt, args)
        write_all({out: data, **export.files})
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def image_bytes(export: Export, fmt: str, args: argparse.Namespace) -> str | bytes:
    """The figure as an image file's contents, with the size and style flags.

    Qt is imported here, on the first image, and not at module level: a CSV export must run
    where PySide6 cannot even be imported (a server, a CI box without display libraries).
    """
    from cli.images import figure_file_data

    size = image_size(args)
    return figure_file_data(
        export.figure,
        fmt,
        width=size.width,
        height=size.height,
        scale=size.scale,
        style=args.style,
        include_caption=args.formula,
    )
