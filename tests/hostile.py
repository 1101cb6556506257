"""Files that are not files, for the tests: FIFOs made in the test's own folder, and a watchdog that frees a reader
stuck on one (so a regression fails the test instead of hanging the suite). Never a device or a system file."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
WATCHDOG_SECONDS = 5.0


def make_fifo(path: Path) -> Path:
    """A FIFO at ``path`` (inside the test's tmp_path)."""
    os.mkfifo(path)
    return path


@contextlib.contextmanager
def fifo_watchdog(*fifos: Path, seconds: float = WATCHDOG_SECONDS) -> Iterator[None]:
    """Run the block; every ``seconds`` it is still running, open each FIFO for writing and close it, which gives a
    reader blocked on it an empty file: the block then ends, and the test fails saying it blocked."""
    done = threading.Event()
    freed: list[Path] = []

    def free() -> None:
        while not done.wait(seconds):  # again and again: a test may try more than once
            for fifo in fifos:
                with contextlib.suppress(OSError):
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # ENXIO when no one reads: nothing to free
                    freed.append(fifo)

    thread = threading.Thread(target=free, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
    assert not freed, f"blocked on the FIFO {freed[0]} for {seconds} s"
