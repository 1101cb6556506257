"""The headless command line: ``export`` writes a plot's data (and, later, images).

CSV needs only the engine; nothing here imports Qt unless an image is asked for.
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
                raise EngineError(f"{acts[i].id}.{name}",
                                  f"unknown parameter (known: {', '.join(acts[i].param_names) or 'none'})")
            params[i][name] = spec.parse(value, owner=acts[i].id)
    return params


def run_export(args: argparse.Namespace) -> int:
    try:
        out = Path(args.out)
        fmt = out.suffix.lower().lstrip(".")
        if fmt != "csv":
            raise EngineError("out", f"unsupported format {out.suffix or '(none)'!r}: use .csv")
        if not args.activation:
            raise EngineError("activation", "give at least one --activation")
        params = activation_params(args.activation, args.param)
        curves = [
            engine.evaluate(a, p, x_min=args.x_min, x_max=args.x_max, points=args.points,
                            order=2, device=args.device, dtype=args.dtype)
            for a, p in zip(args.activation, params, strict=True)
        ]
        for c in curves:
            if c.fallback_reason:
                print(f"note: {c.fallback_reason}", file=sys.stderr)
        write_atomic(out, csv_text(*curves_table(curves)))
    except EngineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
