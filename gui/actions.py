"""The main window's File menu and toolbar: export, copy as image, gallery, quit.

Every export acts on ``window.current_tab().figure_spec()``, so it works for any tab.
Problems are shown in a message box; the window and its plots stay as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStyle

from gui.common.lab_window import LabWindow
from gui.menus import top_menu

#: ``QDialog.DialogCode.Accepted`` (QDialog's class, with its enums, is made when a dialog opens: not before the first
#: paint).
_ACCEPTED = 1

if TYPE_CHECKING:  # numpy: not before the window's first paint
    from figures.spec import FigureSpec

# engine (torch) and the exporters are imported on first use: the window must appear before torch loads.

COPY_SCALE = 2.0  # clipboard images at twice the screen resolution stay sharp on slides


class FileActions(QObject):
    """Creates the File menu and the Export toolbar button on ``window`` and handles them."""

    def __init__(self, window: LabWindow):
        super().__init__(window)
        self.window = window
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
        self.export_action = QAction(icon, self.tr("&Export…"), window)
        self.export_action.setIconText(self.tr("Export"))  # the toolbar's label: no "…", no "(&E)" beside a Chinese word
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])  # (setShortcut builds Qt's enums)
        self.export_action.setToolTip(self.tr("Export the current plots as PNG, SVG, PDF or CSV (Ctrl+E)"))
        self.export_action.triggered.connect(self.export_current)
        self.copy_action = QAction(self.tr("&Copy as image"), window)
        self.copy_action.setShortcuts([QKeySequence("Ctrl+Shift+C")])
        self.copy_action.triggered.connect(self.copy_current)
        self.animation_action = QAction(self.tr("Export &animation…"), window)
        self.animation_action.setToolTip(
            self.tr("Sweep a parameter of the current plots, or a training run, into a GIF, WebP or APNG")
        )
        self.animation_action.triggered.connect(self.export_animation)
        self.gallery_action = QAction(self.tr("Export &gallery…"), window)
        self.gallery_action.triggered.connect(self.export_gallery)
        self.quit_action = QAction(self.tr("&Quit"), window)
        self.quit_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(window.close)

        self.menu = top_menu(window, "file")
        self.menu.addAction(self.export_action)
        self.menu.addAction(self.copy_action)
        self.menu.addAction(self.animation_action)
        self.menu.addAction(self.gallery_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.toolbar = window.addToolBar(self.tr("File"))
        self.toolbar.setObjectName("file_toolbar")
        # by the property's name: Qt.ToolButtonStyle would build the Qt namespace before the first paint (~17 ms)
        self.toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")
        self.toolbar.addAction(self.export_action)

    # -- helpers -------------------------------------------------------------------------------
    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # here: its class set-up is not part of the window's first paint

        QMessageBox.warning(self.window, title, text)

    def current_spec(self) -> FigureSpec | None:
        """The current tab's figure, or None after telling the user why there is none."""
        from engine.errors import EngineError

        tab = self.window.current_tab()
        if tab is None and getattr(self.window, "preview", None) is not None:  # the start-up preview: no tab yet
            loading = self.tr("PyTorch is still loading: the plots can be exported in a moment.")
            self._warn(self.tr("Nothing to export yet"), loading)
            return None
        if tab is None:
            self._warn(self.tr("Nothing to export"), self.tr("There is no plot to export yet."))
            return None
        try:
            return tab.figure_spec()
        except (EngineError, NotImplementedError) as exc:
            self._warn(self.tr("Nothing to export"), self.tr("This view cannot be exported.\n\n{0}").format(exc))
            return None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- actions -------------------------------------------------------------------------------
    def export_current(self) -> None:
        from gui.export.dialog import ExportDialog

        spec = self.current_spec()
        if spec is None:
            return
        dialog = ExportDialog(spec, self.window)
        if dialog.exec() == _ACCEPTED and dialog.exported_path is not None:
            self._status(self.tr("Exported {0}").format(dialog.exported_path))

    def copy_current(self) -> None:
        from engine.errors import EngineError
        from gui.export.dialog import ExportDialog, user_message
        from gui.export.formats import figure_image

        spec = self.current_spec()
        if spec is None:
            return
        try:
            image = figure_image(spec, scale=COPY_SCALE, style=ExportDialog.last_options.style)
        except EngineError as exc:
            self._warn(self.tr("Copy failed"), user_message(exc))
            return
        QApplication.clipboard().setImage(image)
        self._status(self.tr("Copied the plots as a {0} × {1} image").format(image.width(), image.height()))

    def export_animation(self) -> None:
        from gui.export.animation_dialog import AnimationDialog, sweepable

        tab = self.window.current_tab()
        if tab is None or not sweepable(tab):
            self._warn(
                self.tr("Nothing to animate"),
                self.tr("This tab has no slider to sweep; the command line's export --sweep animates every tab."),
            )
            return
        dialog = AnimationDialog(tab, self.window)
        if dialog.exec() == _ACCEPTED and dialog.written is not None:
            self._status(self.tr("Exported {0}").format(dialog.written))

    def export_gallery(self) -> None:
        from gui.export.dialog import GalleryDialog

        dialog = GalleryDialog(self.window)
        if dialog.exec() == _ACCEPTED:
            self._status(self.tr("Gallery written: {0}").format(dialog.index_path))
