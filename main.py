"""Activation Lab: start the app, run its self-test, or export plots from the command line.

python main.py                      the desktop app (at its last size, with its last state)
python main.py lesson.alab           the desktop app showing a saved session (--fresh: the defaults)
python main.py --self-test          open the window, exercise every tab, exit 0 if all passed
python main.py export --activation gelu --out gelu.csv      (or .png, .svg, .pdf)
python main.py gallery --out handout/ --format pdf --style print
python main.py export --init kaiming_normal --shape 512,256 --out weights.csv --stats weights.json
python main.py export --depth --activation relu --init xavier_normal --layers 30 --out depth.csv

This file only parses (:mod:`cli.parser`) and dispatches. Each branch imports its code when
taken: the window must paint before torch loads (the export commands import it at once), and
``export`` to CSV must not import Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from cli.parser import parse_command_line


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_command_line(argv)
    if args.command == "export":
        from cli import export

        return export.run(args)
    if args.command == "gallery":
        from cli import gallery

        return gallery.run(args)
    from gui.source_scan import stop_source_scans

    stop_source_scans()  # before the window's modules, numpy, pyqtgraph and torch are imported
    if args.self_test:
        from gui.selftest import self_test

        return self_test(language=args.lang)
    from gui.startup import run

    return run(language=args.lang, session=args.session, fresh=args.fresh)


if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing  # PyInstaller's runtime hook imported it already: no cost

        multiprocessing.freeze_support()  # the frozen training process (gui/training/trainer_process.py) starts here
    sys.exit(main())
