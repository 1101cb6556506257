"""Long computations: how they report progress and learn that they should stop.

A long engine function takes ``progress(fraction)`` and ``cancelled() -> bool``
callbacks (the Orange3 ``concurrent`` pattern): it calls ``progress`` now and then
and calls :func:`check` between steps, which raises :class:`Cancelled` once the
caller asked it to stop. The caller (a GUI worker thread, a benchmark, a test)
decides what the callbacks do; the engine never knows about threads.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[float], None]
CancelledFn = Callable[[], bool]


class Cancelled(BaseException):
    """The caller asked a running computation to stop.

    A ``BaseException`` (as ``asyncio.CancelledError`` is) so that the ``except
    Exception`` of a CUDA->CPU fallback does not mistake it for a failure and rerun.
    """


def no_progress(fraction: float) -> None:
    """A progress callback that ignores the report."""


def never_cancelled() -> bool:
    """A cancel callback for callers that never cancel."""
    return False


def check(cancelled: CancelledFn) -> None:
    """Raise :class:`Cancelled` if the caller asked to stop."""
    if cancelled():
        raise Cancelled()
