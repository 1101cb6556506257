"""The Help menu: User guide (F1), Keyboard shortcuts, About. The dialogs' modules are imported when one opens (the
menu is built before the window's first paint; they are not needed for it)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from gui.menus import top_menu


class HelpActions(QObject):
    """Creates the Help menu on ``window``; each entry opens its dialog."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.guide_action = QAction(self.tr("&User guide"), window)
        self.guide_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.HelpContents)])  # (setShortcut builds Qt's enums)
        self.guide_action.triggered.connect(self.open_guide)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), window)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.about_action = QAction(self.tr("&About Activation Lab"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        menu = self.menu = top_menu(window, "help")
        menu.addAction(self.guide_action)
        menu.addAction(self.shortcuts_action)
        menu.addSeparator()
        menu.addAction(self.about_action)

    def open_guide(self) -> None:
        from gui.guide import GuideDialog

        self.open_dialog(GuideDialog(self.window))

    def open_shortcuts(self) -> None:
        from gui.shortcuts import ShortcutsDialog

        self.open_dialog(ShortcutsDialog(self.window))

    def open_about(self) -> None:
        from gui.about import AboutDialog

        bar = getattr(self.window, "device_bar", None)
        self.open_dialog(AboutDialog(bar.device() if bar is not None else "auto", self.window))

    def open_dialog(self, dialog) -> None:
        dialog.exec()
        dialog.deleteLater()
