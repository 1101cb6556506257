"""What every headless command shares: exit codes, the output format, number and parameter parsing, the Export result.

Numbers on the command line are read by :func:`engine.params.parse_number` (full-width digits
accepted, ``²`` refused, whole numbers refused when they are ``inf``, ``nan`` or ``1e400``),
so every kind refuses bad text with the flag's name, never with a traceback.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar, overload

import engine
from engine import memory
from engine.errors import EngineError
from engine.initializers import get_initializer
from engine.params import parse_number
from figures import text as figure_text
from figures.layout import DEFAULT_WIDTH, MAX_SIDE, MIN_SIDE, PANEL_HEIGHT, image_points, preset
from figures.spec import FigureSpec
from states.errors import StateError

EXIT_OK, EXIT_BAD_INPUT = 0, 2
IMAGE_FORMATS = ("png", "svg", "pdf")
ANIMATION_FORMATS = ("gif", "webp", "apng")  # cli.animation: a --sweep or a --train run, frame by frame
OUTPUT_FORMATS = ("csv",) + IMAGE_FORMATS + ANIMATION_FORMATS


def use_language(language: str | None, images: bool) -> None:
    """``--lang`` (else the system's language) for every word an export writes, before its figures are built:
    the figures' labels through :func:`figures.text.use_language` (no Qt, so a CSV follows it too) and, for
    images, Qt's translators for the same language (:mod:`cli.images`, imported only then)."""
    figure_text.use_language(language)
    if images:
        from cli.images import start_qt

        start_qt(language)


@dataclass
class Export:
    """What an export kind computed, before anything is written.

    ``figure`` gives the CSV (its table) or the image; ``notes`` go to stderr (each once, Nones left out); ``files`` are
    more files to write beside ``--out`` (path -> text, e.g. ``--stats`` JSON);
    """

    figure: FigureSpec
    notes: list[str | None] = field(default_factory=list)  # None: nothing to say (a curve without a fallback)
    files: dict[Path, str] = field(default_factory=dict)


def output_format(out: Path) -> str:
    """``"csv"``, ``"png"``, ``"svg"``, ``"pdf"``, ``"gif"``, ``"webp"`` or ``"apng"`` from the file's extension,
    else EngineError."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in OUTPUT_FORMATS:
        raise EngineError(
            "out", f"unsupported format {out.suffix or '(none)'!r}: use " + ", ".join(f".{f}" for f in OUTPUT_FORMATS)
        )
    return fmt


@overload
def number(args: argparse.Namespace, name: str, whole: Literal[True]) -> int: ...
@overload
def number(args: argparse.Namespace, name: str, whole: bool = False) -> float | int: ...
def number(args: argparse.Namespace, name: str, whole: bool = False) -> float | int:
    """The value of flag ``--name`` (text or a number) as a number; EngineError naming the flag."""
    value = getattr(args, name)
    flag = "--" + name.replace("_", "-")
    if isinstance(value, str):
        return parse_number(value, flag, whole=whole)
    if whole and (isinstance(value, float) or isinstance(value, bool)):
        raise EngineError(flag, f"expected a whole number, got {value!r}")
    return value


@overload
def optional_number(args: argparse.Namespace, name: str, whole: Literal[True]) -> int | None: ...
@overload
def optional_number(args: argparse.Namespace, name: str, whole: bool = False) -> float | int | None: ...
def optional_number(args: argparse.Namespace, name: str, whole: bool = False) -> float | int | None:
    """:func:`number`, or None when the flag was not given."""
    return None if getattr(args, name, None) is None else number(args, name, whole)


@dataclass(frozen=True)
class ImageSize:
    """The size an image export asks for: pixels (None: from the figure) and the scale it is drawn at."""

    width: int | None
    height: int | None
    scale: float = 1.0


def image_size(args: argparse.Namespace) -> ImageSize:
    """``--size`` preset or ``--width``/``--height`` in pixels (EngineError on text that is not a whole number)."""
    width, height = optional_number(args, "width", whole=True), optional_number(args, "height", whole=True)
    for name, value in (("width", width), ("height", height)):
        if value is not None and not MIN_SIDE <= value <= MAX_SIDE:
            raise EngineError(name, f"must be between {MIN_SIDE} and {MAX_SIDE} pixels, got {value}")
    if width is not None and height is not None:
        memory.check_image_size(width, height)  # before anything is computed
    if args.size is None:
        return ImageSize(width, height)
    if width is not None or height is not None:
        raise EngineError("size", "give either --size or --width/--height")
    p = preset(args.size)
    return ImageSize(p.width, p.height, p.scale)


def max_image_points(args: argparse.Namespace, panels: int, fmt: str | None = None) -> int | None:
    """The most x points an image of ``panels`` panels can show: 2 per horizontal pixel of a panel; None for a CSV
    (``fmt``: the format when ``--out`` is a folder, as with ``--session``)."""
    if (fmt or output_format(Path(args.out))) == "csv":
        return None
    size = image_size(args)
    natural_height = 50 + PANEL_HEIGHT * panels  # as gui.export.size.default_size, before the figure exists
    width = size.width or (round(size.height * DEFAULT_WIDTH / natural_height) if size.height else DEFAULT_WIDTH)
    height = size.height or round(width * natural_height / DEFAULT_WIDTH)
    return image_points(panels, width, height)


def split_param(text: str) -> tuple[int | None, str, str]:
    """``"3:negative_slope=0.1"`` -> ``(3, "negative_slope", "0.1")``; the index is optional."""
    index = None
    head, sep, value = text.partition("=")
    if not sep or not head:
        raise EngineError("param", f"expected NAME=VALUE or INDEX:NAME=VALUE, got {text!r}")
    if ":" in head:
        idx, _, head = head.partition(":")
        try:  # not str.isdigit(): it accepts "²", which int() cannot read (ASCII and full-width digits only)
            index = int(parse_number(idx, "param", whole=True))
        except EngineError:
            index = 0
        if index < 1:
            raise EngineError("param", f"the index before ':' must be 1 or more, got {idx!r}")
    return index, head.strip(), value


def activation_params(ids: list[str], assignments: list[str]) -> list[dict]:
    """Per-curve parameter dicts from ``--param`` flags (typed by each registry entry or formula).

    An indexed flag sets one curve; an unindexed one sets every curve that has the
    parameter and is an error if none has it.
    """
    acts = [engine.resolve_activation(i) for i in ids]
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


T = TypeVar("T")

#: A state's field path as the command line names it (its flag), where the two differ.
FLAG_NAMES = {"x_range[0]": "x_min", "x_range[1]": "x_max"}


def state_or_refusal(build: Callable[[], T]) -> T:
    """``build()``, a state built from the flags; its StateError becomes the EngineError the command line prints,
    naming the flag."""
    try:
        return build()
    except StateError as exc:
        raise EngineError(FLAG_NAMES.get(exc.where, exc.where), exc.message) from None
