"""The base of every tab whose plot is computed off the GUI thread (Orange3's ``ConcurrentWidgetMixin`` idea).

A subclass builds its widgets and implements two methods:

- :meth:`ComputeTab.job` reads the controls on the GUI thread, refuses bad input by
  raising :class:`engine.errors.EngineError`, and returns a plain callable
  ``job(progress, cancelled) -> result`` (usually ``functools.partial(run, config)``)
  that the worker runs on its own thread;
- :meth:`ComputeTab.show_result` draws a result on the GUI thread and returns the
  status line saying how it was computed (``placement_text``).

The base owns everything around them: the worker (newest request wins), the debounce
of edits (:meth:`schedule`), the device/dtype choice of the toolbar (:meth:`set_compute`,
refusing dtypes the tab does not offer), the stale-while-hidden flag (a change while
the tab is hidden recomputes when it is shown), the busy state, cancel, the red error
label (a refusal shows there and the last good plot stays) and the status message,
which always comes back to the last good one after a cancel.

Long jobs (a training run) may report results as they go with ``progress.partial(value)``;
those arrive in :meth:`show_partial`. Play/pause is a job that runs until ``cancelled()``
and :meth:`cancel`; a paused job may return its state normally, which is then shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget
from superqt.utils import qdebounced

from engine.devices import DTYPES
from engine.errors import EngineError
from gui.common.engine_messages import engine_message
from gui.common.tabs import LabTab, refused_dtype_text
from gui.common.worker import Job, Worker

#: The style of a refusal under a plot (the Okabe–Ito vermillion, bold).
PROBLEM_STYLE = "color: #D55E00; font-weight: bold;"


class ComputeTab(LabTab):
    """A tab that computes its plot in the background from its controls."""

    #: A result was drawn (after :meth:`show_result`); carries the result.
    computed = Signal(object)
    #: A request was refused or its job failed; carries the message shown under the plot.
    refused = Signal(str)
    #: A job stopped at the user's (or a newer request's) wish; the last good plot stays.
    cancelled = Signal()
    #: True while a job runs (for Run/Cancel buttons).
    busy_changed = Signal(bool)
    #: 0..1 of the running job (for a progress bar).
    progress_changed = Signal(float)

    #: The precisions this tab computes in; the toolbar's others are refused with a message.
    COMPUTE_DTYPES: tuple[str, ...] = tuple(DTYPES)
    #: Edits within this many milliseconds coalesce into one run.
    DEBOUNCE_MS = 150

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.worker = Worker(self)
        self.device, self.dtype = "auto", "float32"  # the toolbar's choice, as far as this tab follows it
        self._dtype_note = ""  # why the toolbar's precision is not used, if it is not
        self._result_text = ""  # how the plot on screen was computed
        self._problem = ""  # the refusal under the plot, if any
        self._cancel_note = ""  # said once after a cancel, until the next request
        self._stale = False  # to recompute when the tab is next shown
        self._debounced = qdebounced(self.request, timeout=self.DEBOUNCE_MS, parent=self)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(PROBLEM_STYLE)
        self.error_label.hide()
        self.worker.done.connect(self._on_done)
        self.worker.partial.connect(self.show_partial)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.progress.connect(self.progress_changed)
        self.worker.busy_changed.connect(self._on_busy)

    # ---- what a subclass implements -------------------------------------------------------------------

    def job(self) -> Job:
        """The computation the controls ask for, as ``job(progress, cancelled) -> result``.

        Runs on the GUI thread: read every widget here (the job must not touch them);
        raise :class:`EngineError` (naming the field) to refuse.
        """
        raise NotImplementedError

    def show_result(self, result: Any) -> str:
        """Draw ``result`` (GUI thread); return the status line saying how it was computed."""
        raise NotImplementedError

    def show_partial(self, result: Any) -> None:
        """Draw a result so far (from ``progress.partial``); by default nothing."""

    def job_ended(self) -> None:
        """A job finished, failed or was cancelled (after its result, if any, replaced the last one);
        by default nothing. A tab whose jobs take much memory hands it back here."""

    def busy_text(self) -> str:
        """The status line while a job runs."""
        return self.tr("Computing…")

    def problem_text(self, message: str) -> str:
        """How a refusal reads under the plot and in the status bar."""
        return self.tr("Not computed: {0}").format(message)

    def cancelled_text(self) -> str:
        """What the status line says after a cancel, before the last good message."""
        return self.tr("Cancelled; the last complete result stays on screen.")

    def auto_recompute(self) -> bool:
        """Whether edits (``schedule``) recompute; a tab with a "run on change" box overrides this."""
        return True

    # ---- requests ---------------------------------------------------------------------------------------

    def schedule(self, *_: object) -> None:
        """Recompute shortly (edits in quick succession coalesce into one run). While the tab is
        hidden, it recomputes when next shown instead; never when ``auto_recompute()`` is False."""
        if not self.auto_recompute():
            return
        if self.isVisible():
            self._debounced()
        else:
            self._debounced.cancel()
            self._stale = True

    def mark_stale(self) -> None:
        """Recompute when the tab is next shown (e.g. a first run that waits until someone looks)."""
        self._stale = True

    def is_stale(self) -> bool:
        """True while a change waits for the tab to be shown."""
        return self._stale

    def request(self) -> None:
        """Check the controls and compute in the background now (replacing a running job);
        a refusal shows at once under the plot, stops the running job and keeps the last plot."""
        self._debounced.cancel()
        self._stale = False
        try:
            job = self.job()
        except EngineError as exc:
            self.worker.cancel()  # its result would belong to controls that are gone
            self._refuse(str(exc))
            return
        self.start_job(job)

    def start_job(self, job: Job) -> None:
        """Run ``job`` with the base's busy state, progress, errors and status (for actions such as
        Step or Play that are not "the controls changed")."""
        self._debounced.cancel()
        self._cancel_note = ""
        self.worker.submit(job)

    def cancel(self) -> None:
        """Stop the running job (and a scheduled one); the last good plot and message stay."""
        self._debounced.cancel()
        if self.worker.is_busy():
            self._cancel_note = self.cancelled_text()
        self.worker.cancel()

    def is_busy(self) -> bool:
        return self.worker.is_busy()

    def wait_idle(self, timeout_s: float = 60.0) -> bool:
        """Process events until no job runs (tests, ``--self-test``); True if idle in time."""
        return self.worker.wait_idle(timeout_s)

    def problem(self) -> str:
        """The refusal shown under the plot ("" when the plot is current)."""
        return self._problem

    def result_text(self) -> str:
        """How the plot on screen was computed ("" before the first result)."""
        return self._result_text

    # ---- device and precision ---------------------------------------------------------------------------

    def set_compute(self, device: str, dtype: str) -> None:
        """Compute on ``device`` ("auto", "cpu", "cuda") in ``dtype``; a precision not in
        ``COMPUTE_DTYPES`` is refused with a message and the last one stays."""
        allowed = dtype in self.COMPUTE_DTYPES
        self._dtype_note = "" if allowed else refused_dtype_text(dtype, self.COMPUTE_DTYPES, self.dtype)
        wanted = (device, dtype if allowed else self.dtype)
        changed = wanted != (self.device, self.dtype)
        self.device, self.dtype = wanted
        self.announce()
        if changed:
            self.schedule()

    # ---- status -----------------------------------------------------------------------------------------

    def announce(self) -> None:
        """Send the status line: busy, or (after a cancel note) the refusal or how the plot was
        computed, and why the toolbar's precision is not used."""
        if self.worker.is_busy():
            main = [self.busy_text()]
        elif self._problem:
            main = [self.problem_text(self._problem)]
        else:
            main = [self._cancel_note, self._result_text]
        parts = [text for text in (*main, self._dtype_note) if text]
        if parts:
            self.status.emit(" · ".join(parts))

    def _refuse(self, message: str) -> None:
        message = engine_message(message)
        self._problem = message
        self.error_label.setText(self.problem_text(message))
        self.error_label.show()
        self.announce()
        self.refused.emit(message)

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self.announce()
        self.busy_changed.emit(busy)

    def _on_done(self, result: Any) -> None:
        self._problem = ""
        self._cancel_note = ""  # a job that returned after a cancel (a paused run) says so itself
        self.error_label.hide()
        self._result_text = self.show_result(result) or ""
        self.announce()
        self.job_ended()
        self.computed.emit(result)

    def _on_failed(self, message: str) -> None:
        self._refuse(message)
        self.job_ended()

    def _on_cancelled(self) -> None:
        self.announce()
        self.job_ended()
        self.cancelled.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            QTimer.singleShot(0, self, self.request)  # after the tab has painted
