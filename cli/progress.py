"""Long command-line work: a progress bar on stderr when it is a terminal, and Ctrl+C or SIGTERM that stop cleanly.

::

    training  [########............]  41%  312 epochs/s  0:00:05 left

The bar is drawn only when stderr is a terminal (a log file or a pipe gets nothing), at most
ten times a second. :func:`interruptible` turns SIGINT (Ctrl+C) and SIGTERM into
:class:`Interrupted` in the main thread, which stops the work where it is (the engine's loops
return to Python between epochs and layers, well within a second); a write in progress
finishes first (:func:`engine.tables.writes_in_progress`), so every file is either written whole or not at all and no
temporary file is left. The command then exits 130 (Ctrl+C) or 143 (SIGTERM).
"""

from __future__ import annotations

import contextlib
import functools
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from engine.tables import writes_in_progress

WIDTH = 24  # characters of the bar itself
REDRAW_SECONDS = 0.1
EXIT_INTERRUPTED = {signal.SIGINT: 130, signal.SIGTERM: 143}


class Interrupted(BaseException):
    """Ctrl+C or SIGTERM arrived: stop the work (a BaseException, so no ``except Exception`` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class ProgressBar:
    """``total`` steps of ``unit`` on ``stream`` (stderr), drawn only when it is a terminal.

    Call :meth:`update` with the steps done, or :meth:`fraction` with a share from 0 to 1 (the engine's
    ``progress`` callbacks); :meth:`close` ends the line.
    """

    def __init__(self, label: str, total: float, unit: str, stream: TextIO | None = None):
        self.label, self.total, self.unit = label, max(float(total), 1e-12), unit
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", None)
        self.enabled = bool(isatty and isatty()) and not _quiet
        self.start = time.perf_counter()
        self.last_draw = -REDRAW_SECONDS
        self.drawn = False

    def fraction(self, share: float) -> None:
        self.update(share * self.total)

    def update(self, done: float) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.last_draw < REDRAW_SECONDS and done < self.total:
            return
        self.last_draw = now
        self.stream.write("\r" + self.line(done, now - self.start))
        self.stream.flush()
        self.drawn = True

    def line(self, done: float, seconds: float) -> str:
        """The bar's text after ``done`` steps in ``seconds``: share, rate and the time left."""
        share = min(max(done / self.total, 0.0), 1.0)
        filled = round(share * WIDTH)
        rate = done / seconds if seconds > 0 else 0.0
        left = (self.total - done) / rate if rate > 0 else None
        return (
            f"{self.label}  [{'#' * filled}{'.' * (WIDTH - filled)}] {share:4.0%}  "
            f"{_rate(rate)} {self.unit}/s  {_clock(left)} left "
        )

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False


def _rate(rate: float) -> str:
    return f"{rate:,.0f}" if rate >= 10 else f"{rate:.2g}"


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-:--:--"
    seconds = round(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@contextlib.contextmanager
def bar(label: str, total: float, unit: str) -> Iterator[ProgressBar]:
    """A :class:`ProgressBar` whose line is ended however the work ends."""
    progress = ProgressBar(label, total, unit)
    try:
        yield progress
    finally:
        progress.close()


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """No bar drawn inside (the frames of an animation run a kind's work many times under one bar of their own)."""
    global _quiet
    before, _quiet = _quiet, True
    try:
        yield
    finally:
        _quiet = before


_quiet = False
_pending: list[int] = []


def _raise(signum: int, _frame) -> None:
    if writes_in_progress():
        _pending.append(signum)  # a write in progress finishes first (all files or none); the command stops after
        return
    raise Interrupted(signum)


def interruptible(command: Callable[..., int]) -> Callable[..., int]:
    """``command`` with SIGINT and SIGTERM turned into a clean stop: a message on stderr, exit 130 or 143."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> int:
        if threading.current_thread() is not threading.main_thread():  # signals reach only the main thread
            return command(*args, **kwargs)
        previous = {signum: signal.signal(signum, _raise) for signum in EXIT_INTERRUPTED}
        _pending.clear()
        try:
            status = command(*args, **kwargs)
            if _pending:  # the signal came while the files were being written: they are whole, but stop as asked
                raise Interrupted(_pending[0])
            return status
        except (Interrupted, KeyboardInterrupt) as exc:
            signum = getattr(exc, "signum", signal.SIGINT)
            print(f"\ninterrupted ({signal.Signals(signum).name}): stopped; no file half-written", file=sys.stderr)
            return EXIT_INTERRUPTED[signum]
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    return run
