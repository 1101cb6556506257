"""Weight initialisers: the one door to the registry, its theory and sampling.

The registry lives in :mod:`engine.init_registry`, the formulas in
:mod:`engine.init_theory` and the drawing and binning in :mod:`engine.init_sampling`;
callers import the names from here.
"""

from engine.init_registry import (
    INITIALIZERS,
    MAX_SEED,
    MAX_VALUES,
    Initializer,
    check_seed,
    check_shape,
    checked_init_params,
    get_initializer,
    theory,
)
from engine.init_sampling import (
    MAX_BINS,
    SAMPLE_DTYPES,
    Histogram,
    InitSample,
    check_bins,
    fill,
    histogram,
    histogram_range,
    sample,
    summarize,
)
from engine.init_theory import FAN_MODES, NONLINEARITIES, THEORY_KINDS, Theory, calculate_gain, fans

__all__ = [
    "FAN_MODES",
    "INITIALIZERS",
    "MAX_BINS",
    "MAX_SEED",
    "MAX_VALUES",
    "NONLINEARITIES",
    "SAMPLE_DTYPES",
    "THEORY_KINDS",
    "Histogram",
    "InitSample",
    "Initializer",
    "Theory",
    "calculate_gain",
    "check_bins",
    "check_seed",
    "check_shape",
    "checked_init_params",
    "fans",
    "fill",
    "get_initializer",
    "histogram",
    "histogram_range",
    "sample",
    "summarize",
    "theory",
]
