"""The CSV of a figure: one table built from a :class:`FigureSpec`, for File > Export and the command line alike.

The column dialect (documented in the README):

* Series on one x grid share one x column, named by the panel's ``x_column`` (else its x
  label: ``x``, ``layer``, ``epoch``). A histogram's grid is its bins: ``bin_left,bin_right``.
* Each series writes ``count`` (a histogram's raw counts, if given), its y values under its
  ``column`` name, then its ``extra`` columns. When the table holds series of more than one
  ``group`` (several curves), each name is prefixed: ``gelu_f``, ``leaky_relu_f``.
* A group's columns stay together, groups in the order they first appear; within a group the
  figure's ``column_order`` comes first, then the panels' order.
* Series on another grid start a new block to the right; shorter blocks are padded with
  empty cells. A name that repeats gets `` (2)``, `` (3)``… after the first. A heat map adds
  ``<label> x``, ``<label> y``, ``<label> value`` (one row per cell; the image's ``columns`` name
  them instead when given; centres that are whole numbers are written as integers). An image with
  ``by_column`` is written as a matrix instead: one column per image column, on its rows' grid
  (a vector activation: ``i,x,y,dy_i/dx_1,dy_i/dx_2,…``).
* Series without a ``column`` are named from their label (and the panel's y label).

So one activation gives ``x,f,df,d2f``; a weight histogram ``bin_left,bin_right,count,density,pdf``;
a depth run ``layer,act_mean,act_std,grad_act_std,grad_weight_std``. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.errors import EngineError
from engine.tables import csv_text
from figures.spec import FigureSpec, Image, Panel, Series

HISTOGRAM_X = ("bin_left", "bin_right")

#: One CSV column: numbers, or a list with None for the empty cells below a shorter column.
Column = np.ndarray | list[Any]


@dataclass
class _Block:
    """Columns sharing one x grid (or one set of bins)."""

    x_names: list[str]
    x_columns: list[Column]
    entries: list[tuple[int, str, str, Column]] = field(default_factory=list)  # (group rank, group, name, values)


def ascii_name(text: str) -> str:
    """A label as a plain column name: primes spelled ``'``, one line."""
    return text.replace("″", "''").replace("′", "'").replace("\n", " ").strip()


def _fallback_names(spec: FigureSpec, entries: list[tuple[Panel, Series]]) -> list[str]:
    names = []
    for panel, s in entries:
        what = panel.y_label or panel.title
        parts = [p for p in (s.label, what if len(spec.panels) > 1 or not s.label else "") if p]
        names.append(ascii_name(" ".join(parts)) or "y")
    return names


def _grid_key(series: Series) -> tuple[str, np.ndarray]:
    return ("histogram" if series.kind == "histogram" else "points", np.asarray(series.x))


def _same_grid(a: tuple[str, np.ndarray], b: tuple[str, np.ndarray]) -> bool:
    return a[0] == b[0] and a[1].shape == b[1].shape and bool(np.array_equal(a[1], b[1]))


def figure_table(spec: FigureSpec) -> tuple[list[str], list[Column]]:
    """The header and columns of ``spec``'s CSV (columns of unequal length are padded with None)."""
    if not isinstance(spec, FigureSpec):
        raise EngineError("figure", f"expected a FigureSpec, got {type(spec).__name__}")
    entries = [(panel, s) for panel in spec.panels if panel.tabulate for s in panel.series if s.tabulate]
    images = [(panel, panel.image) for panel in spec.panels if panel.tabulate and panel.image is not None]
    entries += [(panel, s) for panel, image in images if image.by_column for s in _matrix_series(image)]
    images = [(panel, image) for panel, image in images if not image.by_column]
    if not entries and not images:
        raise EngineError("figure", "the figure has no data to export")
    fallback = _fallback_names(spec, entries)
    groups = list(dict.fromkeys(s.group for _, s in entries if s.group))
    prefixed = len(groups) > 1
    order = {name: i for i, name in enumerate(spec.column_order)}

    blocks: list[tuple[tuple[str, np.ndarray], _Block]] = []
    for (panel, s), default_name in zip(entries, fallback, strict=True):
        x = np.asarray(s.x)
        y = np.asarray(s.y)
        if s.kind == "histogram" and x.size != y.size + 1:
            raise EngineError(f"series {s.label!r}", "a histogram needs one more bin edge than counts")
        key = _grid_key(s)
        block = next((b for k, b in blocks if _same_grid(k, key)), None)
        if block is None:
            if s.kind == "histogram":
                block = _Block(list(HISTOGRAM_X), [x[:-1], x[1:]])
            else:
                block = _Block([panel.x_column or ascii_name(panel.x_label) or "x"], [x])
            blocks.append((key, block))
        rank = groups.index(s.group) if s.group else len(groups)
        prefix = f"{s.group}_" if prefixed and s.group else ""
        if s.counts is not None:
            block.entries.append((rank, s.group, prefix + "count", s.counts))
        block.entries.append((rank, s.group, prefix + (s.column or default_name), y))
        for name, values in s.extra.items():
            block.entries.append((rank, s.group, prefix + name, values))

    header: list[str] = []
    columns: list[Column] = []
    for _, block in blocks:
        header += block.x_names
        columns += block.x_columns

        def base(name: str, group: str) -> str:
            return name[len(group) + 1 :] if prefixed and group and name.startswith(f"{group}_") else name

        ranked = sorted(block.entries, key=lambda e: (e[0], order.get(base(e[2], e[1]), len(order))))
        header += [name for _, _, name, _ in ranked]
        columns += [values for _, _, _, values in ranked]
    for panel, image in images:
        label = ascii_name(image.label or panel.title or "image")
        values = np.asarray(image.values, dtype=np.float64)
        rows, cols = values.shape
        x0, y0, w, h = image.rect
        gx, gy = np.meshgrid(x0 + (np.arange(cols) + 0.5) * w / cols, y0 + (np.arange(rows) + 0.5) * h / rows)
        header += list(image.columns) if len(image.columns) == 3 else [f"{label} x", f"{label} y", f"{label} value"]
        columns += [_whole_if_whole(gx.ravel()), _whole_if_whole(gy.ravel()), values.ravel()]
    return _unique(header), _padded(columns)


def _matrix_series(image: Image) -> list[Series]:
    """An image written as a matrix: one series per image column, at the rows' centres (whole numbers as integers)."""
    values = np.asarray(image.values, dtype=np.float64)
    rows, cols = values.shape
    _, y0, _, h = image.rect
    centres = _whole_if_whole(y0 + (np.arange(rows) + 0.5) * h / rows)
    return [Series("", centres, values[:, j], column=image.by_column.format(j + 1)) for j in range(cols)]


def _whole_if_whole(values: np.ndarray) -> np.ndarray:
    """Cell centres that are whole numbers (a matrix's indices) as integers: the CSV writes 1, 2, 3."""
    rounded = np.round(values)
    return rounded.astype(np.int64) if np.all(np.isfinite(values)) and np.array_equal(rounded, values) else values


def _unique(header: list[str]) -> list[str]:
    """Repeated names get `` (2)``, `` (3)``… in order; the first keeps its name."""
    seen: dict[str, int] = {}
    out = []
    for name in header:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _padded(columns: list[Column]) -> list[Column]:
    length = max(len(c) for c in columns)
    return [c if len(c) == length else list(c) + [None] * (length - len(c)) for c in columns]


def figure_csv_text(spec: FigureSpec) -> str:
    """``spec``'s CSV text (see the module docstring for the columns); full float64 precision."""
    return csv_text(*figure_table(spec))
