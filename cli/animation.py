"""``export ... --out FILE.gif|.webp|.apng``: an animation of a parameter sweep or of a training run.

::

    export --activation leaky_relu --sweep negative_slope=0:1 --frames 60 --fps 20 --out slope.gif
    export --depth --activation tanh --init xavier_normal --sweep gain=0.5:2 --out gain.webp
    export --train --dataset xor --epochs 200 --frames 100 --out run.gif

A sweep builds frame k with ``NAME`` at the k-th of ``--frames`` evenly spaced values from A
to B, through the same kind and figure builder as a still export with ``--param NAME=VALUE``
(``--init-param`` for an initialiser's parameter under ``--depth``), so the first and last
frames are the still exports at A and at B. ``--train`` draws one frame every
``epochs / (frames - 1)`` epochs, from epoch 0 to the last. Every figure is computed, then
drawn (:mod:`gui.export.animation`), then the file is written whole: bad input exits 2
before anything is computed and Ctrl+C leaves no file.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

import numpy as np

from cli import training
from cli.common import Export, image_size, number, optional_number
from cli.progress import bar, quiet
from engine.errors import EngineError
from engine.initializers import get_initializer
from engine.params import parse_number
from engine.training_config import checked_config
from figures import training_run
from figures.spec import FigureSpec
from figures.tab_figures import training_figure_of

DEFAULT_FRAMES = 60
MIN_FRAMES, MAX_FRAMES = 2, 1000
MIN_FPS, MAX_FPS = 1, 50


def wanted(args: argparse.Namespace) -> bool:
    """Whether the flags ask for an animation (a --sweep, --frames or --duration)."""
    return any(getattr(args, name, None) is not None for name in ("sweep", "frames", "duration"))


def parse_sweep(text: str) -> tuple[str, float, float]:
    """``"negative_slope=0:1"`` -> ``("negative_slope", 0.0, 1.0)``; EngineError naming ``--sweep``."""
    name, sep, ends = text.partition("=")
    low, colon, high = ends.partition(":")
    if not sep or not colon or not name.strip():
        raise EngineError("--sweep", f"expected NAME=FROM:TO such as negative_slope=0:1, got {text!r}")
    a, b = parse_number(low, "--sweep"), parse_number(high, "--sweep")
    if not (np.isfinite(a) and np.isfinite(b)) or a == b:
        raise EngineError("--sweep", f"the two ends must be different finite numbers, got {text!r}")
    return name.strip(), float(a), float(b)


def timing(args: argparse.Namespace) -> tuple[int, float, int]:
    """(frames, fps, loop) from ``--frames``/``--duration``, ``--fps`` and ``--loop``; EngineError when out of range."""
    fps = number(args, "fps")
    if not MIN_FPS <= fps <= MAX_FPS:
        raise EngineError("--fps", f"must be from {MIN_FPS} to {MAX_FPS} frames a second, got {fps:g}")
    frames = optional_number(args, "frames", whole=True)
    duration = optional_number(args, "duration")
    if frames is not None and duration is not None:
        raise EngineError("--duration", "give either --frames or --duration (seconds; frames = seconds x fps)")
    if duration is not None:
        if not 0 < duration <= MAX_FRAMES / fps:
            raise EngineError("--duration", f"must be more than 0 and at most {MAX_FRAMES / fps:g} s at {fps:g} fps")
        frames = round(duration * fps)
    frames = DEFAULT_FRAMES if frames is None else int(frames)
    if not MIN_FRAMES <= frames <= MAX_FRAMES:
        raise EngineError("--frames", f"must be from {MIN_FRAMES} to {MAX_FRAMES}, got {frames}")
    loop = number(args, "loop", whole=True)
    if not 0 <= loop <= 65535:
        raise EngineError("--loop", f"plays: 0 (forever) or 1 to 65535, got {loop}")
    return frames, float(fps), int(loop)


def sweep_specs(args: argparse.Namespace, build: Callable[[argparse.Namespace], Export], frames: int) -> list[Export]:
    """One export per value of the ``--sweep`` parameter, through the kind's own ``build``."""
    name, a, b = parse_sweep(args.sweep)
    flag = "param"
    if args.depth and args.init and name in {p.name for p in get_initializer(args.init).params}:
        flag = "init_param"
    values = np.linspace(a, b, frames)
    exports = []
    with bar("computing", frames, "frames") as progress, quiet():
        for index, value in enumerate(values):
            assignment = f"{name}={float(value)!r}"
            exports.append(build(argparse.Namespace(**{**vars(args), flag: [*getattr(args, flag), assignment]})))
            progress.update(index + 1)
    return exports


def frame_epochs(epochs: int, frames: int) -> list[int]:
    """The epoch of each frame: evenly spaced from 0 to ``epochs``; EngineError when frames > epochs + 1."""
    return training_run.frame_epochs(epochs, frames, "--frames")


def training_specs(args: argparse.Namespace, frames: int) -> list[Export]:
    """The training figure at evenly spaced epochs of one run (the last equals ``export --train`` of the run): the
    flags' :class:`~states.training.TrainingState` drawn by :func:`figures.tab_figures.training_figure_of`."""
    state = training.train_state(args)
    config = checked_config(training.train_config(args, state))
    epochs = frame_epochs(config.epochs, frames)
    with bar("training", max(epochs[-1], 1), "epochs") as progress:
        results = training_run.run_results(config, epochs, progress=progress.update)
    return [Export(training_figure_of(state, result), notes=[result.fallback_reason]) for result in results]


def animation_exports(args: argparse.Namespace, build: Callable[[argparse.Namespace], Export], fmt: str) -> list[Export]:
    """The animation's frames as exports, after checking every flag (EngineError before any computing)."""
    frames, _fps, _loop = timing(args)
    image_size(args)
    if args.train:
        if args.sweep:
            raise EngineError("--sweep", "--train animates its epochs: give --frames, not --sweep")
        if args.expression:
            from cli.expression import formula_ids

            args = argparse.Namespace(**{**vars(args), "activation": formula_ids(args.expression), "expression": None})
        return training_specs(args, frames)
    if not args.sweep:
        raise EngineError("--sweep", f"a .{fmt} animates a parameter: give --sweep NAME=FROM:TO (or --train --frames N)")
    parse_sweep(args.sweep)
    return sweep_specs(args, build, frames)


def write_animation(args: argparse.Namespace, build: Callable[[argparse.Namespace], Export], fmt: str) -> bytes:
    """The animated file's contents the flags describe; notes on stderr as a still export prints them."""
    from cli.images import animation_file_data

    exports = animation_exports(args, build, fmt)
    for note in dict.fromkeys(n for e in exports for n in e.notes if n):
        print(f"note: {note}", file=sys.stderr)
    frames, fps, loop = timing(args)
    size = image_size(args)
    specs: list[FigureSpec] = [e.figure for e in exports]
    with bar("drawing", frames, "frames") as progress:
        return animation_file_data(
            specs,
            fmt,
            fps=fps,
            loop=loop,
            width=size.width,
            height=size.height,
            scale=size.scale,
            style=args.style,
            include_caption=args.formula,
            progress=lambda done, _total: progress.update(done),
        )
