"""Main windows for the widget tests: built, shown and loaded as the app does it; their background jobs stopped after.

Imported only by tests that drive Qt (the engine tests run where Qt is missing).
"""

from __future__ import annotations

from gui.common.compute_tab import ComputeTab
from gui.main_window import MainWindow


def shown_window(qtbot, size: tuple[int, int] | None = (1400, 850), active: bool = False) -> MainWindow:
    """A main window at ``size`` (None: its own), shown, with its tabs built (``active``: focused and exposed)."""
    window = MainWindow()
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    window.load()
    if active:
        window.activateWindow()
        qtbot.waitExposed(window)
    return window


def stop_jobs(window: MainWindow) -> None:
    """Cancel every tab's background job and wait for it, so no worker outlives the test."""
    for tab in window.lab_tabs():
        if isinstance(tab, ComputeTab):
            tab.cancel()
            tab.wait_idle(60)


def longest_stall(qtbot, action, settle_ms: int = 150) -> tuple[object, float]:
    """Run ``action()`` from inside the event loop while a 5 ms heartbeat timer ticks; its result and the longest
    stretch of GUI-thread CPU time between two ticks in seconds (how long the window worked without answering).

    The GUI thread's own CPU time (``time.thread_time``), not the wall clock: on a loaded machine (CI: two cores,
    the whole suite) other programs' turns are not the window's stall, while work the GUI thread does without
    returning to the event loop always counts. A read blocked on a FIFO uses no CPU: :func:`tests.hostile.fifo_watchdog`
    catches that.
    """
    import time

    from PySide6.QtCore import QTimer

    ticks: list[tuple[float, float]] = []  # (wall, GUI-thread CPU) of every tick
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    result: list[object] = []
    started: list[float] = []

    def run() -> None:
        started.append(time.perf_counter())
        result.append(action())

    heartbeat.start()
    qtbot.waitUntil(lambda: len(ticks) >= 2, timeout=60_000)  # the heartbeat is running before the action starts
    QTimer.singleShot(0, run)
    qtbot.waitUntil(lambda: bool(result), timeout=60_000)
    ticks_then = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= ticks_then + 2, timeout=60_000)  # and keeps running after it
    qtbot.wait(settle_ms)  # follow-up work (paints, queued calls) counts too
    heartbeat.stop()
    # the stretches from the last tick before the action on: what earlier work (a test before) left is not counted
    gaps = [b[1] - a[1] for a, b in zip(ticks, ticks[1:], strict=False) if b[0] >= started[0]]
    return result[0], max(gaps, default=float("inf"))


def answering_throughout(qtbot, action, limit: float = 0.5, tries: int = 3) -> object:
    """``action()``'s result, asserting the GUI thread never worked ``limit`` seconds on end while it ran.

    A behaviour bound, not a speed: what these tests guard against (reading a FIFO, a million-character id laid out,
    a file read whole) holds the window for seconds or for ever; the figures of a healthy window belong to bench/.
    Up to ``tries`` runs: a machine shared with other work can slow any run once, a file that blocks stalls every
    run; the assert reports the shortest of the longest stalls.
    """
    stalls = []
    for _ in range(tries):
        result, stall = longest_stall(qtbot, action)
        stalls.append(stall)
        if stall < limit:
            return result
    raise AssertionError(
        f"the GUI thread worked {min(stalls) * 1000:.0f} ms on end (limit {limit * 1000:.0f} ms) in each of {tries} runs"
    )
