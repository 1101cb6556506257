"""What a trained network computes, drawn on a grid: the decision map, each unit's map, the hidden space.

Plain results for :meth:`engine.training.Trainer.snapshot`. The map grid holds cell centres
of an ``n × n`` raster over [-6, 6]², row 0 at x₂ = -6 and column 0 at x₁ = -6 (a plot's
"lower" origin), so an image of ``n × n`` cells on the rectangle (-6, -6, 12, 12) puts every
value at its point. The hidden space is ConvNetJS's view: the data and the input grid's
lines as two hidden units of one layer see them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np

from engine.datasets import DOMAIN, Data
from engine.errors import EngineError

MIN_MAP, MAX_MAP, DEFAULT_MAP = 10, 400, 100
GRID_LINES = 13  # lines of the warped input grid per direction (one per unit step over [-6, 6])
LINE_SAMPLES = 121  # points along each line


@dataclass(frozen=True)
class View:
    """What a snapshot draws: the map's cells per side, the units' maps, and (optionally) a hidden space.

    ``hidden_layer`` (1 = the first hidden layer; 0 = none) and ``hidden_units`` (two units of
    that layer, counted from 1; the same unit twice is allowed for a layer of one unit).
    """

    map_size: int = DEFAULT_MAP
    units: bool = True
    hidden_layer: int = 0
    hidden_units: tuple[int, int] = (1, 2)

    def checked(self, hidden: tuple[int, ...]) -> View:
        """This view for a network with ``hidden`` units per layer, or EngineError naming the field."""
        size = self.map_size
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or not MIN_MAP <= size <= MAX_MAP:
            raise EngineError("map_size", f"expected a whole number from {MIN_MAP} to {MAX_MAP}, got {size!r}")
        layer = self.hidden_layer
        if isinstance(layer, bool) or not isinstance(layer, (int, np.integer)) or not 0 <= layer <= len(hidden):
            raise EngineError("hidden_layer", f"expected 0 (none) to {len(hidden)}, got {layer!r}")
        if layer:
            units = tuple(self.hidden_units)
            width = hidden[layer - 1]
            if len(units) != 2 or any(isinstance(u, bool) or not isinstance(u, (int, np.integer)) for u in units):
                raise EngineError("hidden_units", f"expected two unit numbers, got {self.hidden_units!r}")
            if not all(1 <= u <= width for u in units):
                raise EngineError("hidden_units", f"layer {layer} has units 1 to {width}, got {units[0]} and {units[1]}")
            return replace(self, map_size=int(size), hidden_layer=int(layer), hidden_units=(int(units[0]), int(units[1])))
        return replace(self, map_size=int(size))


@dataclass(frozen=True)
class HiddenSpace:
    """The data and the input grid as hidden units ``units`` of hidden layer ``layer`` see them."""

    layer: int
    units: tuple[int, int]
    points: np.ndarray  # (n, 2): (h_a, h_b) of every point, in the order of Data.xy
    labels: np.ndarray  # (n,) 0/1
    train: np.ndarray  # (n,) bool
    lines: np.ndarray  # (2·GRID_LINES, LINE_SAMPLES, 2): lines x₁ = c, then x₂ = c, mapped to (h_a, h_b)


@dataclass(frozen=True)
class Snapshot:
    """The network's output and hidden units on the map grid after ``epoch`` epochs."""

    epoch: int
    size: int
    output: np.ndarray  # (size, size): tanh or sigmoid output, row 0 at x₂ = -6
    units: tuple[np.ndarray, ...]  # per hidden layer, (units, size, size) of that layer's outputs; empty if not asked
    hidden: HiddenSpace | None
    levels: tuple[float, float]  # the output's range: (-1, 1) for tanh, (0, 1) for sigmoid; the boundary is its middle
    extent: tuple[float, float, float, float] = (-DOMAIN, -DOMAIN, 2 * DOMAIN, 2 * DOMAIN)  # (x, y, w, h) of the raster

    @property
    def threshold(self) -> float:
        return 0.5 * (self.levels[0] + self.levels[1])


def map_grid(size: int) -> np.ndarray:
    """(size², 2) cell centres, x₁ fastest: point ``row * size + col`` is row ``row`` (from x₂ = -6), column ``col``."""
    centres = -DOMAIN + (np.arange(size) + 0.5) * (2 * DOMAIN / size)
    x1, x2 = np.meshgrid(centres, centres, indexing="xy")
    return np.stack([x1.ravel(), x2.ravel()], axis=1)


def grid_lines() -> np.ndarray:
    """(2·GRID_LINES, LINE_SAMPLES, 2) points of the input grid: vertical lines x₁ = c, then horizontal x₂ = c."""
    levels = np.linspace(-DOMAIN, DOMAIN, GRID_LINES)
    along = np.linspace(-DOMAIN, DOMAIN, LINE_SAMPLES)
    vertical = np.stack(np.broadcast_arrays(levels[:, None], along[None, :]), axis=-1)
    return np.concatenate([vertical, vertical[..., ::-1]])


def hidden_space(view: View, data: Data, units_of: Callable[[np.ndarray], np.ndarray]) -> HiddenSpace:
    """Build the view with ``units_of(xy) -> (n, 2)``, the chosen units' outputs at points ``xy``."""
    lines = grid_lines()
    mapped = units_of(np.concatenate([data.xy, lines.reshape(-1, 2)]))
    n = len(data.xy)
    return HiddenSpace(view.hidden_layer, view.hidden_units, mapped[:n], data.labels, data.train, mapped[n:].reshape(lines.shape))
