"""As fast as possible, the training tab's networks train in a process of their own (no Qt in it).

Why: in one process the worker thread trains and the GUI thread draws, and they share the GIL. torch releases it
inside each operation and takes it back after (about 1,000 operations an epoch at [4,2]), so while the GUI thread
runs Python (pyqtgraph's paint, the tab's slots: about 8 ms a frame at 35 frames/s) the worker gets one operation
per GIL switch: the tab trained 70 to 90 epochs/s where the engine alone trains 225. A process has its own GIL.

How: :class:`TrainerProcess` starts the child (``spawn``: never fork a process with Qt's and torch's threads) the
first time the tab plays as fast as possible; until it says it is ready the run trains on the worker thread, then
:func:`play_in_process` hands it the whole state (:meth:`TrainingRuns.export_state`: the stack with its weights,
optimiser state, shuffle generators and history; ``torch.save`` keeps the mini-batches views of their buffer) and
asks for a frame each time the last one is drawn, at most ``FAST_FPS`` a second. Each frame carries only the
epochs' statistics not sent yet: the history grows with the run, and sent whole it would cost more each frame. On
Pause (or a new speed, an edit: any new job) the state comes back and the worker thread's runs own it again: one
owner at a time. The same state on the same thread count trains the same epochs bit for bit
(tests/gui/training/test_trainer_process.py). A child that dies or cannot start leaves the state where it was
(or, after frames came, the last frame's weights and history: only the optimiser's state restarts), and the run
goes on in the worker thread with the reason in the status bar.

Messages (tuples through one ``multiprocessing`` pipe): to the child ``("play", state, view, limit)``,
``("frame",)``, ``("stop",)``, ``("quit",)``; from it ``("ready", qt_imported)``, ``("frame", first, frame)`` (its
runs' histories from index ``first``), ``("state", state)``, ``("error", text)``.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import queue
import socket
import sys
import threading
import time
import traceback
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from engine.training_views import Snapshot, View
    from gui.training.runs import Frame, Progress, RunFrame, TrainingRuns

#: How long the worker waits for the child's state after Stop (it finishes its epoch first: milliseconds), and for
#: the child to say it is ready (importing torch: 1 to 2 s; a loaded machine: more) before training on in the thread.
STATE_WAIT_S = 30.0
#: The child's send buffer (bytes; the system may cap it): a frame of [4,2] with every unit's map is 0.6 MB.
SEND_BUFFER = 4 << 20
#: The worker thread's longest wait between looks at Pause and at the GUI's drawing.
POLL_S = 0.01


#: The child's niceness (Unix). 0: a nicer child lets the window draw first when the cores are busy, but loses its
#: share to every other program too. At [4,2] on 2 cores under load 4-5 (three A/B runs of interleaved rounds, medians;
#: probe ab_nice.py): nice 5 drew more frames (29/31/28 against 21/14/22 a second) with shorter stalls (56/61/48 against
#: 61/85/70 ms) but trained 70/52/36 against 59/37/56 epochs/s; and against one busy program on the other core its
#: weight (a third of nice 0's) would leave it a quarter of that core, not half. On idle cores it changes nothing.
NICE = 0


class ProcessFailed(Exception):
    """The training process died, could not start, or failed; the message says why."""


class TrainerProcess:
    """The child process and its pipe, used by one play job at a time (:attr:`lock`), from the worker thread."""

    def __init__(self, nice: int = NICE) -> None:
        self.nice = nice
        self._starting = threading.Lock()
        self.lock = threading.Lock()  # one playing job at a time (two windows' tabs: the second trains in its thread)
        self.failed: str | None = None  # why the process cannot be used (then never tried again)
        self.qt_in_child: bool | None = None  # did the child import Qt? (it must not: tests check)
        self._process: Any = None
        self._conn: Connection | None = None
        self._ready = False

    def start(self) -> None:
        """Start the child unless it runs or failed; returns at once (it says when it is ready). The GUI thread
        starts it when the speed becomes as fast as possible, a play job when it plays so."""
        with self._starting:
            if self._process is None and self.failed is None:
                self._start()

    def _start(self) -> None:
        try:
            context = multiprocessing.get_context("spawn")
            mine, theirs = context.Pipe()
            process = context.Process(target=serve, args=(theirs, self.nice), name="activation-lab-training", daemon=True)
            process.start()
            theirs.close()
        except Exception as exc:  # noqa: BLE001 - a frozen app without freeze_support, no resources...: the thread trains
            self.failed = f"{type(exc).__name__}: {exc}"
            return
        self._process, self._conn = process, mine

    def ready(self) -> bool:
        """True once the child has said it is ready (and is alive); never blocks."""
        if self._ready or self._conn is None or self.failed is not None:
            return self._ready and self.failed is None
        try:
            message = self.receive(0)  # an error, a dead child or a broken pipe: failed there
        except ProcessFailed:
            return False
        if message is not None and message[0] != "ready":
            self.fail(ProcessFailed(f"unexpected {message[0]!r}"))
        elif message is not None:
            self._ready, self.qt_in_child = True, bool(message[1])
        return self._ready and self.failed is None

    def wait_ready(self, timeout_s: float = STATE_WAIT_S) -> bool:
        """Start the child and wait until it is ready (tests, the benchmark's warm-up); False if it failed."""
        self.start()
        deadline = time.monotonic() + timeout_s
        while not self.ready() and self.failed is None and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.ready()

    def play(self, runs: TrainingRuns, view: View, limit: int, fps: float, progress: Progress, cancelled: Any) -> bool:
        """:func:`play_in_process`: True when the run ended there, False when the process failed."""
        try:
            play_in_process(self, runs, view, limit, fps, progress, cancelled)
        except ProcessFailed:
            return False
        return True

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def send(self, message: tuple) -> None:
        assert self._conn is not None
        try:
            self._conn.send(message)
        except (OSError, ValueError) as exc:  # a broken pipe: the child is gone
            self.fail(exc)
            raise ProcessFailed(self.failed) from exc

    def receive(self, timeout_s: float) -> tuple | None:
        """The child's next message within ``timeout_s``, or None; ProcessFailed when it died."""
        assert self._conn is not None
        try:
            if self._conn.poll(timeout_s):
                message = self._conn.recv()
                if message[0] == "error":
                    raise ProcessFailed(message[1])
                return message
            if not self._process.is_alive():
                raise ProcessFailed(f"it exited with code {self._process.exitcode}")
        except (OSError, EOFError) as exc:
            self.fail(exc)
            raise ProcessFailed(self.failed) from exc
        except ProcessFailed as exc:
            self.fail(exc)
            raise
        return None

    def fail(self, exc: BaseException) -> None:
        """Give the child up for good (it is ended): the worker thread trains from now on."""
        self.failed = str(exc) or type(exc).__name__
        self._ready = False
        self.close()  # and it is not started again

    def close(self, timeout_s: float = 5.0) -> None:
        """Ask the child to quit and wait for it (then end it): at exit, and when it failed."""
        process, conn, self._process, self._conn, self._ready = self._process, self._conn, None, None, False
        if conn is not None:
            try:
                conn.send(("quit",))
            except (OSError, ValueError):
                pass
        if process is not None:
            process.join(timeout_s)
            if process.is_alive():
                process.terminate()
                process.join(timeout_s)
        if conn is not None:
            conn.close()


_shared: TrainerProcess | None = None


def shared() -> TrainerProcess:
    """The app's one training process (not started until a run needs it); closed at exit."""
    global _shared
    if _shared is None:
        _shared = TrainerProcess()
        atexit.register(_shared.close)  # before multiprocessing's own exit handler (atexit runs last in first)
    return _shared


def play_in_process(
    process: TrainerProcess,
    runs: TrainingRuns,
    view: View,
    limit: int,
    fps: float,
    progress: Progress,
    cancelled: Any,
    clock: Any = time.perf_counter,
) -> None:
    """Train ``runs`` in ``process`` until ``cancelled()``, ``limit`` epochs or a divergence, handing a frame to
    ``progress.partial`` each time the last one is drawn (at most ``fps`` a second); then ``runs`` owns the state
    the child sent back. ProcessFailed when the child failed: ``runs`` then holds the state it had, or the last
    frame's weights and history."""
    histories = [list(h) for h in runs.histories()]
    wait_shown, partial = getattr(progress, "wait_shown", None), getattr(progress, "partial", None)
    process.send(("play", runs.export_state(), view, limit))
    period, due, asked, last = 1.0 / fps, -float("inf"), False, None
    try:
        while not cancelled():
            now = clock()
            if not asked and now >= due and (wait_shown is None or wait_shown(0)):
                process.send(("frame",))
                asked, due = True, max(due + period, now + period / 2)
            if not asked and wait_shown is not None and now >= due:
                wait_shown(POLL_S)  # the GUI draws the last frame: sleep until it says so
                continue
            message = process.receive(POLL_S if asked else max(0.0, min(POLL_S, due - now)))
            if message is not None and message[0] == "state":
                runs.import_state(message[1])
                return
            if message is not None and message[0] == "frame":
                asked, last = False, _whole(message[2], message[1], histories)
                if partial is not None:
                    partial(last)
        _take_back(process, runs)
    except ProcessFailed:
        if last is not None:
            runs.take_frame(last)
        raise
    except BaseException:  # a bug here: the networks come back all the same, then it is reported
        _take_back(process, runs)
        raise


def _take_back(process: TrainerProcess, runs: TrainingRuns) -> None:
    """Stop the child's run and own the state it sends back (ProcessFailed: none came in ``STATE_WAIT_S``)."""
    process.send(("stop",))
    deadline = time.monotonic() + STATE_WAIT_S
    while time.monotonic() < deadline:
        message = process.receive(POLL_S)
        if message is not None and message[0] == "state":
            runs.import_state(message[1])
            return
    failure = ProcessFailed(f"it sent no state back in {STATE_WAIT_S:g} s")
    process.fail(failure)
    raise failure


def _whole(frame: Frame, first: int, histories: list[list]) -> Frame:
    """The frame as the child computed it (see :func:`_narrow`): each run's whole history (the ones kept here, from
    ``first`` on replaced by the frame's) and its maps in float64 again."""
    runs = []
    for kept, run in zip(histories, frame.runs, strict=True):
        kept[first:] = run.history
        runs.append(replace(run, history=tuple(kept), snapshot=_maps_as(run.snapshot, np.float64)))
    return replace(frame, runs=tuple(runs))


def _narrow(run: RunFrame, first: int) -> RunFrame:
    """A run as the child sends it: its history from ``first`` on and, for a network computed in float32, its maps
    in float32. The engine hands maps over as float64 arrays; these hold float32 values, which float64 holds exactly,
    so the app widens them back to the very same numbers (:func:`_whole`) and the frame drawn is bit for bit the one
    computed. Why: the maps are nearly all of a frame (0.56 of 0.58 MB at [4,2], 35 a second): half the bytes for
    the child to pickle and write while it trains, and for the app's worker to read and unpickle while the window
    draws."""
    snapshot = _maps_as(run.snapshot, np.float32) if run.dtype == "float32" else run.snapshot
    return replace(run, history=run.history[first:], snapshot=snapshot)


def _maps_as(snapshot: Snapshot, dtype: type[np.floating]) -> Snapshot:
    """The snapshot with its output and unit maps as ``dtype`` arrays (the same arrays where they are already)."""
    return replace(
        snapshot,
        output=snapshot.output.astype(dtype, copy=False),
        units=tuple(u.astype(dtype, copy=False) for u in snapshot.units),
    )


# ---- the child ------------------------------------------------------------------------------------------------


def serve(conn: Connection, nice: int = 0) -> None:
    """The child's main: wait for a run, train it, send frames on request and the state at the end; exit on
    ``("quit",)`` or when the app's end of the pipe closes."""
    outbox: queue.SimpleQueue = queue.SimpleQueue()
    sender = threading.Thread(target=_send_all, args=(conn, outbox), name="activation-lab-training-sender", daemon=True)
    try:
        import torch

        from engine.training import THREADS
        from gui.training.runs import TrainingRuns

        torch.set_num_threads(THREADS)
        if nice and hasattr(os, "nice"):
            os.nice(nice)
        _widen(conn)
        sender.start()
        outbox.put(("ready", any(name.startswith("PySide6") for name in sys.modules)))
        runs = TrainingRuns()
        while True:
            message = conn.recv()
            if message[0] == "quit":
                return
            if message[0] == "play":
                runs.import_state(message[1])
                if not _play(conn, outbox.put, runs, message[2], message[3]):
                    return
                outbox.put(("state", runs.export_state()))
            # ("frame",) or ("stop",) after the run ended on its own: the app gets the state already sent
    except (EOFError, OSError, KeyboardInterrupt):
        return  # the app is gone
    except BaseException:  # noqa: BLE001 - tell the app why, it trains on in its thread
        outbox.put(("error", traceback.format_exc(limit=8)))
    finally:
        outbox.put(None)
        if sender.is_alive():
            sender.join(STATE_WAIT_S)


def _send_all(conn: Connection, outbox: queue.SimpleQueue) -> None:
    """The child's sender thread: every message in order, so that training never waits for the app to read a frame
    (a frame of [4,2] is 0.6 MB: the app's worker thread reads it in chunks, each waiting for its GIL while the window
    draws; sent from the training thread, the child trained 97 epochs/s at 70 % of a core where the engine does 204)."""
    while (message := outbox.get()) is not None:
        try:
            conn.send(message)
        except (OSError, ValueError):
            return


def _widen(conn: Connection) -> None:
    """A send buffer that holds a whole frame where the pipe is a socket (Linux, macOS; capped by the system): the app
    reads it in one call, not in chunks of the default 208 KiB."""
    try:
        sock = socket.socket(fileno=conn.fileno())
    except (OSError, ValueError):
        return
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
    except OSError:
        pass
    finally:
        sock.detach()  # the connection keeps its descriptor


def _play(conn: Connection, send: Any, runs: TrainingRuns, view: View, limit: int) -> bool:
    """Train epoch after epoch, answering the app's messages between epochs; False when told to quit."""
    from engine.devices import intra_op_threads
    from engine.training import THREADS

    sent = [len(h) for h in runs.histories()]
    with intra_op_threads(THREADS):  # as the worker thread's play: once for the run
        while True:
            while conn.poll():
                kind = conn.recv()[0]
                if kind == "quit":
                    return False
                if kind == "stop":
                    return True
                if kind == "frame":
                    first = max(0, min(sent) - 1)  # the last one sent may have been measured since
                    frame = runs.frame(view)
                    send(("frame", first, replace(frame, runs=tuple(_narrow(run, first) for run in frame.runs))))
                    sent = [len(run.history) for run in frame.runs]
                    break  # the next one after an epoch at least: a late request must not draw the same epoch twice
            if runs.epoch >= limit or not runs.train_ok(1):
                return True
