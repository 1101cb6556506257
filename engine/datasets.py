"""The registry of 2-D classification datasets and input features for the training lesson.

Every dataset lies in the square [-6, 6]² with labels 0 and 1 and is generated as
TensorFlow Playground generates it (``dataset.ts``), from its own seeded
``numpy.random.Generator`` (never the global RNG), so the same seed gives the same
points on every machine. Noise and the train ratio are percentages, as on
Playground's sliders. Points a user placed (or loaded from a CSV ``x1,x2,label``)
go through the same train/test split. :data:`FEATURES` lists the inputs the network
may see (x1, x2, x1², ...), each computed with torch so data and map grids agree.

Strings are English source text; the GUI translates them (context ``"engine"``).
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch

from engine.errors import EngineError, clipped
from engine.initializers import check_seed
from engine.regression_data import ENTRIES as REGRESSION_ENTRIES
from userfiles import read_regular

DOMAIN = 6.0  # every point lies in [-DOMAIN, DOMAIN]²
MIN_SAMPLES, MAX_SAMPLES, DEFAULT_SAMPLES = 10, 5000, 500
#: The largest points CSV read: 5,000 rows of three full-precision numbers are under 0.4 MB, so room to spare.
MAX_CSV_BYTES = 2_000_000
MAX_NOISE = 50.0  # percent
MIN_RATIO, MAX_RATIO, DEFAULT_RATIO = 10.0, 90.0, 50.0  # percent of the points used for training
CSV_HEADER = ("x1", "x2", "label")
CURVE_CSV_HEADER = ("x", "y")  # a 1-D curve's own points: x and its target

Generate = Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class Dataset:
    """One way to draw ``n`` labelled points; ``generate(n, noise, rng)`` with noise in [0, 0.5]."""

    id: str
    name: str
    description: str
    generate: Generate
    regression: bool = False  # float targets in ``labels``, squared error (engine.regression_data)
    inputs: int = 2  # 1: a curve y = g(x₁) (x₂ is 0)
    #: A regression target as legends and captions write it (y = ...): the scaled form the data follows.
    target: str = ""


def _halves(n: int) -> tuple[int, int]:
    return n - n // 2, n // 2  # (class 1, class 0)


def _circle(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Playground's classifyCircleData: class 1 in the disc r < 2.5, class 0 in the ring 3.5 < r < 5.
    # Noise moves the point the label is judged at, not the point drawn, so labels near the gap flip.
    radius = 5.0
    inner, outer = _halves(n)
    r = np.concatenate([rng.uniform(0.0, 0.5 * radius, inner), rng.uniform(0.7 * radius, radius, outer)])
    angle = rng.uniform(0.0, 2 * math.pi, n)
    xy = np.stack([r * np.sin(angle), r * np.cos(angle)], axis=1)
    shifted = xy + rng.uniform(-radius, radius, (n, 2)) * noise
    labels = (np.hypot(shifted[:, 0], shifted[:, 1]) < 0.5 * radius).astype(np.int64)
    return xy, labels


def _xor(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Playground's classifyXORData: uniform in ±[0.3, 5.3] on each axis, class 1 where x1·x2 ≥ 0.
    xy = rng.uniform(-5.0, 5.0, (n, 2))
    xy += np.where(xy > 0, 0.3, -0.3)
    shifted = xy + rng.uniform(-5.0, 5.0, (n, 2)) * noise
    labels = (shifted[:, 0] * shifted[:, 1] >= 0).astype(np.int64)
    return xy, labels


def _gauss(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Playground's classifyTwoGaussData draws around (2, 2) and (-2, -2) with variance 0.5 to 4 as
    # the noise goes from 0 to 50 %. The variance here starts at 0.1 instead: the clusters then lie
    # 2√2/√0.1 ≈ 9 standard deviations from the line x1 + x2 = 0, so noise 0 is separable for any
    # seed (with 0.5 a point crosses it in about one run in 60 of 500 points).
    variance = 0.1 + (4.0 - 0.1) * noise / 0.5
    pos, neg = _halves(n)
    centres = np.concatenate([np.full((pos, 2), 2.0), np.full((neg, 2), -2.0)])
    xy = centres + rng.normal(0.0, math.sqrt(variance), (n, 2))
    labels = np.concatenate([np.ones(pos, np.int64), np.zeros(neg, np.int64)])
    return xy, labels


def _spiral(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # Playground's classifySpiralData: two arms of 1.75 turns out to radius 5, the second turned by π.
    arms = []
    for count, delta, label in ((_halves(n)[0], 0.0, 1), (_halves(n)[1], math.pi, 0)):
        i = np.arange(count)
        r = i / max(count, 1) * 5.0
        t = 1.75 * i / max(count, 1) * 2 * math.pi + delta
        xy = np.stack([r * np.sin(t), r * np.cos(t)], axis=1) + rng.uniform(-1.0, 1.0, (count, 2)) * noise
        arms.append((xy, np.full(count, label, np.int64)))
    return np.concatenate([a[0] for a in arms]), np.concatenate([a[1] for a in arms])


def _moons(n: int, noise: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    # scikit-learn's make_moons (two interleaved half circles of radius 1), scaled by 2.5 and centred;
    # noise is Gaussian with std 2.5·noise (0.5 at 50 %, sklearn's usual noise=0.2 in unit terms).
    upper, lower = _halves(n)
    t1, t0 = rng.uniform(0.0, math.pi, upper), rng.uniform(0.0, math.pi, lower)
    moon1 = np.stack([np.cos(t1), np.sin(t1)], axis=1)
    moon0 = np.stack([1.0 - np.cos(t0), 0.5 - np.sin(t0)], axis=1)
    xy = (np.concatenate([moon1, moon0]) - [0.5, 0.25]) * 2.5 + rng.normal(0.0, 2.5 * noise, (n, 2))
    labels = np.concatenate([np.ones(upper, np.int64), np.zeros(lower, np.int64)])
    return xy, labels


_ENTRIES = (
    Dataset("circle", "Circle", "one class in a disc (r < 2.5), the other in a ring around it (3.5 < r < 5)", _circle),
    Dataset("xor", "Exclusive or", "class 1 where x1 and x2 have the same sign", _xor),
    Dataset("gauss", "Two Gaussians", "two round clusters around (2, 2) and (-2, -2)", _gauss),
    Dataset("spiral", "Spiral", "two interleaved spiral arms", _spiral),
    Dataset("moons", "Two moons", "two interleaved half circles", _moons),
    *(Dataset(key, name, text, make, True, inputs, target) for key, name, text, make, inputs, target in REGRESSION_ENTRIES),
)

DATASETS: dict[str, Dataset] = {d.id: d for d in _ENTRIES}


def get_dataset(dataset_id: str) -> Dataset:
    try:
        return DATASETS[dataset_id]
    except KeyError:
        raise EngineError("dataset", f"unknown dataset {clipped(dataset_id)} (choose {', '.join(DATASETS)})") from None


# ---- input features -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Feature:
    """One input the network may see, computed from the point's coordinates."""

    id: str
    name: str
    fn: Callable[[torch.Tensor, torch.Tensor], torch.Tensor]  # fn(x1, x2)


_FEATURES = (
    Feature("x1", "x₁", lambda x1, x2: x1),
    Feature("x2", "x₂", lambda x1, x2: x2),
    Feature("x1_squared", "x₁²", lambda x1, x2: x1 * x1),
    Feature("x2_squared", "x₂²", lambda x1, x2: x2 * x2),
    Feature("x1_times_x2", "x₁x₂", lambda x1, x2: x1 * x2),
    Feature("sin_x1", "sin(x₁)", lambda x1, x2: torch.sin(x1)),
    Feature("sin_x2", "sin(x₂)", lambda x1, x2: torch.sin(x2)),
)

FEATURES: dict[str, Feature] = {f.id: f for f in _FEATURES}
DEFAULT_FEATURES = ("x1", "x2")


def checked_features(ids: str | Iterable[str]) -> tuple[str, ...]:
    """The feature ids in registry order, or EngineError naming ``features``."""
    if isinstance(ids, str):
        ids = (ids,)
    chosen = tuple(ids)
    unknown = [i for i in chosen if i not in FEATURES]
    if unknown:
        raise EngineError("features", f"unknown feature {clipped(unknown[0])} (choose {', '.join(FEATURES)})")
    if not chosen:
        raise EngineError("features", "choose at least one input feature")
    if len(set(chosen)) != len(chosen):
        raise EngineError("features", "a feature is listed twice")
    return tuple(f for f in FEATURES if f in chosen)


def feature_matrix(xy: torch.Tensor, ids: tuple[str, ...]) -> torch.Tensor:
    """(n, len(ids)) inputs of the network for points ``xy`` of shape (n, 2)."""
    x1, x2 = xy[:, 0], xy[:, 1]
    return torch.stack([FEATURES[i].fn(x1, x2) for i in ids], dim=1)


# ---- points and the split -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Points:
    """Labelled points: ``xy`` of shape (n, 2) in [-6, 6]², ``labels`` of 0 and 1."""

    xy: np.ndarray
    labels: np.ndarray


@dataclass(frozen=True, eq=False)
class Data:
    """Points with their train/test split (``train[i]``: point i is a training point)."""

    xy: np.ndarray  # (n, 2) float64
    labels: np.ndarray  # (n,) int64, 0 or 1 (a regression dataset: float64 targets)
    train: np.ndarray  # (n,) bool

    @property
    def x_train(self) -> np.ndarray:
        chosen: np.ndarray = self.xy[self.train]
        return chosen

    @property
    def y_train(self) -> np.ndarray:
        chosen: np.ndarray = self.labels[self.train]
        return chosen


def is_curve_dataset(dataset: str) -> bool:
    """Whether ``dataset`` is a 1-D regression curve (y = g(x)): the user's points there are (x, target)."""
    entry = get_dataset(dataset)
    return entry.regression and entry.inputs == 1


def checked_points(points: Points, targets: bool = False) -> Points:
    """``points`` as float64/int64 arrays (``targets``: float64 regression targets, any finite value), or
    EngineError naming ``points``."""
    xy = np.asarray(points.xy, dtype=np.float64)
    labels = np.asarray(points.labels)
    if xy.ndim != 2 or xy.shape[1] != 2 or labels.shape != (xy.shape[0],):
        raise EngineError("points", f"expected (n, 2) coordinates and n labels, got {xy.shape} and {labels.shape}")
    if not 1 <= len(xy) <= MAX_SAMPLES:
        raise EngineError("points", f"needs 1 to {MAX_SAMPLES:,} points, got {len(xy):,}")
    if not np.all(np.isfinite(xy)) or np.any(np.abs(xy) > DOMAIN):
        raise EngineError("points", f"every coordinate must lie in [-{DOMAIN:g}, {DOMAIN:g}]")
    if targets:
        if labels.dtype.kind not in "biuf" or not np.all(np.isfinite(labels)):
            raise EngineError("points", "targets must be finite numbers")
        return Points(xy, labels.astype(np.float64))
    if not np.all(np.isin(labels, (0, 1))):
        raise EngineError("points", "labels must be 0 or 1")
    return Points(xy, labels.astype(np.int64))


def _percent(name: str, value: object, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or not lo <= value <= hi:
        raise EngineError(name, f"expected a percentage from {lo:g} to {hi:g}, got {value!r}")
    return float(value)


def split(points: Points, train_ratio: float = DEFAULT_RATIO, seed: int = 0, targets: bool = False) -> Data:
    """Shuffle ``points`` with ``seed`` and take ``train_ratio`` percent (at least one) for training (``targets``:
    float regression targets, :func:`checked_points`)."""
    return _split(checked_points(points, targets), train_ratio, seed)


def _split(pts: Points, train_ratio: float, seed: int) -> Data:
    ratio = _percent("train_ratio", train_ratio, MIN_RATIO, MAX_RATIO)
    rng = np.random.default_rng([check_seed(seed), 1])
    n = len(pts.xy)
    n_train = min(max(round(n * ratio / 100.0), 1), n)
    train = np.zeros(n, dtype=bool)
    train[rng.permutation(n)[:n_train]] = True
    return Data(pts.xy, pts.labels, train)


def make_data(
    dataset: str = "circle",
    samples: int = DEFAULT_SAMPLES,
    noise: float = 0.0,
    train_ratio: float = DEFAULT_RATIO,
    seed: int = 0,
) -> Data:
    """``samples`` points of ``dataset`` with ``noise`` percent (0–50), split ``train_ratio`` percent for training."""
    entry = get_dataset(dataset)
    if isinstance(samples, bool) or not isinstance(samples, (int, np.integer)) or not MIN_SAMPLES <= samples <= MAX_SAMPLES:
        raise EngineError("samples", f"expected a whole number from {MIN_SAMPLES} to {MAX_SAMPLES:,}, got {samples!r}")
    level = _percent("noise", noise, 0.0, MAX_NOISE) / 100.0
    seed = check_seed(seed)
    xy, labels = entry.generate(int(samples), level, np.random.default_rng([seed, 0]))
    return _split(Points(np.clip(xy, -DOMAIN, DOMAIN), labels), train_ratio, seed)  # generated: no check needed


def points_rows(points: Points | None) -> list[list[float | int]] | None:
    """``points`` as JSON holds them (a session file): ``[[x1, x2, label], ...]``, plain numbers (float regression
    targets stay floats); None stays None."""
    if points is None:
        return None
    cast = float if np.asarray(points.labels).dtype.kind == "f" else int
    return [[x, y, cast(label)] for (x, y), label in zip(points.xy.tolist(), points.labels.tolist(), strict=True)]


def points_from_rows(rows: Iterable[Iterable[float]], targets: bool = False) -> Points:
    """The :class:`Points` of :func:`points_rows`' rows (already checked: numbers, labels 0 or 1, or with
    ``targets`` float regression targets)."""
    array = np.asarray(rows, dtype=np.float64).reshape(-1, 3)
    return Points(array[:, :2], array[:, 2] if targets else array[:, 2].astype(np.int64))


# ---- CSV ------------------------------------------------------------------------------------------------


def _csv_rows(text: str, header: tuple[str, ...], what: str) -> list[tuple[int, list[str]]]:
    """(line number, cells) of every non-empty row but an optional header; at most :data:`MAX_SAMPLES`."""
    rows: list[tuple[int, list[str]]] = []
    for number, row in enumerate(csv.reader(io.StringIO(text)), start=1):
        if not any(c.strip() for c in row):
            continue
        if not rows and [c.strip().lower() for c in row] == list(header):
            continue  # the header
        rows.append((number, row))
        if len(rows) > MAX_SAMPLES:
            raise EngineError("csv", f"more than {MAX_SAMPLES:,} points (line {number}); the most is {MAX_SAMPLES:,}")
    if not rows:
        raise EngineError("csv", f"no points in the file (expected rows of {what})")
    return rows


def _cell(number: int, name: str, cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        raise EngineError(f"line {number}, {name}", f"expected a number, got {cell.strip()!r}") from None


def parse_points_csv(text: str) -> Points:
    """Points from CSV text ``x1,x2,label`` (header optional; labels 0/1 or -1/1, as Playground writes them).

    EngineError names the line and the column of the first bad value. Reading stops at the first row past
    :data:`MAX_SAMPLES` points (a million rows are refused in a moment, not parsed first).
    """
    rows = _csv_rows(text, CSV_HEADER, "x1,x2,label")
    xy, raw = np.empty((len(rows), 2)), np.empty(len(rows))
    for k, (number, row) in enumerate(rows):
        if len(row) != 3:
            hint = " (a curve's x,y points: choose a curve dataset to load them)" if len(row) == 2 else ""
            raise EngineError(f"line {number}", f"expected 3 values x1,x2,label, got {len(row)}{hint}")
        for column, (name, cell) in enumerate(zip(CSV_HEADER, row, strict=True)):
            value = _cell(number, name, cell)
            if name == "label":
                if value not in (-1.0, 0.0, 1.0):
                    raise EngineError(f"line {number}, label", f"expected 0 or 1 (or -1 and 1), got {cell.strip()!r}")
                raw[k] = value
            elif not (math.isfinite(value) and abs(value) <= DOMAIN):
                raise EngineError(f"line {number}, {name}", f"{cell.strip()} is outside [-{DOMAIN:g}, {DOMAIN:g}]")
            else:
                xy[k, column] = value
    if -1.0 in raw and 0.0 in raw:
        raise EngineError("label", "labels mix -1 and 0: use 0/1 or -1/1")
    return Points(xy, (raw > 0).astype(np.int64))


def parse_curve_csv(text: str) -> Points:
    """A 1-D curve's own points from CSV text ``x,y`` (header optional): x in [-6, 6], y any finite target; as
    :class:`Points` (x, 0) with float targets. A file of three columns (a classification file's ``x1,x2,label``) is
    refused, naming its line: its labels are classes, not targets."""
    rows = _csv_rows(text, CURVE_CSV_HEADER, "x,y")
    xy, targets = np.zeros((len(rows), 2)), np.empty(len(rows))
    for k, (number, row) in enumerate(rows):
        if len(row) != 2:
            hint = " (x1,x2,label: classes, not targets; choose a classification dataset to load them)" if len(row) == 3 else ""
            raise EngineError(f"line {number}", f"expected 2 values x,y, got {len(row)}{hint}")
        x, y = _cell(number, "x", row[0]), _cell(number, "y", row[1])
        if not (math.isfinite(x) and abs(x) <= DOMAIN):
            raise EngineError(f"line {number}, x", f"{row[0].strip()} is outside [-{DOMAIN:g}, {DOMAIN:g}]")
        if not math.isfinite(y):
            raise EngineError(f"line {number}, y", f"expected a finite number, got {row[1].strip()!r}")
        xy[k, 0], targets[k] = x, y
    return Points(xy, targets)


def load_points_csv(path: str | Path, curve: bool = False) -> Points:
    """:func:`parse_points_csv` (``curve``: :func:`parse_curve_csv`) of a file; EngineError naming ``csv`` when it
    cannot be read, is larger than :data:`MAX_CSV_BYTES` (refused after reading that much, never more: ``/dev/zero``
    once ran out of memory), or is not a regular file (a FIFO or a device is refused without waiting on it)."""
    try:
        raw = read_regular(path, MAX_CSV_BYTES)
        if len(raw) > MAX_CSV_BYTES:
            raise EngineError(
                "csv", f"{path} is larger than {MAX_CSV_BYTES // 1_000_000} MB: too large for {MAX_SAMPLES:,} points"
            )
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EngineError("csv", f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_curve_csv(text) if curve else parse_points_csv(text)


def points_csv(points: Points) -> str:
    """CSV text of ``points`` that :func:`parse_points_csv` reads back exactly."""
    lines = [",".join(CSV_HEADER)]
    lines += [f"{x!r},{y!r},{int(label)}" for (x, y), label in zip(points.xy.tolist(), points.labels.tolist(), strict=True)]
    return "\n".join(lines) + "\n"
