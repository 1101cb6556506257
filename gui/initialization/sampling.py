"""What the initialisation tab's background job computes and hands back (no Qt: it runs off the GUI thread).

Point masses (every weight 0 under ``xavier_uniform`` with gain 0, sparse's zeros, eye's 0s
and 1s) have no density: binned with the rest they would make one bar thousands of times
too tall. :func:`split_atoms` takes them out of the bars, which then show the continuous
part only (what the theory's ``pdf`` describes), and counts each one's share for a spike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from engine.initializers import Histogram, InitSample, histogram, histogram_range, sample
from engine.jobs import CancelledFn, ProgressFn, check


@dataclass(frozen=True)
class Spike:
    """A point mass: its value, the theory's probability and the share of the sample equal to it."""

    value: float
    probability: float
    share: float


@dataclass(frozen=True)
class Bars:
    """A histogram as drawn: the density of the values that are not point masses, and the spikes."""

    edges: np.ndarray
    density: np.ndarray  # counts without the point masses / (all values · bin width)
    spikes: tuple[Spike, ...]


@dataclass(frozen=True)
class InitRun:
    """What one sampling job hands back: the samples, their histograms on shared bins, and the bars drawn."""

    samples: list[InitSample]
    histograms: list[Histogram]
    bars: list[Bars]


def split_atoms(s: InitSample, h: Histogram) -> Bars:
    """``h`` without the theory's point masses (counted in ``s.values`` at the sample's precision)."""
    counts = h.counts.astype(np.float64)
    spikes = []
    total = max(s.count, 1)
    for value, probability in h.atoms:
        exact = s.values.dtype.type(value)  # the atom as the sample's precision holds it (0.1 in float32)
        hits = int(np.count_nonzero(s.values == exact))
        spikes.append(Spike(float(exact), probability, hits / total))
        index = int(np.searchsorted(h.edges, float(exact), side="right")) - 1
        index = min(max(index, 0), len(counts) - 1)
        counts[index] = max(counts[index] - hits, 0.0)
    return Bars(h.edges, counts / (total * np.diff(h.edges)), tuple(spikes))


def sample_and_bin(
    wanted: Sequence[tuple[str, dict]],
    shape: tuple[int, ...],
    seed: int,
    bins: int,
    device: str,
    dtype: str,
    progress: ProgressFn,
    cancelled: CancelledFn,
) -> InitRun:
    """Draw each (initialiser, parameters) in ``wanted`` and bin them all over the samples' own range."""
    samples = []
    for index, (init_id, params) in enumerate(wanted):
        samples.append(sample(init_id, shape, params, seed=seed, device=device, dtype=dtype))
        progress(0.8 * (index + 1) / len(wanted))
        check(cancelled)
    value_range = histogram_range(samples)
    histograms = [histogram(s, bins, value_range) for s in samples]
    return InitRun(samples, histograms, [split_atoms(s, h) for s, h in zip(samples, histograms, strict=True)])
