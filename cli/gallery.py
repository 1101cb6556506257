"""``gallery --out DIR``: one figure per activation plus index.html, a ready handout.

Like ``export``, it makes only what was named: the folder ``DIR`` if missing, never the
folders above it. All files are written together or none (an existing folder keeps its files).
"""

from __future__ import annotations

import argparse
import sys

from cli.common import EXIT_BAD_INPUT, EXIT_OK, use_language
from cli.images import write_gallery_folder
from cli.progress import bar, interruptible
from engine.errors import EngineError


@interruptible
def run(args: argparse.Namespace) -> int:
    """Write the gallery; print the index's path. Exit 2 with the reason on bad input; 130 or 143 when Ctrl+C or
    SIGTERM stop it (nothing written: the figures are drawn in memory first). A progress bar on a terminal."""
    try:
        use_language(getattr(args, "lang", None), images=True)
        with bar("gallery", 1, "figures") as progress:

            def step(done: int, total: int, _name: str) -> bool:
                progress.total = total
                progress.update(done)
                return True

            written = write_gallery_folder(
                args.out, args.activation or None, args.format, args.style, getattr(args, "lang", None), step
            )
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {len(written)} files; open {written[-1]}")
    return EXIT_OK
