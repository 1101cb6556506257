"""How much memory a computation may take, and giving it back afterwards.

The budgets are what one run may hold at its peak on top of the process itself, sized for a
classroom laptop with 8 GB shared with a browser and a slide deck. The estimates that are checked
against them live next to the computations (:func:`engine.depth.peak_bytes`,
:func:`engine.evaluate.peak_bytes`) and were calibrated with the peak RSS of a subprocess
(``tests/engine/test_memory.py`` holds them to it).

:func:`release_memory` hands freed memory back to the operating system: glibc keeps the pages
of freed blocks below its (growing) mmap threshold, so a 1.4 GB depth run left the process
1.2 GB larger until ``malloc_trim(0)``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from collections.abc import Callable

from engine.errors import EngineError

#: Bytes a depth run may hold at its peak (weights, saved activations, gradients).
DEPTH_BUDGET = 3 * 1024**3
#: Bytes one curve evaluation may hold at its peak (the autograd graph and the float64 results).
EVALUATE_BUDGET = 1024**3
#: Bytes one training run may hold at its end (its history grows by an epoch's statistics per network,
#: :func:`engine.training_cost.peak_bytes`).
TRAINING_BUDGET = 1024**3
#: Bytes rendering one image file may hold at its peak (the ARGB picture, its copies and the encoder's).
IMAGE_BUDGET = 1024**3
#: Peak bytes per pixel of an exported PNG: a 12000 x 12000 training figure took 2.0 GB (14 a pixel), not the
#: 0.6 GB (4 a pixel) the picture alone would.
IMAGE_BYTES_PER_PIXEL = 14


def image_peak_bytes(width: int, height: int) -> int:
    """Estimated peak memory of rendering a ``width`` x ``height`` image file."""
    return int(width) * int(height) * IMAGE_BYTES_PER_PIXEL


def check_image_size(width: int, height: int) -> None:
    """Refuse (EngineError naming ``width``) an image whose rendering would pass :data:`IMAGE_BUDGET`."""
    need = image_peak_bytes(width, height)
    if need > IMAGE_BUDGET:
        most = int((IMAGE_BUDGET / IMAGE_BYTES_PER_PIXEL) ** 0.5)
        raise EngineError(
            "width",
            f"a {width} x {height} image needs about {format_bytes(need)} to render; the most is "
            f"{format_bytes(IMAGE_BUDGET)} (about {most:,} x {most:,} pixels): use a smaller --width/--height",
        )


def format_bytes(count: float) -> str:
    """``1.6 GB``, ``340 MB``: decimal units, as file managers show them."""
    if count >= 1e9:
        return f"{count / 1e9:.1f} GB"
    return f"{count / 1e6:.0f} MB"


def _libc_trim() -> Callable[[int], int] | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(name).malloc_trim
        return trim
    except (OSError, AttributeError):  # not glibc (musl, macOS, Windows): nothing to trim
        return None


_TRIM = _libc_trim()


def release_memory() -> bool:
    """Collect garbage and return freed heap pages to the system (glibc ``malloc_trim``); True if trimmed."""
    gc.collect()
    if _TRIM is None:
        return False
    return bool(_TRIM(0))
