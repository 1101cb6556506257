"""File > Save session…, Open session…, Open recent: the whole window to and from a ``.alab`` file.

:func:`window_session` collects every tab's section (:mod:`sessions` defines the file) and
:func:`apply_window_session` shows a checked session in every tab it has a section for. A file
is checked whole before any tab changes (:func:`sessions.read_session`): a bad one leaves
the window as it was and a message box says what is wrong and where. The window remembers the
last eight files (setting ``session/recent``) and, on closing, its state as a session in the
settings folder (``last-session.alab``) that the next start opens again, unless started with
``--fresh`` or with a file.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout, QMenu, QMessageBox

from gui.app import APP_VERSION
from gui.common.lab_window import LabWindow
from gui.common.settings import read_setting, write_setting
from gui.common.tabs import LabTab, TabState
from gui.menus import top_menu
from gui.startup_cache import cache_path, last_session_path, session_key, write_cache
from sessions import FORMAT, SUFFIX, TAB_KEYS, VERSION, SessionError, read_session, write_session
from userfiles import remove_stale_parts

log = logging.getLogger("activation_lab.sessions")

RECENT_KEY = "session/recent"
MAX_RECENT = 8


def _tab_state(tab: LabTab, include_trained: bool) -> TabState:
    """``tab``'s state; the training tab's with its trained network if ``include_trained``."""
    if include_trained:
        from gui.training.tab import TrainingTab  # built already (the window built every tab to save)

        if isinstance(tab, TrainingTab):
            return tab.state(with_network=True)
    return tab.state()


def _read(path: Path, read: Mapping[str, Any] | SessionError | None) -> Mapping[str, Any]:
    """The session file ``path`` checked whole: ``read`` when given (its error raised again), else read now."""
    if isinstance(read, SessionError):
        raise read
    return read_session(path) if read is None else read


def window_session(window: LabWindow, include_trained: bool = False, build: bool = True) -> dict[str, Any]:
    """The window as a session: the tab shown and every tab's section (the training tab's weights if asked).

    ``build=False`` (on closing) builds no tab: a tab not built yet keeps the section it was given, if any
    (building every tab to quit cost 1.4 s and, before the engine had loaded, imported torch)."""
    tabs = {tab.session_key: tab for tab in (window.lab_tabs() if build else window.built_tabs())}
    states = {} if build else window.pending_states()
    states.update({key: _tab_state(tab, include_trained) for key, tab in tabs.items()})
    sections = {key: states[key].section() for key in TAB_KEYS if key in states}
    current = window.current_tab()
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": APP_VERSION,
        "tab": getattr(current, "session_key", next(iter(tabs), "explorer")),
        "tabs": sections,
    }
    if window.session_lesson is not None:
        data["lesson"] = window.session_lesson
    return data


def apply_window_session(window: LabWindow, data: Mapping[str, Any]) -> None:
    """Show the checked session ``data`` (from :func:`sessions.parse_session`): every tab it has a section for,
    the precision, the tab shown. Sections already checked whole, so no tab refuses its own."""
    window.load_first(data.get("tab"))  # the tab to be shown first; the others as they are built
    sections = data.get("tabs", {})
    explorer = sections.get("explorer")
    if explorer is not None and window.device_bar is not None:  # the toolbar tells every tab, as when the user picks
        window.device_bar.set_choice(explorer.device, explorer.dtype)
    window.restore_sections(sections)
    window.session_lesson = data.get("lesson")
    if data.get("tab"):
        window.show_tab(data["tab"])


class SessionActions(QObject):
    """Save session… (Ctrl+S), Open session… (Ctrl+O) and Open recent at the top of the File menu.

    ``path`` is the session file the window shows (None: none); ``problem_box`` is the last message
    box that said why a file could not be opened or saved (tests read its text).
    """

    #: A session file was opened and shown: its whole checked content (the lessons show its "lesson" block).
    opened = Signal(object)  # object, not dict: Qt would convert the dict (and overflow on a number beyond int64)

    def __init__(self, window: LabWindow):
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.problem_box: QMessageBox | None = None
        self.include_trained = False  # the save dialog's last choice
        self.save_action = QAction(self.tr("&Save session…"), window)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setToolTip(self.tr("Save every tab's settings to a .alab file (Ctrl+S)"))
        self.save_action.triggered.connect(self.save_dialog)
        self.open_action = QAction(self.tr("&Open session…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_dialog)
        self.recent_menu = QMenu(self.tr("Open &recent"), window)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        menu = top_menu(window, "file")
        actions = [self.open_action, self.recent_menu.menuAction(), self.save_action]
        if menu.actions():
            first = menu.actions()[0]
            menu.insertActions(first, actions)
            menu.insertSeparator(first)
        else:
            menu.addActions(actions)
            menu.addSeparator()
        self.fill_recent_menu()

    def session_state(self, include_trained: bool = False) -> dict:
        """The window as a session (see :func:`window_session`)."""
        return window_session(self.window, include_trained)

    def apply(self, data: Mapping[str, Any]) -> None:
        """Show a checked session (see :func:`apply_window_session`)."""
        apply_window_session(self.window, data)

    # ---- saving ---------------------------------------------------------------------------------------

    def save(self, path: str | Path, include_trained: bool = False) -> bool:
        """Write the window's session to ``path`` (atomic); False after saying why it could not."""
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(SUFFIX)
        try:
            write_session(target, window_session(self.window, include_trained))
        except SessionError as exc:
            self._problem(self.tr("Session not saved"), exc)
            return False
        self._opened(target)
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(target), 8000)
        return True

    def save_dialog(self) -> bool:
        """Ask where to save (and whether to include the trained network), then save."""
        dialog = QFileDialog(self.window, self.tr("Save session"), str(self.path or ""), self._filter())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(SUFFIX[1:])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the tick box below needs Qt's own dialog
        include = QCheckBox(self.tr("include the trained network (its weights as numbers)"))
        include.setChecked(self.include_trained)
        layout = dialog.layout()
        if isinstance(layout, QGridLayout):
            layout.addWidget(include, layout.rowCount(), 0, 1, layout.columnCount())
        if not dialog.exec() or not dialog.selectedFiles():
            return False
        self.include_trained = include.isChecked()
        return self.save(dialog.selectedFiles()[0], self.include_trained)

    # ---- opening --------------------------------------------------------------------------------------

    def open(self, path: str | Path, read: Mapping[str, Any] | SessionError | None = None) -> bool:
        """Open the session file ``path``: checked whole first; False (window unchanged) after saying what and where.
        ``read``: what :func:`read_session` gave for it already (start-up reads the file once: :mod:`gui.startup`)."""
        target = Path(path)
        try:
            data = _read(target, read)
        except SessionError as exc:
            self._problem(self.tr("Session not opened"), exc, target)
            return False
        apply_window_session(self.window, data)
        self._opened(target)
        self.opened.emit(data)
        return True

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), str(self.path or ""), self._filter())
        return self.open(path) if path else False

    # ---- recent files ---------------------------------------------------------------------------------

    def recent(self) -> list[str]:
        """The remembered session files, newest first."""
        return [line for line in read_setting(RECENT_KEY, "").splitlines() if line][:MAX_RECENT]

    def fill_recent_menu(self) -> None:
        """The recent files that still exist; the others are dropped from the list, saying so."""
        existing: list[str] = []
        gone: list[str] = []
        for path in self.recent():
            (existing if Path(path).is_file() else gone).append(path)
        if gone:
            write_setting(RECENT_KEY, "\n".join(existing))
            self.window.statusBar().showMessage(
                self.tr("No longer there, removed from the recent sessions: {0}").format(", ".join(gone)), 8000
            )
        self.recent_menu.clear()
        for path in existing:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
        self.recent_menu.setEnabled(bool(existing))

    # ---- start and close ------------------------------------------------------------------------------

    def remember(self) -> None:
        """Keep the window's state for the next start (logged, never raised, when it cannot)."""
        try:
            data = window_session(self.window, build=False)
            write_session(last_session_path(), data, follow_links=False)
        except (ValueError, TypeError, OSError) as exc:  # SessionError and the engine's are ValueErrors: closing goes on
            log.warning("could not keep the window's state for the next start: %s", exc)
            return
        self._keep_curves(data)

    def _keep_curves(self, data: Mapping[str, Any]) -> None:
        """The explorer's curves beside the last session, for the next start's first screen (gui.startup_cache): when
        the explorer is built; when it is the tab shown and shows curves all computed, else none (the old cache goes)."""
        explorer = next((tab for tab in self.window.built_tabs() if tab.session_key == "explorer"), None)
        if explorer is None:
            return  # not built: its section is the one it was given, and so is the cache of it, if any
        from gui.explorer.preview import cached_view_of

        view = cached_view_of(explorer) if data.get("tab") == "explorer" else None  # type: ignore[arg-type]
        write_cache(cache_path(), None if view is None else replace(view, key=session_key(view.key)))

    def restore_last(self, read: Mapping[str, Any] | SessionError | None = None) -> bool:
        """Show the state the window had when last closed; False (logged, defaults kept) when there is none or it is bad.
        ``read``: what :func:`read_session` gave for it already (as :meth:`open`)."""
        path = last_session_path()
        for part in remove_stale_parts(path.parent):  # a write killed last time (the settings folder is ours)
            log.info("removed %s, left by a write that did not finish", part)
        if read is None and not path.is_file():
            return False
        try:
            data = _read(path, read)
        except SessionError as exc:
            log.warning("the last session %s cannot be opened (%s): starting with defaults", path, exc)
            return False
        apply_window_session(self.window, data)
        return True

    # ---- helpers --------------------------------------------------------------------------------------

    def _opened(self, path: Path) -> None:
        self.path = path.resolve()
        recent = [str(self.path), *(p for p in self.recent() if p != str(self.path))]
        write_setting(RECENT_KEY, "\n".join(recent[:MAX_RECENT]))
        self.fill_recent_menu()
        self.window.setWindowTitle(self.tr("{0} — Activation Lab").format(path.name))

    def _problem(self, title: str, exc: SessionError, path: Path | None = None) -> None:
        where = self.tr("Where: {0}").format(exc.where) if exc.where else ""
        name = path.name if path is not None else ""
        text = "\n\n".join(part for part in (name, exc.message, where) if part)
        self.problem_box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        self.problem_box.open()  # window-modal, not blocking: the window stays as it was behind it

    def _filter(self) -> str:
        return self.tr("Activation Lab sessions (*{0});;All files (*)").format(SUFFIX)
