"""``export --init`` and ``export --depth``: the initialisation tab's data from the command line.

Each export is computed first (``init_export`` / ``depth_export`` give the table,
the statistics and the :class:`FigureSpec` the tab would draw), and only then
written, so bad input exits 2 with nothing on disk. A ``.csv`` needs no Qt; an
image goes through :func:`cli.export.write_figure` like every other figure.
With ``--depth``, ``--width`` is the network's width (units per layer), as issue 4
specifies; the image then keeps its default pixel width (``--height`` still applies).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from cli.export import EXIT_BAD_INPUT, EXIT_OK, activation_params, output_format, split_param, write_figure
from engine.depth import DepthConfig, DepthResult, mean_field, run
from engine.errors import EngineError
from engine.initializers import Histogram, InitSample, get_initializer, histogram, sample
from engine.tables import csv_text, write_atomic
from gui.figures.builders import depth_figure, init_figure
from gui.figures.spec import FigureSpec

INIT_HEADER = ("bin_left", "bin_right", "count", "density", "pdf")
STATS_KEYS = ("mean", "std", "min", "max", "theory_mean", "theory_std", "fan_in", "fan_out", "gain")
DEFAULT_WIDTH = 512


@dataclass
class InitExport:
    sample: InitSample
    histogram: Histogram
    header: list[str]
    columns: list
    stats: dict
    figure: FigureSpec


@dataclass
class DepthExport:
    result: DepthResult
    header: list[str]
    columns: list
    figure: FigureSpec
    stats: dict | None = None


def parse_shape(text: str | None) -> tuple[int, ...]:
    """``"512,256"`` -> ``(512, 256)``; EngineError for anything else."""
    if not text:
        raise EngineError("shape", "give --shape OUT,IN (Linear) or OUT,IN,KH,KW (Conv2d)")
    parts = [p.strip() for p in text.replace("x", ",").replace("×", ",").split(",")]
    if not all(p.isdigit() for p in parts):
        raise EngineError("shape", f"expected sizes separated by commas, such as 512,256, got {text!r}")
    return tuple(int(p) for p in parts)


def init_params(init_id: str, assignments: list[str]) -> dict:
    """Typed parameters for an initialiser from ``NAME=VALUE`` texts."""
    entry = get_initializer(init_id)
    specs = {p.name: p for p in entry.params}
    values = {}
    for text in assignments:
        index, name, value = split_param(text)
        if index is not None:
            raise EngineError("init-param", f"an index ({index}:) only picks one of several --activation; got {text!r}")
        if name not in specs:
            raise EngineError(f"{entry.id}.{name}", f"unknown parameter (known: {', '.join(specs) or 'none'})")
        values[name] = specs[name].parse(value, owner=entry.id)
    return values


def init_table(h: Histogram) -> tuple[list[str], list]:
    """One row per bin: edges, count, empirical density and the theoretical density at the bin centre."""
    pdf = [None] * len(h.counts) if h.pdf is None else list(h.pdf)
    return list(INIT_HEADER), [h.edges[:-1], h.edges[1:], [int(c) for c in h.counts], h.density, pdf]


def init_stats(s: InitSample) -> dict:
    """The ``--stats`` summary: sample and theory moments, fans and gain (None where undefined)."""
    finite = lambda v: None if v is None or not np.isfinite(v) else float(v)
    return {
        "mean": finite(s.mean),
        "std": finite(s.std),
        "min": finite(s.min),
        "max": finite(s.max),
        "theory_mean": finite(s.theory.mean),
        "theory_std": finite(s.theory.std),
        "fan_in": s.fan_in,
        "fan_out": s.fan_out,
        "gain": finite(s.gain),
        "init": s.init,
        "params": s.params,
        "shape": list(s.shape),
        "seed": s.seed,
        "count": s.count,
        "zero_fraction": finite(s.zero_fraction),
        "theory_zero_fraction": finite(s.theory.zero_fraction),
        "theory_min": finite(s.theory.low),
        "theory_max": finite(s.theory.high),
    }


def init_export(args: argparse.Namespace) -> InitExport:
    """Sample ``--init`` over ``--shape`` and build its histogram table, statistics and figure."""
    if args.activation:
        raise EngineError("activation", "--activation goes with --depth; --init alone draws a weight histogram")
    params = init_params(args.init, list(args.param) + list(args.init_param))
    s = sample(args.init, parse_shape(args.shape), params, seed=args.seed, device=args.device, dtype=args.dtype or "float32")
    h = histogram(s, args.bins)
    header, columns = init_table(h)
    return InitExport(s, h, header, columns, init_stats(s), init_figure([s], [h]))


def depth_export(args: argparse.Namespace) -> DepthExport:
    """Run the depth experiment the flags describe and build its per-layer table and figure."""
    if not args.activation or len(args.activation) != 1:
        raise EngineError("activation", "--depth needs exactly one --activation")
    if not args.init:
        raise EngineError("init", "--depth needs --init")
    if args.shape:
        raise EngineError("shape", "--shape is for --init alone; --depth uses --width for its width×width weights")
    if args.stats:
        raise EngineError("stats", "--stats goes with --init alone")
    activation = args.activation[0]
    config = DepthConfig(
        activation=activation,
        activation_params=activation_params([activation], args.param)[0],
        init=args.init,
        init_params=init_params(args.init, args.init_param),
        layers=args.layers,
        width=DEFAULT_WIDTH if args.width is None else args.width,
        batch=args.batch,
        bias=args.bias,
        seed=args.seed,
        device=args.device,
        dtype=args.dtype or "float32",
    )
    result = run(config)
    header, columns = result.table()
    return DepthExport(result, header, columns, depth_figure(result, mean_field(config)))


def run_init_export(args: argparse.Namespace) -> int:
    """Compute, then write the CSV or image (and ``--stats`` JSON); exit 2 with nothing written on bad input."""
    written: list[Path] = []
    try:
        out = Path(args.out)
        fmt = output_format(out)
        stats_path = Path(args.stats) if getattr(args, "stats", None) else None
        if stats_path is not None and stats_path.resolve() == out.resolve():
            raise EngineError("stats", "--stats must name a different file than --out")
        if args.depth:
            export = depth_export(args)
            notes = [export.result.fallback_reason]
            if export.result.overflow_layer is not None:
                notes.append(f"activations overflowed to inf/nan from layer {export.result.overflow_layer} on")
            image_args = argparse.Namespace(**{**vars(args), "width": None})  # --width was the network's
        else:
            export = init_export(args)
            notes = [export.sample.fallback_reason]
            image_args = args
        for note in filter(None, notes):
            print(f"note: {note}", file=sys.stderr)
        if fmt == "csv":
            written.append(write_atomic(out, csv_text(export.header, export.columns)))
        else:
            written.append(write_figure(export.figure, image_args))
        if stats_path is not None:
            written.append(write_atomic(stats_path, json.dumps(export.stats, indent=2, allow_nan=False) + "\n"))
    except EngineError as exc:
        for path in written:  # all or nothing
            path.unlink(missing_ok=True)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK
