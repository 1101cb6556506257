"""What every headless command shares: exit codes, the output format, parameter parsing, the Export result."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import engine
from engine.errors import EngineError
from engine.initializers import get_initializer
from gui.figures.spec import FigureSpec

EXIT_OK, EXIT_BAD_INPUT = 0, 2
IMAGE_FORMATS = ("png", "svg", "pdf")
OUTPUT_FORMATS = ("csv",) + IMAGE_FORMATS


@dataclass
class Export:
    """What an export kind computed, before anything is written.

    ``figure`` gives the CSV (its table) or the image; ``notes`` go to stderr; ``files`` are
    more files to write beside ``--out`` (path -> text, e.g. ``--stats`` JSON);
    ``pixel_width=False`` when ``--width`` meant something else (the depth network's width).
    """

    figure: FigureSpec
    notes: list[str] = field(default_factory=list)
    files: dict[Path, str] = field(default_factory=dict)
    pixel_width: bool = True


def output_format(out: Path) -> str:
    """``"csv"``, ``"png"``, ``"svg"`` or ``"pdf"`` from the file's extension, else EngineError."""
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in OUTPUT_FORMATS:
        raise EngineError(
            "out", f"unsupported format {out.suffix or '(none)'!r}: use " + ", ".join(f".{f}" for f in OUTPUT_FORMATS)
        )
    return fmt


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
