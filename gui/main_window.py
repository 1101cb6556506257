"""The main window: a tab per topic, a status bar saying how the visible tab's plot was computed.

The window is shown before torch is imported, so the user never stares at nothing while torch
loads. Then (``load_first``) only the tab to be shown is built; the others follow one per turn of
the event loop (``build_later``), so the first curve does not wait for tabs nobody looks at yet.
``load`` (and ``lab_tabs``) build every tab still missing at once: callers see them all.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from gui.actions import FileActions
from gui.common import wheel
from gui.common.lab_window import LabWindow
from gui.common.language import LanguageMenu
from gui.common.paths import resource
from gui.common.responsive import Folding
from gui.common.scale import refresh_size_hints
from gui.common.tabs import LabTab, TabState
from gui.help_actions import HelpActions
from gui.view_actions import ViewActions
from gui.window_geometry import remember_geometry

if TYPE_CHECKING:
    from gui.startup_cache import CachedView
    from sessions import SessionError

log = logging.getLogger("activation_lab.startup")

#: The tabs' session keys, in the tabs' order.
TABS = ("explorer", "initialization", "depth", "training", "race")
#: What :meth:`MainWindow.load_frame` and the first tab import (no Qt object made at import): start-up imports
#: them on its worker thread with the engine, so the GUI thread only builds.
TAB_MODULES = ("gui.common.device_bar", "gui.lessons.menu", "gui.session_actions", "gui.explorer.tab")


def _tab_class(key: str) -> type[LabTab]:
    """The class of tab ``key``, imported now (the first import loads torch). Plain import statements, so that
    PyInstaller sees them."""
    if key == "explorer":
        from gui.explorer.tab import ExplorerTab

        return ExplorerTab
    if key == "initialization":
        from gui.initialization.tab import InitTab

        return InitTab
    if key == "depth":
        from gui.depth.tab import DepthTab

        return DepthTab
    if key == "training":
        from gui.training.tab import TrainingTab

        return TrainingTab
    from gui.race.tab import RaceTab

    return RaceTab


def _restore(tab: LabTab, section: object) -> None:
    """Show a session's (checked) section in ``tab``: every tab of TABS restores its own."""
    tab.show_state(section)


class MainWindow(LabWindow):
    def __init__(self):
        super().__init__()
        wheel.install()  # the wheel scrolls panels; a spin box, combo box or slider takes it only with the focus
        self.setWindowTitle(self.tr("Activation Lab"))
        icon = resource("icons", "activation-lab.png")
        if icon.exists():
            self.setWindowIcon(QIcon(str(icon)))
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is None:
            self.resize(1280, 800)
        elif screen.width() >= 1500:  # room for the explorer's three columns
            self.resize(min(1600, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9)))
        else:  # never more than the screen has (a 1024×768 projector)
            self.resize(min(1280, screen.width()), min(800, screen.height()))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        loading = QLabel(self.tr("Loading PyTorch…"))
        loading.setProperty("alignment", "AlignCenter")  # by name: Qt.AlignmentFlag would build Qt's enums (~17 ms)
        self.tabs.addTab(loading, self.tr("Activation Lab"))
        self.setCentralWidget(self.tabs)
        self.device_bar = None  # device/dtype toolbar, added by load() (it needs torch)
        self.statusBar().showMessage(self.tr("Starting…"))
        self.statusBar().messageChanged.connect(self._restore_tab_status)
        self.file_actions = FileActions(self)  # File menu and toolbar: export, copy, gallery, quit
        self.session_actions = None  # File > Save/Open session, added by load() (sessions check with the engine)
        self.session_lesson = None  # a session's "lesson" block, kept as it came
        self.view_actions = ViewActions(self)  # View menu: presentation mode, scale, hide controls, palette
        self.help_actions = HelpActions(self)  # Help menu: user guide, keyboard shortcuts, about
        self.language_menu = LanguageMenu(self)  # View > Language
        self.loaded = False
        self.preview: QWidget | None = None  # the explorer's cached curves while the engine loads (show_preview)
        self.previewed: CachedView | None = None  # what it showed, until compared with the explorer's own curves
        self._preview_result = "none"  # preview_status() once compared
        self._tabs: dict[str, LabTab] = {}  # built so far, by session key
        self._pending: dict[str, TabState] = {}  # session sections (tab states) for tabs not built yet
        self._prepared: dict[str, LabTab] = {}  # built off screen (prepare), not yet in the window
        self.folding: Folding | None = None

    def load(self) -> None:
        """Import the engine (torch) and build every tab; safe to call twice."""
        self.load_first()
        self._build_all()

    def load_frame(self) -> None:
        """Import the engine (torch), add the device toolbar, the session actions and the lessons; no tab yet."""
        if self.loaded:
            return
        from gui.common.device_bar import DeviceBar
        from gui.lessons.menu import install_lessons
        from gui.session_actions import SessionActions

        self.device_bar = DeviceBar(self)
        self.addToolBar(self.device_bar)
        self.session_actions = SessionActions(self)
        self.loaded = True
        self.tabs.currentChanged.connect(self._tab_changed)
        self.lessons = install_lessons(self)  # Lessons menu, lesson panel, the start page on the first start
        # control columns fold and the lesson panel moves below the plots when the window is narrow
        self.folding = Folding(self, self.lessons.panel)
        self.folding.user_hidden = self.view_actions.controls_action.isChecked()
        self.session_actions.opened.connect(self.lessons.session_opened)

    def load_first(self, key: str | None = None) -> None:
        """:meth:`load_frame`, and tab ``key`` built (None: the first, unless a tab is built already); the others
        come with :meth:`build_later` or :meth:`load`. Safe to call twice."""
        self.load_frame()
        if key is None and self._tabs:
            return
        if key not in self._tabs:
            self._built(key if key in TABS else TABS[0])
            self._styled()
            self._tab_changed()

    def prepare(self, key: str | None = None) -> None:
        """Build tab ``key`` (None: the first) off screen: the window shows what it showed until :meth:`load_first`
        puts it in (start-up's steps: the building and the showing of a session in it are two turns of the event
        loop, and the tab's first paint already shows the session)."""
        self.load_frame()
        key = key if key in TABS else TABS[0]
        if key not in self._tabs and key not in self._prepared:
            self._prepared[key] = _tab_class(key)()

    def parts_ahead(self, key: str | None = None) -> list[Callable[[], None]]:
        """Steps that make the biggest parts of tab ``key`` (None: the first) before :meth:`prepare` builds it."""
        if (key if key in TABS else TABS[0]) != "explorer" or "explorer" in self._tabs:
            return []
        from gui.explorer.layout import parts_ahead

        return parts_ahead()

    def build_later(self) -> None:
        """Build the tabs still missing, one per turn of the event loop (the window answers in between)."""
        if self._build_next():
            QTimer.singleShot(0, self, self.build_later)

    def _build_next(self) -> bool:
        """Build the first tab still missing; False when none was."""
        missing = [key for key in TABS if key not in self._tabs]
        if not self.loaded or not missing:
            return False
        self._built(missing[0])
        self._styled()
        return True

    def _styled(self) -> None:
        """The tabs built so far at the remembered scale and palette, measured and folded for the window."""
        self.view_actions.restyle()
        refresh_size_hints(self)  # every combo box measured as it will be after any scale change
        if self.folding is not None:
            self.folding.update()

    def _built(self, key: str) -> LabTab:
        """Tab ``key``, built (and placed in its order, given its pending session section) if it was not yet."""
        if key in self._tabs:
            return self._tabs[key]
        tab = self._prepared.pop(key, None) or _tab_class(key)()
        tab.status.connect(lambda text, tab=tab: self._tab_status(tab, text))
        bar = self.device_bar  # added by load_frame(), before any tab
        if hasattr(tab, "set_compute") and bar is not None:
            bar.changed.connect(tab.set_compute)
            choice = (bar.device(), bar.dtype())
            if choice != (bar.device_combo.itemData(0), bar.dtype_combo.itemData(0)):
                tab.set_compute(*choice)  # chosen before this tab was built
        if not self._tabs:
            self.tabs.clear()  # the "Loading PyTorch…" page (or the preview) stays until the first tab takes its place
            if self.preview is not None:
                self.preview.deleteLater()
                self.preview = None
        self._tabs[key] = tab
        order = [k for k in TABS if k in self._tabs]
        self.tabs.insertTab(order.index(key), tab, tab.title())
        if key in self._pending:
            _restore(tab, self._pending.pop(key))
        # Everything imported and built so far (torch, Qt, the tabs: millions of objects) lives as long as
        # the app; frozen, the garbage collector's full passes skip it. Unfrozen, a full pass while the
        # training tab played blocked the event loop for 250 ms (bench/training.py, the stall row).
        gc.freeze()
        return tab

    def show_preview(self, view: CachedView) -> None:
        """Show ``view`` (the explorer's curves as the engine computed them earlier) in place of the "Loading
        PyTorch…" page, until the first tab is built."""
        if self._tabs or self.preview is not None:
            return
        from gui.explorer.preview import ExplorerPreview, tab_title

        self.preview, self.previewed = ExplorerPreview(view), view
        self.tabs.clear()
        self.tabs.addTab(self.preview, tab_title())

    def preview_status(self) -> str:
        """How the explorer's own curves compare with the preview's: ``match``, ``differ`` (logged), ``none`` (no
        preview was shown, or another tab is shown), or ``pending`` (the explorer not built or computed yet)."""
        if self.previewed is None:
            return self._preview_result
        tab = self._tabs.get("explorer")
        if tab is None or tab is not self.current_tab():
            return "pending" if not self._tabs else "differ"  # another tab took the preview's place
        from gui.explorer.preview import same_curves

        same = same_curves(self.previewed, tab)  # type: ignore[arg-type]  # the explorer tab
        if same is None:
            return "pending"
        if not same:
            log.warning("the start-up preview showed other curves than the engine computes now")
        self.previewed, self._preview_result = None, "match" if same else "differ"
        return self._preview_result

    def restore_sections(self, sections: dict) -> None:  # session key -> that tab's checked state
        """Give each tab its session section: a built tab now, one not built yet when it is."""
        for key, section in sections.items():
            if key in self._tabs:
                _restore(self._tabs[key], section)
            elif key in TABS:
                self._pending[key] = section

    def pending_states(self) -> dict[str, TabState]:
        """The session sections given to tabs not built yet (by session key), shown when each is built."""
        return dict(self._pending)

    def show_tab(self, key: str) -> None:
        """Make tab ``key`` (a session key) the one on screen, building it if it is not yet."""
        if self.loaded and key in TABS:
            self.tabs.setCurrentWidget(self._built(key))

    def _tab_status(self, tab: LabTab, text: str) -> None:
        """A tab's message reaches the status bar only while that tab is the one on screen."""
        if tab is self.current_tab():
            self.statusBar().showMessage(text)

    def _tab_changed(self, *_) -> None:
        """The status bar shows the visible tab's last message; the device/dtype toolbar is live
        only on tabs that take it (``set_compute``)."""
        tab = self.current_tab()
        if self.device_bar is not None:
            self.device_bar.setEnabled(hasattr(tab, "set_compute"))
        if tab is not None:
            self.statusBar().showMessage(tab.last_message())

    def _restore_tab_status(self, text: str) -> None:
        """A passing message (e.g. "Exported ...") timed out: the visible tab's message comes back."""
        tab = self.current_tab()
        if not text and tab is not None and tab.last_message():
            self.statusBar().showMessage(tab.last_message())

    def built_tabs(self) -> list[LabTab]:
        """The tabs built so far, in order (building none: for what runs while the others wait their turn)."""
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), LabTab)]

    def lab_tabs(self) -> list[LabTab]:
        """Every tab, in order (those not built yet are built now)."""
        self._build_all()
        return self.built_tabs()

    def _build_all(self) -> None:
        while self._build_next():
            pass

    def current_tab(self) -> LabTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, LabTab) else None

    # ---- session files (gui.session_actions) ------------------------------------------------------------

    def session_state(self, include_trained: bool = False) -> dict:
        """The window as a session: the tab shown and every tab's section (the trained network if asked)."""
        self.load()
        return self.session_actions.session_state(include_trained)

    def apply_session(self, data: Mapping[str, Any]) -> None:
        """Show a session already checked whole (:func:`sessions.parse_session`)."""
        self.load_first(data.get("tab"))
        self.session_actions.apply(data)

    def open_session(self, path, read: Mapping[str, Any] | SessionError | None = None) -> bool:
        """Open a session file; False (window unchanged, a message box saying what and where) if it is bad. ``read``:
        the file as :func:`sessions.read_session` read it already (:meth:`gui.session_actions.SessionActions.open`)."""
        self.load_frame()
        return self.session_actions.open(path, read)

    def closeEvent(self, event) -> None:
        remember_geometry(self)
        if self.session_actions is not None:
            self.session_actions.remember()
        super().closeEvent(event)
