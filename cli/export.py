"""The headless command line: ``export`` writes a plot's data or image, ``gallery`` a handout.

The format follows the output's extension: ``.csv`` needs only the engine (nothing here
imports Qt for it); ``.png``, ``.svg`` and ``.pdf`` render the same figure the app shows
through :func:`write_figure`, with an offscreen Qt application when there is no display.
Bad input prints the engine's message on stderr, exits 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import engine
from engine.errors import EngineError
from engine.tables import csv_text, curves_table, write_atomic

EXIT_OK, EXIT_BAD_INPUT = 0, 2
IMAGE_FORMATS = ("png", "svg", "pdf")
OUTPUT_FORMATS = ("csv",) + IMAGE_FORMATS


def output_format(out: Path) -> str:
    """``"csv"``, ``"png"``, ``"svg"`` or ``"pdf"`` from the file's extension, else EngineError."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in OUTPUT_FORMATS:
        raise EngineError(
            "out", f"unsupported format {out.suffix or '(none)'!r}: use " + ", ".join(f".{f}" for f in OUTPUT_FORMATS)
        )
    return fmt


def write_figure(spec, args: argparse.Namespace) -> Path:
    """Render a FigureSpec to ``args.out`` (.png/.svg/.pdf) with the size and style flags.

    The one call every image-producing command makes (activations, ``--init``, ``--depth``):
    it starts a Qt application if none runs (offscreen without a display) and writes atomically.
    """
    from gui.app import create_app

    create_app()
    from gui.export.render import export_figure

    return export_figure(
        spec,
        args.out,
        width=getattr(args, "width", None),
        height=getattr(args, "height", None),
        style=getattr(args, "style", "screen"),
        include_caption=getattr(args, "formula", False),
    )


def split_param(text: str) -> tuple[int | None, str, str]:
    """``"3:negative_slope=0.1"`` -> ``(3, "negative_slope", "0.1")``; the index is optional."""
    index = None
    head, sep, value = text.partition("=")
    if not sep or not head:
        raise EngineError("param", f"expected NAME=VALUE or INDEX:NAME=VALUE, got {text!r}")
    if ":" in head:
        idx, _, head = head.partition(":")
        if not idx.isdigit() or int(idx) < 1:
            raise EngineError("param", f"the index before ':' must be 1 or more, got {idx!r}")
        index = int(idx)
    return index, head.strip(), value


def activation_params(ids: list[str], assignments: list[str]) -> list[dict]:
    """Per-curve parameter dicts from ``--param`` flags (typed by each registry entry).

    An indexed flag sets one curve; an unindexed one sets every curve that has the
    parameter and is an error if none has it.
    """
    acts = [engine.get_activation(i) for i in ids]
    params: list[dict] = [{} for _ in acts]
    for text in assignments:
        index, name, value = split_param(text)
        targets = [index - 1] if index is not None else [i for i, a in enumerate(acts) if name in a.param_names]
        if index is not None and index > len(acts):
            raise EngineError("param", f"index {index} but only {len(acts)} --activation given")
        if not targets:
            raise EngineError(f"param {name}", "no chosen activation has this parameter")
        for i in targets:
            spec = {p.name: p for p in acts[i].params}.get(name)
            if spec is None:
                raise EngineError(
                    f"{acts[i].id}.{name}", f"unknown parameter (known: {', '.join(acts[i].param_names) or 'none'})"
                )
            params[i][name] = spec.parse(value, owner=acts[i].id)
    return params


def run_export(args: argparse.Namespace) -> int:
    if getattr(args, "init", None) or getattr(args, "depth", False):
        from cli.weights import run_init_export

        return run_init_export(args)
    try:
        out = Path(args.out)
        fmt = output_format(out)
        if not args.activation:
            raise EngineError("activation", "give at least one --activation")
        if fmt == "csv" and (getattr(args, "width", None) or getattr(args, "height", None)):
            print("note: --width and --height apply to images; the CSV has one row per point", file=sys.stderr)
        show_second = not getattr(args, "no_second_derivative", False)
        params = activation_params(args.activation, args.param)
        curves = [
            engine.evaluate(
                a,
                p,
                x_min=args.x_min,
                x_max=args.x_max,
                points=args.points,
                order=2 if show_second else 1,
                device=args.device,
                dtype=args.dtype or "float64",
            )
            for a, p in zip(args.activation, params, strict=True)
        ]
        for c in curves:
            if c.fallback_reason:
                print(f"note: {c.fallback_reason}", file=sys.stderr)
        if fmt == "csv":
            write_atomic(out, csv_text(*curves_table(curves)))
        else:
            from gui.figures.builders import activation_figure

            write_figure(activation_figure(curves, show_second=show_second), args)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def run_gallery(args: argparse.Namespace) -> int:
    """``gallery --out DIR``: one figure per activation plus index.html; prints the index's path."""
    try:
        from gui.app import create_app

        create_app()
        from gui.export.gallery import write_gallery

        written = write_gallery(args.out, args.activation or None, fmt=args.format, style=args.style)
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"wrote {len(written)} files; open {written[-1]}")
    return EXIT_OK
