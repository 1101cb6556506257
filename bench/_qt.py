"""Qt helpers for the GUI benchmarks: an offscreen application and a paint watcher.

Imported only by benchmarks that need Qt (the engine and depth ones must run without it).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

#: Qt messages that say nothing about the benchmark (the offscreen platform's limits).
QUIET = ("This plugin does not support propagateSizeHints()",)


def _messages(mode, context, message: str) -> None:
    if message not in QUIET:
        print(message, file=sys.stderr)


def application() -> QApplication:
    qInstallMessageHandler(_messages)
    return QApplication.instance() or QApplication([sys.argv[0]])


def plot_viewports(widget: QWidget) -> list[QWidget]:
    """The viewports of every visible pyqtgraph view inside ``widget`` (where plots are painted)."""
    return [v.viewport() for v in widget.findChildren(pg.GraphicsView) if v.isVisible()]


class PaintWatch(QObject):
    """Records which of the watched widgets received a paint event since :meth:`reset`."""

    def __init__(self):
        super().__init__()
        self.ports: list[QWidget] = []
        self.painted: set[QWidget] = set()

    def watch(self, ports: list[QWidget]) -> None:
        for port in self.ports:
            port.removeEventFilter(self)
        self.ports = list(ports)
        for port in self.ports:
            port.installEventFilter(self)
        self.painted.clear()

    def reset(self) -> None:
        self.painted.clear()

    def all_painted(self) -> bool:
        return len(self.painted) >= len(self.ports)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.painted.add(obj)
        return False


def process_until(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process events until ``done()``; TimeoutError naming ``what`` after ``timeout_s``.

    When ``done()`` turns true after a ``processEvents`` call, that call has returned, so a
    paint event it delivered has been fully painted.
    """
    app = application()
    deadline = time.perf_counter() + timeout_s
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{what} did not happen within {timeout_s:g} s")


def wait_until(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Like :func:`process_until`, but between events the GUI thread sleeps in Qt's event loop, as
    the app's does: a worker thread then has the GIL to itself. (Spinning ``processEvents()`` in
    Python makes every numpy or torch call on the worker wait for the GIL: 10-20 ms more for 1e6 weights.)
    """
    app = application()
    deadline = time.perf_counter() + timeout_s
    wake = QTimer()
    wake.start(5)  # a deadline check at least every 5 ms, events or not
    try:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() > deadline:
                raise TimeoutError(f"{what} did not happen within {timeout_s:g} s")
    finally:
        wake.stop()


def drain(rounds: int = 3) -> None:
    app = application()
    for _ in range(rounds):
        app.processEvents()
