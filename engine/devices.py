"""Choosing where, in what precision and on how many CPU threads the engine computes.

``"auto"`` means CUDA when torch sees a usable GPU, otherwise the CPU. Every
failure on CUDA falls back to the CPU; the caller gets the reason to show.
:func:`intra_op_threads` and :func:`threads_for` decide how many intra-op threads
a CPU evaluation uses (curves: one; see ``bench/contention.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

import torch

from engine.errors import EngineError, clipped

DTYPES: dict[str, torch.dtype] = {
    "float32": torch.float32,
    "float64": torch.float64,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
}
DEVICES = ("auto", "cpu", "cuda")

# oneDNN (MKL-DNN) off, once per process, before anything computes: float32 GELU and its backward went to
# oneDNN, whose fixed cost per call (7 and 18 µs on 80 values, against 3 and 5 for torch's own vectorised
# kernels) made a GELU network train at half a tanh one's speed and GELU the costliest racer. Nothing else the
# engine runs uses it (CPU float32 matmuls go to MKL). Set here, at import, never toggled: every result
# (tab, export, CLI) comes from the same kernels, so they still agree to the last bit.
torch.backends.mkldnn.enabled = False  # type: ignore[assignment]  # a module property: the documented switch

T = TypeVar("T")


@dataclass(frozen=True)
class Placement:
    """Where a computation actually ran, and why it ran there."""

    device: str  # "cpu" or "cuda"
    dtype: str
    fallback_reason: str | None = None


def torch_dtype(name: str) -> torch.dtype:
    """The torch dtype for a name in :data:`DTYPES`, or EngineError."""
    try:
        return DTYPES[name]
    except KeyError:
        raise EngineError("dtype", f"unsupported dtype {name!r} (choose {', '.join(DTYPES)})") from None


def cuda_available() -> bool:
    try:
        return torch.cuda.is_available()
    except Exception:  # noqa: BLE001 - a broken driver must not take the app down
        return False


@dataclass(frozen=True)
class CudaDevice:
    """The GPU torch computes on: its name and CUDA compute capability (``"8.6"``)."""

    name: str
    capability: str


def cuda_device() -> CudaDevice | None:
    """The first CUDA device (for Help > About and bug reports), or None without a usable GPU."""
    if not cuda_available():
        return None
    try:
        major, minor = torch.cuda.get_device_capability(0)
        return CudaDevice(torch.cuda.get_device_name(0), f"{major}.{minor}")
    except Exception:  # noqa: BLE001 - a broken driver must not take the About box down
        return None


def _check_dtype_on_device(device: str, dtype: str) -> None:
    if device == "cuda" and dtype == "bfloat16" and not torch.cuda.is_bf16_supported():
        raise EngineError("dtype", "bfloat16 is not supported on this GPU")


def run_placed(device: str, dtype: str, compute: Callable[[torch.device, torch.dtype], T]) -> tuple[T, Placement]:
    """Run ``compute(device, dtype)`` on the requested device, falling back to the CPU.

    EngineError from ``compute`` is bad input and propagates unchanged; any other
    failure on CUDA reruns the computation on the CPU and records why.
    """
    if device not in DEVICES:
        raise EngineError("device", f"unknown device {clipped(device)} (choose {', '.join(DEVICES)})")
    tdtype = torch_dtype(dtype)
    reason = None
    if device in ("auto", "cuda"):
        if cuda_available():
            _check_dtype_on_device("cuda", dtype)
            try:
                return compute(torch.device("cuda"), tdtype), Placement("cuda", dtype)
            except EngineError:
                raise
            except Exception as exc:  # noqa: BLE001 - driver error, out of memory, missing kernel ...
                reason = f"CUDA failed ({type(exc).__name__}: {exc}); computed on the CPU"
        elif device == "cuda":
            reason = "CUDA is not available on this machine; computed on the CPU"
    return compute(torch.device("cpu"), tdtype), Placement("cpu", dtype, reason)


#: Curves of up to this many points are evaluated on one intra-op thread. On a 2-core laptop with
#: another program busy on one core, torch's 2 threads took the explorer's p95 at 100,001 points
#: from ~1 ms to 6-9 ms (each op waits for the descheduled thread), one thread stayed at ~2 ms; on the
#: shared 2-core bench machine one thread was also faster idle up to 4,000,001 points (538 vs 685 ms).
SINGLE_THREAD_POINTS = 1 << 22


def threads_for(points: int) -> int:
    """Intra-op threads for evaluating ``points`` values on the CPU: 1 up to :data:`SINGLE_THREAD_POINTS`."""
    return 1 if points <= SINGLE_THREAD_POINTS else torch.get_num_threads()


@contextmanager
def intra_op_threads(count: int | None) -> Iterator[None]:
    """Run the block with ``count`` intra-op threads (None: as they are), then restore the previous count.

    ``torch.set_num_threads`` sets the OpenMP/MKL thread count of the calling thread (and the
    default for threads torch starts later): a depth run already going in a worker thread keeps
    its own threads while the GUI thread evaluates curves on one. A thread that sets its count once
    (the training tab's worker) makes every later block here a single ``get_num_threads`` call.
    """
    previous = torch.get_num_threads()
    if count is None or count == previous:
        yield
        return
    torch.set_num_threads(count)
    try:
        yield
    finally:
        torch.set_num_threads(previous)
