"""Running long engine jobs off the GUI thread, one at a time, the newest request winning.

A job is a plain function ``job(progress, cancelled) -> result`` (the engine's
:mod:`engine.jobs` convention). :class:`Worker` runs it on its own thread and
reports back through Qt signals delivered on the GUI thread, so slots may touch
widgets. Submitting while a job runs cancels that job and queues the new one;
only the newest request's outcome is ever reported.

A job that produces results as it goes (a training run, epoch by epoch) hands each
to ``progress.partial(value)``; the GUI thread gets them as ``partial`` signals. They
coalesce: when the GUI is slower than the job, only the newest waiting value is
delivered, so a partial result should carry its history (all epochs so far), not
only the latest step. A job that should not outrun the screen waits with
``progress.wait_shown(timeout)`` until the tab reports (:meth:`Worker.partial_shown`) that it has
drawn the newest one: the training tab's Play, so the GUI thread paints while the worker sleeps
instead of waiting for the GIL at every Python paint callback. A job may also watch
``cancelled()`` and return normally (a paused run returning its state): that is reported as ``done``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from engine.errors import EngineError
from engine.jobs import Cancelled, CancelledFn, ProgressFn
from gui.common.errors import log

Job = Callable[[ProgressFn, CancelledFn], Any]


class _Relay(QObject):
    """Lives on the GUI thread; the worker thread emits through it (a queued connection)."""

    message = Signal(int, str, object)  # job number, kind, payload


class Progress:
    """The ``progress`` callback a job receives: ``progress(fraction)`` and ``progress.partial(value)``.

    Called on the worker thread; it only posts to the GUI thread (throttled to 1 % steps,
    partial results coalesced to the newest one not yet delivered).
    """

    def __init__(self, send: Callable[[str, object], None]):
        self._send = send
        self._last = -1.0
        self._lock = threading.Lock()
        self._waiting: list[object] = []  # at most one partial result not yet taken by the GUI thread
        self._shown = threading.Event()  # the GUI has drawn the newest partial result (or stopped waiting for it)
        self._shown.set()
        self.shown_at: float | None = None  # when (perf_counter) the GUI last said so

    def __call__(self, fraction: float) -> None:
        if fraction - self._last >= 0.01 or fraction >= 1.0:
            self._last = fraction
            self._send("progress", float(fraction))

    def partial(self, value: object) -> None:
        """Hand ``value`` (a result so far) to the GUI thread; replaces one it has not taken yet."""
        with self._lock:
            post = not self._waiting
            self._waiting[:] = [value]
            self._shown.clear()
        if post:
            self._send("partial", self)

    def wait_shown(self, timeout_s: float) -> bool:
        """On the worker thread: wait (at most ``timeout_s``) until the newest partial result has been drawn."""
        return self._shown.wait(timeout_s)

    def shown(self) -> None:
        """The newest partial result is on screen (or nobody will draw it): release :meth:`wait_shown`."""
        self.shown_at = time.perf_counter()
        self._shown.set()

    def take(self) -> tuple[bool, object]:
        """(True, the newest partial result) if one is waiting, else (False, None); on the GUI thread."""
        with self._lock:
            if not self._waiting:
                return False, None
            return True, self._waiting.pop()


class Worker(QObject):
    """One background job at a time for a tab; signals arrive on the GUI thread."""

    progress = Signal(float)  # 0..1 of the running job
    partial = Signal(object)  # a result so far, from ``progress.partial`` (the newest waiting one)
    done = Signal(object)  # the job's result
    failed = Signal(str)  # a message for the user (the engine's for bad input)
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="activation-lab-worker")
        self._relay = _Relay()
        self._relay.message.connect(self._on_message, Qt.ConnectionType.QueuedConnection)
        self._number = 0
        self._stop: threading.Event | None = None
        self._progress: Progress | None = None
        self._pending: Job | None = None
        self._busy = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def is_busy(self) -> bool:
        return self._busy

    def submit(self, job: Job) -> None:
        """Run ``job``; if one is running, cancel it and run ``job`` as soon as it stops."""
        if self._busy:
            self._pending = job
            if self._stop is not None:
                self._stop.set()
            self.partial_shown()
            return
        self._start(job)

    def cancel(self) -> None:
        """Ask the running job to stop and forget any queued one."""
        self._pending = None
        if self._stop is not None:
            self._stop.set()
        self.partial_shown()

    def partial_shown(self) -> None:
        """The newest partial result is drawn: a job waiting in ``progress.wait_shown`` goes on."""
        if self._progress is not None:
            self._progress.shown()

    def shutdown(self) -> None:
        """Cancel and wait for the worker thread (at application exit)."""
        self.cancel()
        self._pool.shutdown(wait=True)

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Process events until no job runs (for tests and ``--self-test``); True if idle in time."""
        deadline = time.monotonic() + timeout_s
        while self._busy and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        QCoreApplication.processEvents()
        return not self._busy

    def _start(self, job: Job) -> None:
        self._number += 1
        number, relay = self._number, self._relay
        stop = self._stop = threading.Event()
        if not self._busy:
            self._busy = True
            self.busy_changed.emit(True)

        def send(kind: str, payload: object) -> None:
            try:
                relay.message.emit(number, kind, payload)
            except RuntimeError:  # the tab (and its relay) was deleted while the job ran
                pass

        progress = self._progress = Progress(send)

        def task() -> None:
            try:
                result = job(progress, stop.is_set)
            except Cancelled:
                send("cancelled", None)
            except EngineError as exc:
                send("failed", str(exc))
            except Exception as exc:  # noqa: BLE001 - a bug: log it, tell the user, keep the app alive
                log.exception("background job failed")
                send("failed", f"{type(exc).__name__}: {exc}")
            else:
                send("done", result)

        self._pool.submit(task)

    def _on_message(self, number: int, kind: str, payload: object) -> None:
        if number != self._number:
            return  # from a job that a newer request replaced
        if kind == "progress":
            if self._stop is None or not self._stop.is_set():
                self.progress.emit(payload)
            return
        if kind == "partial":
            assert isinstance(payload, Progress)  # it sends itself: the GUI thread takes the latest value
            has_value, value = payload.take()
            if has_value and self._pending is None:  # not from a job that a queued request replaces
                self.partial.emit(value)
            return
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)
            return
        self._busy = False
        if kind == "done":
            self.done.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.busy_changed.emit(False)
