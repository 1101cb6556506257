"""The Lessons menu: the bundled lessons in order, Next / Previous (Page Down / Page Up), the lesson's next step
(N), a teacher's own file, the start page; and the lesson panel they open.

A lesson's steps (:class:`~gui.lessons.model.LessonStep`: "untick training", "choose tanh") are done by the
panel's step button or N, so a lesson runs by keys alone even with the controls folded away.

Opening a lesson applies its whole session through ``window.apply_session`` (all or nothing:
a file that does not load leaves the window as it was and says what is wrong and where), then
shows the panel. Bundled lesson text is translated at run time under the context ``"Lessons"``
(``tools/translations.py`` extracts it from ``resources/lessons``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from engine.errors import EngineError
from gui.common.lab_window import LabWindow
from gui.common.paths import resource
from gui.lessons.model import (
    SUFFIX,
    Lesson,
    SessionError,
    catalogue,
    lesson_from_session,
    neighbour,
    read_lesson,
    step_session,
)
from gui.lessons.panel import LessonPanel
from gui.lessons.start_page import HEADLESS_PLATFORMS, StartPage, remember_shown, wants_start_page
from gui.menus import top_menu

log = logging.getLogger("activation_lab")


def lessons_folder() -> Path:
    """Where the bundled lessons live (``resources/lessons``, also in the frozen app)."""
    return resource("lessons")


def lesson_tr(text: str) -> str:
    """A bundled lesson's text in the user's language (the template holds it under "Lessons")."""
    return QCoreApplication.translate("Lessons", text)


class LessonActions(QObject):
    """The Lessons menu and panel of ``window``."""

    #: A lesson was opened (its number; a teacher's own lesson keeps the number its file gives).
    opened = Signal(int)

    def __init__(self, window: LabWindow, folder: Path | None = None):
        super().__init__(window)
        self.window = window
        self.folder = folder or lessons_folder()
        try:
            self.lessons: list[Lesson] = catalogue(self.folder)
        except (SessionError, OSError) as exc:  # a broken bundle must not stop the app: no lessons, said in the log
            log.error("the bundled lessons in %s cannot be used: %s", self.folder, exc)
            self.lessons = []
        self.current: Lesson | None = None
        self.steps_done = 0  # of the current lesson's steps
        self.message_box: QMessageBox | None = None
        self.panel = LessonPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.previous_requested.connect(self.previous_lesson)
        self.panel.next_requested.connect(self.next_lesson)
        self.panel.step_requested.connect(self.do_next_step)

        self.menu = top_menu(window, "lessons")
        self.lesson_actions: list[QAction] = []
        for lesson in self.lessons:
            action = QAction(self.tr("&{0}  {1}").format(lesson.number, lesson_tr(lesson.title)), window)
            action.triggered.connect(lambda _=False, lesson=lesson: self.open_lesson(lesson))
            self.menu.addAction(action)
            self.lesson_actions.append(action)
        self.menu.addSeparator()
        self.next_action = QAction(self.tr("&Next lesson"), window)
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(self.next_lesson)
        self.previous_action = QAction(self.tr("&Previous lesson"), window)
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.triggered.connect(self.previous_lesson)
        self.step_action = QAction(self.tr("Do the lesson's next step"), window)
        self.step_action.setShortcut(QKeySequence(Qt.Key.Key_N))
        self.step_action.triggered.connect(self.do_next_step)
        self.open_action = QAction(self.tr("&Open lesson file…"), window)
        self.open_action.setToolTip(self.tr("Open a lesson you wrote yourself (a session file with a lesson block)"))
        self.open_action.triggered.connect(lambda: self.open_lesson_file())
        self.panel_action = self.panel.toggleViewAction()
        self.panel_action.setText(self.tr("Show the lesson &panel"))
        for action in (self.next_action, self.previous_action, self.step_action):
            # the plots and spin boxes take Page Up/Down for themselves when focused: the lesson keys win
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.open_action)
        self.menu.addAction(self.panel_action)
        self.start_page_action = QAction(self.tr("&Start page…"), window)
        self.start_page_action.triggered.connect(self.show_start_page)
        self.menu.addAction(self.start_page_action)
        self.start_page: StartPage | None = None
        self._update_actions()

    # ---- opening lessons ------------------------------------------------------------------------------

    def open_lesson(self, lesson: Lesson) -> bool:
        """Apply ``lesson``'s session to the window and show its panel; False (with a message) if refused, or
        when the user keeps a trained network the lesson would replace."""
        if not self._may_replace_training(lesson):
            return False
        try:
            self.window.apply_session(lesson.session)
        except (SessionError, EngineError) as exc:
            self._refuse(lesson.path, exc.where if isinstance(exc, SessionError) else exc.field, exc.message)
            return False
        self.current = lesson
        self.steps_done = 0
        self._name_window(lesson)
        self._show_panel()
        self._update_actions()
        self.opened.emit(lesson.number)
        return True

    def _may_replace_training(self, lesson: Lesson) -> bool:
        """True unless the lesson would replace a trained network (epoch > 0) and the user says no."""
        if "training" not in lesson.session.get("tabs", {}):
            return True
        trained = next((t for t in self.window.built_tabs() if getattr(t, "session_key", None) == "training"), None)
        epoch = trained.epoch() if trained is not None and hasattr(trained, "epoch") else 0
        if epoch <= 0:
            return True
        answer = QMessageBox.question(
            self.window,
            self.tr("Open lesson {0}?").format(lesson.number),
            self.tr("The lesson replaces the network trained to epoch {0} in the Training tab. Open it anyway?").format(epoch),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Open

    def _name_window(self, lesson: Lesson) -> None:
        """The title names the lesson, no longer the session file it replaced (Save then asks for a name)."""
        actions = getattr(self.window, "session_actions", None)
        if actions is not None:
            actions.path = None
        translate = lesson_tr if lesson in self.lessons else (lambda text: text)
        self.window.setWindowTitle(self.tr("Lesson {0}: {1} — Activation Lab").format(lesson.number, translate(lesson.title)))

    def show_session_lesson(self, data: dict) -> bool:
        """A session that was just opened some other way (File > Open session, the command line): show its lesson
        block in the panel when it has a good one; False (panel untouched) when it has none or a bad one."""
        if not isinstance(data, dict) or "lesson" not in data:
            return False
        try:
            lesson = lesson_from_session(data)
        except SessionError as exc:
            log.warning("the session's lesson block is not shown: %s", exc)
            return False
        self.current = self._bundled(lesson) or lesson
        self.steps_done = 0
        self._show_panel()
        self._update_actions()
        return True

    def session_opened(self, data: dict) -> None:
        """File > Open session (or Open recent) showed ``data``: its lesson in the panel, or no panel when the
        session has no lesson (the last lesson's text would no longer match what is on screen)."""
        if not self.show_session_lesson(data):
            self.current = None
            self.panel.hide()
            self._update_actions()

    def app_started(self, session_named: bool = False, platform: str | None = None) -> None:
        """The app has started (``gui.startup``): show the lesson the restored session holds, or else, on the very
        first start on a real screen (``platform``: Qt's, by default) with no session named, the start page."""
        if self.window.session_lesson is not None:
            self._show_restored_lesson()
        elif not session_named and self.lessons and wants_start_page(platform or QGuiApplication.platformName()):
            self.show_start_page()

    def _show_restored_lesson(self) -> None:
        """The restored session's lesson in the panel, unless the window was left on another tab than the lesson's
        (lesson 7's explorer text once showed over the Depth tab after a restart); then no panel."""
        try:
            lesson = lesson_from_session({"lesson": self.window.session_lesson})
        except SessionError as exc:
            log.warning("the session's lesson block is not shown: %s", exc)
            return
        bundled = self._bundled(lesson)
        shown = getattr(self.window.current_tab(), "session_key", None)
        if bundled is not None and shown is not None and bundled.tab != shown:
            return
        self.show_session_lesson({"lesson": self.window.session_lesson})

    def _bundled(self, lesson: Lesson) -> Lesson | None:
        """The bundled lesson ``lesson`` is a copy of (same number and words), so it is translated and walked as one."""
        words = (lesson.number, lesson.title, lesson.text, lesson.question)
        return next((known for known in self.lessons if (known.number, known.title, known.text, known.question) == words), None)

    def open_number(self, number: int) -> bool:
        """Open bundled lesson ``number`` (1-based)."""
        lesson = next((lesson for lesson in self.lessons if lesson.number == number), None)
        return lesson is not None and self.open_lesson(lesson)

    def next_lesson(self) -> bool:
        """The next bundled lesson (the first when none is open); False at the last."""
        return self._step(+1)

    def previous_lesson(self) -> bool:
        """The previous bundled lesson; False at the first."""
        return self._step(-1)

    def _step(self, step: int) -> bool:
        wanted = neighbour(self.lessons, self.current.number if self.current else None, step)
        if wanted is None:
            self.window.statusBar().showMessage(
                self.tr("This is the last lesson.") if step > 0 else self.tr("This is the first lesson."), 4000
            )
            return False
        return self.open_lesson(wanted)

    def do_next_step(self) -> bool:
        """Do the current lesson's next step on its tab (the step's fields over what the tab shows now); False, said
        in the status bar, when there is none left or the tab refuses it."""
        lesson = self.current
        if lesson is None or self.steps_done >= len(lesson.steps):
            self.window.statusBar().showMessage(self.tr("This lesson has no more steps."), 4000)
            return False
        step = lesson.steps[self.steps_done]
        self.window.show_tab(lesson.tab)
        tab = next((t for t in self.window.built_tabs() if getattr(t, "session_key", None) == lesson.tab), None)
        if tab is None:
            return False
        try:
            checked = step_session(lesson.tab, tab.state().section(), step)
        except SessionError as exc:  # the user's own settings make the step impossible (a formula the step cannot keep)
            self.window.statusBar().showMessage(f"{exc.where}: {exc.message}", 8000)
            return False
        self.window.restore_sections(checked["tabs"])
        self.steps_done += 1
        self.window.statusBar().showMessage(
            self.tr("Step {0} of {1}: {2}").format(self.steps_done, len(lesson.steps), self._translate(lesson)(step.do)), 8000
        )
        self._show_step()
        return True

    def _translate(self, lesson: Lesson):
        return lesson_tr if lesson in self.lessons else (lambda text: text)

    def _show_step(self) -> None:
        """The panel's step button: the next step's words, or none when every step is done."""
        lesson = self.current
        if lesson is None:
            return
        left = lesson.steps[self.steps_done :]
        text = self._translate(lesson)(left[0].do) if left else ""
        self.panel.show_step(self.steps_done + 1, len(lesson.steps), text)

    def open_lesson_file(self, path: Path | str | None = None) -> bool:
        """Open a teacher's own lesson file (asks for one when ``path`` is None); False if it was refused."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("Open lesson file"), "", self.tr("Activation Lab lessons (*{0})").format(SUFFIX)
            )
            if not chosen:
                return False
            path = chosen
        try:
            lesson = read_lesson(Path(path))
        except SessionError as exc:
            self._refuse(Path(path), exc.where, exc.message)
            return False
        return self.open_lesson(lesson)

    def show_start_page(self) -> StartPage:
        """Show the start page (not modal) and remember that it was shown."""
        if self.start_page is None:
            self.start_page = StartPage([(lesson.number, lesson.title) for lesson in self.lessons], lesson_tr, self.window)
            self.start_page.lesson_chosen.connect(self.open_number)
        self.start_page.show()
        if QGuiApplication.platformName() not in HEADLESS_PLATFORMS:  # offscreen Qt warns it cannot raise a window
            self.start_page.raise_()
            self.start_page.activateWindow()
        remember_shown()
        return self.start_page

    # ---- what the user sees ---------------------------------------------------------------------------

    def _show_panel(self) -> None:
        lesson, numbers = self.current, [lesson.number for lesson in self.lessons]
        if lesson is None:  # nothing opened yet
            return
        bundled = lesson in self.lessons
        translate = lesson_tr if bundled else (lambda text: text)
        self.panel.show_lesson(
            lesson.number,
            translate(lesson.title),
            translate(lesson.text),
            translate(lesson.question),
            len(self.lessons) if bundled else 0,
            has_previous=neighbour(self.lessons, lesson.number, -1) is not None or not bundled,
            has_next=neighbour(self.lessons, lesson.number, +1) is not None or (not bundled and bool(numbers)),
        )
        self._show_step()

    def _update_actions(self) -> None:
        number = self.current.number if self.current in self.lessons else None
        has_lessons = bool(self.lessons)
        self.next_action.setEnabled(has_lessons and (number is None or number < self.lessons[-1].number))
        self.previous_action.setEnabled(has_lessons and (number is None or number > self.lessons[0].number))
        for action, lesson in zip(self.lesson_actions, self.lessons, strict=True):
            action.setCheckable(True)
            action.setChecked(lesson is self.current)

    def _refuse(self, path: Path | None, where: str, message: str) -> None:
        """Say why a lesson did not open (the window stays as it was): a window-modal box, no nested event loop."""
        name = path.name if path is not None else self.tr("the lesson")
        text = (
            self.tr("{0} was not opened; nothing was changed.\n\n{1}: {2}").format(name, where, message)
            if where
            else (self.tr("{0} was not opened; nothing was changed.\n\n{1}").format(name, message))
        )
        log.warning("lesson %s refused: %s: %s", path, where, message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Lesson not opened"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box

    def last_message(self) -> str:
        """The text of the last refusal shown ("" if none)."""
        return self.message_box.text() if self.message_box is not None else ""


def install_lessons(window: LabWindow) -> LessonActions:
    """The Lessons menu and panel on ``window`` (the start page waits for :meth:`LessonActions.app_started`)."""
    return LessonActions(window)


def check_lessons(actions: LessonActions) -> None:
    """Self-test: the bundled lessons are found (also in a build) and one opens with its panel."""
    if not actions.lessons:
        raise AssertionError(f"no bundled lessons found in {actions.folder}")
    if not actions.open_number(actions.lessons[1].number) or not actions.panel.isVisible():
        raise AssertionError(f"lesson {actions.lessons[1].number} did not open: {actions.last_message()}")
