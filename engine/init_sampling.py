"""Drawing weights with PyTorch and binning them: the sampling half of the initialiser registry.

:func:`sample` fills a tensor of a chosen shape with a seed and summarises it;
:func:`histogram` bins the values over the sample's own range, with the theoretical
density at each bin centre and the theory's point masses.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from engine.devices import run_placed
from engine.errors import EngineError
from engine.init_registry import Initializer, check_seed, checked_init_params
from engine.init_theory import Theory, fans

MAX_BINS = 10_000


@dataclass(frozen=True)
class InitSample:
    """A weight tensor drawn by PyTorch (flattened) with its summary and theory."""

    init: str
    params: dict[str, Any]
    shape: tuple[int, ...]
    seed: int
    values: np.ndarray  # flattened, in the sampling dtype
    mean: float
    std: float  # of the sampled values (population std, ddof = 0)
    min: float
    max: float
    zero_fraction: float
    fan_in: int
    fan_out: int
    gain: float | None
    theory: Theory
    device: str
    dtype: str
    fallback_reason: str | None = None

    @property
    def count(self) -> int:
        return int(self.values.size)


def _fill(
    entry: Initializer, values: dict[str, Any], dims: tuple[int, ...], seed: int, dev: torch.device, tdtype: torch.dtype
) -> torch.Tensor:
    tensor = torch.empty(dims, dtype=tdtype, device=dev)
    gen = torch.Generator(device=dev).manual_seed(seed)
    cuda = [dev.index or 0] if dev.type == "cuda" else []
    with torch.random.fork_rng(devices=cuda), torch.no_grad():  # sparse_ and the layer defaults use the global RNG
        torch.manual_seed(seed)
        entry.fn(tensor, gen, **values)
    return tensor


def fill(
    init_id: str, tensor: torch.Tensor, params: Mapping[str, Any] | None = None, generator: torch.Generator | None = None
) -> torch.Tensor:
    """Fill an existing weight ``tensor`` in place with ``init_id`` (used by the depth experiment)."""
    entry, values, _ = checked_init_params(init_id, params, tuple(tensor.shape))
    with torch.no_grad():
        entry.fn(tensor, generator, **values)
    return tensor


SAMPLE_DTYPES = ("float32", "float64")  # the precisions weights are drawn in (what layers are trained in)


_CHUNK = 1 << 20  # values per float64 block in summarize (8 MiB; few blocks: each numpy call may wait for the GIL)


def summarize(values: np.ndarray) -> tuple[float, float, float, float, float]:
    """Mean, population std (ddof 0), min, max and share of zeros of ``values``, summed in float64.

    Two passes, as ``torch.std`` does (a constant tensor has std exactly 0), with the deviations
    squared block by block in a float64 buffer of at most 8 MiB: no float64 copy of a 1e7-value
    tensor, and no multi-threaded reductions (on a busy 2-core laptop those stall for milliseconds).
    """
    n = values.size
    mean = float(values.mean(dtype=np.float64))
    block = np.empty(min(n, _CHUNK), dtype=np.float64)
    squares = 0.0
    for start in range(0, n, _CHUNK):
        part = block[: min(_CHUNK, n - start)]
        np.subtract(values[start : start + _CHUNK], mean, out=part, dtype=np.float64)
        squares += float(np.dot(part, part))
    return mean, math.sqrt(squares / n), float(values.min()), float(values.max()), 1.0 - np.count_nonzero(values) / n


def sample(
    init_id: str,
    shape: Sequence[int],
    params: Mapping[str, Any] | None = None,
    seed: int = 0,
    device: str = "cpu",
    dtype: str = "float32",
) -> InitSample:
    """Fill a weight of ``shape`` with ``init_id`` (seeded) and summarise the values."""
    entry, values, dims = checked_init_params(init_id, params, shape)
    seed = check_seed(seed)
    if dtype not in SAMPLE_DTYPES:
        raise EngineError("dtype", f"sampling supports {' and '.join(SAMPLE_DTYPES)}, got {dtype!r}")
    fan_in, fan_out = fans(dims)

    def compute(dev: torch.device, tdtype: torch.dtype) -> np.ndarray:
        return _fill(entry, values, dims, seed, dev, tdtype).reshape(-1).cpu().numpy()

    flat, placement = run_placed(device, dtype, compute)
    mean, std, lo, hi, zeros = summarize(flat)
    return InitSample(
        entry.id,
        values,
        dims,
        seed,
        flat,
        mean,
        std,
        lo,
        hi,
        zeros,
        fan_in,
        fan_out,
        entry.gain(values),
        entry.theory(values, dims),
        placement.device,
        placement.dtype,
        placement.fallback_reason,
    )


# ---- histograms ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Histogram:
    """Counts of sampled values in equal bins, the empirical density and the theory's.

    ``atoms`` are the theory's point masses as (value, probability), e.g. ``((0.0, 1.0),)``
    for "every weight is 0": a figure draws them as spikes, since they have no density.
    """

    edges: np.ndarray  # bins + 1
    counts: np.ndarray  # bins, int64
    density: np.ndarray  # counts / (total · width)
    pdf: np.ndarray | None  # theoretical density at the bin centres; None where the theory has none
    atoms: tuple[tuple[float, float], ...] = ()

    @property
    def centres(self) -> np.ndarray:
        centres: np.ndarray = 0.5 * (self.edges[:-1] + self.edges[1:])
        return centres


def histogram_range(samples: Sequence[InitSample], pad: float = 0.04) -> tuple[float, float]:
    """A common x range over the samples' own values, slightly padded.

    The theory's support is not included: an orthogonal 512×512 weight lies within ±0.07
    while its bound is ±gain, and binning over the bound would leave five bins for the data.
    """
    lo = min(s.min for s in samples)
    hi = max(s.max for s in samples)
    if hi - lo <= 1e-6 * max(1.0, abs(lo)):  # a point mass (float32 rounding may split it by an ulp)
        half = max(0.5, abs(lo) * 0.5)
        return lo - half, hi + half
    margin = pad * (hi - lo)
    return lo - margin, hi + margin


def check_bins(bins: object) -> int:
    """A validated number of histogram bins (1 to :data:`MAX_BINS`), or EngineError naming ``bins``."""
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or not 1 <= bins <= MAX_BINS:
        raise EngineError("bins", f"expected a whole number from 1 to {MAX_BINS:,}, got {bins!r}")
    return int(bins)


def histogram(s: InitSample, bins: int = 100, value_range: tuple[float, float] | None = None) -> Histogram:
    """Bin ``s.values`` into ``bins`` equal bins over ``value_range`` (default: :func:`histogram_range`)."""
    bins = check_bins(bins)
    lo, hi = value_range if value_range is not None else histogram_range([s])
    if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
        raise EngineError("range", f"expected a finite range with low < high, got ({lo!r}, {hi!r})")
    # float64 range: numpy then bins float32 samples against float64 edges (block by block, no copy)
    counts, edges = np.histogram(s.values, bins=bins, range=(np.float64(lo), np.float64(hi)))
    widths = np.diff(edges)
    density = counts / (max(s.count, 1) * widths)
    centres = 0.5 * (edges[:-1] + edges[1:])
    return Histogram(edges, counts.astype(np.int64), density, s.theory.pdf(centres), s.theory.atoms)
