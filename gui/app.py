"""Starting the Qt application: translations, icon, error handling, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from gui.paths import resource

APP_NAME = "Activation Lab"
ORG_NAME = "ActivationLab"


def create_app(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication (offscreen when there is no display), with translations loaded."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    translator = QTranslator(app)
    locale = QLocale(language) if language else QLocale.system()
    if translator.load(locale, "activation_lab", "_", str(resource("translations"))):
        app.installTranslator(translator)
    return app


def run(self_test: bool = False, language: str | None = None) -> int:
    """Show the main window and run the event loop (or the self-test)."""
    from gui.errors import install_excepthook, setup_logging
    from gui.main_window import MainWindow

    app = create_app(language=language)
    setup_logging()
    window = MainWindow()
    window.show()
    if self_test:
        from gui.selftest import run_self_test

        app.processEvents()
        return run_self_test(window)
    install_excepthook()
    QTimer.singleShot(0, window.load)
    return app.exec()
