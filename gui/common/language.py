"""The interface language: View > Language (System, English, 中文), remembered between starts.

The choice is kept in the settings key ``language`` (``system``, ``en`` or ``zh_CN``); ``--lang`` on
the command line overrides it for one run. Every widget sets its text once when it is built, so a
new language takes effect after a restart, which the menu offers at once (same program, same
arguments, without ``--lang``, so the new choice applies).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from gui.app import active_language
from gui.common.settings import read_setting, write_setting
from gui.menus import top_menu

SETTING = "language"
#: (setting value, name shown): each language named in itself; "System" in the current language.
LANGUAGES: tuple[tuple[str, str], ...] = (("system", ""), ("en", "English"), ("zh_CN", "中文"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("LanguageMenu", text)


def remembered_language() -> str | None:
    """The language chosen in View > Language, or None for the system's."""
    value = read_setting(SETTING, "system", lambda v: v in dict(LANGUAGES))
    return None if value == "system" else value


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """(program, arguments) that start this app again as it was started, minus ``--lang``."""
    argv = list(sys.argv if argv is None else argv)
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    if getattr(sys, "frozen", False):  # the bundle's executable is the program itself
        return sys.executable, args
    return sys.executable, [argv[0], *args]


class LanguageMenu(QMenu):
    """View > Language: choosing one remembers it and offers to restart in it."""

    def __init__(self, window: QMainWindow):
        super().__init__(_tr("&Language"), window)
        self.setObjectName("language_menu")
        self.window_ = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        shown = active_language() or "system"
        for value, name in LANGUAGES:
            action = QAction(name or _tr("System"), self, checkable=True)
            action.setData(value)
            action.setChecked(value == shown or (value == "en" and shown.startswith("en")))
            self.group.addAction(action)
            self.addAction(action)
        self.group.triggered.connect(self.choose)
        top_menu(window, "view").addMenu(self)

    def actions_by_value(self) -> dict[str, QAction]:
        return {a.data(): a for a in self.group.actions()}

    def choose(self, action: QAction, ask: bool = True) -> bool:
        """Remember ``action``'s language; with ``ask``, offer a restart. True if a restart was started."""
        write_setting(SETTING, action.data())
        if not ask:
            return False
        from PySide6.QtWidgets import QMessageBox  # here: its class set-up is not part of the window's first paint

        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Language"),
            _tr("The new language is used from the next start. Restart Activation Lab now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window_,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(_tr("Restart now"))
        box.button(QMessageBox.StandardButton.No).setText(_tr("Later"))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        return restart()


def restart() -> bool:
    """Start the app again with the same arguments (minus ``--lang``) and close this one; False if it could not."""
    from PySide6.QtCore import QProcess

    program, args = restart_command()
    if not QProcess.startDetached(program, args)[0]:
        return False
    QApplication.closeAllWindows()
    QApplication.quit()
    return True
