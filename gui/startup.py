"""Starting the desktop app: open the window, paint it first, load torch right after; and a stopwatch.

``run`` is what ``python main.py`` does: the QApplication, logging, the main window on
screen, then the event loop. ``open_window`` is its first half, shared with the self-test.

``after_first_paint`` defers the heavy part (importing torch, building the tabs)
until the window has really been painted once, so the user sees the window and its
"Loading PyTorch…" note instead of an empty frame while torch loads.
``import_in_background`` imports torch on a worker thread meanwhile, so the window
keeps repainting and answering while torch loads; only building the tabs (Qt work)
happens on the GUI thread. A worker's import still holds the GIL while an extension module's
shared library is loaded (CPython calls ``dlopen`` with it held): torch's ``libtorch_cpu.so`` is
loaded first with the GIL released (:mod:`gui.native_preload`), and the modules of the window's
frame and of the explorer are imported on the worker too. The GUI thread's work comes in steps, one
per turn of the event loop (``in_steps``): pyqtgraph, the preview's plots, the explorer's biggest
parts (``gui.common.ahead``), the tab built off screen, then shown with the session.

When a cache holds the state the window is about to show (the last session's curves, kept when the app
closed, or the defaults' shipped in resources/: :mod:`gui.startup_cache`), the explorer's curves as the engine
computed them then are shown before torch is imported (:mod:`gui.explorer.preview`); the explorer tab takes their
place once the engine has loaded.

``StartupClock`` measures what the user waits for. It is off unless the environment
variable ``ACTIVATION_LAB_STARTUP_T0`` holds the launch time (``time.time()`` of the
launcher, see ``bench/startup.py``); it then prints one line on stdout

    startup: first_paint=0.231 paint_cpu=0.190 first_curve=0.702 longest_stall=0.412 cpu=0.610 live_curve=1.893 preview=match

(seconds since launch; ``paint_cpu`` the CPU time of the process up to the first paint, which a busy machine inflates
less than the wall clock; ``first_curve`` is the first paint of a plot that holds data: the preview's or the
visible tab's; ``live_curve`` the first paint of a curve of the visible tab, computed now; ``longest_stall`` is the
longest time the event loop did not run between first paint and the live curve; ``cpu`` the CPU time of the
process, all its threads, up to the first curve: less at the mercy of a loaded machine than the wall clock;
``preview`` whether the explorer's curves computed now equal the preview's, value for value: ``match``,
``differ``, or ``none`` without a preview) and quits the app. With no live curve within ``CLOCK_LIMIT_S`` it
prints ``startup: no first curve within … s`` and exits 1.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from gui.app import apply_plot_look, create_app
from gui.common.language import remembered_language
from gui.main_window import TAB_MODULES, MainWindow
from gui.start_log import keep_early, log_and_report_errors
from gui.window_geometry import restore_geometry

if TYPE_CHECKING:
    from gui.startup_cache import CachedView
    from sessions import SessionError

log = logging.getLogger("activation_lab.startup")

T0_VARIABLE = "ACTIVATION_LAB_STARTUP_T0"
#: No curve this many seconds after launch: the clock says so (``startup: no first curve ...``) and the app exits 1.
CLOCK_LIMIT_S = 90


def _app() -> QCoreApplication:
    """The running application (these helpers only run inside one)."""
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("no QApplication is running")
    return app


class _FirstPaint(QObject):
    """Calls ``fn`` once, from the event loop, after ``widget``'s window's first paint (of a widget ``when`` accepts)
    or after ``fallback_ms``."""

    def __init__(self, widget: QWidget, fn: Callable[[], None], fallback_ms: int, when: Callable[[QWidget], bool] | None = None):
        super().__init__(widget)
        self._fn, self._when = fn, when
        self._done = False
        self._window = widget.window()
        _app().installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)  # minimised or never exposed: load anyway

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self._window
            and (self._when is None or self._when(obj))
        ):
            _app().removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint has reached the screen
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            _app().removeEventFilter(self)
            self._fn()


def after_first_paint(widget: QWidget, fn: Callable[[], None], fallback_ms: int = 1000) -> None:
    """Run ``fn`` once the window holding ``widget`` has been painted (at the latest after ``fallback_ms``)."""
    _FirstPaint(widget, fn, fallback_ms)


def after_first_curve(window: QMainWindow, fn: Callable[[], None], fallback_ms: int = 1000, live: bool = True) -> None:
    """Run ``fn`` once a curve of ``window`` has been painted (:func:`curve_painted`; ``live``: computed now, not the
    start-up preview; at the latest after ``fallback_ms``): work the first screen does not need waits until then."""
    _FirstPaint(window, fn, fallback_ms, when=lambda widget: curve_painted(widget, window, live))


class _BackgroundImport(QObject):
    finished = Signal()

    def __init__(self, modules: Sequence[str], then: Callable[[], None], parent: QObject, preload: Sequence[str] = ()):
        super().__init__(parent)
        self._modules, self._preload = tuple(modules), tuple(preload)
        self.finished.connect(then)  # queued: runs on the GUI thread
        threading.Thread(target=self._run, name="import-in-background", daemon=True).start()

    def _run(self) -> None:
        from gui import native_preload  # here: ctypes is not needed before the first paint

        for package in self._preload:
            native_preload.preload(package)  # its big library loaded with the GIL released: the GUI thread runs on
        try:
            for name in self._modules:
                importlib.import_module(name)
        except BaseException:  # noqa: BLE001 - ``then`` imports again on the GUI thread and reports the error there
            pass
        self.finished.emit()


def import_in_background(modules: Sequence[str], then: Callable[[], None], parent: QObject, preload: Sequence[str] = ()) -> None:
    """Import ``modules`` (no Qt objects made at import) on a worker thread, then call ``then`` on the GUI thread;
    first the shared libraries of the packages ``preload`` names, with the GIL released (:mod:`gui.native_preload`)."""
    _BackgroundImport(modules, then, parent, preload)


def warm_qt_classes(module_name: str) -> None:
    """Create every class of the PySide6 module ``module_name`` now (PySide6 creates them on first use; pyqtgraph's
    import touches every one of QtCore's, QtGui's and QtWidgets' at once: ~0.1 s of its hold)."""
    module = importlib.import_module(module_name)
    for name in dir(module):
        getattr(module, name)


#: What start-up does on the GUI thread once numpy is there, one step per turn of the event loop (it repaints and
#: answers in between), before torch is imported: the Qt classes pyqtgraph touches, then pyqtgraph itself. Before,
#: pyqtgraph was imported while torch imported on the other thread; both need the GIL, and its import held the
#: event loop twice as long (start-up's longest stall).
PLOT_LIBRARY_STEPS: tuple[Callable[[], None], ...] = (
    partial(warm_qt_classes, "PySide6.QtCore"),
    partial(warm_qt_classes, "PySide6.QtGui"),
    partial(warm_qt_classes, "PySide6.QtWidgets"),
    apply_plot_look,
)


def _plots_ahead() -> None:
    """The explorer's stacked plots made now, for the next that is built: the preview's, else the explorer's."""
    from gui.common.ahead import make_ahead
    from gui.explorer.plots import StackedPlots

    make_ahead(StackedPlots)


def _preview_module() -> None:
    """The start-up preview's module, imported now (a step of its own)."""
    importlib.import_module("gui.explorer.preview")


#: What start-up does on the GUI thread before it shows the start-up preview, one step per turn of the event loop:
#: the preview's modules, then its plots (the preview's construction held the event loop ~0.2 s in one go).
PREVIEW_STEPS: tuple[Callable[[], None], ...] = (_preview_module, _plots_ahead)


#: The standard library's modules pyqtgraph imports (numbers, multiprocessing, pydoc, XML...): imported with numpy on
#: the worker, they are not part of pyqtgraph's import on the GUI thread (~0.03 s of its ~0.13 s).
PLOT_LIBRARY_MODULES = (
    "decimal",
    "pydoc",
    "multiprocessing.connection",
    "subprocess",
    "xml.etree.ElementTree",
    "mmap",
    "cProfile",
    "pkgutil",
    "sysconfig",
)


#: Qt-free modules the first paint does not need (the log file's handler, the start-up caches): imported on the worker
#: once the window is on screen, before numpy.
AFTER_PAINT_MODULES = ("logging.handlers", "gui.startup_cache")


#: The delay between two steps of start-up's work: a real timer, so the event loop runs its due timers and paints in
#: between (a 0 ms single shot is a posted call, run before them: the two "shorter holds" were one).
TURN_MS = 1


def in_steps(steps: Sequence[Callable[[], None]], then: Callable[[], None], parent: QObject) -> None:
    """Run ``steps`` on the GUI thread one per turn of the event loop, then ``then``."""
    pending = list(steps)

    def step() -> None:
        if pending:
            pending.pop(0)()
            QTimer.singleShot(TURN_MS, parent, step)
        else:
            then()

    QTimer.singleShot(TURN_MS, parent, step)


class StartupClock(QObject):
    """Prints time to first paint, to the first plotted curve (the start-up preview's or computed now), to the first
    curve computed now, and the longest event-loop stall from the first paint to that one."""

    def __init__(self, window: QMainWindow, t0: float, emit: Callable[[str], None] | None = None):
        super().__init__(window)
        self._window, self._t0 = window, t0
        self._emit = emit or (lambda line: print(line, flush=True))
        self.first_paint: float | None = None
        self.paint_cpu: float | None = None
        self.first_curve: float | None = None
        self.live_curve: float | None = None
        self.cpu: float | None = None
        self.longest_stall = 0.0
        self._last_tick: float | None = None
        self._ticker = QTimer(self)
        self._ticker.setInterval(16)
        self._ticker.timeout.connect(self._tick)
        _app().installEventFilter(self)
        limit_ms = max(0, int((t0 + CLOCK_LIMIT_S - time.time()) * 1000))
        QTimer.singleShot(limit_ms, self, self._give_up)

    @classmethod
    def from_environment(cls, window: QMainWindow) -> StartupClock | None:
        value = os.environ.get(T0_VARIABLE)
        return cls(window, float(value)) if value else None

    def _give_up(self) -> None:
        """No curve in time: say so on the same line (a benchmark fails with it, never waits forever) and exit 1."""
        if self.live_curve is not None:  # the engine's curve came; its comparison with the preview's, maybe not
            if self._ticker.isActive():
                self._report(give_up=True)
            return
        _app().removeEventFilter(self)
        paint = "none" if self.first_paint is None else f"{self.first_paint:.3f}"
        curve = "none" if self.first_curve is None else f"{self.first_curve:.3f}"
        self._emit(f"startup: no first curve within {CLOCK_LIMIT_S} s (first_paint={paint} first_curve={curve})")
        QTimer.singleShot(0, lambda: _app().exit(1))

    def _tick(self) -> None:
        now = time.time()
        if self._last_tick is not None:
            self.longest_stall = max(self.longest_stall, now - self._last_tick)
        self._last_tick = now
        if self.live_curve is not None:
            self._report()

    def eventFilter(self, obj, event) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(obj, QWidget) or obj.window() is not self._window:
            return False
        now = time.time() - self._t0
        if self.first_paint is None:
            self.first_paint, self.paint_cpu = now, time.process_time()
            self._last_tick = time.time()
            self._ticker.start()
            return False
        if self.first_curve is None and curve_painted(obj, self._window):
            self.first_curve, self.cpu = now, time.process_time()
        if self.first_curve is not None and curve_painted(obj, self._window, live=True):
            self.live_curve = now
            self._tick()
            _app().removeEventFilter(self)
        return False

    def _report(self, give_up: bool = False) -> None:
        """The line, once the explorer's curves computed now have been compared with the preview's (if one was shown);
        ``give_up``: now, whatever the comparison says (``preview=pending``), and exit 1."""
        status = getattr(self._window, "preview_status", lambda: "none")()
        if status == "pending" and not give_up:
            return  # the ticker asks again
        self._ticker.stop()
        assert self.first_paint is not None and self.first_curve is not None and self.live_curve is not None
        self._emit(
            f"startup: first_paint={self.first_paint:.3f} paint_cpu={self.paint_cpu:.3f} first_curve={self.first_curve:.3f} "
            f"longest_stall={self.longest_stall:.3f} cpu={self.cpu:.3f} live_curve={self.live_curve:.3f} preview={status}"
        )
        QTimer.singleShot(0, (lambda: _app().exit(1)) if status == "pending" else _app().quit)


def curve_painted(widget: QWidget, window: QMainWindow, live: bool = False) -> bool:
    """True when ``widget`` (being painted) shows a curve of ``window``: a pyqtgraph view (or its viewport), on screen,
    whose scene holds data, of a tab once the tabs are loaded or (unless ``live``) of the start-up preview (the
    explorer's curves as the engine computed them earlier, :mod:`gui.startup_cache`)."""
    from gui.startup_cache import PREVIEW_PROPERTY  # (imported by the time a plot paints)

    view = _plot_view(widget)
    if view is None or not view.isVisible() or not _shows_data(view):
        return False
    if view.property(PREVIEW_PROPERTY):
        return not live
    return getattr(window, "loaded", False)


def _plot_view(widget: QWidget) -> QWidget | None:
    """The pyqtgraph view ``widget`` is (or whose viewport it is), else None.

    Any subclass counts: the explorer's ``StackedPlots`` derives from ``GraphicsLayoutWidget`` in
    ``gui.explorer.plots``, which a test of the class's own module missed (issue 28: no line ever came)."""
    for w in (widget, widget.parentWidget()):
        if w is not None and any(cls.__module__.startswith("pyqtgraph") for cls in type(w).__mro__):
            return w
    return None


def _shows_data(view: QWidget) -> bool:
    """True when ``view``'s scene holds a visible curve, image or bar with data: a plot, not empty axes."""
    pg = sys.modules.get("pyqtgraph")
    scene = view.scene() if hasattr(view, "scene") else None
    if pg is None or scene is None:
        return False
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.PlotCurveItem) and item.xData is not None and len(item.xData) > 0:
            return True
        if isinstance(item, pg.ImageItem) and item.image is not None:
            return True
        if isinstance(item, (pg.BarGraphItem, pg.ScatterPlotItem)) and item.boundingRect().isValid():
            return True
    return False


def open_window(language: str | None = None, restore: bool = False, log_now: bool = True) -> MainWindow:
    """The QApplication (with translations: ``language``, else the remembered choice) and the main window, shown
    (``restore``: at its last size and place); the tabs are not built yet. ``log_now``: the log file and the error
    dialog set up first (else the caller does it: :func:`gui.start_log.log_and_report_errors`)."""
    # --lang, else View > Language, else the system's; pyqtgraph (and numpy) only after the first paint (start_tabs)
    create_app(language=language or remembered_language(), plot_look=False)
    if log_now:
        log_and_report_errors()
    window = MainWindow()
    if restore:
        restore_geometry(window)
    StartupClock.from_environment(window)  # off unless bench/startup.py asks
    window.show()
    return window


def start_tabs(window: MainWindow, session: str | None = None, fresh: bool = False) -> None:
    """Build the tab to show, with ``session`` (a file named on the command line) or, unless ``fresh``, the state the
    window had when last closed; the other tabs once its curve has been painted. A bad file leaves the defaults
    (and says why: a message box, or the log). All at once: :func:`start_tab_steps` are its steps."""
    for step in start_tab_steps(window, session, fresh):
        step()


def start_tab_steps(window: MainWindow, session: str | None = None, fresh: bool = False) -> list[Callable[[], None]]:
    """:func:`start_tabs` as steps, for one turn of the event loop each (:func:`in_steps`): the biggest parts of the
    tab to show, then the tab built off screen with them (the preview or "Loading PyTorch…" stays), then the
    session shown in it and the tab put on screen (its first paint shows the session, never the defaults), then the
    lessons."""

    def frame() -> None:
        apply_plot_look()
        window.load_frame()

    def show() -> None:
        if session:
            if window.open_session(session, read):
                _keep_named_curves_later(window, session)
        elif not fresh:
            window.session_actions.restore_last(read)
        window.load_first()  # the first tab, if neither file gave one

    def rest() -> None:
        window.lessons.app_started(session_named=bool(session))  # the restored lesson's panel, or the first start's page
        after_first_curve(window, window.build_later)

    read = _read_at_start(session, fresh)  # read once: it names the tab to build, then it is shown
    first = read.get("tab") if isinstance(read, dict) else None
    return [frame, *window.parts_ahead(first), lambda: window.prepare(first), show, rest]


def _keep_named_curves_later(window: MainWindow, session: str) -> None:
    """Once the explorer has painted the curves of the session file named on the command line, keep them for the next
    start with that file (:func:`gui.startup_cache.keep_named_curves`): its first screen shows them before torch."""
    tab = window.current_tab()
    if tab is None or getattr(tab, "session_key", None) != "explorer":
        return
    from gui.explorer.preview import cached_view_of
    from gui.startup_cache import keep_named_curves, section_key

    opened = section_key(tab.state().section())
    after_first_curve(
        window,
        lambda: keep_named_curves(Path(session), cached_view_of(tab), opened),  # type: ignore[arg-type]  # the explorer
        fallback_ms=30_000,
    )


def _read_at_start(session: str | None, fresh: bool) -> dict[str, Any] | SessionError | None:
    """The session file the start shows (``session``, else unless ``fresh`` the last one), read and checked once
    (:func:`sessions.read_session`): its data, the error that the step showing it reports, or None where there is no
    file or reading failed unexpectedly (that step then reads it again and reports as always)."""
    from gui.startup_cache import last_session_path
    from sessions import SessionError, read_session  # (the engine's, loaded by now)

    path = session or (None if fresh else last_session_path())
    if path is None or (not session and not Path(path).is_file()):
        return None  # no last session: the defaults
    try:
        return read_session(path)
    except SessionError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - the step that shows the session reads it again and says why
        log.info("the session %s could not be read ahead (%s)", path, exc)
        return None


def run(language: str | None = None, session: str | None = None, fresh: bool = False) -> int:
    """Show the main window and run the event loop until it closes; the exit status.

    ``session``: a session file to open; ``fresh``: start with the defaults, not the last size and state.

    The garbage collector waits until the first curve: start-up makes millions of long-lived objects (torch,
    Qt, the tabs) and little garbage, and each full pass over them cost ~30 ms (nine of them, 0.1 s of CPU,
    while the first tab was built; more during the imports). Then they are frozen (:func:`gc.freeze`: later
    passes skip them) and collection resumes.
    """
    gc.disable()
    early = keep_early()  # what is logged before the log file is set up (after the first paint) goes to it then
    window = open_window(language, restore=not fresh, log_now=False)

    def painted() -> None:
        # Once the window is on screen, the log's and the cache's modules and numpy load on a worker thread, then the
        # GUI thread sets up the log and imports pyqtgraph in steps (the plots' library: Qt objects, so not on the
        # worker) and shows the explorer's curves as the engine computed them earlier, when a cache holds the state to
        # be shown; then torch loads on the worker while the window answers; then the tab to show is built (taking the
        # preview's place), the others later.
        import_in_background(
            [*AFTER_PAINT_MODULES, "numpy", *PLOT_LIBRARY_MODULES],
            lambda: in_steps((partial(log_and_report_errors, early), *PLOT_LIBRARY_STEPS), preview, parent=window),
            parent=window,
        )

    def preview() -> None:
        from gui.startup_cache import cached_view_for_start

        view = cached_view_for_start(session, fresh)
        if view is None:
            torch_next()
            return
        in_steps(PREVIEW_STEPS, lambda: show_preview(view), parent=window)  # its modules, its plots: a turn each

    def show_preview(view: CachedView) -> None:
        window.show_preview(view)
        _FirstPaint(window, torch_next, 500, when=lambda widget: curve_painted(widget, window))  # torch once it is seen

    def torch_next() -> None:
        # torch's big library loaded with the GIL released, then the engine and the modules of the window's frame
        # and of the explorer imported, all on the worker (pure Python imports let the GUI thread run every 5 ms).
        import_in_background(["engine", *TAB_MODULES], tabs, parent=window, preload=["torch"])

    def tabs() -> None:
        # The toolbar, session actions and lessons, the tab built, the session shown: one turn each, shorter holds
        # of the event loop instead of one long one (the window repaints and answers in between).
        in_steps(start_tab_steps(window, session, fresh), lambda: None, parent=window)

    def collect_again() -> None:
        gc.freeze()
        gc.enable()

    after_first_paint(window, painted)
    after_first_curve(window, collect_again, fallback_ms=30_000)  # the explorer's own curve, not the preview's
    return _app().exec()
