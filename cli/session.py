"""``export --session lesson.alab --out DIR [--format png|svg|pdf|csv]``: a session's figures, one per tab, headless.

A teacher makes the handout from the same file the class opens: each tab section the session
has (:mod:`sessions`) becomes the figure that tab shows, built by the same builders as the
other export kinds (:mod:`figures`): the explorer's curves and marks (or its vector view, as
``export --vector`` draws it, when the session shows that), the initialisation
histogram, the depth run (with its lesson's comparison and the theory), and the training
network (its saved weights when the file has them, else the network at epoch 0). The whole
file is checked, every figure computed and rendered in memory, and only then the folder is
created and the files written, all or none: a bad session exits 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from cli.common import EXIT_BAD_INPUT, EXIT_OK, OUTPUT_FORMATS, image_size, max_image_points, use_language
from cli.progress import bar
from engine import memory
from engine.errors import EngineError
from engine.tables import check_folder, check_writable, csv_bytes_estimate, make_folder, write_all
from figures.spec import FigureSpec
from figures.tab_figures import figure_of
from figures.table import figure_csv_text
from sessions import SessionError, read_session
from states.explorer import ExplorerState


def selected(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "session", None))


def session_figures(
    data: dict,
    device: str = "cpu",
    dtype: str | None = None,
    progress: Callable[[int], None] | None = None,
    max_points: int | None = None,
) -> dict[str, FigureSpec]:
    """A checked session's figures by section key (:func:`figures.tab_figures.figure_of` of each tab's state;
    tabs with nothing to show left out); EngineError if refused.

    ``progress(done)`` after each section; ``max_points`` caps the explorer's grid for an image (no fewer than its
    widest panel shows: the exporter thins it to 2 points per pixel of a panel), None for a CSV (whose text counts
    against the engine's budget)."""
    figures = {}
    for done, (key, state) in enumerate(data["tabs"].items(), start=1):
        if isinstance(state, ExplorerState):
            state = _explorer_grid(state, max_points)
        figure = figure_of(state, device, dtype)
        if figure is not None:
            figures[key] = figure
        if progress is not None:
            progress(done)
    return figures


def _explorer_grid(state: ExplorerState, max_points: int | None) -> ExplorerState:
    """The explorer's state with its grid capped for an image, or checked against the CSV budget."""
    if state.vector is not None or not state.curves:
        return state
    if max_points is not None:  # 64 curves x 100,001 points: 21 s for an image that shows a few thousand
        return replace(state, points=min(state.points, max_points))
    order = 2 if state.show_second else 1
    need = csv_bytes_estimate(state.points, 1 + len(state.curves) * (order + 1))
    if need > memory.EVALUATE_BUDGET:
        raise EngineError(
            "points",
            f"the explorer's CSV of {len(state.curves)} curves x {state.points:,} points would take about "
            f"{memory.format_bytes(need)} of text; the most is {memory.format_bytes(memory.EVALUATE_BUDGET)}",
        )
    return state


def run(args: argparse.Namespace) -> int:
    """Check the session, compute and render every figure, then write them all into ``--out``; the exit status."""
    try:
        out = Path(args.out)
        fmt = args.format
        if fmt not in OUTPUT_FORMATS:
            raise EngineError("format", f"expected one of {', '.join(OUTPUT_FORMATS)}, got {fmt!r}")
        check_folder(out)  # a file, a dangling link, a read-only place: refused before the work
        if fmt != "csv":
            image_size(args)  # a bad --size or --width fails before the computation
        use_language(getattr(args, "lang", None), images=fmt != "csv")  # before the figures are built
        data = read_session(args.session)
        # at least what the image's widest panel shows: the exporter thins the figure to its panels' exact count, as
        # File > Export does (figures.layout.for_image), so both draw the same curves
        cap = max_image_points(args, 1, fmt)
        with bar("session", len(data["tabs"]), "figures") as progress:
            figures = session_figures(data, args.device, args.dtype, progress.update, cap)
        if not figures:
            raise EngineError("session", "the session has no tab with something to show")
        _note_shown_points(data["tabs"].get("explorer"), figures.get("explorer"), fmt, args)
        files = {out / f"{key}.{fmt}": _file_data(figure, fmt, args) for key, figure in figures.items()}
        make_folder(out)
        for path in files:
            check_writable(path, "out")
        written = write_all(files)
    except SessionError as exc:
        print(f"error: {args.session}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for path in written:
        print(path)
    return EXIT_OK


def _note_shown_points(state: ExplorerState | None, figure: FigureSpec | None, fmt: str, args: argparse.Namespace) -> None:
    """Say on stderr when the explorer's image shows fewer points than its session has."""
    if state is None or figure is None or fmt == "csv" or figure.thin is None:
        return
    from cli.images import image_points_of  # Qt only for images

    size = image_size(args)
    shown = image_points_of(figure, width=size.width, height=size.height, scale=size.scale, include_caption=args.formula)
    if shown < state.points:
        note = f"the explorer image shows {shown:,} of the session's {state.points:,} points (2 per pixel of a panel)"
        print(f"note: {note}; --format csv keeps them all", file=sys.stderr)


def _file_data(figure: FigureSpec, fmt: str, args: argparse.Namespace) -> str | bytes:
    if fmt == "csv":
        return figure_csv_text(figure)
    from cli.images import figure_file_data  # Qt only for images, as for every export kind (a CSV needs none)

    size = image_size(args)
    return figure_file_data(
        figure, fmt, width=size.width, height=size.height, scale=size.scale, style=args.style, include_caption=args.formula
    )
