"""Starting the desktop app: open the window, paint it first, load torch right after; and a stopwatch.

``run`` is what ``python main.py`` does: the QApplication, logging, the main window on
screen, then the event loop. ``open_window`` is its first half, shared with the self-test.

``after_first_paint`` defers the heavy part (importing torch, building the tabs)
until the window has really been painted once, so the user sees the window and its
"Loading PyTorch…" note instead of an empty frame while torch loads.
``import_in_background`` imports torch on a worker thread meanwhile, so the window
keeps repainting and answering while torch loads; only building the tabs (Qt work)
happens on the GUI thread.

``StartupClock`` measures what the user waits for. It is off unless the environment
variable ``ACTIVATION_LAB_STARTUP_T0`` holds the launch time (``time.time()`` of the
launcher, see ``bench/startup.py``); it then prints one line on stdout

    startup: first_paint=0.412 first_curve=2.031 longest_stall=1.512

(seconds since launch; ``longest_stall`` is the longest time the event loop did not
run between first paint and first curve) and quits the app.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from gui.app import create_app
from gui.common.errors import install_excepthook, setup_logging
from gui.common.language import remembered_language
from gui.main_window import MainWindow
from gui.window_geometry import restore_geometry

T0_VARIABLE = "ACTIVATION_LAB_STARTUP_T0"


class _FirstPaint(QObject):
    """Calls ``fn`` once, from the event loop, after ``widget``'s first paint (or after ``fallback_ms``)."""

    def __init__(self, widget: QWidget, fn: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._fn = fn
        self._done = False
        self._window = widget.window()
        QApplication.instance().installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)  # minimised or never exposed: load anyway

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is self._window:
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            QApplication.instance().removeEventFilter(self)
            self._fn()


def after_first_paint(widget: QWidget, fn: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Run ``fn`` once the window holding ``widget`` has been painted (at the latest after ``fallback_ms``)."""
    _FirstPaint(widget, fn, fallback_ms)


class _BackgroundImport(QObject):
    finished = Signal()

    def __init__(self, modules: Sequence[str], then: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self._modules = tuple(modules)
        self.finished.connect(then)  # queued: runs on the GUI thread
        threading.Thread(target=self._run, name="import-in-background", daemon=True).start()

    def _run(self) -> None:
        try:
            for name in self._modules:
                importlib.import_module(name)
        except BaseException:  # noqa: BLE001 - ``then`` imports again on the GUI thread and reports the error there
            pass
        self.finished.emit()


def import_in_background(modules: Sequence[str], then: Callable[[], None], parent: QObject) -> None:
    """Import ``modules`` (pure Python/torch, no Qt objects) on a worker thread, then call ``then`` on the GUI thread."""
    _BackgroundImport(modules, then, parent)


class StartupClock(QObject):
    """Prints time to first paint, to first plotted curve, and the longest event-loop stall in between."""

    def __init__(self, window: QMainWindow, t0: float, emit: Callable[[str], None] = print):
        super().__init__(window)
        self._window, self._t0, self._emit = window, t0, emit
        self.first_paint: float | None = None
        self.first_curve: float | None = None
        self.longest_stall = 0.0
        self._last_tick: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(16)
        self._ticker.timeout.connect(self._tick)
        QApplication.instance().installEventFilter(self)

    @classmethod
    def from_environment(cls, window: QMainWindow) -> StartupClock | None:
        value = os.environ.get(T0_VARIABLE)
        return cls(window, float(value)) if value else None

    def _tick(self) -> None:
        now = time.time()
        if self._last_tick is not None:
            self.longest_stall = max(self.longest_stall, now - self._last_tick)
        self._last_tick = now

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget) or obj.window() is not self._window:
            return False
        now = time.time() - self._t0
        if self.first_paint is None:
            self.first_paint = now
            self._last_tick = time.time()
            self._ticker.start()
        elif getattr(self._window, "loaded", False) and self.first_curve is None and _in_plot(obj):
            self.first_curve = now
            self._tick()
            self._ticker.stop()
            QApplication.instance().removeEventFilter(self)
            self._emit(
                f"startup: first_paint={self.first_paint:.3f} first_curve={self.first_curve:.3f} "
                f"longest_stall={self.longest_stall:.3f}"
            )
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def _in_plot(widget: QWidget) -> bool:
    """True for a pyqtgraph view (or its viewport): the curve is on screen when it paints."""
    for w in (widget, widget.parentWidget()):
        if w is not None and type(w).__module__.startswith("pyqtgraph"):
            return True
    return False


def open_window(language: str | None = None, restore: bool = False) -> MainWindow:
    """The QApplication (with translations: ``language``, else the remembered choice) and the main window, shown
    (``restore``: at its last size and place); the tabs are not built yet."""
    create_app(language=language or remembered_language())  # --lang, else View > Language, else the system's
    setup_logging()
    window = MainWindow()
    if restore:
        restore_geometry(window)
    StartupClock.from_environment(window)  # off unless bench/startup.py asks
    window.show()
    return window


def start_tabs(window: MainWindow, session: str | None = None, fresh: bool = False) -> None:
    """Build the tabs, then open ``session`` (a file named on the command line) or, unless ``fresh``, the state the
    window had when last closed. A bad file leaves the defaults (and says why: a message box, or the log)."""
    window.load()
    if session:
        window.open_session(session)
    elif not fresh:
        window.session_actions.restore_last()
    window.lessons.app_started(session_named=bool(session))  # the restored lesson's panel, or the first start's page


def run(language: str | None = None, session: str | None = None, fresh: bool = False) -> int:
    """Show the main window and run the event loop until it closes; the exit status.

    ``session``: a session file to open; ``fresh``: start with the defaults, not the last size and state.
    """
    window = open_window(language, restore=not fresh)
    install_excepthook()
    # Once the window is on screen, torch loads on a worker thread; then the tabs are built.
    after_first_paint(window, lambda: import_in_background(["engine"], lambda: start_tabs(window, session, fresh), parent=window))
    return QApplication.instance().exec()
